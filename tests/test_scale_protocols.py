"""Issue 16 §1: the scale parsers read CAS and MT-SICS lines whole, however the bytes are split."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings, strategies as st

from kiosk.devices.scale_protocols import (MAX_LINE, OVERLOAD, STABLE, UNDERLOAD, UNSTABLE,
                                           WRONG_UNIT, CasParser, Reading, SicsParser, parser_for)


def feed_all(parser, chunks):
    readings = []
    for chunk in chunks:
        readings.extend(parser.feed(chunk))
    return readings


@pytest.mark.parametrize("line, expected", [
    ("ST,GS,+  1.250kg", Reading(STABLE, Decimal("1.250"))),
    ("US,GS,+  1.200kg", Reading(UNSTABLE, Decimal("1.200"))),
    ("ST,NT,+  0.480kg", Reading(STABLE, Decimal("0.480"), net=True)),
    ("ST,GS,-  0.120kg", Reading(STABLE, Decimal("-0.120"))),
    ("ST,GS,+0001.250 kg", Reading(STABLE, Decimal("1.250"))),
    ("ST,GS,+   1250g", Reading(STABLE, Decimal("1.250"))),
    ("ST,GS,+ 1250.4 g", Reading(STABLE, Decimal("1.250"))),
    ("ST,GS,+ 1250.5 g", Reading(STABLE, Decimal("1.251"))),
    ("OL,GS,+      kg", Reading(OVERLOAD)),
    ("OL,GS", None),
    ("ST,GS,+  2.500lb", Reading(WRONG_UNIT, None, unit="lb")),
    ("ST,GS,+  2.500oz", Reading(WRONG_UNIT, None, unit="oz")),
    ("ST,GS,+    .   kg", None),
    ("ST,XX,+  1.250kg", None),
    ("CAS PDN V1.02", None),
    ("ST,GS,+  1.2.5kg", None),
])
def test_cas_lines(line, expected):
    assert CasParser().parse_line(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("S S      1.250 kg", Reading(STABLE, Decimal("1.250"))),
    ("S D      1.248 kg", Reading(UNSTABLE, Decimal("1.248"))),
    ("S S     -0.020 kg", Reading(STABLE, Decimal("-0.020"))),
    ("S S   1250.0 g", Reading(STABLE, Decimal("1.250"))),
    ("S S      2.750 lb", Reading(WRONG_UNIT, None, unit="lb")),
    ("S +", Reading(OVERLOAD)),
    ("S -", Reading(UNDERLOAD)),
    ("S I", None),
    ("ES", None),
    ("EL", None),
    ("SI", None),  # our own question echoed back
    ("S S", None),
])
def test_sics_lines(line, expected):
    assert SicsParser().parse_line(line) == expected


def test_only_a_steady_weight_above_zero_is_takeable_and_each_refusal_says_why(english):
    assert Reading(STABLE, Decimal("0.500")).takeable
    assert Reading(STABLE, Decimal("0.500")).problem() == ""
    refused = {
        Reading(UNSTABLE, Decimal("0.500")): "still moving",
        Reading(STABLE, Decimal("0.000")): "Nothing is on the scale",
        Reading(STABLE, Decimal("-0.020")): "below zero",
        Reading(UNDERLOAD): "below zero",
        Reading(OVERLOAD): "overloaded",
        Reading(WRONG_UNIT, None, unit="lb"): "weighs in lb: set it to kilograms",
    }
    for reading, words in refused.items():
        assert not reading.takeable
        assert words in reading.problem()


def test_a_line_split_across_feeds_is_read_once_it_ends():
    parser = CasParser()
    assert parser.feed(b"ST,GS,+  1.") == []
    assert parser.feed(b"250k") == []
    assert parser.feed(b"g\r") == [Reading(STABLE, Decimal("1.250"))]
    assert parser.feed(b"\nUS,GS,+  1.3") == []


def test_a_runaway_line_is_dropped_and_reading_goes_on():
    parser = SicsParser()
    assert parser.feed(b"\x00\xff" * MAX_LINE) == []
    assert parser.feed(b"S S  1 kg\r\nS S      0.750 kg\r\n") == [
        Reading(STABLE, Decimal("1.000")), Reading(STABLE, Decimal("0.750"))]


def test_unknown_protocol():
    with pytest.raises(ValueError):
        parser_for("dibal")


# -- any split of a stream with noise gives the same readings as the whole lines -----------------
weights = st.decimals(min_value=Decimal("-9.999"), max_value=Decimal("99.999"), places=3)


@st.composite
def cas_frames(draw):
    head = draw(st.sampled_from(["ST", "US", "OL"]))
    kind = draw(st.sampled_from(["GS", "NT"]))
    value = draw(weights)
    unit = draw(st.sampled_from(["kg", "g", "lb"]))
    number = value * 1000 if unit == "g" else value
    sign = "-" if number < 0 else "+"
    return f"{head},{kind},{sign}{abs(number):>8}{unit}"


@st.composite
def sics_frames(draw):
    kind = draw(st.sampled_from(["S", "D", "+", "-"]))
    if kind in "+-":
        return f"S {kind}"
    return f"S {kind} {draw(weights):>10} {draw(st.sampled_from(['kg', 'g', 'lb']))}"


noise = st.binary(max_size=MAX_LINE - 1).filter(lambda b: b"\r" not in b and b"\n" not in b)
endings = st.sampled_from([b"\r\n", b"\n", b"\r"])


def split_anywhere(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)])]


@pytest.mark.parametrize("protocol, frames", [("cas", cas_frames()), ("sics", sics_frames())])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_split_with_noise_reads_the_frames_in_order(protocol, frames, data):
    parser = parser_for(protocol)
    items = data.draw(st.lists(st.one_of(frames.map(lambda f: ("frame", f)),
                                         noise.map(lambda n: ("noise", n))), max_size=12))
    stream = b""
    expected = []
    for kind, item in items:
        if kind == "noise":
            assume(parser.parse_line(item.decode("ascii", "replace").strip()) is None)
            stream += item
        else:
            stream += item.encode()
            expected.append(parser.parse_line(item))
        stream += data.draw(endings)
    assert all(reading is not None for reading in expected)
    cuts = data.draw(st.lists(st.integers(min_value=0), max_size=20))
    assert feed_all(parser_for(protocol), split_anywhere(stream, cuts)) == expected
    assert feed_all(parser_for(protocol), [bytes([b]) for b in stream]) == expected


@settings(max_examples=300, deadline=None)
@given(garbage=st.binary(max_size=400), protocol=st.sampled_from(["cas", "sics"]))
def test_garbage_never_raises_and_gives_only_well_formed_readings(garbage, protocol):
    for reading in parser_for(protocol).feed(garbage):
        assert reading.state in (STABLE, UNSTABLE, OVERLOAD, UNDERLOAD, WRONG_UNIT)
        assert reading.kg is None or reading.kg == reading.kg.quantize(Decimal("0.001"))


@given(value=weights)
def test_grams_and_kilograms_agree(value):
    in_kg = CasParser().parse_line(f"ST,GS,{'-' if value < 0 else '+'}{abs(value)}kg")
    in_g = CasParser().parse_line(f"ST,GS,{'-' if value < 0 else '+'}{abs(value) * 1000}g")
    assert in_kg == in_g == Reading(STABLE, value)
