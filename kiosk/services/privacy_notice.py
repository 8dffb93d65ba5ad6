"""The privacy notice a participant is shown before they consent (PDPA section 23).

Pure: no database. The version is what a participant's consent records, so a
change in what the notice says needs a new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.i18n import tr

NOTICE_VERSION = "2569-1"
#: how a participant agreed: signed the printed notice, or heard it read aloud and
#: agreed in front of the staff member who records it (some cannot read or write)
CONSENT_METHODS = ("signed", "verbal")
#: the books (sales, loans, payouts) are kept this many years after their year ends
#: (the Accounting Act B.E. 2543 asks 5; the partners' grants ask the same)
BOOKS_KEPT_YEARS = 5


@dataclass(frozen=True)
class NoticeSection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class PrivacyNotice:
    """The notice as printed for one participant (or blank, for anyone)."""

    version: str
    stall_name: str
    participant: str  # their name as kept, "" on a blank notice
    code: str  # "P-00017", "" on a blank notice
    consent_on: date | None
    consent_method: str  # in words, "" when not recorded
    sections: tuple[NoticeSection, ...]


def method_label(method: str | None) -> str:
    return {"signed": tr("signed the printed notice"),
            "verbal": tr("heard the notice read aloud and agreed")}.get(method or "", "-")


def notice_sections() -> tuple[NoticeSection, ...]:
    """What is kept, why, for how long, who sees it and how to ask: in the current language."""
    return (
        NoticeSection(tr("What we keep about you"), (
            tr("Your name, nickname, phone number and the day you joined. Your national ID "
               "number and your photo only if you choose to give them."),
            tr("What you sell at the stall, your commission to the fund, payouts to you, "
               "your loans and repayments, your plot tasks and the training you attended."),
        )),
        NoticeSection(tr("Why we keep it"), (
            tr("To pay you for your produce, to run the participants' fund and its loans, "
               "to plan the plot's work and to contact you."),
            tr("To report to the programme's partners. Reports to partners carry totals, "
               "never your national ID."),
        )),
        NoticeSection(tr("For how long"), (
            tr("Your personal details: while you take part. When you leave you may ask us to "
               "erase them; we replace your name by a number."),
            tr("Sales, loans and payouts are accounting records: we keep them {years} years "
               "after the end of their year, as the law asks.").format(years=BOOKS_KEPT_YEARS),
        )),
        NoticeSection(tr("Who sees it"), (
            tr("The programme's staff and admins. At the stall other vendors see only your "
               "name on the produce you sell, never your money or your loans."),
            tr("Your full national ID only the admin sees, and every look is recorded. "
               "Screens, papers and files show it hidden, like x-xxxx-xxxxx-12-3."),
        )),
        NoticeSection(tr("Your rights"), (
            tr("Ask the staff for a copy of everything the kiosk keeps about you: you get it "
               "printed and as a file."),
            tr("Ask us to correct what is wrong, or to erase your personal details after you "
               "leave (once you owe the fund nothing)."),
            tr("You may withdraw your consent at any time, and complain to the Office of the "
               "Personal Data Protection Committee (PDPC)."),
        )),
    )


def notice(stall_name: str, participant: str = "", code: str = "",
           consent_on: date | None = None, consent_method: str = "") -> PrivacyNotice:
    return PrivacyNotice(NOTICE_VERSION, stall_name, participant, code, consent_on,
                         consent_method, notice_sections())
