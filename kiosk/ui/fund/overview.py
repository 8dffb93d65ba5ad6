"""Fund overview: the headline figures and a 12-month chart of the fund's money."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.dates import EN_MONTHS_SHORT, THAI_MONTHS_SHORT, format_date
from kiosk.i18n import current_language
from kiosk.services import fund
from kiosk.ui import theme
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr


class Figure(QFrame):
    """A caption over a big number."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"fund_figure_{name}")
        self.setStyleSheet(f"QFrame#fund_figure_{name} {{ background: {theme.GREEN_LIGHT};"
                           f" border: 1px solid {theme.LEAF}; border-radius: 10px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.caption = QLabel(self)
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)  # four long English captions side by side must fit 1024 px
        self.value = QLabel(self)
        self.value.setObjectName(f"fund_value_{name}")
        self.value.setStyleSheet(f"font-size: 28px; font-weight: 700; color: {theme.GREEN_DARK};"
                                 " border: none; background: transparent;")
        self.caption.setStyleSheet("border: none; background: transparent;")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class MoneyChart(QWidget):
    """A line of the fund's available money at each month's end (QPainter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fund_chart")
        self.points: tuple[fund.MonthPoint, ...] = ()
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: tuple[fund.MonthPoint, ...]) -> None:
        self.points = points
        self.setAccessibleDescription(", ".join(p.money.format() for p in points))
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(110, 16, -20, -40)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.points:
            return
        values = [p.money.satang for p in self.points]
        top = max(max(values), 1)
        bottom = min(min(values), 0)
        span = top - bottom or 1
        months = THAI_MONTHS_SHORT if current_language() == "th" else EN_MONTHS_SHORT
        font = painter.font()
        font.setPixelSize(16)
        painter.setFont(font)
        painter.setPen(QPen(QColor(theme.LEAF), 1))
        for step in range(5):  # grid lines with baht labels
            value = bottom + span * step // 4
            y = area.bottom() - (value - bottom) / span * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRectF(0, y - 12, area.left() - 8, 24),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value // 100:,}")
            painter.setPen(QPen(QColor(theme.LEAF), 1))
        n = len(self.points)
        xs = [area.left() + area.width() * i / max(n - 1, 1) for i in range(n)]
        ys = [area.bottom() - (v - bottom) / span * area.height() for v in values]
        path = QPainterPath(QPointF(xs[0], ys[0]))
        for x, y in zip(xs[1:], ys[1:]):
            path.lineTo(x, y)
        painter.setPen(QPen(QColor(theme.GREEN), 3))
        painter.drawPath(path)
        painter.setBrush(QColor(theme.GREEN))
        for x, y, point in zip(xs, ys, self.points):
            painter.drawEllipse(QPointF(x, y), 4, 4)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRectF(x - 40, area.bottom() + 8, 80, 24), Qt.AlignmentFlag.AlignCenter,
                             months[point.month - 1])
            painter.setPen(QPen(QColor(theme.GREEN), 3))
        painter.end()


class OverviewTab(QWidget):
    FIGURES = ("available", "lent_out", "owed", "donations", "commission", "grants", "par", "behind")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fund_overview")
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subheading")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.figures = {name: Figure(name, self) for name in self.FIGURES}
        for i, name in enumerate(self.FIGURES):
            grid.addWidget(self.figures[name], i // 4, i % 4)
        layout.addLayout(grid)
        self.chart_caption = QLabel(self)
        self.chart_caption.setProperty("role", "muted")
        layout.addWidget(self.chart_caption)
        self.chart = MoneyChart(self)
        layout.addWidget(self.chart, 1)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "available": tr("Money available"), "lent_out": tr("Lent out"),
            "owed": tr("Owed to participants"), "donations": tr("Donations this month"),
            "commission": tr("Commission this month"), "grants": tr("Grants this month"),
            "par": tr("Portfolio at risk (PAR30)"), "behind": tr("Loans behind"),
        }
        for name, text in captions.items():
            self.figures[name].caption.setText(text)
        self.chart_caption.setText(tr("The fund's money available at the end of each month"))
        self.refresh()

    def refresh(self) -> None:
        data = fund.overview(self.ctx.db)
        self.heading.setText(tr("Fund as of {date}").format(date=format_date(data.as_of)))
        values = {
            "available": data.available.format(), "lent_out": data.lent_out.format(),
            "owed": data.owed_to_participants.format(), "donations": data.month_donations.format(),
            "commission": data.month_commission.format(), "grants": data.month_grants.format(),
            "par": f"{data.par.percent}%", "behind": str(data.behind),
        }
        for name, text in values.items():
            self.figures[name].value.setText(text)
        self.chart.set_points(data.history)
