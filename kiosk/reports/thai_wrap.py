"""Thai text that wraps at word boundaries in reportlab.

reportlab breaks lines only at spaces, and Thai writes none between words:
a long Thai phrase would run out of its table cell. ``ThaiParagraph`` breaks
the text itself at the word boundaries pythainlp's dictionary tokenizer
finds (measured: ~40 us a phrase once its dictionary is loaded, 0.3 s), for
the width it is given, and hands the lines to a plain Paragraph. A word
wider than the whole width is cut between letters (a letter keeps its
marks), so nothing ever runs out of its cell.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

_THAI = re.compile("[\u0e00-\u0e7f]")
# a shaped line can come out a hair wider than the sum of its words
_SLACK = 0.985


@lru_cache(maxsize=1)
def _tokenizer():
    from pythainlp.tokenize import word_tokenize
    return word_tokenize


@lru_cache(maxsize=50_000)
def words(text: str) -> tuple[str, ...]:
    """Words and the spaces between them, in order."""
    if not _THAI.search(text):
        return tuple(re.findall(r"\s+|\S+", text))
    return tuple(_tokenizer()(text, engine="newmm", keep_whitespace=True))


@lru_cache(maxsize=100_000)
def _width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


def _letters(word: str) -> list[str]:
    """A word cut into letters that keep their combining marks."""
    letters: list[str] = []
    for char in word:
        if letters and unicodedata.category(char) == "Mn":
            letters[-1] += char
        else:
            letters.append(char)
    return letters


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` points, broken between words."""
    limit = width * _SLACK
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in words(paragraph):
            w = _width(word, font, size)
            if word.isspace():
                if line:
                    line, used = line + word, used + w
                continue
            if used + w <= limit:
                line, used = line + word, used + w
                continue
            if line.strip():
                lines.append(line.rstrip())
            line, used = "", 0.0
            if w <= limit:
                line, used = word, w
                continue
            for letter in _letters(word):  # a word wider than the cell
                lw = _width(letter, font, size)
                if used + lw > limit and line:
                    lines.append(line)
                    line, used = "", 0.0
                line, used = line + letter, used + lw
        lines.append(line.rstrip())
    return lines


class ThaiParagraph(Flowable):
    """A Paragraph whose Thai text is broken at word boundaries for the width it gets."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._paragraph: Paragraph | None = None
        self._for_width: float | None = None
        self.keepWithNext = getattr(style, "keepWithNext", 0)  # a heading stays with what follows

    def _paragraph_for(self, width: float) -> Paragraph:
        if self._paragraph is None or self._for_width != width:
            inner = width - self.style.leftIndent - self.style.rightIndent
            lines = break_lines(self.text, self.style.fontName, self.style.fontSize, inner)
            self._paragraph = Paragraph("<br/>".join(escape(line) for line in lines), self.style)
            self._for_width = width
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self._paragraph_for(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self._paragraph.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return self._paragraph_for(availWidth).split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter


def text(value: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text: Thai wraps at words, the rest as reportlab does."""
    if _THAI.search(value):
        return ThaiParagraph(value, style)
    return Paragraph(escape(value), style)
