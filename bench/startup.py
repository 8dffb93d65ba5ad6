"""Time to first frame: the kiosk's sign-in window next to a bare PySide6 window.

    .venv/bin/python bench/startup.py                 # offscreen (no display needed)
    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python bench/startup.py --platform xcb

Each run is a fresh Python process started the same way; the time runs from
just before the process is spawned to the end of the window's first paint
(shown and painted), so it includes the interpreter, imports, the database
and building the window. Prints the median (and range) of several runs each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


# -- child: start one window and report when its first frame is painted ----------------------
def _child(kind: str, db_url: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QWidget()
    else:
        sys.path.insert(0, str(PROJECT))
        from kiosk.db import Database
        from kiosk.ui.app import build_main_window, ensure_app
        app = ensure_app()
        window = build_main_window(Database(db_url))

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.report)  # after the paint has finished
            return False

        def report(self) -> None:
            print(f"FRAME {time.time():.6f}", flush=True)
            app.quit()

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.resize(*SIZE)
    window.show()
    QTimer.singleShot(30_000, app.quit)  # never hang the benchmark
    app.exec()


# -- parent -------------------------------------------------------------------------------
def _demo_database(folder: str) -> str:
    sys.path.insert(0, str(PROJECT))
    from kiosk import schema
    from kiosk.db import Database
    from kiosk.models import Role
    from kiosk.services import auth

    url = f"sqlite:///{folder}/bench.sqlite3"
    db = Database(url)
    schema.upgrade(db)
    for number, (name, role) in enumerate([
            ("น้องฝน ขายดี", Role.VENDOR), ("ป้าสี่ ญี่ปุ่น", Role.VENDOR),
            ("เก่ง ผักชีฝรั่ง", Role.VENDOR), ("นิ่ม สุขใจ", Role.VENDOR),
            ("พี่แดง จัดการ", Role.STAFF), ("คุณสมชาย ผู้ดูแล", Role.ADMIN)]):
        auth.create_operator(db, name, role, f"{1000 + number}")
    db.dispose()
    return url


def _time_once(kind: str, db_url: str, env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run([sys.executable, __file__, "--child", kind, "--db", db_url],
                            capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("FRAME "):
            return float(line.split()[1]) - started
    raise SystemExit(f"{kind} window did not paint:\n{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        help="Qt platform for the windows (offscreen, xcb, ...)")
    parser.add_argument("--child", choices=["bare", "kiosk"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.db)
        return 0

    env = dict(os.environ, QT_QPA_PLATFORM=args.platform)
    with tempfile.TemporaryDirectory() as folder:
        db_url = _demo_database(folder)
        times: dict[str, list[float]] = {"bare": [], "kiosk": []}
        _time_once("bare", db_url, env)  # warm the disk cache for both
        _time_once("kiosk", db_url, env)
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for kind in times:
                times[kind].append(_time_once(kind, db_url, env))
    print(f"time to first frame, {args.runs} runs each, platform {args.platform}, "
          f"{SIZE[0]}x{SIZE[1]}, Python {sys.version.split()[0]}")
    for kind, label in (("bare", "bare PySide6 QWidget"), ("kiosk", "kiosk sign-in window")):
        values = times[kind]
        print(f"  {label:22s} median {statistics.median(values) * 1000:6.0f} ms "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
    extra = statistics.median(times["kiosk"]) - statistics.median(times["bare"])
    print(f"  the kiosk adds {extra * 1000:.0f} ms")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from figures import figure
    bare, kiosk = statistics.median(times["bare"]), statistics.median(times["kiosk"])
    figure("start-up to the sign-in's first frame", kiosk * 1000, "ms",
           baseline=bare * 1000, baseline_what="bare PySide6 window, same start")
    figure("start-up / bare PySide6 window", kiosk / bare, "x", bound=2, op="<=")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
