"""Every item model in kiosk/ui passes pytest-qt's model tester (Qt's
QAbstractItemModelTester: row and column counts, parents, data for every role,
signals around resets), filled from the demo market's real rows."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from sqlalchemy import func, select

import kiosk.ui
from kiosk.models.sales import Sale
from kiosk.services import auth, catalog, people, sales
from kiosk.ui.context import AppContext, DataBus

# Every model class in kiosk/ui and the test that runs the model tester on it.
# A new model fails test_every_model_is_checked until it is added here.
CHECKED = {
    "kiosk.ui.audit_view.AuditTableModel": "test_ui_shell.py::test_the_audit_log_is_a_tab_of_reports",
    "kiosk.ui.kit.rows_model.RowsModel": "test_ui_models.py::test_the_fund_journal_and_accounts_tables",
    "kiosk.ui.kit.rows_model.RowsTableModel": "test_ui_models.py::test_the_kit_rows_models",
    "kiosk.ui.people.table_model.ParticipantTableModel": "test_ui_models.py::test_the_participants_table",
    "kiosk.ui.plot.crops.CropTableModel": "test_ui_plot_crops.py::test_table_lists_every_crop_with_its_products",
    "kiosk.ui.reports.promptpay_tab.PromptPayTableModel": "test_ui_promptpay_reconcile.py::test_the_model_passes_the_model_tester",
    "kiosk.ui.sale.cart_model.CartTableModel": "test_ui_sale.py::test_cart_model_passes_the_model_tester",
    "kiosk.ui.sale.history.SalesTableModel": "test_ui_models.py::test_the_sales_history_table",
    "kiosk.ui.sale.stock_dialog.StockTableModel": "test_ui_stock_dialog.py::test_the_model_passes_the_model_tester",
    "kiosk.ui.sale.tiles.ProductTileModel": "test_ui_models.py::test_the_product_tiles",
}


def ui_models() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(kiosk.ui.__path__, "kiosk.ui."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, QAbstractItemModel)
                    and value.__module__ == module.__name__):
                found.add(f"{module.__name__}.{name}")
    return found


def test_every_model_is_checked(qapp):
    assert ui_models() == set(CHECKED)


@pytest.mark.parametrize("model", sorted(CHECKED))
def test_the_named_test_runs_the_model_tester(model):
    """A model's entry names a test that exists and takes pytest-qt's qtmodeltester."""
    file, name = CHECKED[model].split("::")
    tree = ast.parse((Path(__file__).parent / file).read_text(encoding="utf-8"))
    test = next((node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == name), None)
    assert test is not None, f"{CHECKED[model]} does not exist"
    assert "qtmodeltester" in [arg.arg for arg in test.args.args], f"{name} checks no model"


@pytest.fixture
def market(demo_copy, qapp):
    """The demo market and its first staff member, signed in."""
    tile = next(t for t in auth.operator_tiles(demo_copy) if t.role.name == "STAFF")
    who = auth.sign_in(demo_copy, tile.id, "2221")
    bus = DataBus(demo_copy)
    yield AppContext(demo_copy, bus, who)
    bus.detach()


def test_the_fund_journal_and_accounts_tables(market, qtbot, qtmodeltester):
    from kiosk.ui.fund.journal import AccountsTab, JournalTab
    journal, accounts = JournalTab(market), AccountsTab(market)
    for tab in (journal, accounts):
        qtbot.addWidget(tab)
        tab.refresh()
    accounts.show_statement(max(accounts.accounts_model.rows, key=lambda a: abs(a.balance)).id)
    for model in (journal.model, accounts.accounts_model, accounts.statement_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_the_participants_table(market, qtmodeltester):
    from kiosk.ui.people.table_model import ParticipantTableModel
    model = ParticipantTableModel()
    qtmodeltester.check(model)  # empty first
    model.set_rows(people.list_participants(market.db, include_inactive=True))
    assert model.rowCount() >= 10
    qtmodeltester.check(model)


def test_the_sales_history_table(market, qtmodeltester):
    from kiosk.ui.sale.history import SalesTableModel
    with market.db.reading() as session:
        busiest = session.execute(select(Sale.business_day).group_by(Sale.business_day)
                                  .order_by(func.count().desc()).limit(1)).scalar_one()
    model = SalesTableModel()
    qtmodeltester.check(model)
    model.set_rows(sales.sales_of_day(market.db, busiest))
    assert model.rowCount() > 1
    qtmodeltester.check(model)


def test_the_product_tiles(market, qtmodeltester):
    from kiosk.ui.sale.tiles import ProductTileModel
    model = ProductTileModel()
    qtmodeltester.check(model)
    tiles = catalog.product_tiles(market.db)
    model.set_tiles(tiles)
    assert model.rowCount() == len(tiles) > 10
    qtmodeltester.check(model)
    model.set_filter(category_id=tiles[0].category_id)
    assert 0 < model.rowCount() < len(tiles)
    qtmodeltester.check(model)


def test_the_kit_rows_models(qtmodeltester):
    from kiosk.ui.kit.rows_model import ROW_ROLE, RowsModel, RowsTableModel
    qtmodeltester.check(RowsTableModel())  # no columns, no rows: still a sound model
    model = RowsModel([(lambda: "n", str), (lambda: "twice", lambda n: str(2 * n))])
    qtmodeltester.check(model)
    model.set_rows(range(5))
    qtmodeltester.check(model)
    assert model.data(model.index(3, 1)) == "6" and model.data(model.index(3, 0), ROW_ROLE) == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "twice"
