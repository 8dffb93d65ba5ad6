"""The X/Z report of a trading day: on 80 mm receipt paper and as an A4 PDF."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from kiosk.dates import format_date, format_time
from kiosk.i18n import language, tr
from kiosk.money import format_quantity
from kiosk.reports.fonts import thai_style
from kiosk.reports.receipt import PAPER_WIDTH, PRINTABLE_WIDTH, SIDE_MARGIN, TOP_MARGIN, unit_label


def _rows(report) -> dict[str, list[tuple[str, ...]]]:
    """The report's sections as rows of text (shared by both layouts)."""
    money = lambda m: m.format(symbol=False)  # noqa: E731
    summary = [
        (tr("Opening float"), money(report.opening_float)),
        (tr("Sales ({n})").format(n=report.sale_count), money(report.gross)),
        (tr("Voids and refunds"), money(-report.refunds)),
        (tr("Net sales"), money(report.net)),
        (tr("Cash"), money(report.cash)),
        (tr("PromptPay"), money(report.promptpay)),
        (tr("Expected cash in the drawer"), money(report.expected_cash)),
    ]
    if report.counted_cash is not None:
        summary += [(tr("Counted cash"), money(report.counted_cash)),
                    (tr("Difference"), money(report.difference))]
    return {
        "summary": summary,
        "products": [(f.name_th, f"{format_quantity(f.quantity)} {unit_label(f.unit)}", money(f.amount))
                     for f in report.by_product],
        "owners": [(f.owner_name, money(f.gross), money(f.commission), money(f.net))
                   for f in report.by_owner],
        "repayments": [(f.owner_name, money(f.loan_repayment), money(f.net - f.loan_repayment))
                       for f in report.by_owner if f.loan_repayment],
        "voids": [(f"{v.number} {format_time(v.at)}",
                   tr("Void") if v.kind == "void" else tr("Refund"), money(v.amount),
                   f"{v.reason} ({v.approved_by})") for v in report.voids],
        "overrides": [(o.number, o.name_th,
                       f"{money(o.list_price) if o.list_price else ''} -> {money(o.unit_price)}"
                       + (f" -{money(o.discount)}" if o.discount else ""), o.approved_by)
                      for o in report.overrides],
        "oversold": [(w.name_th, tr("stock {stock}, sold {sold}").format(
            stock=format_quantity(w.stock_before), sold=format_quantity(w.sold)))
                     for w in report.oversold],
    }


def _title(report) -> str:
    kind = tr("Z report (day closed)") if report.closed else tr("X report (so far)")
    return f"{kind} {format_date(report.day)}"


def _table(rows, widths, style, right_from: int, header=None) -> Table:
    right = thai_style(style.name + "-r", style.fontSize, alignment=TA_RIGHT, leading=style.leading)
    data = [[Paragraph(escape(str(c)), right if i >= right_from else style)
             for i, c in enumerate(row)] for row in ([header] if header else []) + list(rows)]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ] + ([("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)] if header else [])))
    return table


def _story(report, width: float, size: float):
    body = thai_style("d-body", size)
    heading = thai_style("d-heading", size + 1.5, bold=True, spaceBefore=size * 0.6)
    title = thai_style("d-title", size + 3, bold=True, alignment=TA_CENTER)
    center = thai_style("d-center", size, alignment=TA_CENTER)
    rows = _rows(report)
    story = [Paragraph(escape(report.stall_name), title), Paragraph(escape(_title(report)), center)]
    if report.closed_at:
        story.append(Paragraph(escape(tr("Closed at {time} by {name}").format(
            time=format_time(report.closed_at), name=report.closed_by)), center))
    story.append(Spacer(1, size * 0.5))
    story.append(_table(rows["summary"], [width * 0.6, width * 0.4], body, 1))
    sections = [
        ("products", tr("By product"), [width * 0.5, width * 0.25, width * 0.25], 1),
        ("owners", tr("By owner (gross, commission, net)"), [width * 0.4] + [width * 0.2] * 3, 1),
        ("repayments", tr("Loan repayments from sales (repaid, left to pay out)"),
         [width * 0.5, width * 0.25, width * 0.25], 1),
        ("voids", tr("Voids and refunds"), [width * 0.3, width * 0.15, width * 0.2, width * 0.35], 2),
        ("overrides", tr("Price overrides and discounts"), [width * 0.3, width * 0.25, width * 0.25, width * 0.2], 9),
        ("oversold", tr("Sold beyond recorded stock"), [width * 0.5, width * 0.5], 9),
    ]
    for key, label, widths, right_from in sections:
        if rows[key]:
            story.append(Paragraph(escape(label), heading))
            story.append(_table(rows[key], widths, body, right_from))
    if report.chain_head:
        # the anchor: `kiosk check --anchor` finds this head in the ledger's hash chain
        story.append(Spacer(1, size * 0.5))
        story.append(Paragraph(escape(tr("Ledger check code: {head}").format(
            head=report.chain_head)), center))
    return story


def build_day_report_receipt(report, lang: str = "th") -> bytes:
    """The report on 80 mm paper (one page as tall as its content), for the thermal printer."""
    with language(lang):
        story = _story(report, PRINTABLE_WIDTH, 8.5)
    height = sum(f.wrap(PRINTABLE_WIDTH, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                 for f in story) + 2 * TOP_MARGIN + 6 * mm
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(PAPER_WIDTH, height), invariant=1,
                          title=_title(report))
    frame = Frame(SIDE_MARGIN, TOP_MARGIN, PRINTABLE_WIDTH, height - 2 * TOP_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("z", [frame])])
    doc.build(story)
    return buffer.getvalue()


def build_day_report_a4(report, lang: str = "th") -> bytes:
    """The report as an A4 PDF to keep."""
    buffer = io.BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, invariant=1)
    with language(lang):
        doc.title = _title(report)
        doc.build(_story(report, A4[0] - 2 * margin - 12, 11))
    return buffer.getvalue()
