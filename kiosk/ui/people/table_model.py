"""The participants list as a Qt table model over ParticipantRow (IDs only masked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.dates import format_date
from kiosk.services.people import ParticipantRow
from kiosk.ui.i18n import tr
from kiosk.ui.kit.rows_model import RowsTableModel


class ParticipantTableModel(RowsTableModel[ParticipantRow]):
    """Rows of ParticipantRow for a QTableView."""

    def headers(self) -> list[str]:
        return [tr("Name (nickname)"), tr("Phone"), tr("National ID"), tr("Joined")]

    def cell(self, row: ParticipantRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.display_name
            if not row.active:
                name = tr("{name} (left)").format(name=name)
            return (name, row.phone_display, row.national_id_masked,
                    format_date(row.joined_on))[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#7A867B")
        return None
