"""Benchmark: building a receipt PDF (and its ESC/POS raster), next to a bare reportlab page.

Run: .venv/bin/python bench/receipt.py [N]. Target (issue 4): a receipt PDF under 80 ms.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import datetime, timezone
from decimal import Decimal

from reportlab.pdfgen import canvas

from kiosk.money import Money
from kiosk.reports.receipt import StallInfo, build_receipt, raster
from kiosk.services.sale_results import ReceiptLine, SaleResult
from figures import figure

NAMES = ["คะน้า", "แตงกวาญี่ปุ่น", "ผักชีฝรั่ง", "พริกขี้หนู สี่สี", "ผักบุ้งจีน", "ถั่วฝักยาว",
         "กะเพรา", "โหระพา", "มะเขือเปราะ", "ตะไคร้"]


def sample_sale() -> SaleResult:
    lines = tuple(
        ReceiptLine(i, f"P{i}", name, name, "kg" if i % 2 else "bunch",
                    Decimal("0.350") if i % 2 else Decimal("2"), Money.baht(20 + i), Money(0),
                    Money.baht(20 + i).times(Decimal("0.350") if i % 2 else Decimal("2")), "",
                    Decimal("0"))
        for i, name in enumerate(NAMES))
    total = sum((l.amount for l in lines), Money(0))
    return SaleResult(1, "JP-2569-000123", datetime.now(timezone.utc), "น้องฝน ขายดี", lines,
                      total, total, Money(0), total + Money.baht(50), Money.baht(50), False, "",
                      False)


def timed(fn, runs: int) -> list[float]:
    fn()  # warm-up: fonts, shaping caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def bare_page() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(50, 50, "JP-2569-000123 116.00")
    page.save()
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 50
    sale = sample_sale()
    stall = StallInfo("แปลงผักปลอดสารพิษ ตลาดจอมพล",
                      "ตลาดจอมพล ถ.กลางเมือง ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000")
    pdf = build_receipt(sale, stall)
    receipt = timed(lambda: build_receipt(sale, stall), runs)
    image = timed(lambda: raster(pdf), runs)
    baseline = timed(bare_page, runs)
    print(f"receipt PDF (10 lines, Thai shaped), {runs} runs")
    print(f"  build_receipt:        median {statistics.median(receipt):6.2f} ms  "
          f"max {max(receipt):6.2f} ms  (target < 80 ms: "
          f"{'OK' if statistics.median(receipt) < 80 else 'MISSED'})")
    print(f"  raster 576 dots 1-bit: median {statistics.median(image):6.2f} ms")
    print(f"  bare reportlab page:  median {statistics.median(baseline):6.2f} ms (baseline)")
    figure("receipt PDF, 10 lines, median", statistics.median(receipt), "ms", bound=80,
           baseline=statistics.median(baseline), baseline_what="bare reportlab page")
    figure("receipt raster 576 dots, median", statistics.median(image), "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
