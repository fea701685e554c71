#!/usr/bin/env bash
# Builds the wheel and proves it stands alone:
#   bash scripts/build_wheel.sh
# 1. `python -m build --wheel` (the `build` front end lives in its own venv,
#    build/wheel-tools, not in the project's), into dist/;
# 2. installs dist/ankle_mobility-*.whl into a brand-new venv in a temporary folder, from the
#    wheel alone (its dependencies from the package index), and runs the smoke test against
#    that venv's `mobility-app`, from outside the checkout.
# Prints the wheel's size and the times. Needs python3 (3.11+) with venv, and the Qt system
# libraries (scripts/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
python=${PYTHON:-python3}

mkdir -p build dist
tools=build/wheel-tools
if [ ! -x "$tools/bin/python" ]; then
  "$python" -m venv "$tools"
  "$tools/bin/python" -m pip install -q "build==1.6.1"
fi
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' mobility_app/__init__.py)
wheel=dist/ankle_mobility-$version-py3-none-any.whl
rm -f "$wheel"
"$tools/bin/python" -m build --wheel --outdir dist . >build/wheel-build.log 2>&1 ||
  { cat build/wheel-build.log >&2; exit 1; }
built=$SECONDS
echo "wheel: $wheel, $(du -h "$wheel" | cut -f1) ($(wc -c <"$wheel") bytes), built in $((built - start)) s"

venv=$(mktemp -d)/venv
trap 'rm -rf "$(dirname "$venv")"' EXIT
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q "$wheel"
echo "wheel: installed into a fresh venv in $((SECONDS - built)) s" \
  "($(du -sh "$venv" | cut -f1) with its dependencies)"
bash packaging/pyinstaller/smoke_test.sh "$venv/bin/mobility-app"
echo "wheel: done in $((SECONDS - start)) s"
