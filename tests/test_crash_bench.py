"""The crash, start-up and memory benchmarks run at a tiny size and hand over their figures
(their real sizes run under bench/run; benchmarks are not timed tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def figures_of(script: str, *args: str) -> list[dict]:
    result = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                            text=True, timeout=240, cwd=BENCH.parent,
                            env=dict(os.environ, BENCH_RUN="1", QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    return [json.loads(line.split(" ", 1)[1]) for line in result.stdout.splitlines()
            if line.startswith("BENCH-FIGURE ")]


@pytest.mark.slow
def test_the_power_cut_benchmark_runs():
    found = figures_of("bench_crash.py", "--kills", "1", "--seed", "3")
    assert [f["value"] for f in found] == [1, 1] and all(f["ok"] for f in found)


@pytest.mark.slow
def test_the_start_up_benchmark_runs():
    found = {f["name"]: f for f in figures_of("bench_startup.py", "--runs", "1")}
    ratio = found["start-up / bare PySide6 window"]
    assert ratio["bound"] == 2 and ratio["value"] > 0
    assert found["start-up to the sign-in with its operator tiles"]["value"] >= \
        found["start-up to the sign-in's first frame"]["value"]


@pytest.mark.slow
def test_the_memory_benchmark_runs():
    found = figures_of("bench_memory.py", "--day", "2", "--more", "2")
    assert len(found) == 3 and found[0]["unit"] == "MB" and found[0]["bound"] == 300
