"""Lanes for a bed's row on the timeline: plantings whose dates overlap go in
separate lanes, so no bar is drawn over another. Pure; no database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol


class Span(Protocol):
    id: int
    start_on: date

    @property
    def end_on(self) -> date: ...


def lanes(plantings: Sequence[Span]) -> dict[int, int]:
    """planting id -> lane (0 first): each planting takes the first lane that is free
    from its first day (greedy by start date, so the fewest lanes for intervals)."""
    ends: list[date] = []  # the last day taken in each lane
    result: dict[int, int] = {}
    for p in sorted(plantings, key=lambda p: (p.start_on, p.end_on, p.id)):
        lane = next((i for i, end in enumerate(ends) if end < p.start_on), len(ends))
        if lane == len(ends):
            ends.append(p.end_on)
        else:
            ends[lane] = p.end_on
        result[p.id] = lane
    return result
