"""Checking printed papers, and `kiosk statements` / `kiosk verify` on the command line."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from kiosk import cli, dates
from kiosk.errors import InvalidInput
from kiosk.models.statements import IssuedStatement, SigningKey
from kiosk.money import Money
from kiosk.reports.day_report import build_day_report_a4
from kiosk.printing import statement_batch
from kiosk.services import files, fund_postings, sale_commit, sale_rules, sales, statements, verification
from kiosk.services.statement_data import Month, format_code

from tests.statement_helpers import cart_of, market_db, market_template, open_day  # noqa: F401


def this_month() -> Month:
    return Month.of(dates.today())


def _url(db) -> str:
    return db.url


def _issued(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(IssuedStatement))


def test_codes_are_short_checked_and_forgive_how_they_are_typed():
    code = verification.make_code(b"k" * 32, "payload")
    assert len(code) == 12 and verification.normalise_code(format_code(code).lower()) == code
    assert verification.make_code(b"k" * 32, "payload") == code
    assert verification.make_code(b"j" * 32, "payload") != code
    for position in range(12):  # any one letter mistyped is caught by the check letter
        for other in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            typo = code[:position] + other + code[position + 1:]
            if typo != code and {code[position], other} != {"0", "Z"}:
                with pytest.raises(InvalidInput):
                    verification.normalise_code(typo)
    with pytest.raises(InvalidInput):
        verification.normalise_code("ABC")


def test_fresh_papers_verify_and_books_that_changed_say_which_figure(market_db):
    db, market = market_db
    month = this_month()
    paper = statements.build_statement(db, market.people[1], month)
    [code] = verification.issue(db, [paper])
    assert verification.issue(db, [paper]) == [code] and _issued(db) == 1
    answer = verification.verify_code(db, format_code(code))
    assert answer.ok and answer.number == paper.number and answer.month == month
    assert dict(answer.printed)["closing"] == paper.closing.satang
    # a late sale of their produce: the printed paper no longer matches the books
    open_day(db, market.vendor)
    sale_commit.commit_sale(db, cart_of(market.products, ("KALE", "1", market.people[1])), market.vendor,
                      sale_rules.PaymentRequest(cash_tendered=Money.baht(100)))
    answer = verification.verify_code(db, code)
    assert not answer.ok
    changed = {d.name: (d.printed, d.now) for d in answer.differences}
    assert changed["sales_gross"] == (paper.sales_gross.satang, paper.sales_gross.satang + 2000)
    assert "closing" in changed and "opening" not in changed


def test_an_altered_record_or_unknown_code_is_refused(market_db):
    db, market = market_db
    report = __import__("kiosk.services.fund_report", fromlist=["x"]).build_fund_report(db, this_month())
    [code] = verification.issue(db, [report])
    assert verification.verify_code(db, code).ok
    body = "0123456789A"  # well formed, never issued
    unknown = body + verification._check_letter(body)
    answer = verification.verify_code(db, unknown)
    assert not answer.ok and answer.number == ""
    with db.unit_of_work() as session:  # someone edits the stored figures behind our back
        row = session.scalar(select(IssuedStatement).where(IssuedStatement.code == code))
        row.figures_json = row.figures_json.replace('"donations": 0', '"donations": 100')
    answer = verification.verify_code(db, code)
    assert not answer.ok and answer.differences == ()


def test_cli_writes_every_paper_and_verifies_them(market_db, tmp_path, capsys):
    db, market = market_db
    out = tmp_path / "papers"
    url = _url(db)
    assert cli.main(["--db", url, "statements", "--month", this_month().be_key,
                     "--out", str(out)]) == 0
    summary = capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    ids = statements.statement_participants(db, this_month())
    assert len(names) == len(ids) + 2  # one each, the fund report, the combined file
    assert not [n for n in names if n.startswith(".")]
    assert f"{len(ids)}" in summary
    combined = PdfReader(out / f"ST-{this_month().be_key}-all.pdf")
    assert len(combined.pages) == sum(len(PdfReader(out / n).pages) for n in names
                                      if n.startswith("ST-") and not n.endswith("-all.pdf"))
    for name in names:
        if not name.endswith("-all.pdf"):
            assert cli.main(["--db", url, "verify", str(out / name)]) == 0, name
    assert cli.main(["--db", url, "--lang", "en", "statements", "--month",
                     this_month().key, "--out", str(tmp_path / "one"),
                     "--participant", f"P{market.borrower:04d}"]) == 0
    assert [p.name for p in (tmp_path / "one").iterdir()] == [
        f"ST-{this_month().be_key}-P{market.borrower:04d}.pdf"]
    capsys.readouterr()
    # the books change: verify says so, and which figure
    fund_postings.pay_out(db, key="late", participant_id=market.people[1], amount=Money.baht(1),
                 on=dates.today())
    assert cli.main(["--db", url, "--lang", "en", "verify",
                     str(out / f"ST-{this_month().be_key}-P{market.people[1]:04d}.pdf")]) == 1
    err = capsys.readouterr().err
    assert "The books changed" in err and "Paid to you" in err


def test_cli_refuses_foreign_pdfs_and_mistyped_codes(market_db, tmp_path, capsys):
    db, market = market_db
    url = _url(db)
    foreign = tmp_path / "z.pdf"
    foreign.write_bytes(build_day_report_a4(sales.day_report(db, dates.today())))
    assert cli.main(["--db", url, "--lang", "en", "verify", str(foreign)]) == 1
    assert "not a statement" in capsys.readouterr().err
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    assert cli.main(["--db", url, "--lang", "en", "verify", str(junk)]) == 1
    assert "not a PDF" in capsys.readouterr().err
    assert cli.main(["--db", url, "--lang", "en", "verify", "ABCD-EFGH-JKM9"]) == 1
    assert "typing mistake" in capsys.readouterr().err


@pytest.mark.parametrize("month, participant, out, message", [
    ("2599-01", None, "ok", "has not come yet"),
    ("2560-01", None, "ok", "fund began"),
    ("11-2569", None, "ok", "year-month"),
    (None, "P9999", "ok", "no participant P9999"),
    (None, None, "file", "is a file"),
    (None, None, "under-file", "cannot be written"),
])
def test_cli_bad_input_writes_nothing(market_db, tmp_path, capsys, month, participant, out, message):
    db, market = market_db
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    folder = {"ok": tmp_path / "papers", "file": a_file, "under-file": a_file / "sub"}[out]
    args = ["--db", _url(db), "--lang", "en", "statements", "--month",
            month or this_month().be_key, "--out", str(folder)]
    if participant:
        args += ["--participant", participant]
    before = _issued(db)
    assert cli.main(args) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "papers").exists() and _issued(db) == before


def test_a_cancelled_batch_leaves_only_whole_files(market_db, tmp_path):
    db, market = market_db
    done = []
    with pytest.raises(statement_batch.Cancelled):
        statement_batch.produce(db, this_month(), tmp_path / "out",
                                progress=lambda d, t, w: done.append(d),
                                cancelled=lambda: len(done) >= 3)
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 2 and all(f.suffix == ".pdf" for f in files)
    for f in files:
        assert PdfReader(f).pages  # whole


def test_an_interrupted_write_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "x.pdf"
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        files.write_atomically(target, b"%PDF-1.4 ...")
    assert list(tmp_path.iterdir()) == []


def test_the_key_is_made_at_install_and_never_in_a_paper(market_db, tmp_path):
    db, market = market_db
    with db.reading() as session:
        [secret] = session.scalars(select(SigningKey.secret)).all()
    assert len(secret) == 32
    result = statement_batch.produce(db, this_month(), tmp_path / "out")
    for path in (*result.files, result.fund_file, result.combined):
        data = path.read_bytes()
        assert secret not in data and secret.hex().encode() not in data


def test_a_paper_of_a_running_month_counts_only_up_to_its_day(market_db):
    db, market = market_db
    today = dates.today()
    if today.day == 1:
        pytest.skip("needs a day earlier in this month")
    yesterday = today - __import__("datetime").timedelta(days=1)
    paper = statements.build_statement(db, market.people[1], this_month(), until=yesterday)
    assert paper.as_of == yesterday
    [code] = verification.issue(db, [paper])
    open_day(db, market.vendor)
    sale_commit.commit_sale(db, cart_of(market.products, ("KALE", "1", market.people[1])), market.vendor,
                      sale_rules.PaymentRequest(cash_tendered=Money.baht(100)))
    assert verification.verify_code(db, code).ok  # today's sale came after the paper


def test_a_record_that_is_not_ours_in_shape_is_altered_not_a_crash(market_db):
    db, market = market_db
    paper = statements.build_statement(db, market.people[1], this_month())
    [code] = verification.issue(db, [paper])
    with db.unit_of_work() as session:
        row = session.scalar(select(IssuedStatement).where(IssuedStatement.code == code))
        row.figures_json = "[1, 2]"
    answer = verification.verify_code(db, code)
    assert not answer.ok and answer.number == paper.number and answer.reason == verification.altered()


def test_kiosk_check_sees_an_edited_issued_record(market_db):
    from kiosk.services.checks import registered_checks
    db, market = market_db
    check = registered_checks()["statements: every paper issued still matches its check code"]
    paper = statements.build_statement(db, market.people[1], this_month())
    [code] = verification.issue(db, [paper])
    with db.reading() as session:
        assert check(session) == []
    with db.unit_of_work() as session:
        row = session.scalar(select(IssuedStatement).where(IssuedStatement.code == code))
        row.figures_json = row.figures_json.replace('"tasks": 0', '"tasks": 5')
    with db.reading() as session:
        assert [paper.number in p for p in check(session)] == [True]


def _fresh_process_pdf(paper, code):
    from kiosk.reports.statement import build_statement_pdf
    return build_statement_pdf(paper, code, "th", dates.today())


@pytest.mark.slow  # a child process
def test_a_paper_has_the_same_bytes_in_a_fresh_process(market_db):
    """What a process printed before does not leak into a paper's bytes (reportlab
    numbers shaped Thai glyphs as it meets them): a reprint a year later is the same file."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    db, market = market_db
    papers = list(statements.iter_statements(db, this_month(), market.people))
    codes = verification.issue(db, papers)
    here = [pdf for _, pdf in statement_batch.rendered(db, this_month(), market.people,
                                                      printed_on=dates.today())]
    last, code = papers[-1], codes[-1]  # printed here after the others
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        fresh = pool.submit(_fresh_process_pdf, last, code).result(timeout=120)
    assert fresh == here[-1]
