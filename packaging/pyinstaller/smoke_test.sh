#!/usr/bin/env bash
# Smoke test of a built Ankle Mobility, by default the PyInstaller bundle from build.sh:
#   bash packaging/pyinstaller/smoke_test.sh [BUNDLE_DIR | PROGRAM]
# (default dist/ankle-mobility; scripts/build_wheel.sh passes a fresh venv's mobility-app).
# Runs the program the way a person or CI would, from outside the checkout and with a
# throw-away data folder: --version must print the version in mobility_app/__init__.py;
# --screenshot (offscreen) must write a PNG of an exercise page (the built-in catalogue and
# Qt's widgets and fonts) and of the progress page (pyqtgraph, numpy, the database); `record`
# and `report` must store a result and write a PDF. Exit 0 when all pass.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-dist/ankle-mobility}
if [ -d "$target" ]; then target=$target/ankle-mobility; fi
[ -x "$target" ] || { echo "smoke: no program at $target; run packaging/pyinstaller/build.sh" >&2; exit 1; }
exe=$(cd "$(dirname "$target")" && pwd)/$(basename "$target")
expected=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' mobility_app/__init__.py)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"  # nothing may be found through the checkout
export QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "smoke: FAIL: $*" >&2; failures=$((failures + 1)); }

# A PNG: the 8-byte signature, then the IHDR width and height (big-endian) at bytes 16-23.
check_png() {
  local file=$1 want_w=$2 want_h=$3
  [ -s "$file" ] || { fail "$file is missing or empty"; return; }
  [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    { fail "$file is not a PNG"; return; }
  local w h
  w=$((16#$(od -An -tx1 -j16 -N4 "$file" | tr -d ' \n')))
  h=$((16#$(od -An -tx1 -j20 -N4 "$file" | tr -d ' \n')))
  if [ "$w" != "$want_w" ] || [ "$h" != "$want_h" ]; then
    fail "$file is ${w}x${h}, not ${want_w}x${want_h}"
    return
  fi
  echo "smoke: ok: $(basename "$file") ${w}x${h}, $(wc -c <"$file") bytes"
}

start=$SECONDS
# A bundle's links must all resolve (the spec drops unused libraries; their links must go too).
broken=$(find "$(dirname "$exe")" -xtype l 2>/dev/null | head -5)
[ -z "$broken" ] || fail "dangling links in the bundle: $broken"

version=$("$exe" --version) || fail "--version exited $?"
if [ "$version" = "mobility-app $expected" ]; then
  echo "smoke: ok: --version: $version"
else
  fail "--version printed '$version', expected $expected"
fi

"$exe" --data-dir "$work/data" --screenshot "$work/exercise.png" --page exercise:wall-lean ||
  fail "--screenshot exercise:wall-lean exited $?"
check_png "$work/exercise.png" 1280 800

"$exe" --data-dir "$work/data" record --left 9.5 --right 11 --when 2026-01-05T08:00 >/dev/null ||
  fail "record exited $?"
"$exe" --data-dir "$work/data" --screenshot "$work/progress.png" --page progress --size 1024x700 ||
  fail "--screenshot progress exited $?"
check_png "$work/progress.png" 1024 700

"$exe" --data-dir "$work/data" report --out "$work/report.pdf" >/dev/null || fail "report exited $?"
if [ "$(head -c 5 "$work/report.pdf" 2>/dev/null)" = "%PDF-" ]; then
  echo "smoke: ok: report.pdf, $(wc -c <"$work/report.pdf") bytes"
else
  fail "report.pdf is missing or not a PDF"
fi

# Nothing may have crashed quietly: crash reports and faulthandler's output go beside the logs.
if compgen -G "$work/data/logs/crash-*" >/dev/null; then
  fail "a crash report was written: $(ls "$work"/data/logs/crash-*)"
fi
if [ -s "$work/data/logs/faults.log" ]; then
  fail "faulthandler wrote: $(head -5 "$work/data/logs/faults.log")"
fi
if [ "$failures" -gt 0 ]; then
  echo "smoke: $failures check(s) failed; logs: $(cat "$work"/data/logs/*.log 2>/dev/null | tail -20)" >&2
  exit 1
fi
echo "smoke: all checks passed in $((SECONDS - start)) s ($exe)"
