"""`kiosk check`: one OK/FAIL line per check, exit 1 on any failure."""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest
from test_opening import corrupt_table

from kiosk import cli
from kiosk.models import Participant
from kiosk.services import checks


def _lines(out: str) -> dict[str, str]:
    """check name -> "OK" or "FAIL"."""
    return {m.group(2): m.group(1) for m in re.finditer(r"^(OK|FAIL)\s+(.+)$", out, re.M)}


def _check(db, capsys) -> tuple[int, dict[str, str], str]:
    db.dispose()  # the CLI opens the file itself, as it would from a terminal
    code = cli.main(["--db", db.url, "--lang", "en", "check"])
    out = capsys.readouterr().out
    return code, _lines(out), out


def test_a_healthy_database_passes_every_registered_check(db, staff, capsys):
    code, lines, out = _check(db, capsys)
    assert code == 0
    assert set(lines) == set(checks.registered_checks())
    assert set(lines.values()) == {"OK"}
    assert {"database file integrity", "foreign keys", "schema is up to date"} <= set(lines)


@pytest.mark.sqlite_only
def test_a_row_pointing_at_nothing_fails_the_foreign_key_check(db, staff, capsys):
    db.dispose()
    raw = sqlite3.connect(db.sqlite_path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("UPDATE operators SET participant_id = 999 WHERE id = ?", (staff.operator_id,))
    raw.commit()
    raw.close()
    code, lines, out = _check(db, capsys)
    assert code == 1
    assert lines["foreign keys"] == "FAIL"
    assert f"operators row {staff.operator_id} refers to a missing participants" in out
    assert lines["database file integrity"] == "OK"


@pytest.mark.sqlite_only
def test_damaged_pages_fail_the_integrity_check(db, capsys):
    with db.unit_of_work() as session:
        session.add_all(Participant(name_th=f"สมาชิก {n}", joined_on=date(2026, 1, 5)) for n in range(40))
    db.dispose()
    corrupt_table(db.sqlite_path, "participants")
    code, lines, out = _check(db, capsys)
    assert code == 1
    assert lines["database file integrity"] == "FAIL"
    assert re.search(r"of \d+ checks failed|ไม่ผ่าน", out)


def test_a_broken_domain_invariant_fails(db, capsys, monkeypatch):
    checks.registered_checks()
    monkeypatch.setitem(checks._REGISTRY, "receipt numbers have no gaps",
                        lambda session: ["receipt 12 is missing"])
    code, lines, out = _check(db, capsys)
    assert code == 1
    assert lines["receipt numbers have no gaps"] == "FAIL"
    assert "        receipt 12 is missing" in out.splitlines()
    assert lines["foreign keys"] == "OK"


def test_a_check_that_crashes_is_a_failure_not_a_traceback(db, capsys, monkeypatch):
    checks.registered_checks()

    def broken(session):
        raise ZeroDivisionError("division by zero")
    monkeypatch.setitem(checks._REGISTRY, "ledger balances", broken)
    code, lines, out = _check(db, capsys)
    assert code == 1 and lines["ledger balances"] == "FAIL"
    assert "ZeroDivisionError: division by zero" in out


def test_a_missing_database_fails_without_creating_one(tmp_path, capsys):
    path = tmp_path / "nowhere.sqlite3"
    assert cli.main(["--db", f"sqlite:///{path}", "check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAIL") and str(path) in out
    assert not path.exists()


def test_an_old_schema_fails_the_schema_check(tmp_path, capsys):
    from alembic import command

    from kiosk import schema
    from kiosk.db import Database
    old = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with old.engine.begin() as connection:
        config = schema.alembic_config(old.url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_foundation")
    code, lines, out = _check(old, capsys)
    if schema.head_revisions() == {"0001_foundation"}:
        assert code == 0
    else:
        assert code == 1 and lines["schema is up to date"] == "FAIL"


def test_check_names_are_thai_by_default(db, staff, capsys):
    db.dispose()
    assert cli.main(["--db", db.url, "check"]) == 0
    lines = _lines(capsys.readouterr().out)
    assert "ไฟล์ฐานข้อมูลสมบูรณ์" in lines and "database file integrity" not in lines
    assert all(re.search(r"[\u0e00-\u0e7f]", name) for name in lines)
