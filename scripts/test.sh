#!/usr/bin/env bash
# Sets up (first time only), then runs the linter and the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --for-tests
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # the pure core, strictly (the file list is in pyproject.toml)
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
