"""One print queue for the application: jobs from every screen go out in the order
given, each screen hears only its own jobs, and closing a screen does not wait
for the printer."""

from __future__ import annotations

import threading
import time

import shiboken6

from kiosk.ui.printing import PrintQueue, PrintRunner


def test_two_screens_share_one_queue_in_order_and_hear_their_own(qtbot):
    sale, settings = PrintRunner(), PrintRunner()
    assert sale.queue is settings.queue is PrintQueue.instance()
    release, order = threading.Event(), []

    def receipt() -> str:
        release.wait(5)
        order.append("receipt")
        return "receipt printed"

    def test_page() -> str:
        order.append("test page")
        return "test page printed"

    heard_by_sale, heard_by_settings = [], []
    sale.succeeded.connect(lambda label, message: heard_by_sale.append(label))
    settings.succeeded.connect(lambda label, message: heard_by_settings.append(label))
    sale.submit("JP-1", receipt)
    settings.submit("test", test_page)
    time.sleep(0.2)
    assert order == []  # the test page waits behind the receipt
    release.set()
    qtbot.waitUntil(lambda: heard_by_settings == ["test"], timeout=5000)
    assert order == ["receipt", "test page"]
    assert heard_by_sale == ["JP-1"] and not sale.busy and not settings.busy


def test_closing_a_screen_does_not_wait_for_its_printer(qtbot):
    runner, release = PrintRunner(), threading.Event()
    runner.submit("JP-2", lambda: release.wait(10) and "")
    started = time.monotonic()
    shiboken6.delete(runner)  # the screen is gone (sign-out) while its job still runs
    assert time.monotonic() - started < 2
    release.set()
    assert PrintQueue.instance().wait(5000)
