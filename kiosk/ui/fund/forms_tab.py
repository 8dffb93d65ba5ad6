"""The fund's Forms tab: the list of forms on the left, the chosen form on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QSizePolicy, QStackedWidget, QWidget

from kiosk.ui.context import AppContext
from kiosk.ui.fund.form_base import FundForm
from kiosk.ui.kit.named import named as name
from kiosk.ui.fund.loan_forms import LoanForm, RepaymentForm, RescheduleForm, WriteOffForm
from kiosk.ui.fund.money_forms import DonationForm, GrantForm, MonthCloseForm, PayoutForm
from kiosk.ui.i18n import tr


FORMS = (DonationForm, GrantForm, LoanForm, RepaymentForm, PayoutForm, RescheduleForm,
         WriteOffForm, MonthCloseForm)


class FormsTab(QWidget):
    """A list of forms on the left, the chosen form on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fund_forms")
        self.list = QListWidget(self)
        name(self.list, "fund_forms_list", "forms")
        self.list.setFixedWidth(250)
        self.list.setStyleSheet("QListWidget::item { min-height: 56px; padding-left: 8px; }")
        self.stack = QStackedWidget(self)
        self.forms: dict[str, FundForm] = {}
        for form_class in FORMS:
            form = form_class(ctx, self.stack)
            self.forms[form.key] = form
            self.stack.addWidget(form)
            self.list.addItem("")
        self.list.currentRowChanged.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the tab's frame has its own padding
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.setCurrentRow(0)
        self.retranslate()

    def _choose(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        form = self.stack.currentWidget()
        for index in range(self.stack.count()):  # only the form on show sizes the page
            policy = (QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored)
            self.stack.widget(index).setSizePolicy(policy, policy)
        if isinstance(form, FundForm):
            form.fill_choices()
            form.validate()

    def show_form(self, key: str) -> FundForm:
        self.list.setCurrentRow(list(self.forms).index(key))
        return self.forms[key]

    def retranslate(self) -> None:
        self.list.setAccessibleName(tr("Forms"))
        for row, form in enumerate(self.forms.values()):
            form.retranslate()
            self.list.item(row).setText(form.title())
            self.list.item(row).setTextAlignment(Qt.AlignmentFlag.AlignVCenter)

    def refresh(self) -> None:
        form = self.stack.currentWidget()
        if isinstance(form, FundForm):
            form.fill_choices()
            form.validate()
