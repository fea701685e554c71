"""Runs every benchmark and prints one JSON object of named figures.

Figures are ratios against a baseline measured in the same run where the machine's noise
matters (see each module). Usage: python benchmarks/run.py
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Each module's measure() returns a dict of named figures.
MODULES = ("startup", "bench_motion", "bench_timing", "bench_progress", "bench_kiosk")


def main() -> int:
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    figures: dict[str, float] = {}
    for name in MODULES:
        figures.update(importlib.import_module(name).measure())
    print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
