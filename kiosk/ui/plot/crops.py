"""Crops (staff): the crop catalogue as a table; tap a crop to edit it, or add one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QTableView, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import plot_crops
from kiosk.services.plot_crops import SALE_UNITS, START_FROM
from kiosk.services.plot_rules import SEASONS, season_label
from kiosk.services.plant_families import family_label
from kiosk.ui import dialogs
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.plot.today import unit_label
from kiosk.ui.kit.named import named
from kiosk.ui.kit.rows_model import RowsTableModel
from kiosk.ui.plot.widgets import message_and_buttons, PLOT_STYLE

#: Map colours offered as big swatches (any #rrggbb may be typed too).
SWATCHES = ("#2e7d32", "#66bb6a", "#9ccc65", "#00897b", "#1565c0", "#6a1b9a",
            "#c62828", "#ef6c00", "#f9a825", "#8d6e63")

CROP_STYLE = PLOT_STYLE + """
QPushButton[role="season"] { min-height: 56px; font-size: 18px; padding: 2px 8px; }
QPushButton[role="season"]:checked { background: #FFF3E0; border: 3px solid #EF6C00; }
QTableView#plot_crops_table { font-size: 18px; }
QListWidget#plot_crop_products { font-size: 18px; }
QListWidget#plot_crop_products::item { min-height: 44px; }
"""


def spacing_label(spacing: str) -> str:
    if spacing == plot_crops.BROADCAST:
        return tr("scattered")
    return spacing + " " + tr("cm") if spacing else ""


def start_label(start_from: str) -> str:
    return {"seed": tr("seed"), "seedling": tr("seedling"), "bulb": tr("bulb"),
            "cutting": tr("cutting")}.get(start_from, start_from)


class CropTableModel(RowsTableModel[plot_crops.CropInfo]):
    """The crops as rows: names, family, start, days, window, spacing, unit, seasons, colour,
    products."""

    COLUMNS = ("name", "family", "start_from", "days", "window", "spacing", "unit", "poor",
               "products")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.products: dict[int, list[str]] = {}

    def set_rows(self, crops: list[plot_crops.CropInfo],  # type: ignore[override]
                 products: list[plot_crops.ProductLink]) -> None:
        self.products = {}
        for product in products:
            if product.crop_id is not None:
                self.products.setdefault(product.crop_id, []).append(
                    f"{product.name} ({unit_label(product.unit)})")
        super().set_rows(crops)

    def headers(self) -> list[str]:
        return [tr("Crop"), tr("Family"), tr("Start from"), tr("Days to harvest"),
                tr("Harvest for"), tr("Spacing"), tr("Sold by"), tr("Poor in"),
                tr("Sale products")]

    def cell(self, crop: plot_crops.CropInfo, index: int, role: int) -> object:
        column = self.COLUMNS[index]
        if role == Qt.ItemDataRole.DecorationRole and column == "name":
            return QColor(crop.colour)  # its colour on the map
        if role == Qt.ItemDataRole.ToolTipRole and column == "products":
            return self._products(crop)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("days", "window"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        values = {
            "name": f"{crop.name_th}\n{crop.name_en}", "family": family_label(crop.family),
            "start_from": start_label(crop.start_from),
            "days": str(crop.days_to_first_harvest),
            "window": str(crop.harvest_window_days),
            "spacing": spacing_label(crop.spacing_cm),
            "unit": unit_label(crop.sale_unit),
            "poor": ", ".join(season_label(s) for s in crop.poor_seasons),
            "products": self._products(crop),
        }
        return values[column]

    def _products(self, crop: plot_crops.CropInfo) -> str:
        return ", ".join(self.products.get(crop.id, [])) or "–"


class CropDialog(QDialog):
    """A crop's form: names, family, growing days, seasons, colour, sale products.

    Save checks everything in the service first; a bad value shows a message and
    writes nothing.
    """

    saved = Signal(object)  # CropInfo

    def __init__(self, ctx: AppContext, crop: plot_crops.CropInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.crop = crop
        self.setObjectName("plot_crop_dialog")
        title = tr("New crop") if crop is None else tr("Crop {name}").format(name=crop.name)
        self.setWindowTitle(title)
        self.setStyleSheet(CROP_STYLE)
        self.setMinimumWidth(860)  # fits a 1024x768 screen
        dialogs.fit_to_screen(self, 1040, 0)
        crops = plot_crops.list_crops(ctx.db)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        heading = QLabel(title, self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        columns = QHBoxLayout()
        columns.setSpacing(12)  # the English form is 1029 px wide with 24
        left, right = QFormLayout(), QFormLayout()
        left.setVerticalSpacing(8)
        right.setVerticalSpacing(8)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        self.name_th = named(QLineEdit(self), "plot_crop_name_th", tr("Thai name"))
        self.name_en = named(QLineEdit(self), "plot_crop_name_en", tr("English name"))
        self.family = named(QComboBox(self), "plot_crop_family", tr("Family"))
        self.family.setEditable(True)
        self.family.lineEdit().setAccessibleName(tr("Family"))
        for family in sorted({c.family for c in crops}):
            self.family.addItem(family_label(family), family)
        self.start_from = named(QComboBox(self), "plot_crop_start_from", tr("Start from"))
        for key in START_FROM:
            self.start_from.addItem(start_label(key), key)
        self.days = named(QLineEdit(self), "plot_crop_days", tr("Days to first harvest"))
        self.window = named(QLineEdit(self), "plot_crop_window", tr("Harvest window in days"))
        for edit in (self.days, self.window):
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            edit.setMaximumWidth(140)
        self.spacing = named(QLineEdit(self), "plot_crop_spacing", tr("Spacing in cm"))
        self.spacing.setPlaceholderText(tr("e.g. 20x30"))
        self.sale_unit = named(QComboBox(self), "plot_crop_unit", tr("Sold by"))
        for unit in SALE_UNITS:
            self.sale_unit.addItem(unit_label(unit), unit)
        for combo in (self.family, self.start_from, self.sale_unit):
            # a long English family name must not widen the form past a 1024 px screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        left.addRow(tr("Thai name"), self.name_th)
        left.addRow(tr("English name"), self.name_en)
        left.addRow(tr("Family"), self.family)
        left.addRow(tr("Start from"), self.start_from)
        left.addRow(tr("Days to first harvest"), self.days)
        left.addRow(tr("Harvest window in days"), self.window)
        left.addRow(tr("Spacing in cm"), self.spacing)
        left.addRow(tr("Sold by"), self.sale_unit)

        seasons = QHBoxLayout()
        self.season_buttons: dict[str, QPushButton] = {}
        for season in SEASONS:
            button = QPushButton(season_label(season), self)
            named(button, f"plot_crop_poor_{season}",
                  tr("Does poorly in the {season}").format(season=season_label(season)))
            button.setProperty("role", "season")
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TARGET_PX)
            seasons.addWidget(button)
            self.season_buttons[season] = button
        right.addRow(tr("Poor in"), seasons)
        colour_box = QVBoxLayout()
        colour_row = QHBoxLayout()
        self.colour = named(QLineEdit(self), "plot_crop_colour", tr("Colour on the map"))
        self.colour.setMaximumWidth(150)
        self.colour_preview = QLabel(self)
        self.colour_preview.setObjectName("plot_crop_colour_preview")
        self.colour_preview.setFixedSize(48, 48)
        self.colour.textChanged.connect(self._preview)
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.colour_preview)
        colour_row.addStretch(1)
        colour_box.addLayout(colour_row)
        swatches = QGridLayout()
        swatches.setSpacing(6)
        for i, colour in enumerate(SWATCHES):
            swatch = QPushButton(self)
            named(swatch, f"plot_crop_swatch_{i}", tr("Colour {code}").format(code=colour))
            swatch.setProperty("role", "swatch")
            swatch.setFixedSize(52, 52)
            swatch.setStyleSheet(f"background: {colour}; border: 2px solid white;")
            swatch.clicked.connect(lambda _=False, c=colour: self.colour.setText(c))
            swatches.addWidget(swatch, i // 5, i % 5)
        swatches.setColumnStretch(5, 1)
        colour_box.addLayout(swatches)
        right.addRow(tr("Colour on the map"), colour_box)
        self.products = named(QListWidget(self), "plot_crop_products", tr("Sale products"))
        self.products.setMinimumHeight(200)
        # long English product lines wrap: a form never scrolls sideways
        self.products.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.products.setWordWrap(True)
        self.products.setResizeMode(QListWidget.ResizeMode.Adjust)
        crop_names = {c.id: c.name for c in crops}
        for product in plot_crops.sale_products(ctx.db):
            text = f"{product.name} ({unit_label(product.unit)})"
            if product.crop_id is not None and (crop is None or product.crop_id != crop.id):
                text += " · " + tr("now from {crop}").format(
                    crop=crop_names.get(product.crop_id, "?"))
            item = QListWidgetItem(text, self.products)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, product.id)
            # not user-checkable: a tap anywhere on the row ticks it (see _toggle_item)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            linked = crop is not None and product.crop_id == crop.id
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        self.products.itemClicked.connect(self._toggle_item)
        right.addRow(tr("Sale products"), self.products)

        self.message, self.save_button = message_and_buttons(self, layout, "plot_crop",
                                                             tr("Save crop"))
        self._load()

    def _load(self) -> None:
        crop = self.crop
        if crop is None:
            self.colour.setText(SWATCHES[0])
            self.start_from.setCurrentIndex(0)
            self.family.setCurrentText("")
            return
        self.name_th.setText(crop.name_th)
        self.name_en.setText(crop.name_en)
        index = self.family.findData(crop.family)
        if index >= 0:
            self.family.setCurrentIndex(index)
        else:
            self.family.setCurrentText(crop.family)
        self.start_from.setCurrentIndex(max(self.start_from.findData(crop.start_from), 0))
        self.days.setText(str(crop.days_to_first_harvest))
        self.window.setText(str(crop.harvest_window_days))
        self.spacing.setText(spacing_label(crop.spacing_cm).removesuffix(" " + tr("cm")))
        self.sale_unit.setCurrentIndex(max(self.sale_unit.findData(crop.sale_unit), 0))
        for season, button in self.season_buttons.items():
            button.setChecked(season in crop.poor_seasons)
        self.colour.setText(crop.colour)

    def _preview(self, text: str) -> None:
        colour = QColor(text.strip())
        fill = colour.name() if text.strip().startswith("#") and colour.isValid() else "transparent"
        self.colour_preview.setStyleSheet(f"background: {fill}; border: 2px solid #4a5e4d;"
                                          " border-radius: 8px;")

    @staticmethod
    def _toggle_item(item: QListWidgetItem) -> None:
        """A tap anywhere on the row ticks it (the check box alone is too small)."""
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def product_ids(self) -> list[int]:
        return [self.products.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.products.count())
                if self.products.item(i).checkState() == Qt.CheckState.Checked]

    def spacing_value(self) -> str:
        text = self.spacing.text().strip()
        return plot_crops.BROADCAST if text in (tr("scattered"), plot_crops.BROADCAST) else text

    def family_value(self) -> str:
        """The stored family: a known one chosen by its label, or what was typed."""
        index = self.family.findText(self.family.currentText())
        return self.family.itemData(index) if index >= 0 else self.family.currentText()

    def values(self) -> dict[str, object]:
        return dict(name_th=self.name_th.text(), name_en=self.name_en.text(),
                    family=self.family_value(), start_from=self.start_from.currentData(),
                    days_to_first_harvest=self.days.text(), harvest_window_days=self.window.text(),
                    spacing_cm=self.spacing_value(), sale_unit=self.sale_unit.currentData(),
                    poor_seasons=[s for s, b in self.season_buttons.items() if b.isChecked()],
                    colour=self.colour.text(), product_ids=self.product_ids())

    def save(self) -> None:
        try:
            if self.crop is None:
                result = plot_crops.create_crop(self.ctx.db, self.ctx.who, **self.values())
            else:
                result = plot_crops.update_crop(self.ctx.db, self.ctx.who, self.crop.id, **self.values())
        except KioskError as error:
            self.message.say(error.message, error=True)
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()


class CropsView(QWidget):
    """The catalogue: a row per crop; tap a row to edit, or add a new crop."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plot_crops")
        self.setStyleSheet(CROP_STYLE)
        self.filter = None  # the screen's filters do not apply here
        self.dialog: CropDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setObjectName("plot_crops_hint")
        self.hint.setProperty("role", "small")
        bar.addWidget(self.hint, 1)
        self.add_button = named(QPushButton(self), "plot_crops_add")
        self.add_button.setProperty("role", "primary")
        self.add_button.setMinimumHeight(MIN_TARGET_PX)
        self.add_button.clicked.connect(lambda: self.open_crop(None))
        bar.addWidget(self.add_button)
        layout.addLayout(bar)
        self.model = CropTableModel(self)
        self.table = named(QTableView(self), "plot_crops_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(max(64, MIN_TARGET_PX))  # Thai and English names
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(CropTableModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self.open_crop(self.model.rows[index.row()]))
        layout.addWidget(self.table, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.model.set_rows(plot_crops.list_crops(self.ctx.db), plot_crops.sale_products(self.ctx.db))

    def open_crop(self, crop: plot_crops.CropInfo | None) -> CropDialog:
        self.dialog = CropDialog(self.ctx, crop, self)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.hint.setText(tr("Tap a crop to change it."))
        self.add_button.setText(tr("Add a crop"))
        self.add_button.setAccessibleName(tr("Add a crop"))
        self.table.setAccessibleName(tr("Crops"))
        self.model.retranslate()
