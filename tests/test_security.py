"""Security, written as tests: PINs, lockout, what a vendor can reach, the command line's PIN,
SQL with parameters, file names, file modes, the statement key."""

from __future__ import annotations

import ast
import logging
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import cli
from kiosk.dates import utc_now
from kiosk.errors import NotAllowed
from kiosk.models import Operator, Role
from kiosk.services import auth, backup

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"
# PINs no other number in a fresh database is likely to contain
SECRET_PINS = {"vendor": "730519", "staff": "864207", "admin": "592681"}


def _files_of(db) -> list[Path]:  # noqa: ANN001
    path = db.sqlite_path
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def _pin_bytes(pin: str) -> list[bytes]:
    return [pin.encode("ascii"), pin.encode("utf-16-le"), pin.encode("utf-32-le")]


# -- PINs -----------------------------------------------------------------------------------------
def test_pins_are_never_stored_or_logged_in_clear(db, qtbot, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    ids = {role: auth.create_operator(db, f"คน {role}", Role(role), pin)
           for role, pin in SECRET_PINS.items()}
    auth.change_pin(db, ids["vendor"], "318274", by=ids["admin"])
    from kiosk.ui.signin import SignInScreen
    screen = SignInScreen(db)
    qtbot.addWidget(screen)
    for role, pin in SECRET_PINS.items():
        screen.choose(ids[role])
        screen._submit("999999")  # a wrong one first (logged as a failure, not as the PIN)
        screen.choose(ids[role])
        screen._submit(pin if role != "vendor" else "318274")
    logged = caplog.text + "".join(capfd.readouterr())
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    stored = b"".join(p.read_bytes() for p in _files_of(db))
    for pin in [*SECRET_PINS.values(), "318274"]:
        assert pin not in logged
        assert not any(form in stored for form in _pin_bytes(pin)), f"PIN {pin} in the database file"
    assert len(stored) > 10_000  # the scan looked at a real database


def test_five_wrong_pins_lock_the_operator_even_against_the_right_pin(db, vendor):
    now = utc_now()
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(auth.WrongPin) as caught:
            auth.sign_in(db, vendor.operator_id, "0000", now=now)
        assert caught.value.tries_left == tries_left
    with pytest.raises(auth.OperatorLocked):
        auth.sign_in(db, vendor.operator_id, "0000", now=now)
    with pytest.raises(auth.OperatorLocked):
        auth.sign_in(db, vendor.operator_id, "1111", now=now + timedelta(minutes=4))
    assert auth.sign_in(db, vendor.operator_id, "1111", now=now + auth.LOCKOUT
                        + timedelta(seconds=1)).operator_id == vendor.operator_id


# -- what a vendor can reach --------------------------------------------------------------------
STAFF_SCREENS = {"fund", "reports", "settings"}


def test_a_vendor_reaches_no_staff_screen_by_navigation_shortcut_or_call(qtbot, db, vendor):
    from PySide6.QtGui import QAction, QShortcut
    from kiosk.ui.shell import NAVIGATION, Shell, make_context
    shell = Shell(make_context(db, vendor))
    qtbot.addWidget(shell)
    shell.show()
    assert set(shell.nav_buttons) & STAFF_SCREENS == set()
    for key in STAFF_SCREENS:
        with pytest.raises(KeyError):
            shell.show_screen(key)
    # every screen a vendor can open, and every shortcut and action in them, fired
    for item in NAVIGATION:
        if vendor.role in item.roles:
            shell.show_screen(item.key)
    for shortcut in shell.findChildren(QShortcut):
        shortcut.activated.emit()
    for action in shell.findChildren(QAction):
        if action.isEnabled():
            action.trigger()
    assert shell._current not in STAFF_SCREENS
    assert not any(shell.screens.get(key) for key in STAFF_SCREENS)
    assert {type(s).__name__ for s in shell.screens.values()} <= {"SaleScreen", "PlotScreen"}


def test_staff_screens_are_listed_for_staff_and_admins_only():
    from kiosk.ui.shell import navigation_for
    assert {i.key for i in navigation_for(Role.VENDOR)} & STAFF_SCREENS == set()
    assert {i.key for i in navigation_for(Role.STAFF)} >= {"fund", "reports"}
    assert "settings" not in {i.key for i in navigation_for(Role.STAFF)}


# -- the command line ------------------------------------------------------------------------------
@pytest.fixture
def guarded(db, staff, tmp_path, monkeypatch):
    """A database with a staff member (PIN 2222), a backup of it, and nobody at a terminal."""
    monkeypatch.delenv("KIOSK_PIN", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    made = backup.backup(db, tmp_path / "copy.sqlite3")
    db.dispose()
    return made.path


def _operators(url: str) -> list[str]:
    from kiosk.db import Database
    database = Database(url)
    try:
        with database.reading() as session:
            return sorted(session.scalars(select(Operator.name)))
    finally:
        database.dispose()


@pytest.mark.slow  # a demo reset
@pytest.mark.parametrize("command", [["demo", "--yes"], ["restore", "--yes", "BACKUP"]],
                         ids=["demo reset", "restore"])
def test_commands_that_change_data_need_a_staff_pin(db, guarded, command, capsys, monkeypatch):
    argv = ["--db", db.url, *[str(guarded) if word == "BACKUP" else word for word in command]]
    before = _operators(db.url)
    assert cli.main(argv) == 1  # no PIN: refused
    assert "PIN" in capsys.readouterr().err
    assert cli.main([*argv, "--pin", "1234"]) == 1  # a wrong one: refused
    assert _operators(db.url) == before
    monkeypatch.setenv("KIOSK_PIN", "2222")  # a script gives it in the environment
    assert cli.main(argv) == 0


def test_a_restore_over_a_damaged_database_takes_a_pin_from_the_backup(db, guarded, capsys):
    db.sqlite_path.write_bytes(b"\x00\xff" * 8192)
    assert cli.main(["--db", db.url, "restore", "--yes", str(guarded)]) == 1
    assert cli.main(["--db", db.url, "restore", "--yes", str(guarded), "--pin", "2222"]) == 0


@pytest.mark.slow  # seeds the demo
def test_a_new_database_needs_no_pin_so_the_first_start_makes_the_demo(tmp_path, monkeypatch):
    monkeypatch.delenv("KIOSK_PIN", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    url = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    assert cli.main(["--db", url, "demo"]) == 0
    assert _operators(url)


def test_the_pin_is_asked_without_echo_at_a_terminal(db, guarded, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or "2222")
    assert cli.main(["--db", db.url, "restore", "--yes", str(guarded)]) == 0
    assert len(asked) == 1


def test_reading_commands_need_no_pin(db, guarded, tmp_path):
    assert cli.main(["--db", db.url, "check"]) == 0
    assert cli.main(["--db", db.url, "backup", str(tmp_path / "again.sqlite3")]) == 0


# -- SQL only through SQLAlchemy with parameters -----------------------------------------------
# Places that build SQL text with Python formatting, and why each is safe: the values are
# names read from the schema or constants of the code, never anything a person typed.
ALLOWED_FORMATTED_SQL = {
    ("services/backup.py", 'SELECT count(*) FROM "{table}"'): "table names from sqlite_master",
    ("services/backup.py", "PRAGMA busy_timeout = {int(kiosk.db.SQLITE_BUSY_TIMEOUT_MS)}"): "constant",
    ("db.py", "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}"): "constant",
    ("db.py", "SET LOCAL lock_timeout = {SERVER_LOCK_TIMEOUT_MS}"): "constant",
    ("db_watch.py", "LISTEN {CHANNEL}"): "constant",
    ("db.py", "SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})"): "constant",
    ("services/demo.py", 'DROP TRIGGER "{name}"'): "trigger names from sqlite_master",
    ("services/db_server.py", 'CREATE ROLE "{owner}" NOLOGIN'): "names checked by db_server._NAME",
    ("services/db_server.py", 'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE'):
        "db_server._NAME",
    ("services/db_copy.py", 'SELECT setval(:s, coalesce((SELECT max("{column.name}") FROM '
                            '"{table.name}"), 0) + 1, false)'): "names from the kiosk's own metadata",
    ("services/db_server.py", 'CREATE DATABASE "{database}" OWNER "{owner}"'): "db_server._NAME",
    ("services/db_server.py", 'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'): "db_server._NAME",
    ("services/db_server.py", 'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{role}"'):
        "db_server._NAME",
    ("services/demo.py", 'ALTER TABLE "{relname}" DISABLE TRIGGER "{tgname}"'): "names from pg_trigger",
    ("services/demo.py", 'ALTER TABLE "{relname}" ENABLE TRIGGER "{tgname}"'): "names from pg_trigger",
}
_SQL_CALLS = {"execute", "exec_driver_sql", "executescript", "executemany"}


def formatted_sql(source: str, path: str = "") -> list[str]:
    """The SQL strings built by f-string, % or .format in ``source`` (as their source text)."""
    tree = ast.parse(source)
    sqlalchemy_text = any(
        isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy")
        and any(alias.name == "text" for alias in node.names) for node in ast.walk(tree))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in _SQL_CALLS and not (name == "text" and sqlalchemy_text):
            continue
        if path.startswith("migrations/"):
            continue  # migrations run the code's own DDL, with no input at all
        arg = node.args[0]
        formatted = (isinstance(arg, ast.JoinedStr)
                     or (isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Mod, ast.Add)))
                     or (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
                         and arg.func.attr == "format" and isinstance(arg.func.value, ast.Constant)))
        if formatted:
            if isinstance(arg, ast.JoinedStr):  # the SQL with its {holes}, however it is split
                found.append("".join(
                    part.value if isinstance(part, ast.Constant)
                    else "{" + (ast.get_source_segment(source, part.value) or "") + "}"
                    for part in arg.values))
            else:
                found.append(ast.get_source_segment(source, arg) or "")
    return found


@pytest.mark.slow  # every module parsed
def test_sql_is_never_built_from_formatted_strings():
    found = {}
    for path in KIOSK.rglob("*.py"):
        relative = path.relative_to(KIOSK).as_posix()
        for sql in formatted_sql(path.read_text(encoding="utf-8"), relative):
            found[(relative, sql)] = True
    assert set(found) - set(ALLOWED_FORMATTED_SQL) == set()
    assert set(ALLOWED_FORMATTED_SQL) <= set(found)  # the allowance lists nothing stale


def test_the_sql_scan_catches_each_way_of_formatting():
    sample = ("from sqlalchemy import text\n"
              "session.execute(text(f\"SELECT * FROM sales WHERE number = '{number}'\"))\n"
              "connection.execute(\"DELETE FROM x WHERE id = %s\" % ident)\n"
              "cursor.exec_driver_sql(\"SELECT {}\".format(name))\n"
              "session.execute(text(\"SELECT 1 WHERE a = :a\"), {\"a\": a})\n")
    assert len(formatted_sql(sample, "services/x.py")) == 3


# -- file names from users stay in their folder --------------------------------------------------
@pytest.mark.slow  # every paper of the demo
def test_papers_named_after_people_stay_in_the_chosen_folder(demo_copy, tmp_path):
    """A participant whose name is a path still gets statements inside the folder."""
    from kiosk.models import Participant
    from kiosk.printing import statement_batch
    from kiosk.services.statement_data import Month
    from kiosk.dates import today
    with demo_copy.unit_of_work() as session:
        for person in session.scalars(select(Participant)):
            person.name_th, person.nickname = "../../../tmp/หนี", "../x"
    out = tmp_path / "papers"
    result = statement_batch.produce(demo_copy, Month(today().year, today().month), out)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.name.startswith("kiosk.")]
    assert written and all(out in p.parents for p in written)
    assert result.files


# -- files readable by their owner only ----------------------------------------------------------
def test_the_database_its_journal_and_backups_are_owner_only(tmp_path):
    from kiosk.services.opening import open_database
    db = open_database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    try:
        auth.create_operator(db, "ใหม่", Role.ADMIN, "5555")
        made = backup.backup(db, tmp_path / "usb" / "b.sqlite3")
        files = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert {p.name for p in files} >= {"kiosk.sqlite3", "kiosk.sqlite3-wal", "b.sqlite3"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {
            p.name: 0o600 for p in files}
        assert made.path in files
    finally:
        db.dispose()


# -- the statement key ---------------------------------------------------------------------------
@pytest.mark.slow  # every paper and export
def test_the_statement_key_is_in_no_paper_export_or_log(demo_copy, tmp_path, caplog, capfd):
    import base64
    from kiosk.dates import today
    from kiosk.models.statements import SigningKey
    from kiosk.printing import statement_batch
    from kiosk.services import export_beancount, export_xlsx
    from kiosk.services.statement_data import Month
    caplog.set_level(logging.DEBUG)
    with demo_copy.reading() as session:
        secret = session.scalars(select(SigningKey.secret)).first()
    assert secret and len(secret) >= 16
    month = Month(today().year, today().month)
    statement_batch.produce(demo_copy, month, tmp_path / "papers")
    (tmp_path / "books.beancount").write_text(export_beancount.render(demo_copy)[0], encoding="utf-8")
    (tmp_path / "month.xlsx").write_bytes(export_xlsx.build_workbook(demo_copy, month)[0])
    forms = [secret, secret.hex().encode(), secret.hex().upper().encode(),
             base64.b64encode(secret), base64.b32encode(secret), base64.urlsafe_b64encode(secret)]
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".sqlite3"]
    assert any(p.suffix == ".pdf" for p in written)
    for path in written:
        data = path.read_bytes()
        assert not any(form in data for form in forms), path
    logged = (caplog.text + "".join(capfd.readouterr())).encode()
    assert not any(form in logged for form in forms)
    assert os.environ.get("KIOSK_STATEMENT_KEY") is None
