"""The scale read on a worker thread; readings and state changes arrive on the UI thread.

One monitor runs for the whole kiosk (``current()``), started from the
stored settings at start-up and again whenever Settings > Devices saves. No
port set: no monitor, and every screen works as without a scale.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.db import Database
from kiosk.devices.scale_link import (CONNECTED, DISCONNECTED, ScaleConfig, ScaleLink, open_port,
                                      status_message)
from kiosk.devices.scale_protocols import Reading
from kiosk.services.device_settings import scale_config

STOP_WAIT_SECONDS = 2.0


class ScaleMonitor(QObject):
    """Reads ``config``'s scale until ``stop()``; the latest reading and the link's state."""

    reading_changed = Signal(object)  # Reading
    state_changed = Signal(str)  # CONNECTED, DISCONNECTED or SILENT
    # the worker thread emits these; Qt queues them to this object's (the UI) thread
    _got_reading = Signal(object)
    _got_status = Signal(str, str)

    def __init__(self, config: ScaleConfig, opener: Callable[[ScaleConfig], Any] = open_port,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.latest: Reading | None = None
        self.state = DISCONNECTED
        self.detail = ""
        self._link = ScaleLink(config, opener)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._got_reading.connect(self._on_reading)
        self._got_status.connect(self._on_status)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._link.run, name="scale",
            args=(self._got_reading.emit, self._got_status.emit, self._stop), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_SECONDS)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def message(self) -> str:
        """Why no weight can be taken now, in the current language ("" when one can)."""
        text = status_message(self.state, self.config.port, self.detail)
        if text:
            return text
        if self.latest is None:
            return ""
        return self.latest.problem()

    def _on_reading(self, reading: Reading) -> None:
        if self._stop.is_set():
            return
        self.latest = reading
        self.reading_changed.emit(reading)

    def _on_status(self, state: str, detail: str) -> None:
        if self._stop.is_set():
            return
        self.state, self.detail = state, detail
        if state != CONNECTED:
            self.latest = None  # an old weight is not what is on the pan now
        self.state_changed.emit(state)


_current: ScaleMonitor | None = None
_quit_hooked = False


def current() -> ScaleMonitor | None:
    """The running scale monitor, or None when no scale is set up."""
    return _current


def start(config: ScaleConfig, opener: Callable[[ScaleConfig], Any] = open_port) -> ScaleMonitor | None:
    """Read ``config``'s scale from now on (the old monitor stops); None for no port."""
    global _current, _quit_hooked
    if _current is not None and _current.config == config and _current.running:
        return _current
    stop_current()
    if not config.port:
        return None
    app = QCoreApplication.instance()
    _current = ScaleMonitor(config, opener, app)
    _current.start()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(stop_current)
        _quit_hooked = True
    return _current


def start_from_settings(db: Database) -> ScaleMonitor | None:
    return start(scale_config(db))


def stop_current() -> None:
    global _current
    if _current is not None:
        _current.stop()
        _current.deleteLater()
        _current = None
