"""Where an export goes: a file we may write, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.services.files import check_folder, write_atomically


def _unwritable(folder: Path) -> InvalidInput:
    return InvalidInput(tr("The folder {path} cannot be written to.").format(path=folder))


def check_target(path: Path, force: bool) -> Path:
    """A file we may write: its folder writable (made if missing), and not an existing
    file unless ``force``. Checked before the books are read, so nothing is half done."""
    path = Path(path).expanduser()
    if not path.name or path.is_dir():
        raise InvalidInput(tr("{path} is a folder; give a file name.").format(path=path))
    if path.exists() and not force:
        raise InvalidInput(tr("{path} already exists. Choose another name, or replace it "
                              "(--force).").format(path=path))
    if path.exists() and not path.is_file():
        raise _unwritable(path.parent)
    check_folder(path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise _unwritable(path.parent) from None
    return path


def save(path: Path, data: bytes) -> None:
    """``data`` at ``path`` through a temporary file and a rename; a full or read-only
    stick leaves the old file (or none) and says so."""
    try:
        write_atomically(path, data)
    except OSError:
        raise _unwritable(path.parent) from None
