"""What the demo loader hands each area's demo data (kiosk.services.<area>_demo).

kiosk.services.demo creates people, operators, crops and products, then calls
``add_demo_data(session, demo)`` of each area module that exists, in this
order: ``ledger_demo``, ``plot_demo``, ``sales_demo``; all in one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

AREA_DEMO_MODULES = (
    "kiosk.services.ledger_demo",
    "kiosk.services.plot_demo",
    "kiosk.services.sales_demo",
)


@dataclass
class DemoContext:
    today: date
    participants: dict[str, int] = field(default_factory=dict)  # nickname -> participant id
    operators: dict[str, int] = field(default_factory=dict)  # operator name -> operator id
    vendor_ids: list[int] = field(default_factory=list)
    staff_ids: list[int] = field(default_factory=list)
    admin_id: int | None = None
    crops: dict[str, int] = field(default_factory=dict)  # crop code -> crop id
    products: dict[str, int] = field(default_factory=dict)  # product code -> product id
