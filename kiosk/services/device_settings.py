"""Settings > Devices: where the weighing scale is and how it talks; the customer's screen.

The scale's bounds live in ``kiosk.devices.scale_link.ScaleConfig.checked``
(the same check ``kiosk scale read`` makes); here everything is read, and
stored as one audited change.
"""

from __future__ import annotations

from kiosk.db import Database
from kiosk.devices.scale_link import ScaleConfig
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.services import settings

MAX_SCREEN_NAME = 100


def scale_config(db: Database) -> ScaleConfig:
    """The stored scale (``port`` empty: none attached)."""
    with db.reading() as session:
        values = settings.get_all(session)
    return ScaleConfig(str(values["scale_port"] or ""), int(values["scale_baud"]),
                       str(values["scale_parity"]), str(values["scale_protocol"]))


def customer_display_screen(db: Database) -> str:
    """The name of the screen facing the customer ("" for none)."""
    return str(settings.read(db, "customer_display_screen") or "")


def save_devices(db: Database, operator_id: int | None, scale: ScaleConfig,
                 display_screen: str) -> tuple[ScaleConfig, str]:
    """Check everything first, then store it as one audited change; what was stored."""
    scale = ScaleConfig(scale.port.strip(), scale.baud, scale.parity, scale.protocol).checked()
    name = (display_screen or "").strip()
    if len(name) > MAX_SCREEN_NAME or any(ch in name for ch in "\r\n\t"):
        raise InvalidInput(tr("That screen name is not valid."))
    settings.change(db, operator_id, scale_port=scale.port, scale_baud=scale.baud,
                    scale_parity=scale.parity, scale_protocol=scale.protocol,
                    customer_display_screen=name)
    return scale, name
