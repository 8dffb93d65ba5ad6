"""Settings > Plot: days a bed rests between crops of one family; when each season starts.

Save checks everything first (kiosk.services.plot_settings) and stores both
settings in one audited unit of work; a bad value shows a message and
nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from kiosk.dates import EN_MONTHS_LONG, THAI_MONTHS_LONG
from kiosk.errors import KioskError
from kiosk.i18n import current_language
from kiosk.services import plot_settings
from kiosk.services.plot_rules import SEASONS, season_label
from kiosk.topics import Topic
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.status import StatusLabel
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.plot.crops import family_label
from kiosk.ui.kit.named import named


def plot_settings_title() -> str:
    return tr("Plot")


def plot_settings_tab(ctx: AppContext, parent: QWidget) -> QWidget:
    return PlotSettingsTab(ctx, parent)


class PlotSettingsTab(QWidget):
    """Two cards: rest days per family (left), season start dates (right)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_plot")
        self.gap_edits: dict[str, QLineEdit] = {}
        self.months: dict[str, QComboBox] = {}
        self.days: dict[str, QComboBox] = {}
        self.season_labels: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        columns.setSpacing(16)
        # rotation gaps
        gaps_card = QFrame(self)
        gaps_card.setObjectName("settings_plot_gaps")
        gaps_layout = QVBoxLayout(gaps_card)
        self.gaps_title = QLabel(gaps_card)
        self.gaps_title.setProperty("role", "subheading")
        self.gaps_hint = QLabel(gaps_card)
        self.gaps_hint.setWordWrap(True)
        self.gaps_hint.setProperty("role", "hint")
        gaps_layout.addWidget(self.gaps_title)
        gaps_layout.addWidget(self.gaps_hint)
        self.gaps_box = QWidget(gaps_card)
        self.gaps_grid = QGridLayout(self.gaps_box)
        self.gaps_grid.setContentsMargins(0, 0, 0, 0)
        self.gaps_grid.setVerticalSpacing(6)
        self.gaps_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        gaps_layout.addWidget(self.gaps_box)
        gaps_layout.addStretch(1)
        columns.addWidget(gaps_card, 1)
        # seasons
        seasons_card = QFrame(self)
        seasons_card.setObjectName("settings_plot_seasons")
        seasons_layout = QVBoxLayout(seasons_card)
        self.seasons_title = QLabel(seasons_card)
        self.seasons_title.setProperty("role", "subheading")
        self.seasons_hint = QLabel(seasons_card)
        self.seasons_hint.setWordWrap(True)
        self.seasons_hint.setProperty("role", "hint")
        seasons_layout.addWidget(self.seasons_title)
        seasons_layout.addWidget(self.seasons_hint)
        grid = QGridLayout()
        grid.setVerticalSpacing(10)
        for row, season in enumerate(SEASONS):
            label = QLabel(seasons_card)
            self.season_labels[season] = label
            day = QComboBox(seasons_card)
            day.setObjectName(f"settings_plot_{season}_day")
            for number in range(1, 32):
                day.addItem(str(number), number)
            month = QComboBox(seasons_card)
            month.setObjectName(f"settings_plot_{season}_month")
            month.setMinimumWidth(200)
            for number in range(1, 13):
                month.addItem("", number)
            grid.addWidget(label, row, 0)
            grid.addWidget(day, row, 1)
            grid.addWidget(month, row, 2)
            self.days[season], self.months[season] = day, month
        grid.setColumnStretch(3, 1)
        seasons_layout.addLayout(grid)
        seasons_layout.addStretch(1)
        columns.addWidget(seasons_card, 1)

        self.message = StatusLabel("settings_plot_message", self)
        self.save_button = named(QPushButton(self), "settings_plot_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        self.undo_button = named(QPushButton(self), "settings_plot_undo")
        self.undo_button.clicked.connect(lambda: self.load())
        for button in (self.save_button, self.undo_button):
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        # the cards scroll (many families, wrapped hints); Save stays in view
        inner = QWidget(self)
        inner.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setObjectName("settings_plot_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        ctx.bus.changed.connect(self._on_changed)
        self.load()
        self.retranslate()

    # -- values ------------------------------------------------------------------
    def load(self, keep_message: bool = False) -> None:
        stored = plot_settings.load_plot_settings(self.ctx.db)
        while self.gaps_grid.count():
            widget = self.gaps_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.gap_edits = {}
        for row, (family, days) in enumerate(stored.rotation_gap_days.items()):
            label = QLabel(family_label(family), self.gaps_box)
            edit = QLineEdit(str(days), self.gaps_box)
            edit.setObjectName(f"settings_plot_gap_{family}")
            edit.setAccessibleName(family_label(family))
            edit.setMaximumWidth(120)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            unit = QLabel(tr("days"), self.gaps_box)
            self.gaps_grid.addWidget(label, row, 0)
            self.gaps_grid.addWidget(edit, row, 1)
            self.gaps_grid.addWidget(unit, row, 2)
            self.gap_edits[family] = edit
        self.gaps_grid.setColumnStretch(3, 1)
        for season in SEASONS:
            month, day = (int(x) for x in stored.season_boundaries[season].split("-"))
            self.months[season].setCurrentIndex(self.months[season].findData(month))
            self.days[season].setCurrentIndex(self.days[season].findData(day))
        self._loaded = self.current()
        if not keep_message:
            self.message.hide()

    def current(self) -> tuple[dict[str, str], dict[str, str]]:
        gaps = {family: edit.text() for family, edit in self.gap_edits.items()}
        boundaries = {s: f"{self.months[s].currentData():02d}-{self.days[s].currentData():02d}"
                      for s in SEASONS}
        return gaps, boundaries

    def _on_changed(self, topics: frozenset[str]) -> None:
        if {Topic.SETTINGS, Topic.CATALOG} & topics and self.current() == self._loaded:
            self.load(keep_message=True)

    def save(self) -> bool:
        gaps, boundaries = self.current()
        try:
            plot_settings.save_plot_settings(self.ctx.db, self.ctx.who, gaps, boundaries)
        except KioskError as error:
            self._show(error.message, error=True)
            return False
        self.load()
        self._show(tr("Settings saved."), error=False)
        return True

    def _show(self, text: str, error: bool) -> None:
        self.message.say(text, error)

    # -- texts ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.gaps_title.setText(tr("Rest between crops of one family"))
        self.gaps_hint.setText(tr("Days a bed should rest before the same plant family grows "
                                  "there again (0: no rest). Only a warning, never a block."))
        self.seasons_title.setText(tr("Seasons"))
        self.seasons_hint.setText(tr("The day each season starts; crops planned in a season "
                                     "where they do poorly get a warning."))
        names = THAI_MONTHS_LONG if current_language() == "th" else EN_MONTHS_LONG
        for season in SEASONS:
            text = tr("{season} starts on").format(season=season_label(season))
            self.season_labels[season].setText(text)
            self.days[season].setAccessibleName(text + " " + tr("(day)"))
            self.months[season].setAccessibleName(text + " " + tr("(month)"))
            for index in range(12):
                self.months[season].setItemText(index, names[index])
        for label_row in range(self.gaps_grid.rowCount()):
            item = self.gaps_grid.itemAtPosition(label_row, 2)
            if item is not None and item.widget() is not None:
                item.widget().setText(tr("days"))
        for label_row, family in enumerate(self.gap_edits):
            item = self.gaps_grid.itemAtPosition(label_row, 0)
            if item is not None and item.widget() is not None:
                item.widget().setText(family_label(family))
            self.gap_edits[family].setAccessibleName(family_label(family))
        self.save_button.setText(tr("Save"))
        self.save_button.setAccessibleName(tr("Save"))
        self.undo_button.setText(tr("Undo changes"))
        self.undo_button.setAccessibleName(tr("Undo changes"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
