"""The privacy notice on A4, with lines to sign, laid out from a ``PrivacyNotice``."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kiosk import dates
from kiosk.i18n import tr
from kiosk.reports.paper import GREEN, WIDTH, build, styles, text
from kiosk.services.privacy_notice import PrivacyNotice


def _title(notice: PrivacyNotice) -> list[Flowable]:
    s = styles()
    lines = [text(notice.stall_name, s.bold),
             text(tr("How we look after your personal data"), s.title),
             text(tr("Privacy notice, version {version} (Personal Data Protection Act B.E. 2562)")
                  .format(version=notice.version), s.small)]
    if notice.participant:
        lines.append(text(f"{notice.participant}  ·  " + tr("Code") + f" {notice.code}", s.name))
    return lines


def _signatures(notice: PrivacyNotice) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Spacer(1, 6 * mm)]
    if notice.consent_on is not None:
        story.append(text(tr("Consent recorded on {day}: {how}.").format(
            day=dates.format_date(notice.consent_on), how=notice.consent_method), s.bold))
        return story
    story.append(text(tr("I have read this notice (or had it read to me) and I agree."), s.body))
    story.append(Spacer(1, 10 * mm))
    row = [text(tr("Signature or thumbprint") + " " + "." * 40, s.body),
           text(tr("Staff who recorded it") + " " + "." * 40, s.body)]
    day = [text(tr("Date") + " " + "." * 30, s.body), text(tr("Date") + " " + "." * 30, s.body)]
    box = Table([row, day], colWidths=[WIDTH / 2, WIDTH / 2])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    story.append(box)
    return story


def build_privacy_notice(notice: PrivacyNotice) -> bytes:
    s = styles()
    rule = Table([[""]], colWidths=[WIDTH], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, GREEN)]))
    story: list[Flowable] = [*_title(notice), rule]
    for section in notice.sections:
        story.append(text(section.heading, s.heading))
        story += [text(paragraph, s.body) for paragraph in section.paragraphs]
    story += _signatures(notice)
    return build(story, title=tr("Privacy notice"),
                 footer=tr("Privacy notice {version}").format(version=notice.version), code="")
