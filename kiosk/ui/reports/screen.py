"""The Reports screen: a tab per report; the first is the audit log.

A new report adds its tab with one line in ``TABS`` below; tab modules never
import this one (``register_tab`` is for a plug-in built on top)::

    ReportTab("sales_day", lambda: tr("Day's sales"), DaySalesView),

A tab's widget is built when the screen is built; its title is a callable so
it follows the language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kiosk.ui.audit_view import AuditLogView
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.reports import promptpay_tab
from kiosk.ui.reports.export_tab import ExportTab
from kiosk.ui.reports.statements_tab import StatementsTab
from kiosk.ui.reports.verify_tab import VerifyTab
from kiosk.ui.screen import Screen


@dataclass(frozen=True)
class ReportTab:
    key: str
    title: Callable[[], str]  # translated each time it is shown
    build: Callable[[AppContext], QWidget]
    staff_only: bool = True


TABS: list[ReportTab] = [
    ReportTab("audit", lambda: tr("Audit log"), AuditLogView),
    ReportTab("promptpay", promptpay_tab.title, promptpay_tab.PromptPayReconcileView),
    ReportTab("statements", lambda: tr("Statements"), StatementsTab),
    ReportTab("verify", lambda: tr("Verify"), VerifyTab),
    ReportTab("export", lambda: tr("Export"), ExportTab),
]


def register_tab(key: str, title: Callable[[], str], build: Callable[[AppContext], QWidget],
                 staff_only: bool = True) -> None:
    """Add a report tab for every Reports screen built from now on."""
    if any(tab.key == key for tab in TABS):
        raise ValueError(f"report tab {key!r} is already registered")
    TABS.append(ReportTab(key, title, build, staff_only))


class ReportsScreen(Screen):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports_tabs")
        self.tabs.setAccessibleName("reports")
        self.tabs.setDocumentMode(False)
        layout.addWidget(self.tabs)
        self._titles: list[Callable[[], str]] = []
        for tab in TABS:
            if tab.staff_only and not ctx.who.is_staff:
                continue
            self.add_tab(tab.key, tab.build(ctx), tab.title)
        self.retranslate()

    def title(self) -> str:
        return tr("Reports")

    def add_tab(self, key: str, widget: QWidget, title: Callable[[], str]) -> int:
        """Add ``widget`` as a tab of this screen; return its index."""
        widget.setParent(self.tabs)
        widget.setProperty("report_tab", key)
        self._titles.append(title)
        return self.tabs.addTab(widget, title())

    def tab(self, key: str) -> QWidget | None:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).property("report_tab") == key:
                return self.tabs.widget(index)
        return None

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(tr("Reports"))
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title())
