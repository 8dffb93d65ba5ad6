"""Memory: the kiosk after a day of sales through its own window, and growth over 1,000 sales.

    .venv/bin/python bench/bench_memory.py                  # a 150-sale day, then 1,000 more
    .venv/bin/python bench/bench_memory.py --day 5 --more 20   # the CI smoke size

The whole kiosk runs offscreen in this process on the demo market: the main
window, a vendor signed in through the sign-in keypad, every sale rung up by
tapping tiles and paying with the payment panel's buttons (the services, the
parking, the done panel and the data-changed signal all run). Figures:
- resident set size (RSS, from /proc/self/status VmRSS) after the day,
  bound 300 MB;
- RSS growth over the next 1,000 sales (MB);
- Python heap growth over those sales (tracemalloc: bytes still allocated
  after minus before, both after a full garbage collection), the figure
  that says whether the code keeps something per sale.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

RSS_BOUND_MB = 300
HEAP_GROWTH_BOUND_KB = 1024  # a kilobyte a sale would show as 1,000 KB


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


class Stall:
    """The kiosk's window with a vendor at the sale screen, driven like a finger would."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from kiosk import schema
        from kiosk.db import Database
        from kiosk.money import Money
        from kiosk.services import auth, demo, sales, settings
        from kiosk.ui.app import build_main_window
        self.app = QApplication.instance()
        self.db = Database(f"sqlite:///{folder / 'kiosk.sqlite3'}")
        schema.upgrade(self.db)
        demo.ensure_demo_data(self.db)
        settings.change(self.db, None, customer_receipt="never")
        self.window = build_main_window(self.db)
        self.window.resize(1280, 800)
        self.window.show()
        self.settle()
        vendor = next(t for t in auth.operator_tiles(self.db) if t.role.value == "vendor")
        self.window.signin.choose(vendor.id)
        for digit in demo.DEMO_PINS[vendor.name]:
            self.window.signin.keypad.button(digit).click()
        self.window.signin.keypad.button("ok").click()
        while self.window.signin.checking:  # the PIN is checked on a worker thread
            self.app.processEvents()
            time.sleep(0.005)
        self.settle()
        self.screen = self.window.shell.screens["sale"]
        if not self.screen.ctx.who:
            raise RuntimeError("not signed in")
        from kiosk.services import trading_day
        if not trading_day.day_state(self.db).opened:
            sales.open_day(self.db, self.screen.ctx.who, Money.baht(500))
        self.tiles = [t for t in self.screen.grid.model.all_tiles if not t.sold_by_weight]
        self.rng = random.Random(7)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def sell(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        for _ in range(self.rng.randint(1, 4)):
            self.screen.grid.tile_chosen.emit(self.rng.choice(self.tiles))  # a tap on a tile
        self.settle()
        for button in (self.screen.pay_button, self.screen.payment.exact_button,
                       self.screen.payment.cash_confirm):  # real clicks: the idle sign-out sees them
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()
        if not self.screen.cart.is_empty or self.screen.last_sale is None:
            raise RuntimeError("the sale did not go through: " + self.screen.payment.error.text())
        self.screen.done_panel.new_sale.emit()
        self.settle()

    def close(self) -> None:
        self.window.close()
        self.settle()
        self.db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--day", type=int, default=150, help="sales in the simulated day")
    parser.add_argument("--more", type=int, default=1000, help="sales over which growth is measured")
    args = parser.parse_args(argv)
    from figures import figure
    from kiosk.ui.app import ensure_app
    ensure_app()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        stall = Stall(Path(folder))
        for _ in range(args.day):
            stall.sell()
        gc.collect()
        after_day = rss_mb()
        tracemalloc.start()
        gc.collect()
        heap_before = tracemalloc.get_traced_memory()[0]
        for _ in range(args.more):
            stall.sell()
        gc.collect()
        heap_after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        after_more = rss_mb()
        stall.close()
    heap_kb = (heap_after - heap_before) / 1024
    print(f"a day of {args.day} sales through the window: RSS {after_day:.0f} MB "
          f"(bound {RSS_BOUND_MB} MB)")
    print(f"{args.more} more sales: RSS {after_more - after_day:+.1f} MB, "
          f"Python heap {heap_kb:+.0f} KB (tracemalloc), {time.perf_counter() - started:.0f} s in all")
    figure(f"RSS after a day of {args.day} sales through the UI", after_day, "MB",
           bound=RSS_BOUND_MB, op="<")
    figure(f"RSS growth over {args.more} more sales", after_more - after_day, "MB")
    figure(f"Python heap growth over {args.more} sales (tracemalloc)", heap_kb, "KB",
           bound=HEAP_GROWTH_BOUND_KB, op="<")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
