"""Settings > General: the stall's details, PromptPay, idle sign-out, language, shares."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from kiosk.errors import KioskError
from kiosk.services import settings_form
from kiosk.services.settings_form import GeneralSettings
from kiosk.topics import Topic
from kiosk.ui.context import AppContext
from kiosk.ui.kit.status import StatusLabel
from kiosk.ui.i18n import tr


class GeneralTab(QWidget):
    """One form; Save validates everything first, then stores the changes (audited)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_general")
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._labels: dict[str, QLabel] = {}
        for key in ("stall_name", "stall_address", "stall_phone", "issuer_name", "issuer_tax_id",
                    "promptpay_target", "promptpay_account_name",
                    "promptpay_max_amount", "idle_minutes", "language",
                    "commission_percent_plot", "commission_percent_consignment"):
            label = QLabel(self)
            label.setWordWrap(True)
            self._labels[key] = label
            if key == "language":
                self.language = QComboBox(self)
                self.language.setObjectName("settings_language")
                self.language.addItem("ไทย", "th")
                self.language.addItem("English", "en")
                form.addRow(label, self.language)
                continue
            edit = QLineEdit(self)
            edit.setObjectName(f"settings_{key}")
            self.fields[key] = edit
            if key in ("idle_minutes", "commission_percent_plot",
                       "commission_percent_consignment", "promptpay_max_amount"):
                edit.setMaximumWidth(160)
                edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
                row = QHBoxLayout()
                row.addWidget(edit)
                unit = QLabel(self)
                unit.setObjectName(f"settings_{key}_unit")
                self._labels[f"{key}_unit"] = unit
                row.addWidget(unit)
                row.addStretch(1)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
        self.message = StatusLabel("settings_message", self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("settings_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("settings_undo")
        self.undo_button.clicked.connect(self.load)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(8, 4, 8, 4)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        texts = {
            "stall_name": tr("Stall name"),
            "stall_address": tr("Address"),
            "stall_phone": tr("Stall phone"),
            "issuer_name": tr("Name on receipts (legal entity; empty: the stall's name)"),
            "issuer_tax_id": tr("Tax ID on receipts (13 digits; may be empty)"),
            "promptpay_target": tr("PromptPay number (phone or 13-digit ID)"),
            "promptpay_account_name": tr("PromptPay account name (as bank apps show it)"),
            "promptpay_max_amount": tr("Largest PromptPay QR amount"),
            "promptpay_max_amount_unit": tr("baht"),
            "idle_minutes": tr("Sign out when idle after"),
            "idle_minutes_unit": tr("minutes"),
            "language": tr("Language at start"),
            "commission_percent_plot": tr("Share of plot sales to the fund"),
            "commission_percent_plot_unit": "%",
            "commission_percent_consignment": tr("Commission on participants' produce"),
            "commission_percent_consignment_unit": "%",
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        for key, edit in self.fields.items():
            edit.setAccessibleName(texts[key])
        self.language.setAccessibleName(texts["language"])
        for key, hint in (("issuer_name", tr("Empty: the stall's name is printed")),
                          ("issuer_tax_id", tr("13 digits, or leave empty")),
                          ("promptpay_account_name",
                           tr("The name customers see in their app before they transfer"))):
            self.fields[key].setPlaceholderText(hint)
        self.save_button.setText(tr("Save"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.undo_button.setText(tr("Undo changes"))
        self.undo_button.setAccessibleName(self.undo_button.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.SETTINGS in topics and not self._dirty():
            self.load(keep_message=True)

    # -- values ----------------------------------------------------------------
    def _stored(self) -> GeneralSettings:
        return settings_form.load_general(self.ctx.db)

    def current(self) -> GeneralSettings:
        values = {key: edit.text() for key, edit in self.fields.items()}
        return GeneralSettings(language=self.language.currentData(), **values)

    def _dirty(self) -> bool:
        return self.current() != self._loaded

    def load(self, keep_message: bool = False) -> None:
        stored = self._stored()
        self._loaded = stored
        for key, edit in self.fields.items():
            edit.setText(getattr(stored, key))
            edit.setCursorPosition(0)
        self.language.setCurrentIndex(max(self.language.findData(stored.language), 0))
        self._loaded = self.current()
        if not keep_message:
            self.message.hide()

    def save(self) -> bool:
        try:
            settings_form.save_general(self.ctx.db, self.ctx.who, self.current())
        except KioskError as error:
            self._show(error.message, error=True)
            return False
        self.load()
        self._show(tr("Settings saved."), error=False)
        return True

    def _show(self, text: str, error: bool) -> None:
        self.message.say(text, error)
