"""The `kiosk` command (being built by the foundation issue)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("kiosk: not built yet")
