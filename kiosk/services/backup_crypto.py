"""Backups a lost USB stick does not betray: AES-GCM under a key made (scrypt) from
the backup passphrase the admin sets once.

The key is kept on the PC, in the user's config folder (beside, not inside, the
database), so backups and a restore on the same PC need no typing. A backup file
carries the salt and scrypt's cost, so on another PC the passphrase alone opens it
(typed, or KIOSK_BACKUP_PASSPHRASE). The header is authenticated with the data: a
flipped byte anywhere fails the tag, and a check value tells a wrong passphrase
from a damaged file.

    MAGIC | salt (16) | log2 n, r, p (1 each) | key check (16) | nonce (12) | ciphertext+tag
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from base64 import b64decode, b64encode
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.dates import today
from kiosk.db import Database
from kiosk.errors import Conflict, InvalidInput, KioskError, NotAllowed
from kiosk.i18n import tr
from kiosk.paths import APP_NAME
from kiosk.services import audit, files
from kiosk.services.auth import SignedIn

MAGIC = b"TJK-BACKUP\x00\x01"
_SALT, _CHECK, _NONCE = 16, 16, 12
_HEADER = len(MAGIC) + _SALT + 3 + _CHECK + _NONCE
#: scrypt's cost: 2**15 x 8 is about 32 MiB and a tenth of a second, once per restore
_COST = {"log2_n": 15, "r": 8, "p": 1}
PASSPHRASE_MIN, PASSPHRASE_MAX, HINT_MAX = 8, 200, 120
ENV_PASSPHRASE = "KIOSK_BACKUP_PASSPHRASE"
#: the demo market's passphrase (README, beside the PINs); set only where none is
DEMO_PASSPHRASE, DEMO_HINT = "talad-jompol-demo", "README: demo market"


class PassphraseNeeded(KioskError):
    """The backup was made on another PC (or under another passphrase): ask for it."""

    def __init__(self) -> None:
        super().__init__(tr("This backup is locked with a passphrase set on another PC. "
                            "Type the backup passphrase."))


@dataclass(frozen=True)
class BackupKey:
    salt: bytes
    log2_n: int
    r: int
    p: int
    key: bytes
    hint: str
    set_on: date | None = None

    @property
    def check(self) -> bytes:
        return _check(self.key)


def config_dir() -> Path:
    """The user's config folder (KIOSK_CONFIG_DIR for tests and portable installs)."""
    return Path(os.environ.get("KIOSK_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME))


def key_file() -> Path:
    return config_dir() / "backup-key.json"


def _check(key: bytes) -> bytes:
    return hmac.new(key, b"talad-jompol backup key check", hashlib.sha256).digest()[:_CHECK]


def derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def saved_key() -> BackupKey | None:
    """The key kept on this PC, or None before the admin has set a passphrase."""
    path = key_file()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return BackupKey(b64decode(data["salt"]), int(data["log2_n"]), int(data["r"]),
                         int(data["p"]), b64decode(data["key"]), str(data.get("hint", "")),
                         date.fromisoformat(data["set_on"]) if data.get("set_on") else None)
    except (ValueError, KeyError, TypeError):
        raise KioskError(tr("The backup key file {path} is damaged. Set the backup passphrase "
                            "again.").format(path=path)) from None


def check_passphrase(passphrase: object, hint: object = "") -> tuple[str, str]:
    if not isinstance(passphrase, str) or not isinstance(hint, str):
        raise InvalidInput(tr("Please type text here."))
    hint = " ".join(hint.split())
    if not PASSPHRASE_MIN <= len(passphrase) <= PASSPHRASE_MAX:
        raise InvalidInput(tr("A backup passphrase has {low} to {high} characters.").format(
            low=PASSPHRASE_MIN, high=PASSPHRASE_MAX))
    if len(hint) > HINT_MAX:
        raise InvalidInput(tr("The hint is too long."))
    if passphrase.strip() and passphrase.strip().lower() in hint.lower():
        raise InvalidInput(tr("The hint must not contain the passphrase."))
    return passphrase, hint


def save_passphrase(passphrase: str, hint: str = "", *, replace: bool = False) -> BackupKey:
    """Make the key from ``passphrase`` and keep it on this PC (readable by its owner only)."""
    passphrase, hint = check_passphrase(passphrase, hint)
    if saved_key() is not None and not replace:
        raise Conflict(tr("A backup passphrase is already set on this PC."))
    salt = secrets.token_bytes(_SALT)
    key = BackupKey(salt, _COST["log2_n"], _COST["r"], _COST["p"],
                    derive(passphrase, salt, _COST["log2_n"], _COST["r"], _COST["p"]), hint,
                    today())
    path = key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"version": 1, "salt": b64encode(salt).decode(), "log2_n": key.log2_n, "r": key.r,
            "p": key.p, "key": b64encode(key.key).decode(), "hint": hint,
            "set_on": key.set_on.isoformat()}
    files.write_atomically(path, json.dumps(body, indent=1).encode("utf-8"))
    return key


def use_demo_passphrase() -> None:
    """The demo market's backups are encrypted too, under the README's passphrase."""
    if saved_key() is None:
        save_passphrase(DEMO_PASSPHRASE, DEMO_HINT)


def set_backup_passphrase(db: Database, who: SignedIn, passphrase: object, repeat: object,
                          hint: object = "") -> BackupKey:
    """The admin sets the backup passphrase (or replaces the demo's); audited without
    it or its hint. Backups made before keep their passphrase."""
    if not isinstance(who, SignedIn) or not who.is_admin:
        raise NotAllowed(tr("Only an admin can do this."))
    if passphrase != repeat:
        raise InvalidInput(tr("The two passphrases differ. Type the same one twice."))
    key = save_passphrase(passphrase, hint, replace=True)  # type: ignore[arg-type]
    with db.unit_of_work() as session:
        audit.record(session, "backup_passphrase_set", who.operator_id, "")
    return key


# -- files ---------------------------------------------------------------------------
def is_encrypted(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def seal(plain: bytes, key: BackupKey) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    header = MAGIC + key.salt + bytes((key.log2_n, key.r, key.p)) + key.check + nonce
    return header + AESGCM(key.key).encrypt(nonce, plain, header)


def open_sealed(sealed: bytes, passphrase: str | None = None, *, where: Path | None = None) -> bytes:
    """The plain bytes; InvalidInput for a wrong passphrase or a damaged file,
    PassphraseNeeded when this PC's key does not fit and no passphrase was given."""
    if len(sealed) < _HEADER + 16 or not sealed.startswith(MAGIC):
        raise _damaged(where)
    at = len(MAGIC)
    salt, (log2_n, r, p) = sealed[at:at + _SALT], sealed[at + _SALT:at + _SALT + 3]
    check = sealed[at + _SALT + 3:at + _SALT + 3 + _CHECK]
    header = sealed[:_HEADER]
    nonce = header[-_NONCE:]
    mine = saved_key()
    if mine is not None and hmac.compare_digest(mine.check, check) and mine.salt == salt:
        key = mine.key
    else:
        typed = passphrase if passphrase is not None else os.environ.get(ENV_PASSPHRASE)
        if not typed:
            raise PassphraseNeeded()
        if not 10 <= log2_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise _damaged(where)
        key = derive(typed, salt, log2_n, r, p)
        if not hmac.compare_digest(_check(key), check):
            raise InvalidInput(tr("The backup passphrase is wrong. Nothing was changed."))
    try:
        return AESGCM(key).decrypt(nonce, sealed[_HEADER:], header)
    except InvalidTag:
        raise _damaged(where) from None


def _damaged(where: Path | None) -> InvalidInput:
    return InvalidInput(tr("The backup {path} is damaged (it fails its check). Use an older "
                           "backup; nothing was changed.").format(path=where or ""))


def seal_file(path: Path) -> bool:
    """Encrypt the backup at ``path`` in place under this PC's key; False (left plain)
    while no passphrase is set."""
    key = saved_key()
    if key is None:
        return False
    files.write_atomically(path, seal(path.read_bytes(), key))
    return True


@contextmanager
def readable(path: Path, passphrase: str | None = None) -> Iterator[Path]:
    """``path`` itself when it is plain, else its decrypted copy in a private temporary
    file, removed afterwards. Raises before anything is written when it cannot open."""
    if not is_encrypted(path):
        yield path
        return
    plain = open_sealed(path.read_bytes(), passphrase, where=path)
    handle, name = tempfile.mkstemp(prefix="kiosk-backup-", suffix=".sqlite3")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(plain)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)
