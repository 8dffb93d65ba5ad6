"""Invariants that `kiosk check` verifies. Each area registers its own.

A check is a function ``(session) -> list[str]`` returning problems found
(empty when all is well). Register it with ``@invariant("name")`` in the
area's service module and list that module in ``CHECK_MODULES``.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

Check = Callable[[Session], list[str]]
_REGISTRY: dict[str, Check] = {}

# Service modules that declare invariants; importing them registers them.
CHECK_MODULES = [
    "kiosk.services.integrity",
    "kiosk.services.stock",
    "kiosk.services.sales",
    "kiosk.services.ledger_checks",
    "kiosk.services.loan_checks",
    "kiosk.services.plot_checks",
    "kiosk.services.verification",
    "kiosk.services.privacy",
]


def invariant(name: str) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        _REGISTRY[name] = check
        return check
    return register


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def registered_checks() -> dict[str, Check]:
    for module in CHECK_MODULES:
        # an area not built yet has no module and so no invariants
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    return dict(_REGISTRY)
