"""Settings > Devices: where the weighing scale is and how it talks.

The bounds live in ``kiosk.devices.scale_link.ScaleConfig.checked`` (the
same check ``kiosk scale read`` makes); here they are read and stored as one
audited change.
"""

from __future__ import annotations

from kiosk.db import Database
from kiosk.devices.scale_link import ScaleConfig
from kiosk.services import settings


def scale_config(db: Database) -> ScaleConfig:
    """The stored scale (``port`` empty: none attached)."""
    with db.reading() as session:
        values = settings.get_all(session)
    return ScaleConfig(str(values["scale_port"] or ""), int(values["scale_baud"]),
                       str(values["scale_parity"]), str(values["scale_protocol"]))


def save_scale(db: Database, operator_id: int | None, config: ScaleConfig) -> ScaleConfig:
    """Check, then store (one unit of work, audited); the config as stored."""
    config = ScaleConfig(config.port.strip(), config.baud, config.parity, config.protocol).checked()
    settings.change(db, operator_id, scale_port=config.port, scale_baud=config.baud,
                    scale_parity=config.parity, scale_protocol=config.protocol)
    return config
