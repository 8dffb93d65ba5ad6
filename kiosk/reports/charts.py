"""Small bar charts for monthly papers (reportlab graphics).

Chart labels are drawn unshaped by reportlab graphics, so they hold digits
and short month names only (no stacked Thai marks); crop names go in the
shaped table of ``bar_rows`` instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from kiosk.money import Money
from kiosk.reports.fonts import REGULAR
from kiosk.reports.paper import GREEN, GREY, money, styles, text


def _baht(satang: int) -> str:
    return f"{satang // 100:,}" if satang >= 0 else f"-{-satang // 100:,}"


def column_chart(points: Sequence[tuple[str, Money]], width: float, height: float = 45 * mm,
                 values_on_top: bool = True) -> Drawing:
    """Vertical bars with their labels beneath and (optionally) the baht above."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 8 * mm
    chart.width, chart.height = width - 16 * mm, height - 14 * mm
    values = [p[1].satang / 100 for p in points]
    chart.data = [values]
    top = max([0.0] + values)
    bottom = min([0.0] + values)
    chart.valueAxis.valueMin = bottom
    chart.valueAxis.valueMax = top * 1.2 if top > 0 else 1
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.valueAxis.strokeColor = GREY
    chart.valueAxis.gridStrokeColor = GREY
    chart.categoryAxis.categoryNames = [p[0] for p in points]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = GREY
    chart.bars[0].fillColor = GREEN
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    if values_on_top:
        chart.barLabelFormat = lambda v: _baht(round(v * 100)) if v else ""
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 8.5
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def bar_rows(items: Sequence[tuple[str, Money]], width: float) -> Table:
    """One row per item: its (shaped) name, a bar to scale, the amount."""
    s = styles()
    name_w, value_w = 0.32 * width, 0.2 * width
    bar_w = width - name_w - value_w
    largest = max([1] + [abs(m.satang) for _, m in items])
    rows = []
    for name, amount in items:
        bar = Drawing(bar_w - 8, 5 * mm)
        length = max(0.5, (bar_w - 10) * abs(amount.satang) / largest)
        bar.add(Rect(0, 1 * mm, length, 3.5 * mm, fillColor=GREEN, strokeColor=None))
        rows.append([text(name, s.body), bar, text(money(amount), s.body_right)])
    result = Table(rows, colWidths=[name_w, bar_w, value_w])
    result.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return result
