#!/usr/bin/env bash
# The real screen-reader check (tests/a11y/test_atspi.py) on its own, keeping the AT-SPI
# client's full JSON report: what every page exposes (role, name, description), unnamed
# controls, and the events heard while a routine runs; then the same for the kiosk.
#   scripts/atspi_check.sh [PREFIX]   writes PREFIX.tour.json and PREFIX.kiosk-tour.json
#                                     (default PREFIX: build/atspi-report)
# Needs (Debian): xvfb dbus-daemon at-spi2-core gir1.2-atspi-2.0 python3-gi; skipped without.
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-build/atspi-report}
mkdir -p "$(dirname "$report")"
ATSPI_REPORT=$(realpath -m "$report") .venv/bin/python -m pytest tests/a11y -q -rs -p no:cacheprovider
echo "reports: $report.tour.json $report.kiosk-tour.json" >&2
