"""Settings > Products: what the sale screen sells, each with its unit (classifier) and price."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import catalog, products
from kiosk.services.products import ProductForm, ProductRow
from kiosk.topics import Topic
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.form_panel import FormPanel, fill_list
from kiosk.ui.sale.labels import baht, product_name
from kiosk.units import UNITS, unit_label


class ProductsTab(QWidget):
    """The products on the left; on the right a form for a new or the chosen one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_products")
        self.rows: list[ProductRow] = []
        self._chosen: ProductRow | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("products_list")
        self.list.setStyleSheet("QListWidget::item { min-height: 48px; padding: 0 8px; }")
        self.list.currentRowChanged.connect(self._on_row)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("products_new")
        self.new_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        panel = FormPanel("product", self)
        self.form_title, self.message = panel.title, panel.message
        self.name_th = QLineEdit(self)
        self.name_th.setObjectName("product_name_th")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("product_name_en")
        for edit in (self.name_th, self.name_en):
            edit.setMaxLength(products.MAX_NAME)
        self.category = QComboBox(self)
        self.category.setObjectName("product_category")
        self.unit = QComboBox(self)
        self.unit.setObjectName("product_unit")
        self.price = QLineEdit(self)
        self.price.setObjectName("product_price")
        self.price.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.price_unit = QLabel(self)
        self.active = QCheckBox(self)
        self.active.setObjectName("product_active")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("product_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.unit.currentIndexChanged.connect(self._show_price_unit)

        self._labels = [QLabel(self) for _ in range(6)]
        price_row = QHBoxLayout()
        price_row.addWidget(self.price)
        price_row.addWidget(self.price_unit)
        price_row.addStretch(1)
        for label, field in zip(self._labels, (self.name_th, self.name_en, self.category,
                                               self.unit, price_row, self.active)):
            panel.form.addRow(label, field)
        panel.buttons.addStretch(1)
        panel.buttons.addWidget(self.save_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addWidget(panel, 5)

        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()
        self.start_new()

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        chosen_unit = self.unit.currentData()
        self.unit.clear()
        for unit in UNITS:
            self.unit.addItem(unit_label(unit), unit)
        self.unit.setCurrentIndex(max(self.unit.findData(chosen_unit), 0))
        texts = (tr("Thai name"), tr("English name"), tr("Category"),
                 tr("Sold by (unit)"), tr("Price"), tr("On sale"))
        for label, text, field in zip(self._labels, texts, (
                self.name_th, self.name_en, self.category, self.unit, self.price, self.active)):
            label.setText(text)
            field.setAccessibleName(text)
        self.active.setText(tr("Show it on the sale screen"))
        self.new_button.setText(tr("+ New product"))
        self.new_button.setAccessibleName(self.new_button.text())
        self.save_button.setText(tr("Save"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.list.setAccessibleName(tr("Products"))
        self._fill_categories()
        self._fill_list()
        self._show_price_unit()
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        self.form_title.setText(tr("New product") if self._chosen is None
                                else product_name(self._chosen.name_th, self._chosen.name_en))

    def _show_price_unit(self) -> None:
        unit = self.unit.currentData()
        self.price_unit.setText(tr("baht per {unit}").format(unit=unit_label(unit)) if unit else "")

    # -- data ------------------------------------------------------------------
    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.CATALOG in topics:
            self.refresh()

    def refresh(self) -> None:
        self.rows = products.list_products(self.ctx.db)
        self._fill_categories()
        self._fill_list()

    def _fill_categories(self) -> None:
        chosen = self.category.currentData()
        self.category.clear()
        for tab in catalog.category_tabs(self.ctx.db):
            self.category.addItem(product_name(tab.name_th, tab.name_en), tab.id)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))

    def _fill_list(self) -> None:
        def text(row: ProductRow) -> str:
            name = product_name(row.name_th, row.name_en)
            shown = f"{name} · {baht(row.price)}/{unit_label(row.unit)}"
            return shown if row.active else shown + " · " + tr("not on sale")

        fill_list(self.list, ((text(row), row.id, False) for row in self.rows),
                  self._chosen.id if self._chosen else None)

    def _on_row(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.show_product(self.rows[index])

    def show_product(self, row: ProductRow) -> None:
        self._chosen = row
        self.name_th.setText(row.name_th)
        self.name_en.setText(row.name_en)
        self.category.setCurrentIndex(max(self.category.findData(row.category_id), 0))
        self.unit.setCurrentIndex(max(self.unit.findData(row.unit), 0))
        self.price.setText(row.price.format(symbol=False))
        self.active.setChecked(row.active)
        self.message.hide()
        self._show_title()

    def start_new(self) -> None:
        self._chosen = None
        self.list.clearSelection()
        for edit in (self.name_th, self.name_en, self.price):
            edit.clear()
        self.unit.setCurrentIndex(0)
        self.active.setChecked(True)
        self.message.hide()
        self._show_title()
        self.name_th.setFocus()

    def current(self) -> ProductForm:
        return ProductForm(self.name_th.text(), self.name_en.text(), self.category.currentData(),
                           self.unit.currentData(), self.price.text(), self.active.isChecked())

    def save(self) -> bool:
        try:
            if self._chosen is None:
                row = products.add_product(self.ctx.db, self.ctx.who, self.current())
            else:
                row = products.change_product(self.ctx.db, self.ctx.who, self._chosen.id,
                                              self.current())
        except KioskError as error:
            self._show(error.message, error=True)
            return False
        self._chosen = row
        self.refresh()
        self.show_product(row)
        self._show(tr("Product saved."), error=False)
        return True

    def _show(self, text: str, error: bool) -> None:
        self.message.say(text, error)
