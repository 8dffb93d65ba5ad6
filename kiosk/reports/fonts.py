"""Sarabun for reportlab, registered shapable so Thai marks stack correctly."""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import FONTS

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"


@cache
def register_fonts() -> None:
    """Register Sarabun (regular and bold) once; uharfbuzz shapes the Thai."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "Sarabun-Regular.ttf"), shapable=True))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "Sarabun-Bold.ttf"), shapable=True))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def thai_style(name: str, size: float = 10, bold: bool = False, **kwargs: object) -> ParagraphStyle:
    """A paragraph style in Sarabun with shaping on (needed for Thai marks)."""
    register_fonts()
    kwargs.setdefault("leading", size * 1.35)
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          shaping=1, **kwargs)
