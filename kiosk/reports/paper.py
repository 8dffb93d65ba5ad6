"""What monthly papers share: A4 pages with "หน้า 1/2" footers, styles, the header
with the logo and the verification QR, tables that repeat their header row."""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, Image, PageTemplate, Table, TableStyle

from kiosk.i18n import tr
from kiosk.paths import ASSETS
from kiosk.reports.fonts import BOLD, REGULAR, thai_style
from kiosk.reports.thai_wrap import text
from kiosk.services.statement_data import PDF_KEYWORD, format_code

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
LOGO = ASSETS / "logo.png"
GREEN = colors.HexColor("#2e7d32")
PALE = colors.HexColor("#e8f5e9")
GREY = colors.HexColor("#9e9e9e")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_right: ParagraphStyle
    bold: ParagraphStyle
    bold_right: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    big: ParagraphStyle
    big_right: ParagraphStyle
    huge_right: ParagraphStyle
    name: ParagraphStyle
    late: ParagraphStyle


@cache
def styles() -> Styles:
    return Styles(
        title=thai_style("p-title", 17, bold=True, leading=22),
        heading=thai_style("p-heading", 14, bold=True, spaceBefore=10, spaceAfter=4,
                           textColor=GREEN, keepWithNext=1),
        body=thai_style("p-body", 11.5),
        body_right=thai_style("p-body-r", 11.5, alignment=TA_RIGHT),
        bold=thai_style("p-bold", 11.5, bold=True),
        bold_right=thai_style("p-bold-r", 11.5, bold=True, alignment=TA_RIGHT),
        small=thai_style("p-small", 9.5),
        small_center=thai_style("p-small-c", 9.5, alignment=TA_CENTER),
        big=thai_style("p-big", 15, leading=21),
        big_right=thai_style("p-big-r", 15, leading=21, alignment=TA_RIGHT),
        huge_right=thai_style("p-huge-r", 19, bold=True, leading=25, alignment=TA_RIGHT),
        name=thai_style("p-name", 14, bold=True, leading=19),
        late=thai_style("p-late", 12, bold=True, textColor=colors.HexColor("#b71c1c")),
    )


def money(amount) -> str:
    return amount.format(symbol=False)


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool = True,
          right_from: int = 99, total: bool = False) -> Table:
    """A table of text cells (Thai wraps at words); the header row repeats on every page."""
    s = styles()
    cells = []
    for r, row in enumerate(rows):
        strong = (header and r == 0) or (total and r == len(rows) - 1)
        cells.append([value if isinstance(value, Flowable) else text(
            str(value), (s.bold_right if strong else s.body_right) if c >= right_from
            else (s.bold if strong else s.body)) for c, value in enumerate(row)])
    result = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GREY),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN)]
    if total:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    result.setStyle(TableStyle(commands))
    return result


class QrCode(Flowable):
    """A QR code drawn as one filled path (reportlab's widget makes a node per
    module: a third of a statement's time)."""

    def __init__(self, value: str, size: float, border: int = 2) -> None:
        super().__init__()
        qr = QrCodeWidget(value, barLevel="M").qr
        qr.make()
        self.modules = [list(map(bool, row)) for row in qr.modules]
        self.width = self.height = size
        self.border = border

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            c = 0
            for dark, run in itertools.groupby(row):
                n = len(list(run))
                if dark:
                    path.rect((c + self.border) * box, self.height - (r + self.border + 1) * box,
                              n * box, box)
                c += n
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_block(code: str) -> Table:
    """The QR (its content is the code) and the code beneath it, readable aloud."""
    size = 26 * mm
    s = styles()
    block = Table([[QrCode(code, size)], [text(tr("Check code"), s.small_center)],
                   [text(format_code(code), thai_style("p-code", 10.5, bold=True,
                                                       alignment=TA_CENTER))]],
                  colWidths=[size + 14 * mm])
    block.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return block


def header(lines: Sequence[Flowable], code: str) -> Table:
    """Logo, the paper's title lines, and the QR."""
    logo = Image(str(LOGO), width=22 * mm, height=22 * mm)
    qr = qr_block(code)
    middle = WIDTH - 26 * mm - qr._argW[0]
    result = Table([[logo, list(lines), qr]], colWidths=[26 * mm, middle, qr._argW[0]])
    result.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("LINEBELOW", (0, 0), (-1, 0), 1.2, GREEN),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return result


def _numbered_canvas(footer_left: str):
    """A canvas that writes "หน้า n/total" on every page once it knows the total."""
    page_label = tr("Page {n}/{total}")

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(REGULAR, 9)
                self.setFillColor(GREY)
                self.drawString(MARGIN, 9 * mm, footer_left, shaping=True)
                self.drawRightString(A4[0] - MARGIN, 9 * mm,
                                     page_label.format(n=n, total=total), shaping=True)
                super().showPage()
            super().save()

    return NumberedCanvas


def _fresh_shaping() -> None:
    """Forget the private-use codes reportlab gave shaped glyphs in earlier documents.

    A shaped Thai glyph with no character of its own (a lowered tone mark) gets
    the next free private-use code the first time a process meets it, and that
    code is written into the PDF. Starting every paper afresh makes its bytes
    depend on its content only, not on what this process printed before (a
    reprint a year later, or another worker process, gives the same file).
    """
    for name in (REGULAR, BOLD):
        font = pdfmetrics.getFont(name)
        assigned = getattr(font, "_TTFont__hbUnis", None)
        if not assigned:
            continue
        face = font.face
        for char in assigned.values():
            gid = face.charToGlyph.pop(char, None)
            face.charWidths.pop(char, None)
            chars = face.glyphToChar.get(gid)
            if chars is not None and char in chars:
                chars.remove(char)
                if not chars:
                    del face.glyphToChar[gid]
        assigned.clear()
        font._TTFont__hbPrivate = 0xE000


def build(story: list[Flowable], *, title: str, footer: str, code: str) -> bytes:
    """The story on A4 pages; the same input gives the same bytes (invariant mode)."""
    _fresh_shaping()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=16 * mm, invariant=1, title=title,
                          author=tr("Talad Jompol kiosk"), subject=footer,
                          keywords=f"{PDF_KEYWORD}{code}", creator="kiosk")
    frame = Frame(MARGIN, 16 * mm, WIDTH, A4[1] - MARGIN - 16 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


__all__ = ["BOLD", "REGULAR", "build", "header", "money", "styles", "table", "text"]
