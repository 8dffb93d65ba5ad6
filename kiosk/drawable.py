"""Which characters the kiosk's font (Sarabun) can draw, read from the font's own
character map once; text the screens and papers cannot show is refused at input."""

from __future__ import annotations

import struct
from functools import lru_cache

from kiosk.paths import FONTS

FONT_FILE = FONTS / "Sarabun-Regular.ttf"
# Not drawn but harmless in stored text: spaces and the Thai zero-width joiners.
_ALWAYS = frozenset(" \u200b\u200c\u200d")


def _cmap_ranges(data: bytes) -> list[tuple[int, int]]:
    """(first, last) code point ranges with a glyph, from a format 4 or 12 cmap subtable."""
    num_tables = struct.unpack_from(">H", data, 4)[0]
    cmap = None
    for i in range(num_tables):
        tag, _, offset, _ = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        return []
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    best: tuple[int, int] | None = None  # (format, offset)
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * i)
        if (platform, encoding) in ((3, 10), (0, 4), (3, 1), (0, 3)):
            fmt = struct.unpack_from(">H", data, cmap + offset)[0]
            if fmt in (4, 12) and (best is None or fmt > best[0]):
                best = (fmt, cmap + offset)
    if best is None:
        return []
    fmt, at = best
    ranges = []
    if fmt == 12:
        groups = struct.unpack_from(">L", data, at + 12)[0]
        for g in range(groups):
            first, last, _ = struct.unpack_from(">LLL", data, at + 16 + 12 * g)
            ranges.append((first, last))
        return ranges
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
    return [(s, e) for s, e in zip(starts, ends) if s != 0xFFFF]


@lru_cache(maxsize=1)
def _ranges() -> tuple[tuple[int, int], ...]:
    return tuple(sorted(_cmap_ranges(FONT_FILE.read_bytes())))


def can_draw(char: str) -> bool:
    if char in _ALWAYS:
        return True
    code = ord(char)
    return any(first <= code <= last for first, last in _ranges())


def undrawable(text: str) -> str:
    """The characters of ``text`` the font cannot draw (emoji, symbols), in order, once each."""
    return "".join(dict.fromkeys(c for c in text if not can_draw(c)))
