#!/usr/bin/env bash
# Sets up (first time only) and starts Ankle Mobility. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/mobility-app "$@"
