"""The Settings screen's tabs: (title function, factory) pairs, in order.

To add a tab from another area, append one line where that area is imported,
or here:

    SETTINGS_TABS.append((receipts_title, ReceiptsTab))

A factory takes the AppContext (and a parent) and returns the tab's widget.
Titles are functions so they follow a language switch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr

TabFactory = Callable[[AppContext, QWidget], QWidget]


def _general_title() -> str:
    return tr("General")


def _operators_title() -> str:
    return tr("Operators")


def _participants_title() -> str:
    return tr("Participants")


def _general(ctx: AppContext, parent: QWidget) -> QWidget:
    from kiosk.ui.settings.general import GeneralTab
    return GeneralTab(ctx, parent)


def _operators(ctx: AppContext, parent: QWidget) -> QWidget:
    from kiosk.ui.settings.operators import OperatorsTab
    return OperatorsTab(ctx, parent)


def _participants(ctx: AppContext, parent: QWidget) -> QWidget:
    from kiosk.ui.people import ParticipantsPanel
    return ParticipantsPanel(ctx, parent)


def _printer_title() -> str:
    return tr("Receipts and printer")


def _printer(ctx: AppContext, parent: QWidget) -> QWidget:
    from kiosk.ui.sale.printer_settings import PrinterSettingsTab
    return PrinterSettingsTab(ctx, parent)


def _products_title() -> str:
    return tr("Products")


def _products(ctx: AppContext, parent: QWidget) -> QWidget:
    from kiosk.ui.settings.products import ProductsTab
    return ProductsTab(ctx, parent)


SETTINGS_TABS: list[tuple[Callable[[], str], TabFactory]] = [
    (_general_title, _general),
    (_operators_title, _operators),
    (_participants_title, _participants),
    (_products_title, _products),
    (_printer_title, _printer),
]

from kiosk.ui.plot.settings_tab import plot_settings_tab, plot_settings_title  # noqa: E402

SETTINGS_TABS.append((plot_settings_title, plot_settings_tab))

from kiosk.ui.settings.devices import DevicesTab, title as devices_title  # noqa: E402

SETTINGS_TABS.append((devices_title, DevicesTab))

from kiosk.ui.settings.backup_tab import backup_tab, backup_title  # noqa: E402

SETTINGS_TABS.append((backup_title, backup_tab))

from kiosk.ui.people.privacy_settings import privacy_settings_tab, privacy_settings_title  # noqa: E402

SETTINGS_TABS.append((privacy_settings_title, privacy_settings_tab))
