"""A network ESC/POS printer on 127.0.0.1: records every byte, answers DLE EOT as told."""

from __future__ import annotations

import socket
import threading

READY = {1: 0x12, 2: 0x12, 4: 0x12}  # DLE EOT 1, 2, 4: online, no cause, paper present


class FakeNetworkPrinter:
    """``received`` holds every byte sent to it, across connections.

    ``status`` maps n of DLE EOT n to the byte it answers (None: the printer
    answers nothing, as many cheap ones do).
    """

    def __init__(self, status: dict[int, int] | None = READY) -> None:
        self.status = status
        self.received = b""
        self.connections = 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.connection = f"network:127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "FakeNetworkPrinter":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.server.accept()
            except socket.timeout:
                continue
            self.connections += 1
            with client:
                client.settimeout(0.1)
                self._talk(client)

    def _talk(self, client: socket.socket) -> None:
        while True:  # to the end of what was sent, even once asked to stop
            try:
                data = client.recv(65536)
            except socket.timeout:
                if self._stop.is_set():
                    return
                continue
            if not data:
                return
            self.received += data
            # a real printer answers DLE EOT at once, even in the middle of a job
            for n, byte in (self.status or {}).items():
                for _ in range(data.count(b"\x10\x04" + bytes([n]))):
                    client.sendall(bytes([byte]))
