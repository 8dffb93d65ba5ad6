"""Run under QT_QPA_PLATFORM=offscreen:configfile=...: open the customer display on the screen
the settings name, step it through a PromptPay sale, save each page as a PNG, print JSON.

    python tests/two_screens_probe.py DATABASE_URL OUT_FOLDER
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

from kiosk.db import Database
from kiosk.money import Money
from kiosk.services import settings
from kiosk.services.cart import Cart, CartLine
from kiosk.ui.app import ensure_app
from kiosk.ui.sale import customer_feed


def main(url: str, out: Path) -> None:
    app = ensure_app()  # the kiosk's fonts (Sarabun) and style, as at start-up
    db = Database(url)
    report: dict = {"screens": [s.name() for s in app.screens()], "pages": []}
    display = customer_feed.apply(db)
    app.processEvents()
    report["opened_on"] = display.screen().name()
    report["geometry"] = list(display.geometry().getRect())
    line = CartLine(1, "KALE", "คะน้า", "Chinese kale", "bunch", False, Decimal("2"), Money.baht(20))
    cart = Cart(lines=(line,))
    for page, show in (("idle", display.show_idle), ("cart", lambda: display.show_cart(cart)),
                       ("qr", lambda: display.show_qr("00020101021229370016A000000677010111",
                                                      Money.baht(40))),
                       ("thanks", lambda: display.show_thanks(Money.baht(60)))):
        show()
        app.processEvents()
        image = display.grab()
        image.save(str(out / f"customer-{page}.png"))
        report["pages"].append(page)
        report.setdefault("sizes", []).append([image.width(), image.height()])
    settings.change(db, None, customer_display_screen="")
    report["none_chosen"] = customer_feed.apply(db)
    settings.change(db, None, customer_display_screen="HDMI-2")
    report["unplugged"] = customer_feed.apply(db)
    db.dispose()
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
