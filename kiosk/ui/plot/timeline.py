"""The timeline (Gantt): one row per bed, a bar per planting from sowing to last harvest.

Plantings on a bed whose dates overlap are drawn in separate lanes; the chart is as
wide as its months need (a fixed width per day) and scrolls sideways, opening on today.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from kiosk.dates import EN_MONTHS_SHORT, THAI_MONTHS_SHORT, be_year
from kiosk.i18n import current_language
from kiosk.services import plot_lanes, plot_results, plot_views
from kiosk.ui.i18n import tr
from kiosk.ui.plot.widgets import readable_text

PX_PER_DAY = 5
LANE = 30  # one planting's bar and its name
LEFT = 90
TOP = 40


class TimelineCanvas(QWidget):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("plot_timeline_canvas")

    def row_height(self, row: plot_results.TimelineRow) -> int:
        lanes = plot_lanes.lanes(row.plantings)
        return max(1, (max(lanes.values()) + 1) if lanes else 1) * LANE + 8

    def x(self, day: date) -> float:
        return LEFT + (day - self.view.first).days * PX_PER_DAY

    def resize_to_data(self) -> None:
        days = (self.view.last - self.view.first).days + 1
        height = TOP + sum(self.row_height(r) for r in self.view.rows) + 8
        self.setFixedSize(LEFT + days * PX_PER_DAY + 10, max(height, 200))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        view = self.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        font.setPixelSize(18)
        painter.setFont(font)
        months = THAI_MONTHS_SHORT if current_language() == "th" else EN_MONTHS_SHORT
        day = view.first
        while day <= view.last:
            x = self.x(day)
            painter.setPen(QPen(QColor("#c8d8c9"), 1))
            painter.drawLine(int(x), TOP - 8, int(x), self.height())
            painter.setPen(QColor("#1b5e20"))
            label = months[day.month - 1] + (f" {be_year(day) % 100:02d}"
                                             if day.month == 1 or day == view.first else "")
            painter.drawText(QRectF(x + 4, 4, 120, 30), label)
            day = (day + timedelta(days=32)).replace(day=1)
        y = TOP
        small = QFont(font)
        small.setPixelSize(16)
        for row in view.rows:
            height = self.row_height(row)
            painter.setPen(QPen(QColor("#e0e0e0"), 1))
            painter.drawLine(LEFT, y + height, self.width(), y + height)
            lane_of = plot_lanes.lanes(row.plantings)
            painter.setFont(small)
            for p in row.plantings:
                top = y + 4 + lane_of[p.id] * LANE
                x0 = max(self.x(p.start_on), LEFT)
                x1 = self.x(min(p.end_on, view.last) + timedelta(days=1))
                xh = max(self.x(p.harvest_from), x0)
                colour = QColor(p.colour)
                growing = QColor(colour)
                growing.setAlpha(110)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(growing))
                painter.drawRoundedRect(QRectF(x0, top, max(xh - x0, 1), LANE - 4), 4, 4)
                painter.setBrush(QBrush(colour if p.status != "failed" else QColor("#9e9e9e")))
                if x1 > xh:
                    painter.drawRoundedRect(QRectF(xh, top, x1 - xh, LANE - 4), 4, 4)
                painter.setPen(readable_text(p.colour) if x1 - xh > 60 else QColor("#1c2b1e"))
                painter.drawText(QRectF(x0 + 4, top, max(x1 - x0, 80), LANE - 4),
                                 Qt.AlignmentFlag.AlignVCenter, p.crop_name)
            y += height
        x = self.x(view.today)
        painter.setPen(QPen(QColor("#f9a825"), 3))
        painter.drawLine(int(x), TOP - 8, int(x), y)
        # the bed names stay at the left edge of what is on show, however far it scrolled
        left = view.horizontalScrollBar().value()
        painter.fillRect(QRectF(left, 0, LEFT - 4, self.height()), QColor("#ffffff"))
        painter.setFont(font)
        painter.setPen(QColor("#1c2b1e"))
        y = TOP
        for row in view.rows:
            height = self.row_height(row)
            painter.drawText(QRectF(left + 6, y, LEFT - 10, height), Qt.AlignmentFlag.AlignVCenter,
                             row.bed.name)
            y += height
        painter.end()


class TimelineView(QScrollArea):
    """The chart in a scroll area; ``refresh`` reads the plantings around today."""

    MONTHS_BACK = 6
    MONTHS_AHEAD = 9

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_timeline")
        self.filter = plot_views.NO_FILTER
        self.today = date.today()
        self.first = self.last = self.today
        self.rows: list[plot_results.TimelineRow] = []
        self.canvas = TimelineCanvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setMinimumHeight(300)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.canvas.update())
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Timeline"))
        self.canvas.update()

    def refresh(self) -> None:
        start = date(self.today.year, self.today.month, 1)
        first = (start - timedelta(days=31 * self.MONTHS_BACK)).replace(day=1)
        last = (start + timedelta(days=31 * (self.MONTHS_AHEAD + 1))).replace(day=1) \
            - timedelta(days=1)
        # the chart reaches every planting there is, however far back or ahead
        span = plot_views.planting_span(self.ctx.db)
        if span is not None:
            first, last = min(first, span[0].replace(day=1)), max(last, span[1])
        self.first, self.last = first, last
        self.rows = plot_views.timeline(self.ctx.db, first, last, self.filter)
        self.canvas.resize_to_data()
        self.canvas.update()
        self.scroll_to(self.today)

    def scroll_to(self, day: date) -> None:
        """Bring ``day`` to a third of the way across."""
        x = int(self.canvas.x(day)) - self.viewport().width() // 3
        self.horizontalScrollBar().setValue(max(0, x))
