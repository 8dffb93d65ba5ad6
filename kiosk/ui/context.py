"""What every screen is handed: the database, the change bus, who is signed in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal

from kiosk.db import Database
from kiosk.services.auth import SignedIn


class DataBus(QObject):
    """The one application-wide "data changed" signal.

    Services note what they changed (``kiosk.db.mark_changed``); after each
    commit the database tells this bus, which emits ``changed`` with the set
    of topics (e.g. ``{"sales", "stock"}``). Screens decide whether to refresh.
    """

    changed = Signal(object)  # frozenset[str]
    # another terminal's change arrives on kiosk.db_watch's thread: re-emitted on ours
    _from_elsewhere = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._from_elsewhere.connect(self._emit_here, Qt.ConnectionType.QueuedConnection)
        db.add_listener(self._relay)
        self.destroyed.connect(lambda *_: db.remove_listener(self._relay))

    def _relay(self, topics: frozenset[str]) -> None:
        if QThread.currentThread() == self.thread():
            self.changed.emit(topics)
        else:
            self._from_elsewhere.emit(topics)

    def _emit_here(self, topics: frozenset[str]) -> None:
        self.changed.emit(topics)

    def detach(self) -> None:
        self._db.remove_listener(self._relay)


@dataclass(frozen=True)
class AppContext:
    db: Database
    bus: DataBus
    who: SignedIn
