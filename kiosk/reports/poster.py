"""The A5 poster for the stall's table: a static PromptPay QR (no amount)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

from kiosk import promptpay
from kiosk.i18n import language, tr
from kiosk.reports.fonts import thai_style
from kiosk.thai import format_national_id


def steps(account_name: str) -> list[str]:
    """What the customer does, numbered: scan, type the amount, check the account holder's
    name (when it is set: the name their bank app shows before they confirm), show success."""
    wanted = [tr("Scan the QR with your banking app."), tr("Type the amount the vendor tells you.")]
    if account_name:
        wanted.append(tr("Check that your app shows the name: {name}").format(name=account_name))
    wanted.append(tr("When it says the transfer succeeded, show the vendor that screen."))
    return [f"{number}. {step}" for number, step in enumerate(wanted, 1)]


def build_poster(stall_name: str, target: str, lang: str = "th", account_name: str = "") -> bytes:
    """An A5 PDF: the stall's name, "scan to pay", the static QR of ``target`` and the steps."""
    text = promptpay.payload(target)  # validates the target (Thai message if wrong)
    kind, digits = promptpay.validate_target(target)
    shown = (f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if kind == promptpay.MOBILE
             else format_national_id(digits))
    image = promptpay.qr_image(text, box_size=12, border=2)
    buffer = io.BytesIO()
    png = io.BytesIO()
    image.save(png, format="PNG")
    png.seek(0)
    doc = SimpleDocTemplate(buffer, pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=14 * mm, bottomMargin=12 * mm, invariant=1)
    with language(lang):
        title = thai_style("p-title", 22, bold=True, alignment=TA_CENTER, leading=30)
        big = thai_style("p-big", 26, bold=True, alignment=TA_CENTER, leading=34)
        small = thai_style("p-small", 14, alignment=TA_CENTER, leading=20)
        step = thai_style("p-step", 16, leading=23, leftIndent=8 * mm, firstLineIndent=-5 * mm)
        size = 88 * mm
        doc.title = tr("PromptPay")
        doc.build([
            Paragraph(escape(stall_name), title),
            Spacer(1, 4 * mm),
            Paragraph(escape(tr("Scan to pay with PromptPay")), big),
            Spacer(1, 4 * mm),
            Image(png, width=size, height=size),
            Spacer(1, 3 * mm),
            Paragraph(escape(tr("PromptPay {target}").format(target=shown)), small),
            Spacer(1, 2 * mm),
            *[Paragraph(escape(line), step) for line in steps(account_name)],
        ])
    return buffer.getvalue()
