"""The audit log on screen: a table model over ``audit.recent_events`` rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kiosk.dates import format_datetime
from kiosk.services import audit
from kiosk.services.audit import AuditRow
from kiosk.topics import Topic
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.kit.rows_model import RowsTableModel



def action_names() -> dict[str, str]:
    """Audit codes -> human names in the current language."""
    return {
        "sign_in": tr("Signed in"),
        "sign_out": tr("Signed out"),
        "pin_failed": tr("Wrong PIN"),
        "lockout": tr("Locked out"),
        "approval": tr("Staff approval"),
        "approval_failed": tr("Approval refused"),
        "setting_change": tr("Setting changed"),
        "operator_create": tr("Operator added"),
        "operator_change": tr("Operator changed"),
        "operator_pin_change": tr("PIN changed"),
        "backup": tr("Backup"),
        "restore": tr("Restore"),
        "sale_void": tr("Sale voided"),
        "drawer_open": tr("Cash drawer opened"),
        "refund": tr("Refund"),
        "price_override": tr("Price changed at sale"),
        "ledger_reversal": tr("Ledger entry reversed"),
        "participant_create": tr("Participant added"),
        "participant_change": tr("Participant changed"),
        "stock_adjust": tr("Stock adjusted"),
        "demo_reset": tr("Demo data created"),
        "demo_create": tr("Demo data created"),
        "approval_lockout": tr("Approvals locked"),
        "operator_role_change": tr("Role changed"),
        "operator_activate": tr("Operator back"),
        "operator_deactivate": tr("Operator stopped"),
        "sale_refund": tr("Refund"),
        "promptpay_tick": tr("PromptPay received"),
        "promptpay_untick": tr("PromptPay unmarked"),
        "day_open": tr("Day opened"),
        "day_close": tr("Day closed"),
        "period_close": tr("Month closed"),
        "account_create": tr("Account added"),
        "account_close": tr("Account closed"),
        "loan_create": tr("Loan made"),
        "loan_reschedule": tr("Loan rescheduled"),
        "loan_write_off": tr("Loan written off"),
        "participant_update": tr("Participant changed"),
        "participant_activate": tr("Participant back"),
        "participant_deactivate": tr("Participant left"),
        "plot_bed_add": tr("Bed added"),
        "plot_bed_change": tr("Bed changed"),
        "plot_bed_archive": tr("Bed archived"),
        "plot_bed_delete": tr("Bed deleted"),
        "product_add": tr("Product added"),
        "product_change": tr("Product changed"),
        "plot_crop_add": tr("Crop added"),
        "plot_crop_change": tr("Crop changed"),
        "plot_planting_add": tr("Planting added"),
        "plot_planting_change": tr("Planting moved"),
        "plot_planting_status": tr("Planting status"),
        "plot_task_add": tr("Tasks added"),
        "plot_training_add": tr("Training recorded"),
    }


def action_label(code: str) -> str:
    """The human name of an audit code; an unknown code as words, never as a code."""
    return action_names().get(code, code.replace("_", " "))


def _detail_names() -> dict[str, str]:
    return {
        "reason": tr("reason"), "attempt": tr("attempt"), "until": tr("until"),
        "old": tr("was"), "new": tr("now"), "role": tr("role"), "action": tr("action"),
        "requested_by": tr("asked by"),
    }


def _value_names() -> dict[str, str]:
    return {"idle": tr("no one used the kiosk"), "manual": tr("pressed sign out"),
            "vendor": tr("Vendor"), "staff": tr("Staff"), "admin": tr("Admin")}


def format_details(details: dict[str, object]) -> str:
    """``{"reason": "idle"}`` -> "reason: no one used the kiosk" (translated where known)."""
    keys, values = _detail_names(), _value_names()
    parts = []
    for key, value in details.items():
        shown = action_label(value) if key == "action" and isinstance(value, str) else value
        if isinstance(shown, str):
            shown = values.get(shown, shown)
        parts.append(f"{keys.get(key, key)}: {shown}")
    return ", ".join(parts)


class AuditTableModel(RowsTableModel[AuditRow]):
    """Rows of the audit log: when (BE), who, what, on what, details."""

    COLUMNS = ("at", "operator", "action", "target", "details")

    def __init__(self, rows: Sequence[AuditRow] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.rows = list(rows)

    def headers(self) -> list[str]:
        return [tr("Date and time"), tr("Operator"), tr("Action"), tr("About"), tr("Details")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return super().headerData(section, orientation, role)

    def cell(self, row: AuditRow, column: int, role: int) -> object:
        name = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "at":
                return format_datetime(row.at)
            if name == "operator":
                return row.operator_name or "-"
            if name == "action":
                return action_label(row.action)
            if name == "target":
                return audit.about(row)
            return audit.describe(row)
        if role == Qt.ItemDataRole.ToolTipRole and name == "target":
            return audit.about(row)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("action", "details"):
            return f"{row.action} {format_details(row.details)}"
        return None


class AuditLogView(QWidget):
    """The "Audit log" tab: the newest events first; refreshes on "audit" changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, limit: int = 500) -> None:
        super().__init__(parent)
        self.setObjectName("audit_log")
        self._ctx = ctx
        self._limit = limit
        self.model = AuditTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(audit.recent_events(self._ctx.db, limit=self._limit))

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.AUDIT in topics:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self.table.setAccessibleName(tr("Audit log"))
        super().changeEvent(event)
