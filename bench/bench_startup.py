"""Time to first frame: `kiosk run`'s sign-in window next to a bare PySide6 window.

    .venv/bin/python bench/bench_startup.py                 # offscreen (no display needed)
    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python bench/bench_startup.py --platform xcb

Each run is a fresh Python process started the same way; the time runs from
just before the process is spawned to the end of the window's first paint
(shown and painted). The kiosk starts through kiosk.cli's main exactly as the
`kiosk run` script does (the command line, the window, then the database
after the first frame); a second figure is the time until the sign-in shows
its operators (the database opened, checked, the tiles built). Prints the
median (and range) of several runs each.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))  # figures
SIZE = (1280, 800)


# -- child: start one window and report when its first frame is painted ----------------------
def _watch(window, app, started_ready: bool = False) -> None:  # noqa: ANN001
    """Print FRAME after the window's first paint, READY when the sign-in has its tiles; quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.report)  # after the paint has finished
            return False

        def report(self) -> None:
            print(f"FRAME {time.time():.6f}", flush=True)
            self.poll()

        def poll(self) -> None:
            if started_ready or _has_tiles(window):
                print(f"READY {time.time():.6f}", flush=True)
                app.quit()
            else:
                QTimer.singleShot(2, self.poll)

    window._first_paint = FirstPaint()  # kept alive with the window
    window.installEventFilter(window._first_paint)
    QTimer.singleShot(30_000, app.quit)  # never hang the benchmark


def _has_tiles(window) -> bool:  # noqa: ANN001
    from kiosk.ui.signin import OperatorTileButton
    return bool(window.signin.findChildren(OperatorTileButton))


class _AfterImport:
    """Patch kiosk.ui.app.show_window when (and only when) the kiosk imports it itself,
    so the measurement imports nothing early."""

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201
        if name != "kiosk.ui.app":
            return None
        import importlib.machinery
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        real_exec = spec.loader.exec_module

        def exec_module(module) -> None:  # noqa: ANN001
            real_exec(module)
            show = module.show_window

            def show_and_watch(window, kiosk_mode: bool) -> None:  # noqa: ANN001
                from PySide6.QtWidgets import QApplication
                _watch(window, QApplication.instance())
                show(window, kiosk_mode)
            module.show_window = show_and_watch
        spec.loader.exec_module = exec_module
        return spec


def _child(kind: str, db_url: str) -> None:
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication(sys.argv[:1])
        window = QWidget()
        _watch(window, app, started_ready=True)
        window.resize(*SIZE)
        window.show()
        app.exec()
        return
    # the kiosk exactly as `kiosk run` starts it: the command line, opening the database,
    # the window (kiosk.cli's main, as the installed `kiosk` script calls it)
    sys.path.insert(0, str(PROJECT))
    sys.meta_path.insert(0, _AfterImport())
    from kiosk.cli import main
    main(["--db", db_url, "run"])


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


def _time_once(kind: str, db_url: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first frame, seconds until the sign-in shows its operators)."""
    started = time.time()
    result = subprocess.run([sys.executable, __file__, "--child", kind, "--db", db_url],
                            capture_output=True, text=True, env=env, timeout=60)
    marks = {line.split()[0]: float(line.split()[1]) - started
             for line in result.stdout.splitlines() if line.startswith(("FRAME ", "READY "))}
    if "FRAME" not in marks or "READY" not in marks:
        raise SystemExit(f"{kind} window did not paint:\n{result.stdout}\n{result.stderr}")
    return marks["FRAME"], marks["READY"]


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
        frames: dict[str, list[float]] = {"bare": [], "kiosk": []}
        ready: list[float] = []
        _time_once("bare", db_url, env)  # warm the disk cache for both
        _time_once("kiosk", db_url, env)
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for kind in frames:
                frame, tiles = _time_once(kind, db_url, env)
                frames[kind].append(frame)
                if kind == "kiosk":
                    ready.append(tiles)
    print(f"time to first frame, {args.runs} runs each, platform {args.platform}, "
          f"{SIZE[0]}x{SIZE[1]}, Python {sys.version.split()[0]}; the kiosk started as `kiosk run`")
    rows = (("bare PySide6 QWidget", frames["bare"]), ("kiosk sign-in, first frame", frames["kiosk"]),
            ("kiosk sign-in with tiles", ready))
    for label, values in rows:
        print(f"  {label:27s} median {statistics.median(values) * 1000:6.0f} ms "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
    bare, kiosk = statistics.median(frames["bare"]), statistics.median(frames["kiosk"])
    print(f"  first frame: {kiosk / bare:.2f}x the bare window (bound 2x)")
    from figures import figure
    figure("start-up to the sign-in's first frame", kiosk * 1000, "ms",
           baseline=bare * 1000, baseline_what="bare PySide6 window, same start")
    figure("start-up / bare PySide6 window", kiosk / bare, "x", bound=2, op="<=")
    figure("start-up to the sign-in with its operator tiles", statistics.median(ready) * 1000, "ms",
           baseline=bare * 1000, baseline_what="bare PySide6 window, same start")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
