"""The plot map: beds to scale (1 scene unit = 1 cm), coloured by what grows now.

Tap a bed for its history. Staff drag beds to move them, drag the corner
handle to resize, or type sizes in the panel; the service validates and a
refused change snaps back.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QWidget)

from kiosk.services import plot_results
from kiosk.ui.i18n import tr
from kiosk.ui.plot.widgets import readable_text

GRID_CM = 25  # drags snap to this
EARTH = QColor("#8d6e63")
PATH = QColor("#efe6d8")
EMPTY_BED = QColor("#d7ccc8")


def snap(value: float) -> int:
    return int(round(value / GRID_CM) * GRID_CM)


def days_text(days: int) -> str:
    if days > 0:
        return tr("{n} d to harvest").format(n=days)
    return tr("harvest now")


class ResizeHandle(QGraphicsRectItem):
    """The bottom-right corner of a bed; drag it to resize (staff only)."""

    SIZE = 30

    def __init__(self, bed_item: BedItem) -> None:
        super().__init__(0, 0, self.SIZE, self.SIZE, bed_item)
        self.bed_item = bed_item
        self.setBrush(QBrush(QColor("#1b5e20")))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setZValue(5)
        self._start: QPointF | None = None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._start = event.scenePos()
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = self.bed_item.mapFromScene(event.scenePos())
        self.bed_item.set_size(max(GRID_CM, snap(pos.x())), max(GRID_CM, snap(pos.y())),
                               final=False)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        rect = self.bed_item.rect()
        self.bed_item.set_size(int(rect.width()), int(rect.height()), final=True)


class BedItem(QGraphicsRectItem):
    """A bed: its plantings drawn as coloured strips along its long side."""

    def __init__(self, view: PlotMapView, bed: plot_results.MapBed, editable: bool) -> None:
        b = bed.bed
        super().__init__(0, 0, b.length_cm, b.width_cm)
        self.view = view
        self.data = bed
        self.setPos(b.x_cm, b.y_cm)
        self.setPen(QPen(EARTH, 3))
        self.setBrush(QBrush(EMPTY_BED if b.kind == "bed" else QColor("#ffe0b2")))
        self.setAcceptHoverEvents(True)
        self._press: QPointF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.strips: list[QGraphicsRectItem] = []
        self.labels: list[QGraphicsSimpleTextItem] = []
        self._draw_contents()
        self.handle = ResizeHandle(self) if editable else None
        self._place_handle()

    def _draw_contents(self) -> None:
        for item in self.strips + self.labels:
            item.setParentItem(None)
            if item.scene():
                item.scene().removeItem(item)
        self.strips, self.labels = [], []
        b = self.data.bed
        rect = self.rect()
        along_x = rect.width() >= rect.height()
        font = QFont()
        font.setPixelSize(26)
        name = QGraphicsSimpleTextItem(b.name, self)
        bold = QFont(font)
        bold.setBold(True)
        bold.setPixelSize(30)
        name.setFont(bold)
        name.setPos(6, 2)
        name.setZValue(3)
        self.labels.append(name)
        for planting in self.data.plantings:
            start, end = planting.from_cm, planting.to_cm
            if along_x:
                strip = QRectF(start, 0, min(end, rect.width()) - start, rect.height())
            else:
                strip = QRectF(0, start, rect.width(), min(end, rect.height()) - start)
            item = QGraphicsRectItem(strip, self)
            colour = QColor(planting.colour)
            item.setBrush(QBrush(colour))
            item.setPen(QPen(QColor("#ffffff"), 2))
            item.setZValue(1)
            self.strips.append(item)
            text = QGraphicsSimpleTextItem(f"{planting.crop_name}\n{days_text(planting.days_to_harvest)}",
                                           self)
            text.setFont(font)
            text.setBrush(QBrush(readable_text(planting.colour)))
            text.setPos(strip.x() + 8, strip.y() + (34 if along_x else 36))
            text.setZValue(2)
            self.labels.append(text)

    def _place_handle(self) -> None:
        if self.handle is not None:
            rect = self.rect()
            self.handle.setPos(rect.width() - ResizeHandle.SIZE, rect.height() - ResizeHandle.SIZE)

    def set_size(self, length: int, width: int, final: bool) -> None:
        self.setRect(0, 0, length, width)
        self._place_handle()
        if final:
            self.view.bed_resized.emit(self.data.bed.id, length, width)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        start, self._press = self._press, None
        if start is None:
            return
        moved = self.pos()
        if abs(moved.x() - start.x()) < 5 and abs(moved.y() - start.y()) < 5:
            self.setPos(start)
            self.view.bed_tapped.emit(self.data.bed.id)
            return
        self.setPos(snap(moved.x()), snap(moved.y()))
        self.view.bed_moved.emit(self.data.bed.id, int(self.pos().x()), int(self.pos().y()))


class PlotMapView(QGraphicsView):
    """The 12 x 6 m plot to scale."""

    bed_tapped = Signal(int)
    bed_moved = Signal(int, int, int)  # id, x, y
    bed_resized = Signal(int, int, int)  # id, length, width

    def __init__(self, parent: QWidget | None = None, editable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("plot_map")
        self.setAccessibleName(tr("Plot map"))
        self.editable = editable
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor("#f7faf5")))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_by_bed: dict[int, BedItem] = {}
        self.data: plot_results.MapData | None = None

    def show_map(self, data: plot_results.MapData) -> None:
        self.data = data
        scene = self.scene()
        scene.clear()
        self.items_by_bed = {}
        ground = scene.addRect(0, 0, data.length_cm, data.width_cm, QPen(EARTH, 6), QBrush(PATH))
        ground.setZValue(-2)
        for metre in range(100, data.length_cm, 100):
            tick = scene.addLine(metre, data.width_cm, metre, data.width_cm + 14, QPen(EARTH, 3))
            tick.setZValue(-1)
        scale = QGraphicsSimpleTextItem(tr("{length} x {width} m, ticks every metre").format(
            length=data.length_cm // 100, width=data.width_cm // 100))
        font = QFont()
        font.setPixelSize(26)
        scale.setFont(font)
        scale.setPos(0, data.width_cm + 16)
        scene.addItem(scale)
        for bed in data.beds:
            item = BedItem(self, bed, self.editable)
            scene.addItem(item)
            self.items_by_bed[bed.bed.id] = item
        scene.setSceneRect(QRectF(-20, -20, data.length_cm + 40, data.width_cm + 70))
        self.fit()

    def fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def bed_at_centre(self, bed_id: int) -> QPointF:
        """The bed's centre in view coordinates (for tests that tap it)."""
        item = self.items_by_bed[bed_id]
        return self.mapFromScene(item.mapToScene(item.rect().center()))
