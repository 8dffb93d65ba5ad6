"""Read-only Qt tables over plain rows (the frozen dataclasses a service returns).

``RowsModel`` takes its columns as (header, row -> text) pairs, the header a
function so it follows a language switch::

    RowsModel([(lambda: tr("Due"), lambda r: format_date(r.due_on)), ...])

For other roles (alignment, colour, a tick) subclass ``RowsTableModel``, list
the headers in ``headers()`` and answer ``cell(row, column, role)``. Every table in
kiosk/ui is one of these, except the cart (exact row signals) and the tiles
(a list model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QObject, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Column = tuple[Callable[[], str], Callable[[Any], object]]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row itself, for a view that opens it
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over ``rows``; ``set_rows`` replaces them all (a reset).
    A subclass lists its ``headers()`` and answers ``cell(row, column, role)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self.rows[row]

    # -- what a subclass says -----------------------------------------------------------
    def headers(self) -> list[str]:
        """The column headers in the current language (one a column)."""
        return []

    def cell(self, row: R, column: int, role: int) -> object:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        return None

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt name)
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def retranslate(self) -> None:
        """Texts and headers again, in the language just switched to."""
        last = self.columnCount() - 1
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)


class RowsModel(RowsTableModel[R]):
    """A table whose columns are (header, row -> text) pairs: text only."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def headers(self) -> list[str]:
        return [header() for header, _text in self.columns]

    def cell(self, row: R, column: int, role: int) -> object:
        return self.columns[column][1](row) if role in TEXT_ROLES else None
