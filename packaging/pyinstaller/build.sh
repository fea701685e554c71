#!/usr/bin/env bash
# Builds the one-folder bundle dist/ankle-mobility/ with PyInstaller, from a clean clone:
#   bash packaging/pyinstaller/build.sh
# Makes (or reuses) a build venv in build/pyinstaller-venv, installs the pinned PyInstaller and
# the app *from its wheel* (so the compiled Qt resources come with it), runs
# ankle-mobility.spec, and prints the bundle's size and the build time. build/ and dist/ are
# git-ignored. Needs python3 (3.11+) with venv; the Qt system libraries it bundles are loaded
# only at run time (scripts/setup.sh installs them for the smoke test).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS

# Pinned like every other tool here; hooks-contrib carries the hooks for pyqtgraph and friends.
PYINSTALLER=pyinstaller==6.22.3
HOOKS=pyinstaller-hooks-contrib==2026.9

venv=build/pyinstaller-venv
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
# `.` is built into a wheel (hatch_build.py compiles resources.qrc) and installed, not
# linked: PyInstaller then analyses exactly what a wheel install contains. pip rebuilds a
# local project every time, so the bundle always has the checkout's current code.
"$venv/bin/python" -m pip install -q "$PYINSTALLER" "$HOOKS" .
echo "build: dependencies ready after $((SECONDS - start)) s" >&2

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/ankle-mobility.spec

bundle=dist/ankle-mobility
size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "build: $bundle: $size in $files files; built in $((SECONDS - start)) s"
echo "build: test it with: bash packaging/pyinstaller/smoke_test.sh"
