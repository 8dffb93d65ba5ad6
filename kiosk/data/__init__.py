"""Data shipped with the kiosk (copied into the project, never read from ../shared).

crops.csv: the crop catalogue, adapted from the programme's reference list
(../shared/reference/crops.csv) with two added columns: ``category`` (leafy,
fruit or herb: the sale screen's tabs) and ``colour`` (the crop's colour on
the plot map).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
CROPS_CSV = DATA_DIR / "crops.csv"


@dataclass(frozen=True)
class CropRecord:
    code: str
    name_th: str
    name_en: str
    family: str
    start_from: str
    days_to_first_harvest: int
    harvest_window_days: int
    spacing_cm: str
    sale_unit: str
    alt_unit: str
    demo_price_thb: Decimal
    poor_seasons: str
    notes: str
    category: str
    colour: str


def load_crops(path: Path = CROPS_CSV) -> list[CropRecord]:
    """Every crop in the shipped catalogue, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            CropRecord(
                code=row["code"], name_th=row["name_th"], name_en=row["name_en"],
                family=row["family"], start_from=row["start_from"],
                days_to_first_harvest=int(row["days_to_first_harvest"]),
                harvest_window_days=int(row["harvest_window_days"]),
                spacing_cm=row["spacing_cm"], sale_unit=row["sale_unit"],
                alt_unit=row["alt_unit"], demo_price_thb=Decimal(row["demo_price_thb"]),
                poor_seasons=row["poor_seasons"], notes=row["notes"],
                category=row["category"], colour=row["colour"],
            )
            for row in csv.DictReader(handle)
        ]
