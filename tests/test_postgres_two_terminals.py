"""Two terminals posting at the same moment (issue 15 §3): on PostgreSQL every
writer holds one advisory lock until it commits, as SQLite's BEGIN IMMEDIATE
does, so receipt numbers have no gap or duplicate and the hash chain never
forks; a writer kept waiting too long gets a Thai "try again", nothing half
written. bench/two_terminals.py is the proof, run here on both backends."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk import db as kiosk_db
from kiosk.errors import DatabaseUnavailable
from kiosk.models import Participant
from postgres_fixtures import pg_db, pg_template, superuser_connection  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import two_terminals  # noqa: E402


@pytest.mark.slow
def test_two_processes_selling_300_each_leave_gapless_numbers_and_one_chain(pg_db):
    pg_db.dispose()
    rates, problems = two_terminals.run(pg_db.url, 300)
    assert problems == [] and len(rates) == 2


@pytest.mark.slow  # two child processes
def test_the_benchmark_holds_on_sqlite_too(tmp_path):
    rates, problems = two_terminals.run(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}", 40)
    assert problems == [] and len(rates) == 2


def test_the_benchmark_sees_a_gap(pg_db, monkeypatch):
    """The check that proves the two-terminal run is not a check that cannot fail."""
    pg_db.dispose()
    two_terminals.prepare(pg_db.url)
    assert two_terminals.verify(pg_db.url, 1) == ["0 sales recorded, 1 committed"]


def test_a_writer_waiting_too_long_is_told_to_try_again_in_thai(pg_db, monkeypatch):
    monkeypatch.setattr(kiosk_db, "SERVER_LOCK_TIMEOUT_MS", 200)
    with superuser_connection(pg_db) as other_terminal:
        other_terminal.execute("BEGIN")
        other_terminal.execute(f"SELECT pg_advisory_xact_lock({kiosk_db.WRITER_LOCK_KEY})")
        with pytest.raises(DatabaseUnavailable, match="ยังบันทึกอยู่") as raised:
            with pg_db.unit_of_work() as session:
                session.add(Participant(name_th="ไม่ควรถูกบันทึก"))
        other_terminal.execute("ROLLBACK")
    with pg_db.reading() as session:  # readers were never held up, nothing was written
        assert session.execute(text(
            "SELECT count(*) FROM participants WHERE name_th = 'ไม่ควรถูกบันทึก'")).scalar() == 0


_CLASH = ("DO $$ BEGIN RAISE EXCEPTION 'clash' USING ERRCODE = 'serialization_failure'; "
          "END $$")


def test_an_action_rolled_back_by_a_clash_runs_again_whole(pg_db):
    from kiosk.db import retrying
    calls = []

    def sell() -> int:
        calls.append(1)
        with pg_db.unit_of_work() as session:
            session.execute(text("INSERT INTO categories (code, name_th, name_en, sort_order) "
                                 f"VALUES ('TRY{len(calls)}', 'ลอง', 'Try', 1)"))
            if len(calls) < 3:
                session.execute(text(_CLASH))
        return len(calls)

    assert retrying(sell) == 3
    with pg_db.reading() as session:
        assert session.execute(text("SELECT code FROM categories WHERE code LIKE 'TRY%'")
                               ).scalars().all() == ["TRY3"]


def test_a_clash_every_time_ends_in_a_thai_try_again_and_nothing_written(pg_db):
    from kiosk.db import retrying
    from kiosk.db_errors import ServerConflict
    calls = []

    def sell() -> None:
        calls.append(1)
        with pg_db.unit_of_work() as session:
            session.execute(text("INSERT INTO categories (code, name_th, name_en, sort_order) "
                                 "VALUES ('NEVER', 'ไม่', 'Never', 1)"))
            session.execute(text(_CLASH))

    with pytest.raises(ServerConflict, match="ลองใหม่"):
        retrying(sell)
    assert len(calls) == 3
    with pg_db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM categories WHERE code = 'NEVER'")
                               ).scalar() == 0


def test_every_button_gets_the_retry(pg_db):
    """kiosk.ui.actions.attempt, which every writing button goes through, retries too."""
    from kiosk.ui import actions
    calls = []

    def save() -> str:
        calls.append(1)
        with pg_db.unit_of_work() as session:
            if len(calls) == 1:
                session.execute(text(_CLASH))
        return "saved"

    outcome = actions.attempt(pg_db, save)
    assert outcome.ok and outcome.value == "saved" and len(calls) == 2
