"""DateField: a day, month and Buddhist-Era year picked from three big drop-downs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from kiosk.dates import BE_OFFSET, EN_MONTHS_SHORT, THAI_MONTHS_SHORT, today
from kiosk.i18n import current_language
from kiosk.ui.i18n import tr


class DateField(QWidget):
    """Day, month and Buddhist-Era year as three big drop-downs (touch friendly)."""

    FIRST_YEAR = 2000

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = QComboBox(self)
        self.month = QComboBox(self)
        self.year = QComboBox(self)
        self.day.addItems([str(d) for d in range(1, 32)])
        for combo, part in ((self.day, "day"), (self.month, "month"), (self.year, "year")):
            combo.setObjectName(f"{name}_{part}")
            combo.setMinimumHeight(48)
            layout.addWidget(combo, 2 if combo is self.month else 1)
        self._fill_years()
        self.retranslate()
        self.set_date(today())

    def _fill_years(self) -> None:
        self.year.clear()
        for year in range(today().year, self.FIRST_YEAR - 1, -1):
            self.year.addItem(str(year + BE_OFFSET), year)

    def retranslate(self) -> None:
        current = self.month.currentIndex()
        months = THAI_MONTHS_SHORT if current_language() == "th" else EN_MONTHS_SHORT
        self.month.clear()
        self.month.addItems(list(months))
        self.month.setCurrentIndex(max(current, 0))
        self.day.setAccessibleName(tr("Day"))
        self.month.setAccessibleName(tr("Month"))
        self.year.setAccessibleName(tr("Year (B.E.)"))

    def set_date(self, day: date) -> None:
        self.day.setCurrentIndex(day.day - 1)
        self.month.setCurrentIndex(day.month - 1)
        index = self.year.findData(day.year)
        self.year.setCurrentIndex(index if index >= 0 else 0)

    def value(self) -> date | None:
        """The chosen date, or None if it does not exist (31 February)."""
        try:
            return date(int(self.year.currentData()), self.month.currentIndex() + 1,
                        self.day.currentIndex() + 1)
        except (TypeError, ValueError):
            return None
