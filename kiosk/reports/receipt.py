"""The 80 mm thermal receipt (72 mm printable) and its 1-bit raster image for ESC/POS.

Built from the sale service's ``SaleResult``: never queries the database,
never imports Qt. The page is exactly as tall as its content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)
from xml.sax.saxutils import escape

from kiosk.dates import format_date, to_local
from kiosk.i18n import language, tr
from kiosk.money import baht_text
from kiosk.reports.fonts import thai_style
from kiosk.reports.thai_wrap import text
from kiosk.thai import format_national_id
from kiosk.units import is_weighed, quantity_text, unit_label

PAPER_WIDTH = 80 * mm
PRINTABLE_WIDTH = 72 * mm
SIDE_MARGIN = (PAPER_WIDTH - PRINTABLE_WIDTH) / 2
TOP_MARGIN = 3 * mm
DOTS_PER_INCH = 203.2  # 8 dots per mm: 72 mm -> 576 dots
RASTER_WIDTH = 576


@dataclass(frozen=True)
class StallInfo:
    """Who issues the receipt (from Settings)."""

    name: str
    address: str
    phone: str = ""
    tax_id: str = ""  # 13 digits, or "" when none is set
    issuer_name: str = ""  # the legal entity the stall trades for, when it has one


class _Rule(Flowable):
    """A dashed line across the receipt."""

    def __init__(self, width: float, dashed: bool = True, thickness: float = 0.6) -> None:
        super().__init__()
        self.width, self.dashed, self.thickness = width, dashed, thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, 2.2 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(self.thickness)
        if self.dashed:
            canvas.setDash(2, 1.5)
        canvas.line(0, 1.1 * mm, self.width, 1.1 * mm)


def _styles() -> dict[str, object]:
    return {
        "title": thai_style("r-title", 12.5, bold=True, alignment=TA_CENTER, leading=16),
        "small_c": thai_style("r-small-c", 8.5, alignment=TA_CENTER, leading=11),
        "heading": thai_style("r-heading", 12, bold=True, alignment=TA_CENTER, leading=16),
        "copy": thai_style("r-copy", 11, bold=True, alignment=TA_CENTER, leading=15),
        "void": thai_style("r-void", 15, bold=True, alignment=TA_CENTER, leading=20),
        "issuer": thai_style("r-issuer", 9.5, bold=True, alignment=TA_CENTER, leading=12.5),
        "body": thai_style("r-body", 9.5, leading=12.5),
        "body_r": thai_style("r-body-r", 9.5, alignment=TA_RIGHT, leading=12.5),
        "item": thai_style("r-item", 10, leading=13),
        "detail": thai_style("r-detail", 9.5, leading=12.5, leftIndent=3 * mm),
        "total": thai_style("r-total", 14, bold=True, leading=18),
        "total_r": thai_style("r-total-r", 14, bold=True, alignment=TA_RIGHT, leading=18),
        "words": thai_style("r-words", 9.5, alignment=TA_CENTER, leading=12.5),
        "thanks": thai_style("r-thanks", 10, bold=True, alignment=TA_CENTER, leading=14),
    }


def _p(value: str, style: object) -> Paragraph:
    return Paragraph(escape(value), style)


def _name(value: str, style: object) -> Flowable:
    """A name typed by staff (stall, issuer, address, product): when it needs more than one
    line, Thai breaks between words (finding the words costs time; most names fit)."""
    room = PRINTABLE_WIDTH - style.leftIndent - style.rightIndent
    if stringWidth(value, style.fontName, style.fontSize) <= room:
        return _p(value, style)
    return text(value, style)


def _pairs(rows: list[tuple[str, str]], style_l: object, style_r: object,
           split: float = 0.55) -> Table:
    data = [[_p(left, style_l), _p(right, style_r)] for left, right in rows]
    table = Table(data, colWidths=[PRINTABLE_WIDTH * split, PRINTABLE_WIDTH * (1 - split)])
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


def _qr(text: str, size: float = 24 * mm) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing




def _line_name(line: object) -> str:
    return line.name_th or line.name_en


def _issuer(stall: StallInfo, s: dict[str, object]) -> list[Flowable]:
    """Who issues the receipt: the stall, the legal entity it trades for, its tax ID."""
    story: list[Flowable] = [_name(stall.name, s["title"])]
    if stall.issuer_name and stall.issuer_name != stall.name:
        story.append(_name(stall.issuer_name, s["issuer"]))
    if stall.address:
        story.append(_name(stall.address, s["small_c"]))
    if stall.phone:
        story.append(_p(tr("Tel. {phone}").format(phone=stall.phone), s["small_c"]))
    if stall.tax_id:
        story.append(_p(tr("Tax ID {tax_id}").format(tax_id=format_national_id(stall.tax_id)),
                        s["small_c"]))
    return story


def payment_rows(sale: object) -> list[tuple[str, str]]:
    """How the customer paid: PromptPay, then cash handed over and the change.

    Change is only ever printed when cash was paid; a sale paid wholly by
    PromptPay says so and nothing else.
    """
    rows: list[tuple[str, str]] = []
    if sale.promptpay:
        rows.append((tr("Paid by PromptPay"), sale.promptpay.format()))
    if sale.cash:
        if sale.promptpay:
            rows.append((tr("Paid in cash"), sale.cash.format()))
        rows.append((tr("Cash received"), sale.tendered.format()))
        rows.append((tr("Change"), sale.change.format()))
    return rows


def reversal_rows(sale: object) -> list[tuple[str, str]]:
    """Each refund and the void, then what the sale still comes to (from ``sale.net``)."""
    if not sale.reversals:
        return []
    rows = []
    for reversal in sale.reversals:
        when = to_local(reversal.at)
        label = tr("Refund {date} {time}") if reversal.kind == "refund" else tr("Voided {date} {time}")
        rows.append((label.format(date=format_date(when.date()), time=when.strftime("%H:%M")),
                     (-reversal.amount).format()))
    rows.append((tr("Net total"), sale.net.format()))
    return rows


def _line_rows(line: object) -> list[tuple[str, str]]:
    detail = tr("{qty} {unit} x {price}").format(
        qty=quantity_text(line.quantity, is_weighed(line.unit)), unit=unit_label(line.unit),
        price=line.unit_price.format(symbol=False))
    rows = [(detail, line.unit_price.times(line.quantity).format(symbol=False))]
    if line.discount:
        rows.append((tr("Discount"), (-line.discount).format(symbol=False)))
    if line.refunded_quantity > 0:
        rows.append((tr("Refunded {qty} {unit}").format(
            qty=quantity_text(line.refunded_quantity, is_weighed(line.unit)),
            unit=unit_label(line.unit)), ""))
    return rows


def receipt_story(sale: object, stall: StallInfo, copy: bool = False) -> list[Flowable]:
    """The receipt's flowables (``sale`` is a kiosk.services.sale_results.SaleResult)."""
    s = _styles()
    local = to_local(sale.at)
    story = _issuer(stall, s)
    story += [Spacer(1, 1.5 * mm), _p(tr("Receipt"), s["heading"])]
    if copy:
        story.append(_p(tr("COPY"), s["copy"]))
    if sale.voided:
        story.append(_p(tr("VOIDED: {reason}").format(reason=sale.void_reason), s["void"]))
    story.append(Spacer(1, 1 * mm))
    story.append(_pairs([
        (tr("No. {number}").format(number=sale.number), ""),
        (tr("Date {date}").format(date=format_date(local.date())),
         tr("Time {time}").format(time=local.strftime("%H:%M"))),
        (tr("Received by {name}").format(name=sale.vendor_name), ""),
    ], s["body"], s["body_r"], split=0.62))
    story.append(_Rule(PRINTABLE_WIDTH))
    for line in sale.lines:
        story.append(_name(_line_name(line), s["item"]))
        story.append(_pairs(_line_rows(line), s["detail"], s["body_r"], split=0.68))
    story.append(_Rule(PRINTABLE_WIDTH))
    story.append(Spacer(1, 1 * mm))
    story.append(_pairs([(tr("Grand total"), sale.total.format())], s["total"], s["total_r"], 0.45))
    story.append(_p("(" + baht_text(sale.total) + ")", s["words"]))
    story.append(Spacer(1, 1 * mm))
    story.append(_pairs(payment_rows(sale), s["body"], s["body_r"], 0.55))
    reversals = reversal_rows(sale)
    if reversals:
        story.append(_Rule(PRINTABLE_WIDTH))
        story.append(_pairs(reversals[:-1], s["body"], s["body_r"], 0.62))
        story.append(_pairs(reversals[-1:], s["total"], s["total_r"], 0.45))
    story.append(_Rule(PRINTABLE_WIDTH))
    story.append(_p(tr("Thank you for supporting pesticide-free vegetables"), s["thanks"]))
    story.append(Spacer(1, 1.5 * mm))
    story.append(_qr(sale.number))
    story.append(_p(sale.number, s["small_c"]))
    return story


def _height(story: list[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(PRINTABLE_WIDTH, 10_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build_receipt(sale: object, stall: StallInfo, copy: bool = False, lang: str = "th") -> bytes:
    """The receipt as a one-page PDF, 80 mm wide and as tall as its content."""
    with language(lang):
        story = receipt_story(sale, stall, copy)
    height = _height(story) + 2 * TOP_MARGIN + 4 * mm
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(PAPER_WIDTH, height), leftMargin=SIDE_MARGIN, rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN, bottomMargin=TOP_MARGIN, title=sale.number,
        author=stall.name, creator="Talad Jompol kiosk", invariant=1)
    frame = Frame(SIDE_MARGIN, TOP_MARGIN, PRINTABLE_WIDTH, height - 2 * TOP_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("receipt", [frame])])
    doc.build(story)
    return buffer.getvalue()


def raster(pdf: bytes, width_dots: int = RASTER_WIDTH, threshold: int = 150):  # -> PIL.Image.Image
    """The first page as a 1-bit image ``width_dots`` wide: its printable 72 mm at 8 dots/mm.

    pdfium renders the shaped glyphs exactly as in the PDF, so the Thai marks
    stack as on screen (the printer never sees any text).
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        page_width = page.get_width()  # points
        scale = width_dots / (page_width - 2 * SIDE_MARGIN)
        image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        document.close()
    left = round(SIDE_MARGIN * scale)
    image = image.crop((left, 0, left + width_dots, image.height))
    return image.point(lambda v: 255 if v >= threshold else 0).convert("1", dither=None)
