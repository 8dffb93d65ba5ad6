"""Demo books: the seed donation, a few grants, zero-interest loans, one behind."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import ledger, ledger_chart, loan_standing, loans, periods, settings
from kiosk.services.demo_context import DemoContext
from kiosk.services.ledger import Line

B = Money.baht


def _post(session: Session, key: str, on: date, kind: str, debit: str, credit: str, amount: Money,
          description: str, participant_id: int | None = None, operator_id: int | None = None,
          debit_participant: int | None = None) -> int:
    return ledger.post(session, key=f"demo:{key}", on=on, kind=kind, lines=[
        Line(ledger_chart.account_for(session, debit, debit_participant).id, amount),
        Line(ledger_chart.account_for(session, credit).id, -amount)],
        description=description, operator_id=operator_id, participant_id=participant_id)


def _donation(donor: str) -> str:
    # the sentence a real donation gets, so the journal shows it in either language
    return tr("Donation from {donor}").format(donor=donor)


def add_demo_data(session: Session, demo: DemoContext) -> None:
    today = demo.today
    staff = demo.staff_ids[0] if demo.staff_ids else None
    people = list(demo.participants.values())
    # the fund opened with the seed donation
    settings.put(session, periods.FIRST_DAY_SETTING, (today - timedelta(days=330)).isoformat())
    _post(session, "seed", today - timedelta(days=330), "donation", ledger_chart.BANK,
          ledger_chart.DONATIONS, B(100_000), _donation("Khon Kaen MICE Management"), operator_id=staff)
    _post(session, "donation-2", today - timedelta(days=120), "donation", ledger_chart.CASH,
          ledger_chart.DONATIONS, B(5_000), _donation("ชมรมแม่บ้านตลาดจอมพล"), operator_id=staff)
    _post(session, "donation-3", today - timedelta(days=6), "donation", ledger_chart.BANK,
          ledger_chart.DONATIONS, B(2_500), _donation("ผู้ใจบุญไม่ประสงค์ออกนาม"), operator_id=staff)
    if len(people) < 5:
        return
    grants = [(people[0], B(3_000), "ซื้อเมล็ดพันธุ์และปุ๋ยหมัก", 300),
              (people[1], B(2_000), "ซื้อตาชั่งดิจิทัล", 200),
              (people[2], B(1_500), "ค่าอบรมแปรรูปผัก", 40)]
    for n, (who, amount, purpose, days) in enumerate(grants):
        _post(session, f"grant-{n}", today - timedelta(days=days), "grant", ledger_chart.GRANTS,
              ledger_chart.BANK, amount, tr("Grant to {name}: {purpose}").format(
                  name=session.get(Participant, who).name_th, purpose=purpose), participant_id=who, operator_id=staff)
    plan = [  # who, principal, months, started days ago, paid instalments, purpose
        (people[3], B(12_000), 6, 200, 6, "รถเข็นขายส้มตำ"),
        (people[4], B(6_000), 6, 160, 5, "ตู้แช่ผักและถาด"),
        (people[0], B(9_000), 9, 100, 3, "ขยายแปลงปลูกผักชีฝรั่ง"),
        (people[1], B(8_000), 8, 150, 1, "ร้านข้าวแกงหน้าตลาด"),  # behind with repayments
    ]
    for n, (who, principal, months, ago, paid, purpose) in enumerate(plan):
        start = today - timedelta(days=ago)
        loan_id = loans.lend_in_session(
            session, key=f"demo:loan-{n}", participant_id=who, principal=principal, start_on=start,
            term=months, frequency="month", method="zero", annual_rate="0", purpose=purpose,
            paid_from="bank", operator_id=staff, auto_deduct_percent="0")
        status = loan_standing.loan_status(session, loan_id)
        for i, inst in enumerate(status.instalments[:paid]):
            on = min(inst.due_on - timedelta(days=2), today)
            loans.repay_in_session(session, key=f"demo:repay-{n}-{i}", loan_id=loan_id,
                                   amount=inst.total, on=on, paid_by="cash", operator_id=staff)
