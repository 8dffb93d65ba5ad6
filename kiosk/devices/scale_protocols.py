"""What a retail scale says on its serial line, read incrementally into weights in kg.

Two protocols cover most retail scales sold in Thailand:

- CAS continuous output: ``ST,GS,+  1.250kg`` (ST stable, US unstable,
  OL overload; GS gross, NT net, TR tare) repeated many times a second;
- METTLER TOLEDO MT-SICS: the kiosk sends ``SI`` and the scale answers
  ``S S      1.250 kg`` (stable), ``S D ...`` (dynamic), ``S +`` / ``S -``
  (over / under its range), ``S I`` (busy), ``ES``/``ET``/``EL`` (errors).

Bytes may arrive split anywhere; a parser keeps the unfinished line and
answers readings only for whole lines. A line that is neither protocol
(noise on the cable, a scale half-way through its start-up text) is
dropped. Weights are Decimal kg with three places: grams are converted
exactly; pounds and ounces are refused, because trade in Thailand is by
the kilogram and a converted pound would not be what the customer saw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kiosk.i18n import tr

STABLE, UNSTABLE, OVERLOAD, UNDERLOAD, WRONG_UNIT = (
    "stable", "unstable", "overload", "underload", "wrong_unit")
GRAM = Decimal("0.001")
# a line longer than this without an end is noise (or the wrong speed): dropped
MAX_LINE = 80
PROTOCOLS = ("cas", "sics")


@dataclass(frozen=True)
class Reading:
    """One weight report. ``kg`` is None when the scale gave no usable weight."""

    state: str
    kg: Decimal | None = None
    net: bool = False
    unit: str = "kg"

    @property
    def takeable(self) -> bool:
        """A weight a sale may use: steady and more than zero."""
        return self.state == STABLE and self.kg is not None and self.kg > 0

    def problem(self) -> str:
        """Why this reading cannot be taken, in the user's language ("" when it can)."""
        if self.state == OVERLOAD:
            return tr("The scale is overloaded: take some off the pan.")
        if self.state == UNDERLOAD or (self.kg is not None and self.kg < 0):
            return tr("The scale reads below zero: empty the pan and zero the scale.")
        if self.state == WRONG_UNIT:
            return tr("The scale weighs in {unit}: set it to kilograms (kg).").format(unit=self.unit)
        if self.state == UNSTABLE:
            return tr("The weight is still moving: wait until it is steady.")
        if self.kg is not None and self.kg == 0:
            return tr("Nothing is on the scale.")
        return ""


def weight(number: str, unit: str, state: str, net: bool = False) -> Reading | None:
    """A reading from the number and unit as the scale wrote them (None if not a number)."""
    try:
        value = Decimal(number.replace(" ", ""))
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    unit = unit.strip().lower()
    if unit == "kg":
        kg = value
    elif unit == "g":
        kg = value / 1000
    else:
        return Reading(WRONG_UNIT, None, net, unit)
    # a sub-gram scale is rounded to the gram, the quantity's last place
    return Reading(state, kg.quantize(GRAM, rounding=ROUND_HALF_UP), net, "kg")


class LineParser:
    """Incremental: ``feed(bytes)`` returns the readings of every line completed."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> list[Reading]:
        self._pending += data
        *lines, self._pending = re.split(rb"[\r\n]", self._pending)
        if len(self._pending) > MAX_LINE:
            self._pending = b""
        readings = []
        for raw in lines:
            text = raw.decode("ascii", errors="replace").strip()
            reading = self.parse_line(text) if text else None
            if reading is not None:
                readings.append(reading)
        return readings

    def parse_line(self, line: str) -> Reading | None:
        raise NotImplementedError


_CAS = re.compile(r"^(ST|US|OL),(GS|NT|TR),\s*([+-]?)\s*([0-9]*\.?[0-9]*)\s*([A-Za-z]*)$")


class CasParser(LineParser):
    """CAS continuous output (PDN, ER, SW, AP and their Thai market copies)."""

    def parse_line(self, line: str) -> Reading | None:
        match = _CAS.match(line)
        if match is None:
            return None
        head, kind, sign, number, unit = match.groups()
        net = kind == "NT"
        if head == "OL":
            return Reading(OVERLOAD, None, net)
        if not any(ch.isdigit() for ch in number) or not unit:
            return None
        return weight(sign + number, unit, STABLE if head == "ST" else UNSTABLE, net)


_SICS_WEIGHT = re.compile(r"^S\s+([SD])\s+([+-]?\s*[0-9]*\.?[0-9]+)\s+([A-Za-z]+)$")
_SICS_RANGE = re.compile(r"^S\s+([+-])$")
# what the kiosk sends to ask for the weight now, stable or not
SICS_REQUEST = b"SI\r\n"


class SicsParser(LineParser):
    """METTLER TOLEDO MT-SICS level 0 answers to ``SI``/``S``."""

    def parse_line(self, line: str) -> Reading | None:
        match = _SICS_WEIGHT.match(line)
        if match is not None:
            state, number, unit = match.groups()
            return weight(number, unit, STABLE if state == "S" else UNSTABLE)
        match = _SICS_RANGE.match(line)
        if match is not None:
            return Reading(OVERLOAD if match.group(1) == "+" else UNDERLOAD)
        return None  # "S I" (busy), "ES", "ET", "EL", echoes and noise


# how many kg one of the product's units weighs: only these can be read off a scale
KG_PER_UNIT = {"kg": Decimal(1), "100g": Decimal("0.1")}


def in_unit(kg: Decimal, unit: str) -> Decimal | None:
    """A scale's kg as a quantity of the product's ``unit`` (None: not a unit of weight)."""
    per = KG_PER_UNIT.get(unit)
    return None if per is None else (kg / per).quantize(GRAM, rounding=ROUND_HALF_UP)


def parser_for(protocol: str) -> LineParser:
    if protocol == "cas":
        return CasParser()
    if protocol == "sics":
        return SicsParser()
    raise ValueError(protocol)
