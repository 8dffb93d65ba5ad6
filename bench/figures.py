"""The one way a benchmark hands a figure to bench/run (see bench/README.md).

    from figures import figure
    figure("sale commit median", 8.4, "ms", bound=15, baseline=3.1,
           baseline_what="raw sqlite3, same rows")

A script keeps printing its own lines for people; ``figure`` adds one
machine-readable line per figure when bench/run started it (BENCH_RUN set),
and prints nothing otherwise, so running a script by hand reads as before.
"""

from __future__ import annotations

import json
import os
import sys

MARK = "BENCH-FIGURE "


def figure(name: str, value: float, unit: str, *, bound: float | None = None, op: str = "<",
           baseline: float | None = None, baseline_what: str = "", note: str = "") -> bool:
    """Report one figure; returns whether it keeps its bound (True when it has none).

    ``op`` is how value compares with bound: "<", "<=", ">" or ">=". A
    baseline is a figure in the same unit measured in the same run (a bare
    query, raw sqlite3, a plain reportlab page), named by ``baseline_what``.
    """
    kept = True if bound is None else _COMPARE[op](value, bound)
    if os.environ.get("BENCH_RUN"):
        line = {"name": name, "value": round(float(value), 3), "unit": unit,
                "bound": bound, "op": op, "ok": kept,
                "baseline": None if baseline is None else round(float(baseline), 3),
                "baseline_what": baseline_what, "note": note}
        print(MARK + json.dumps(line, ensure_ascii=False), flush=True)
        sys.stdout.flush()
    return kept


_COMPARE = {"<": lambda v, b: v < b, "<=": lambda v, b: v <= b,
            ">": lambda v, b: v > b, ">=": lambda v, b: v >= b}
