"""Issue 17 §4: encrypted backups: the key from a passphrase kept in the config
folder, a round trip, a wrong passphrase and a flipped byte refused."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_backup import _names
from test_statement_papers import plain

from kiosk.errors import Conflict, InvalidInput
from kiosk.services import backup_crypto
from kiosk.services.backup_crypto import PassphraseNeeded

PASSPHRASE = "ผักสดทุกวัน 2569"
PLAIN = b"SQLite format 3\x00" + bytes(range(256)) * 40


def test_the_key_is_kept_in_the_config_folder_for_its_owner_only(tmp_path):
    key = backup_crypto.save_passphrase(PASSPHRASE, "ชื่อตลาดกับปี")
    path = backup_crypto.key_file()
    assert path.parent == backup_crypto.config_dir() and path.stat().st_mode & 0o777 == 0o600
    assert PASSPHRASE not in path.read_text("utf-8")
    assert backup_crypto.saved_key() == key and key.hint == "ชื่อตลาดกับปี"
    with pytest.raises(Conflict):
        backup_crypto.save_passphrase("another passphrase")


@pytest.mark.parametrize(("passphrase", "hint"), [
    ("short", ""), ("x" * 201, ""), (PASSPHRASE, PASSPHRASE + " ค่ะ"), (PASSPHRASE, "h" * 121),
    (None, ""), (PASSPHRASE, None)])
def test_a_passphrase_out_of_bounds_is_refused_and_nothing_kept(passphrase, hint):
    with pytest.raises(InvalidInput):
        backup_crypto.save_passphrase(passphrase, hint)
    assert backup_crypto.saved_key() is None


def test_a_round_trip_on_this_pc_needs_no_typing():
    key = backup_crypto.save_passphrase(PASSPHRASE)
    sealed = backup_crypto.seal(PLAIN, key)
    assert PLAIN[:16] not in sealed and sealed.startswith(backup_crypto.MAGIC)
    assert backup_crypto.open_sealed(sealed) == PLAIN


def test_on_another_pc_the_passphrase_opens_it_and_a_wrong_one_is_refused(monkeypatch):
    sealed = backup_crypto.seal(PLAIN, backup_crypto.save_passphrase(PASSPHRASE))
    backup_crypto.key_file().unlink()  # another PC: no key kept
    with pytest.raises(PassphraseNeeded):
        backup_crypto.open_sealed(sealed)
    with pytest.raises(InvalidInput) as wrong:
        backup_crypto.open_sealed(sealed, "ผักสดทุกวัน 2568")
    assert "ผิด" in wrong.value.message
    assert backup_crypto.open_sealed(sealed, PASSPHRASE) == PLAIN
    monkeypatch.setenv(backup_crypto.ENV_PASSPHRASE, PASSPHRASE)
    assert backup_crypto.open_sealed(sealed) == PLAIN


@pytest.mark.parametrize("where", ["magic", "salt", "nonce", "body", "tag"])
def test_a_flipped_byte_anywhere_is_refused(where):
    key = backup_crypto.save_passphrase(PASSPHRASE)
    sealed = bytearray(backup_crypto.seal(PLAIN, key))
    at = {"magic": 3, "salt": len(backup_crypto.MAGIC) + 2,
          "nonce": backup_crypto._HEADER - 1, "body": backup_crypto._HEADER + 500,
          "tag": len(sealed) - 1}[where]
    sealed[at] ^= 0x01
    with pytest.raises((InvalidInput, PassphraseNeeded)):
        backup_crypto.open_sealed(bytes(sealed))
    with pytest.raises(InvalidInput):
        backup_crypto.open_sealed(bytes(sealed), PASSPHRASE)


# -- the backup writer and reader ----------------------------------------------------
def test_kiosk_backup_encrypts_verifies_and_restores_on_this_pc(demo_copy, tmp_path):
    from kiosk.services import backup
    names = _names(demo_copy.url)
    backup_crypto.save_passphrase(PASSPHRASE)
    made = backup.backup(demo_copy, tmp_path / "usb" / "copy.sqlite3")
    data = made.path.read_bytes()
    assert data.startswith(backup_crypto.MAGIC) and made.path.stat().st_mode & 0o777 == 0o600
    assert not any(name.encode("utf-8") in data for name in names)
    assert made.info.total_rows == backup.inspect_backup(made.path).total_rows > 0
    target = f"sqlite:///{tmp_path / 'elsewhere' / 'kiosk.sqlite3'}"
    backup.restore(target, made.path)
    assert _names(target) == names


def test_restore_on_another_pc_asks_refuses_a_wrong_passphrase_and_a_flipped_byte(
        demo_copy, tmp_path, monkeypatch):
    from kiosk.services import backup
    backup_crypto.save_passphrase(PASSPHRASE)
    made = backup.backup(demo_copy, tmp_path / "copy.sqlite3").path
    backup_crypto.key_file().unlink()  # the other PC
    live = tmp_path / "live" / "kiosk.sqlite3"
    live.parent.mkdir()
    live.write_bytes(b"the other PC's database")
    url = f"sqlite:///{live}"
    with pytest.raises(PassphraseNeeded):
        backup.restore(url, made)
    with pytest.raises(InvalidInput):
        backup.restore(url, made, passphrase="not the passphrase")
    flipped = tmp_path / "flipped.sqlite3"
    damaged = bytearray(made.read_bytes())
    damaged[len(damaged) // 2] ^= 0x10
    flipped.write_bytes(bytes(damaged))
    with pytest.raises(InvalidInput) as refused:
        backup.restore(url, flipped, passphrase=PASSPHRASE)
    assert "เสียหาย" in refused.value.message
    assert live.read_bytes() == b"the other PC's database"
    assert sorted(p.name for p in live.parent.iterdir()) == ["kiosk.sqlite3"]  # nothing kept
    monkeypatch.setenv(backup_crypto.ENV_PASSPHRASE, PASSPHRASE)
    backup.restore(url, made)
    assert _names(url) == _names(demo_copy.url)


def test_the_command_line_restore_takes_the_passphrase_from_the_environment(
        demo_copy, tmp_path, monkeypatch, capsys):
    from kiosk import cli
    backup_crypto.save_passphrase(PASSPHRASE)
    assert cli.main(["--db", demo_copy.url, "backup", str(tmp_path / "b.sqlite3")]) == 0
    backup_crypto.key_file().unlink()
    target = f"sqlite:///{tmp_path / 'new' / 'kiosk.sqlite3'}"
    assert cli.main(["--db", target, "restore", str(tmp_path / "b.sqlite3"), "--yes",
                     "--pin", "2221"]) != 0
    assert "รหัสผ่าน" in capsys.readouterr().err
    monkeypatch.setenv(backup_crypto.ENV_PASSPHRASE, PASSPHRASE)
    assert cli.main(["--db", target, "restore", str(tmp_path / "b.sqlite3"), "--yes",
                     "--pin", "2221"]) == 0
    assert _names(target) == _names(demo_copy.url)


@pytest.mark.slow  # seeds the demo twice
def test_the_demo_market_sets_the_readme_passphrase_only_where_none_is(db):
    from kiosk.services import demo
    demo.ensure_demo_data(db)
    sealed = backup_crypto.seal(PLAIN, backup_crypto.saved_key())
    backup_crypto.key_file().unlink()
    assert backup_crypto.open_sealed(sealed, "talad-jompol-demo") == PLAIN
    mine = backup_crypto.save_passphrase(PASSPHRASE)
    demo.reset_demo_data(db)
    assert backup_crypto.saved_key() == mine


def test_the_admin_sets_the_passphrase_in_settings_and_prints_the_recovery_sheet(
        db, admin, staff, qtbot, monkeypatch):
    from kiosk.errors import NotAllowed
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.people.privacy_box import PrivacyBox
    from kiosk.ui.people.privacy_settings import PrivacySettingsTab
    with pytest.raises(NotAllowed):
        backup_crypto.set_backup_passphrase(db, staff, PASSPHRASE, PASSPHRASE)
    opened = []
    monkeypatch.setattr(PrivacyBox, "open_file", classmethod(lambda cls, p: opened.append(p)))
    bus = DataBus(db)
    tab = PrivacySettingsTab(AppContext(db, bus, admin))
    qtbot.addWidget(tab)
    assert not tab.sheet.isEnabled()
    tab.passphrase.setText(PASSPHRASE)
    tab.repeat.setText(PASSPHRASE + "x")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert backup_crypto.saved_key() is None and tab.status.text()
    tab.repeat.setText(PASSPHRASE)
    tab.hint.setText("ชื่อตลาดกับปี")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert backup_crypto.saved_key().hint == "ชื่อตลาดกับปี" and tab.passphrase.text() == ""
    assert tab.sheet.isEnabled() and "ชื่อตลาดกับปี" in tab.state.text()
    qtbot.mouseClick(tab.sheet, Qt.MouseButton.LeftButton)
    text = plain("".join(page.extract_text() for page in PdfReader(opened[0]).pages))
    assert plain("ชื่อตลาดกับปี") in text and plain(PASSPHRASE) not in text
    bus.detach()
