"""Paper that can be checked: a short code that is an HMAC over a paper's identity and figures.

The key is made at install (migration 0007) and never leaves the database: it
is not printed, logged, audited or exported with settings. Each code issued
is kept with the figures it signs, so a code typed or scanned later finds the
paper, and the figures are compared with what the books hold now: a late
correction shows as the figure that changed.

A code is 11 Crockford base-32 letters of the HMAC and one check letter
that catches a mistyped letter: "ABCD-EFGH-JKM5".
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import InvalidInput, KioskError
from kiosk.i18n import QT_TRANSLATE_NOOP, tr
from kiosk.models import Participant
from kiosk.models.statements import IssuedStatement, SigningKey
from kiosk.services.checks import invariant
from kiosk.services.statement_data import (
    PDF_KEYWORD, FundReport, Month, Statement, figure_label, figure_sort_key, format_code,
)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LETTERS = 11
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-_.]")


class NoKey(KioskError):
    """The database has no signing key (made at install: run kiosk db upgrade)."""


# -- codes (pure) ---------------------------------------------------------------
def payload(kind: str, number: str, month: Month, participant_id: int | None, as_of: date,
            figures: dict[str, int]) -> str:
    return json.dumps({"kind": kind, "number": number, "month": month.key, "as_of": as_of.isoformat(),
                       "participant": participant_id, "figures": figures},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _check_letter(body: str) -> str:
    """Position-weighted sum mod 31 (a prime): one wrong letter or two swapped
    neighbours change it, but for the pair 0/Z."""
    return ALPHABET[sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(body)) % 31]


def make_code(secret: bytes, text: str) -> str:
    digest = int.from_bytes(hmac.new(secret, text.encode("utf-8"), hashlib.sha256).digest()[:8], "big")
    body = "".join(ALPHABET[(digest >> (5 * i)) & 31] for i in range(CODE_LETTERS))
    return body + _check_letter(body)


def normalise_code(typed: str) -> str:
    """A code as typed or scanned ("abcd-efgh-jkm5", spaces, O for 0) -> "ABCDEFGHJKM5".
    Raises InvalidInput when it cannot be one of ours (length, letters, check letter)."""
    code = _SEPARATORS.sub("", str(typed or "")).upper().removeprefix(PDF_KEYWORD.upper())
    code = code.translate(_TYPOS)
    if len(code) != CODE_LETTERS + 1 or any(c not in ALPHABET for c in code):
        raise InvalidInput(tr("A check code has 12 letters and digits, such as ABCD-EFGH-JKM5."))
    if _check_letter(code[:CODE_LETTERS]) != code[-1]:
        raise InvalidInput(tr("This check code has a typing mistake: please look at it again."))
    return code


# -- the key and the codes issued ---------------------------------------------------
def _key(session: Session) -> SigningKey:
    key = session.scalar(select(SigningKey).order_by(SigningKey.id.desc()).limit(1))
    if key is None:
        raise NoKey(tr("This kiosk has no key to sign papers with. Ask the administrator to run "
                       "kiosk db upgrade."))
    return key


def _identity(paper: Statement | FundReport) -> tuple[str, int | None]:
    if isinstance(paper, Statement):
        return "participant", paper.participant_id
    return "fund", None


def issue(db: Database, papers: list[Statement | FundReport]) -> list[str]:
    """The codes of these papers, each kept with its figures (once: a code is stable)."""
    with db.unit_of_work() as session:
        key = _key(session)
        codes = []
        for paper in papers:
            kind, participant_id = _identity(paper)
            figures = paper.figures()
            text = payload(kind, paper.number, paper.month, participant_id, paper.as_of, figures)
            code = make_code(key.secret, text)
            if session.scalar(select(IssuedStatement.id).where(IssuedStatement.code == code)) is None:
                session.add(IssuedStatement(
                    code=code, kind=kind, number=paper.number, month=paper.month.key,
                    participant_id=participant_id,
                    figures_json=json.dumps({"as_of": paper.as_of.isoformat(), "figures": figures},
                                            sort_keys=True),
                    key_id=key.id, issued_at=dates.utc_now()))
                session.flush()
            codes.append(code)
        return codes


# -- checking ---------------------------------------------------------------------
@dataclass(frozen=True)
class Difference:
    name: str
    label: str
    printed: int | None
    now: int | None


@dataclass(frozen=True)
class Verification:
    ok: bool
    reason: str  # "" when ok
    code: str
    kind: str = ""
    number: str = ""
    month: Month | None = None
    participant: str = ""
    printed: tuple[tuple[str, int], ...] = ()  # (figure name, value) as printed
    differences: tuple[Difference, ...] = ()


def altered() -> str:
    return tr("The record of this code was altered: its figures do not match its code.")


def _current(db: Database, kind: str, month: Month, participant_id: int | None,
             as_of: date) -> Statement | FundReport:
    from kiosk.services import fund_report, statements
    if kind == "fund":
        return fund_report.build_fund_report(db, month, as_of)
    return statements.build_statement(db, participant_id, month, as_of)


def verify_code(db: Database, typed: str) -> Verification:
    """What the books say about a printed code (see the module's docstring)."""
    code = normalise_code(typed)
    with db.reading() as session:
        row = session.scalar(select(IssuedStatement).where(IssuedStatement.code == code))
        if row is None:
            return Verification(False, tr("This code was not issued by this kiosk: the paper is "
                                          "not one of ours, or its code was changed."), code)
        key = session.get(SigningKey, row.key_id)
        secret = key.secret if key is not None else None
        person = session.get(Participant, row.participant_id) if row.participant_id else None
        kind, number, participant_id = row.kind, row.number, row.participant_id
        month, name = Month.parse(row.month), person.name_th if person else ""
        try:
            stored = json.loads(row.figures_json)
            as_of, printed = date.fromisoformat(stored["as_of"]), dict(stored["figures"])
        except (KeyError, TypeError, ValueError):
            return Verification(False, altered(), code, kind, number, month, name)
    base = dict(code=code, kind=kind, number=number, month=month, participant=name,
                printed=tuple(sorted(printed.items(), key=lambda kv: figure_sort_key(kv[0]))))
    if secret is None or make_code(secret, payload(kind, number, month, participant_id, as_of,
                                                   printed)) != code:
        return Verification(False, altered(), **base)
    # the paper counted the books up to its day: later days are not a change
    now = _current(db, kind, month, participant_id, as_of).figures()
    differences = tuple(Difference(name, figure_label(name), printed.get(name), now.get(name))
                        for name in sorted(set(printed) | set(now), key=figure_sort_key)
                        if printed.get(name) != now.get(name))
    if differences:
        return Verification(False, tr("The books changed after this paper was printed."),
                            differences=differences, **base)
    return Verification(True, "", **base)


@invariant(QT_TRANSLATE_NOOP("QCoreApplication",
                             "statements: every paper issued still matches its check code"))
def _check_issued(session: Session) -> list[str]:
    """An edited record of a printed paper would make `kiosk verify` trust wrong figures."""
    keys = {k.id: k.secret for k in session.scalars(select(SigningKey))}
    problems = []
    for row in session.scalars(select(IssuedStatement).order_by(IssuedStatement.id)):
        try:
            stored = json.loads(row.figures_json)
            text = payload(row.kind, row.number, Month.parse(row.month), row.participant_id,
                           date.fromisoformat(stored["as_of"]), dict(stored["figures"]))
        except (KeyError, TypeError, ValueError, InvalidInput):
            text = None
        if text is None or row.key_id not in keys or make_code(keys[row.key_id], text) != row.code:
            problems.append(f"issued paper {row.number} ({format_code(row.code)}) does not match "
                            f"its code")
    return problems


def code_in_pdf(path: Path) -> str:
    """The verification code a PDF of ours carries (in its keywords, else in its text)."""
    import pypdfium2 as pdfium
    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError, ValueError) as error:
        raise InvalidInput(tr("This file is not a PDF that can be read.")) from error
    try:
        keywords = document.get_metadata_dict().get("Keywords", "")
        if keywords.startswith(PDF_KEYWORD):
            return keywords[len(PDF_KEYWORD):]
        for page in document:
            found = re.search(r"\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b",
                              page.get_textpage().get_text_range())
            if found:
                return found.group(1)
    finally:
        document.close()
    raise InvalidInput(tr("This PDF is not a statement or fund report of this kiosk."))


def verify_pdf(db: Database, path: Path) -> Verification:
    return verify_code(db, code_in_pdf(path))
