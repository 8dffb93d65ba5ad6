"""Files the kiosk writes for people: a folder check and the one atomic save.

Every paper and export is written to a temporary name beside its place,
flushed to disk, then renamed: a crash, a full disk or a Cancel leaves the
old file or the whole new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kiosk.errors import InvalidInput
from kiosk.i18n import tr


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` at ``path``, whole or not at all (the folder must exist)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, before SQLite writes into it.

    SQLite gives a new file the umask's mode (usually readable by everyone),
    and its -wal and -shm files the mode of the database; a database or a
    backup holds every PIN hash and every participant's money.
    """
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)  # an existing file keeps its old mode through O_CREAT


def check_folder(folder: Path) -> Path:
    """A folder we can write to (made if missing); InvalidInput otherwise."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(tr("{path} is a file, not a folder.").format(path=folder))
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), None)
        if parent is None or not os.access(parent, os.W_OK | os.X_OK):
            raise InvalidInput(tr("The folder {path} cannot be written to.").format(path=folder))
    elif not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(tr("The folder {path} cannot be written to.").format(path=folder))
    return folder
