"""Runs every benchmark and prints one JSON object of named figures.

Figures are ratios against a baseline measured in the same run where the machine's noise
matters (see each module). Usage: python benchmarks/run.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import startup


def main() -> int:
    figures: dict[str, float] = {}
    figures.update(startup.measure())
    print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
