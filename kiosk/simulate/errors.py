"""How a simulation stops: the auditor and the kiosk disagree."""

from __future__ import annotations


class Difference(Exception):
    """A figure the auditor worked out differs from what the services say."""


class Stopped(Exception):
    """The run stopped on a difference: enough to replay it (seed, day) and what differed."""

    def __init__(self, seed: int, day_number: int, day: object, difference: str) -> None:
        super().__init__(f"seed {seed}, day {day_number} ({day}): {difference}")
        self.seed, self.day_number, self.day, self.difference = seed, day_number, day, difference
