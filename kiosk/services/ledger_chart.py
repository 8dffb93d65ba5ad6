"""The chart of accounts as the postings use it: the kinds of account, finding
an account by kind (per-participant sub-accounts made on demand) and reading a
balance the way people read it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.ledger import Account
from kiosk.money import Money

# kinds of account the programme's postings use (seeded by migration 0003)
CASH, BANK, PROMPTPAY = "cash", "bank", "promptpay"
LOANS_RECEIVABLE, OWED = "loans_receivable", "owed_to_participant"
FUND_CAPITAL, DONATIONS, COMMISSION = "fund_capital", "donations", "commission"
PLOT_SALES, INTEREST, GRANTS, WRITE_OFFS = "plot_sales", "interest", "grants", "write_offs"
PER_PARTICIPANT = (LOANS_RECEIVABLE, OWED)
# accounts whose money counts as the fund's "available" (less what is owed)
MONEY_KINDS = (CASH, BANK, PROMPTPAY)
DEBIT_NORMAL = ("asset", "expense")


def _top_level_ids(session: Session) -> dict[str, int]:
    """kind -> id of the programme's own accounts, read once per unit of work."""
    cached = session.info.get("ledger.top_level")
    if cached is None:
        cached = dict(session.execute(select(Account.kind, Account.id).where(
            Account.kind.is_not(None), Account.participant_id.is_(None),
            Account.parent_id.is_(None))).all())
        session.info["ledger.top_level"] = cached
    return cached


def account_id_for(session: Session, kind: str, participant_id: int | None = None) -> int:
    """The id of ``account_for(kind, participant_id)``, without loading the account
    when it is one of the programme's own (the sale hot path)."""
    if participant_id is None or kind not in PER_PARTICIPANT:
        account_id = _top_level_ids(session).get(kind)
    else:
        account_id = session.connection().execute(select(Account.id).where(
            Account.kind == kind, Account.participant_id == participant_id)).scalar()
    return account_id if account_id is not None else account_for(session, kind, participant_id).id


def account_for(session: Session, kind: str, participant_id: int | None = None) -> Account:
    """The programme's account of ``kind``; per-participant sub-accounts are made on demand."""
    if kind in PER_PARTICIPANT and participant_id is not None:
        account = session.scalars(select(Account).where(
            Account.kind == kind, Account.participant_id == participant_id)).first()
        if account is not None:
            return account
        parent = account_for(session, kind)
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(tr("This participant no longer exists."))
        account = Account(
            code=f"{parent.code}-{participant_id:05d}", name_th=f"{parent.name_th}: {person.name_th}",
            name_en=f"{parent.name_en}: {person.name_th}", type=parent.type, kind=kind,
            parent_id=parent.id, participant_id=participant_id, limit=parent.limit, closed=False)
        session.add(account)
        session.flush()
        return account
    account = session.scalars(select(Account).where(
        Account.kind == kind, Account.participant_id.is_(None), Account.parent_id.is_(None))).first()
    if account is None:
        raise NotFound(tr("The account is unknown."))
    return account


def normal_balance(account: Account, raw: Money) -> Money:
    """The balance as people read it: debits for assets and expenses, credits otherwise."""
    return raw if account.type in DEBIT_NORMAL else -raw
