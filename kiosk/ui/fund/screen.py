"""The Fund screen (staff): overview, journal, accounts, forms, participants."""

from __future__ import annotations

import importlib.util

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kiosk.topics import Topic
from kiosk.ui.context import AppContext
from kiosk.ui.fund.forms_tab import FormsTab
from kiosk.ui.fund.journal import AccountsTab, JournalTab
from kiosk.ui.fund.loan_view import LoansTab
from kiosk.ui.fund.overview import OverviewTab
from kiosk.ui.i18n import tr
from kiosk.ui.screen import Screen

REFRESH_ON = {Topic.LEDGER, Topic.LOANS, Topic.PARTICIPANTS, Topic.SALES, Topic.DEMO}


class FundScreen(Screen):
    key = "fund"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fund_tabs")
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { min-height: 48px; padding: 4px 18px; }")
        self.overview = OverviewTab(ctx, self)
        self.journal = JournalTab(ctx, self)
        self.accounts = AccountsTab(ctx, self)
        self.loans = LoansTab(ctx, self)
        self.forms = FormsTab(ctx, self)
        self.pages: list[QWidget] = [self.overview, self.journal, self.accounts, self.loans,
                                     self.forms]
        self.participants: QWidget | None = None
        if importlib.util.find_spec("kiosk.ui.people.panel") is not None:
            from kiosk.ui.people.panel import ParticipantsPanel
            self.participants = ParticipantsPanel(ctx, self)
            self.pages.append(self.participants)
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._stale = False
        self.retranslate()

    def title(self) -> str:
        return tr("Fund")

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(tr("Fund"))
        names = [tr("Overview"), tr("Journal"), tr("Accounts"), tr("Loans"), tr("Forms"),
                 tr("Participants")]
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, names[index])
        for page in (self.overview, self.journal, self.accounts, self.loans, self.forms):
            page.retranslate()

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & REFRESH_ON:
            self._refresh_current()

    def on_shown(self) -> None:
        self._refresh_current()

    def _refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
