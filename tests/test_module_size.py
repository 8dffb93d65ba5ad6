"""No module in kiosk/ over 400 lines (migrations aside): a newcomer finds a rule
in a module small enough to read, named for what it holds. A module that grows
past the limit is split along its responsibilities, not added here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 400


def test_every_module_is_at_most_400_lines():
    sizes = {path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in (ROOT / "kiosk").rglob("*.py") if "migrations" not in path.parts}
    assert len(sizes) > 100  # the scan found the package
    assert {path: lines for path, lines in sizes.items() if lines > LIMIT} == {}
