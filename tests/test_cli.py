"""The `kiosk` command: sub-commands, options, and messages instead of tracebacks."""

from __future__ import annotations

import sys
import types

import pytest

from kiosk import __version__, cli, console, i18n, qtdeps, schema
from kiosk.db import Database
from kiosk.i18n import tr
from kiosk.money import Money
from kiosk.paths import user_data_dir


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"


@pytest.fixture
def gui(monkeypatch):
    """A stand-in for kiosk.ui.app that records how it was started."""
    started: list[tuple[Database, bool]] = []

    def run(open_db, kiosk_mode):  # the window opens the database after its first frame
        started.append((open_db(), kiosk_mode))
        return 0
    monkeypatch.setitem(sys.modules, "kiosk.ui.app",
                        types.SimpleNamespace(run=run, show_fatal_error=lambda message: None))
    monkeypatch.setattr(qtdeps, "missing_system_libraries", lambda: [])
    monkeypatch.setattr(qtdeps, "no_display", lambda: False)
    return started


@pytest.fixture
def demo(monkeypatch):
    """A stand-in for kiosk.services.demo that records its calls."""
    calls: list[str] = []
    module = types.SimpleNamespace(
        real=False,
        ensure_demo_data=lambda db: calls.append("ensure") or True,
        reset_demo_data=lambda db: calls.append("reset"),
    )
    module.has_real_data = lambda db: module.real
    monkeypatch.setitem(sys.modules, "kiosk.services.demo", module)
    module.calls = calls
    return module


# -- version and options ------------------------------------------------------------
def test_version_shows_the_default_database(capsys, monkeypatch):
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    assert cli.main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"kiosk {__version__}\n")
    assert str(user_data_dir() / "kiosk.sqlite3") in out


def test_the_database_comes_from_db_then_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{tmp_path / 'from-env.sqlite3'}")
    cli.main(["--version"])
    assert "from-env.sqlite3" in capsys.readouterr().out
    cli.main(["--db", f"sqlite:///{tmp_path / 'from-option.sqlite3'}", "--version"])
    assert "from-option.sqlite3" in capsys.readouterr().out


def test_db_is_accepted_after_the_sub_command_too(url, capsys):
    assert cli.main(["db", "upgrade", "--db", url]) == 0
    assert schema.is_current(Database(url))


def test_messages_are_thai_unless_english_is_asked_for(url, capsys, monkeypatch):
    monkeypatch.setattr(i18n, "_process_language", i18n.DEFAULT_LANGUAGE)
    cli.main(["--db", url, "db", "upgrade"])
    assert _thai(capsys.readouterr().out)
    cli.main(["--db", url, "db", "upgrade", "--lang", "en"])
    out = capsys.readouterr().out
    assert out.startswith("The schema is already up to date") and not _thai(out)


# -- kiosk db upgrade -----------------------------------------------------------------
def test_db_upgrade_creates_then_reports_up_to_date(url, capsys, english):
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("Schema upgraded: empty -> ")
    assert all(revision in first for revision in schema.head_revisions())
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    assert capsys.readouterr().out.startswith("The schema is already up to date")


def test_db_alone_prints_its_commands(url, capsys):
    assert cli.main(["--db", url, "db"]) == 2
    assert "upgrade" in capsys.readouterr().err


# -- kiosk run ------------------------------------------------------------------------
def test_run_creates_the_database_adds_the_demo_and_starts_windowed(url, gui, demo):
    assert cli.main(["--db", url]) == 0
    (db, kiosk_mode), = gui
    assert kiosk_mode is False and db.url == url
    assert demo.calls == ["ensure"]
    assert schema.is_current(Database(url))


def test_kiosk_flag_means_full_screen_wherever_it_is_given(url, gui, demo):
    cli.main(["--db", url, "run", "--kiosk"])
    cli.main(["--db", url, "--kiosk"])
    cli.main(["run", "--db", url])  # what main.py passes
    assert [mode for _, mode in gui] == [True, True, False]


def test_run_leaves_a_database_with_operators_alone(db, staff, gui, demo):
    db.dispose()
    assert cli.main(["--db", db.url, "run"]) == 0
    assert demo.calls == []


def test_run_works_while_the_demo_module_is_missing(url, gui, monkeypatch):
    monkeypatch.setitem(sys.modules, "kiosk.services.demo", None)  # importing it fails
    assert console.optional("kiosk.services.demo") is None
    assert cli.main(["--db", url, "run"]) == 0 and len(gui) == 1
    with pytest.raises(ModuleNotFoundError):  # a real import error inside a module still shows
        console.optional("kiosk.services.no_such_area.demo")


def test_run_names_the_packages_to_install_when_libraries_are_missing(url, capsys, monkeypatch):
    present = {"libEGL.so.1": False, "libxcb-cursor.so.0": False}
    monkeypatch.setattr(qtdeps, "_loadable", lambda soname: present.get(soname, True))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setitem(sys.modules, "kiosk.ui.app", None)  # Qt must not even be imported
    assert cli.main(["--db", url, "run"]) == 2
    out, err = capsys.readouterr()
    assert "sudo apt-get update && sudo apt-get install -y libegl1 libxcb-cursor0" in err
    assert "libEGL.so.1" in err and _thai(err) and "Install them with this command" in err
    assert "Traceback" not in out + err


def test_run_without_a_screen_says_so(url, capsys, monkeypatch):
    monkeypatch.setattr(qtdeps, "missing_system_libraries", lambda: [])
    monkeypatch.setenv("QT_QPA_PLATFORM", "")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert cli.main(["--db", url, "run"]) == 2
    assert "xvfb-run" in capsys.readouterr().err


# -- qtdeps ---------------------------------------------------------------------------
def test_qtdeps_checks_window_libraries_only_for_a_real_window():
    absent = lambda soname: soname.startswith("libxcb-icccm")  # noqa: E731
    finder = lambda soname: not absent(soname)  # noqa: E731
    assert qtdeps.missing_system_libraries("offscreen", finder) == []
    missing = qtdeps.missing_system_libraries("xcb", finder)
    assert missing == [qtdeps.MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4")]


def test_qtdeps_finds_what_this_machine_has():
    # the test machine runs Qt offscreen, so the core libraries are present
    assert qtdeps.missing_system_libraries("offscreen") == []
    assert not qtdeps._loadable("libkiosk-does-not-exist.so.9")


# -- kiosk demo -----------------------------------------------------------------------
def test_demo_on_a_database_without_real_data_does_not_ask(url, demo, monkeypatch, capsys):
    monkeypatch.setattr(console, "ask", lambda prompt: pytest.fail("asked"))
    assert cli.main(["--db", url, "demo"]) == 0
    assert demo.calls == ["reset"]


def test_demo_asks_before_wiping_real_data(url, demo, monkeypatch, capsys):
    demo.real = True
    prompts: list[str] = []
    answers = iter(["yes", "WIPE"])
    monkeypatch.setattr(console, "ask", lambda prompt: prompts.append(prompt) or next(answers))
    assert cli.main(["--db", url, "demo"]) == 1  # "yes" is not the word shown
    assert demo.calls == []
    assert "ล้าง" in prompts[0] and "wipe" in prompts[0] and _thai(prompts[0])
    assert tr("Nothing was changed.") in capsys.readouterr().err
    assert cli.main(["--db", url, "demo"]) == 0
    assert demo.calls == ["reset"]
    assert cli.main(["--db", url, "demo", "--yes"]) == 0 and len(prompts) == 2


# -- kiosk promptpay ------------------------------------------------------------------
def test_promptpay_prints_the_payload_and_saves_a_png(tmp_path, capsys, monkeypatch):
    made: list[tuple] = []
    fake = types.SimpleNamespace(
        payload=lambda target, amount: f"PAYLOAD:{target}:{amount.satang if amount else '-'}",
        write_png=lambda payload, path: made.append((payload, path)))
    monkeypatch.setitem(sys.modules, "kiosk.promptpay", fake)
    assert cli.main(["promptpay", "0812345678", "--amount", "1,234.50",
                     "--png", str(tmp_path / "qr.png")]) == 0
    assert capsys.readouterr().out == "PAYLOAD:0812345678:123450\n"
    assert made == [("PAYLOAD:0812345678:123450", tmp_path / "qr.png")]
    assert cli.main(["promptpay", "0812345678"]) == 0
    assert capsys.readouterr().out == "PAYLOAD:0812345678:-\n"


def test_promptpay_rejects_a_bad_amount_with_a_message(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "kiosk.promptpay", types.SimpleNamespace(
        payload=lambda target, amount: pytest.fail("no payload for a bad amount")))
    assert cli.main(["promptpay", "0812345678", "--amount", "12.345"]) == 1
    err = capsys.readouterr().err
    with pytest.raises(Exception) as caught:
        Money.parse("12.345")
    assert err.strip() == caught.value.message


@pytest.mark.slow  # starts two Python processes
def test_console_script_and_module_entry_point():
    from importlib.metadata import entry_points
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "kiosk"]
    assert script.value == "kiosk.cli:main"
    import subprocess
    done = subprocess.run([sys.executable, "-m", "kiosk", "--version"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("kiosk ")
