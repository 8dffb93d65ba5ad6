"""A simulated scale on a pseudo terminal, for the CLI, the link and the screens."""

from __future__ import annotations

import os
import select
import threading
import time
import tty


class FakeScale:
    """The far end of a pseudo terminal: a scale that talks CAS or answers MT-SICS, over and over."""

    def __init__(self, lines: list[bytes], protocol: str = "cas") -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.master)
        self.port = os.ttyname(self.slave)
        self.lines = list(lines)
        self.protocol = protocol
        self.heard = b""
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._talk, daemon=True)

    def __enter__(self) -> "FakeScale":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        os.close(self.master)
        os.close(self.slave)

    def _talk(self) -> None:
        index = 0
        while not self.stop.is_set():
            if self.protocol == "sics":
                ready, _, _ = select.select([self.master], [], [], 0.05)
                if not ready:
                    continue
                self.heard += os.read(self.master, 100)
                if b"SI\r\n" not in self.heard:
                    continue
                self.heard = self.heard.replace(b"SI\r\n", b"", 1)
            else:
                time.sleep(0.02)
            # a CAS scale repeats itself (and the port drops what came before it opened)
            os.write(self.master, self.lines[index % len(self.lines)])
            index += 1
