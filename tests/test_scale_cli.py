"""Issue 16 §1: `kiosk scale read` and the scale link, driven through a pseudo terminal."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
import serial

from kiosk.cli import main
from kiosk.devices import scale_link
from kiosk.devices.scale_link import (CONNECTED, DISCONNECTED, SILENT, ScaleConfig, ScaleError,
                                      ScaleLink, next_stable)
from kiosk.devices.scale_protocols import STABLE, Reading
from scale_helpers import FakeScale


def test_read_prints_the_next_stable_weight_with_three_decimals(capsys):
    # split mid-line, unsteady first, a net reading of zero, then the weight
    with FakeScale([b"US,GS,+  1.2", b"40kg\r\n", b"ST,GS,+  0.000kg\r\n", b"garbage\r\n",
                    b"ST,GS,+  1.25", b"0kg\r\n"]) as scale:
        assert main(["scale", "read", "--port", scale.port, "--timeout", "5"]) == 0
    assert capsys.readouterr().out == "1.250\n"


def test_read_asks_an_mt_sics_scale_and_takes_grams(capsys):
    with FakeScale([b"S D      0.512 kg\r\n", b"S I\r\n", b"S S    512.0 g\r\n"], "sics") as scale:
        assert main(["scale", "read", "--port", scale.port, "--protocol", "sics",
                     "--baud", "9600", "--timeout", "5"]) == 0
    assert capsys.readouterr().out == "0.512\n"


def test_read_times_out_with_the_reason(capsys, english):
    with FakeScale([b"OL,GS,+      kg\r\n"]) as scale:
        assert main(["scale", "read", "--port", scale.port, "--timeout", "0.6"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "No weight from the scale within 0.6 s: The scale is overloaded" in captured.err


def test_read_without_a_port_says_so(capsys, english, tmp_path):
    missing = str(tmp_path / "ttyUSB9")
    assert main(["scale", "read", "--port", missing, "--timeout", "0.5"]) == 1
    err = capsys.readouterr().err
    assert f"No scale on {missing}" in err


def test_read_refuses_a_timeout_out_of_bounds(capsys, english):
    assert main(["scale", "read", "--port", "loop://", "--timeout", "0"]) == 1
    assert "between 0 and 600 seconds" in capsys.readouterr().err


def test_loop_url_works_too():
    port = serial.serial_for_url("loop://", timeout=0.1)
    port.write(b"ST,GS,+  2.005kg\r\n")
    assert next_stable(ScaleConfig("loop://"), 2, opener=lambda _c: port) == Decimal("2.005")


def test_config_bounds(english):
    for wrong, words in ((ScaleConfig("x", protocol="dibal"), "Unknown scale protocol"),
                         (ScaleConfig("x", baud=9601), "speed must be one of"),
                         (ScaleConfig("x", parity="M"), "Unknown parity"),
                         (ScaleConfig("x\n"), "port is not valid")):
        with pytest.raises(Exception, match=words):
            wrong.checked()


def test_the_link_reconnects_when_the_cable_comes_back(monkeypatch):
    """Unplugged at first, then a port that dies mid-stream, then one that works."""
    monkeypatch.setattr(scale_link, "RETRY_SECONDS", 0.05)
    dying = serial.serial_for_url("loop://", timeout=0.05)
    dying.write(b"ST,GS,+  0.100kg\r\n")
    dying.read = _fail_after_first(dying.read)
    working = serial.serial_for_url("loop://", timeout=0.05)
    working.write(b"ST,GS,+  0.200kg\r\n")
    ports = iter([serial.SerialException("could not open port"), dying, working])

    def opener(_config):
        port = next(ports)
        if isinstance(port, Exception):
            raise port
        return port

    stop = threading.Event()
    readings, states = [], []

    def on_reading(reading):
        readings.append(reading)
        if reading.kg == Decimal("0.200"):
            stop.set()

    ScaleLink(ScaleConfig("/dev/ttyUSB0"), opener).run(
        on_reading, lambda state, message: states.append((state, message)), stop)
    assert readings == [Reading(STABLE, Decimal("0.100")), Reading(STABLE, Decimal("0.200"))]
    assert [s for s, _ in states] == [DISCONNECTED, CONNECTED, DISCONNECTED, CONNECTED]
    assert "could not open port" in states[0][1]


def test_a_quiet_port_is_reported_then_cleared(monkeypatch):
    monkeypatch.setattr(scale_link, "SILENT_SECONDS", 0.2)
    port = serial.serial_for_url("loop://", timeout=0.05)
    stop = threading.Event()
    states = []

    def on_status(state, message):
        states.append(state)
        if state == SILENT:
            port.write(b"ST,GS,+  0.300kg\r\n")
        elif len(states) > 2:
            stop.set()

    ScaleLink(ScaleConfig("loop://"), lambda _c: port).run(lambda _r: None, on_status, stop)
    assert states == [CONNECTED, SILENT, CONNECTED]


def _fail_after_first(read):
    calls = {"n": 0}

    def wrapped(size=1):
        calls["n"] += 1
        if calls["n"] > 1 and not read.__self__.in_waiting:
            raise serial.SerialException("device reports readiness to read but returned no data")
        return read(size)

    return wrapped


def test_a_scale_error_is_a_kiosk_error():
    from kiosk.errors import KioskError
    assert issubclass(ScaleError, KioskError)
