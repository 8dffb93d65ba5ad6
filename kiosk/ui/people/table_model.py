"""The participants list as a Qt table model over ParticipantRow (IDs only masked)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kiosk.dates import format_date
from kiosk.services.people import ParticipantRow
from kiosk.ui.i18n import tr

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    """Rows of ParticipantRow for a QTableView."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantRow] = []

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (tr("Name (nickname)"), tr("Phone"), tr("National ID"), tr("Joined"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.display_name
            if not row.active:
                name = tr("{name} (left)").format(name=name)
            return (name, row.phone_display, row.national_id_masked,
                    format_date(row.joined_on))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#7A867B")
        return None
