#!/usr/bin/env bash
# Sets up everything the app and its tests need on a fresh Debian-like machine:
# the system libraries Qt loads (apt-get, when run as root), a virtual environment in .venv
# with the pinned Python packages, and the compiled Qt resources. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's offscreen platform (tests, --screenshot) loads these; fonts-dejavu-core gives Qt real
# glyphs (without any font every character is drawn as an empty box and nothing fails).
debs=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
      libpulse0)  # QtMultimedia (sound cues) links against libpulse, even with no sound card
# A real window on X11 (the xcb platform plugin): for the app itself, and for the test that
# checks it with a real screen reader client.
debs+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
       libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0)
if [ "${1:-}" = "--for-tests" ]; then
  # tests/a11y: a virtual screen, a private session bus, the accessibility bus, and the
  # AT-SPI client library for the system Python (the check's screen-reader stand-in).
  debs+=(xvfb xauth dbus-daemon dbus-bin at-spi2-core gir1.2-atspi-2.0 python3-gi)
fi
missing=()
for deb in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}" >&2
    # apt hands temporary files to its unprivileged _apt user; give it a folder it can write
    # even where /tmp is not world-writable.
    apt_tmp=$(mktemp -d)
    chmod 1777 "$apt_tmp"
    if ! { TMPDIR=$apt_tmp apt-get update -qq &&
           TMPDIR=$apt_tmp DEBIAN_FRONTEND=noninteractive \
             apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
      echo "setup: apt-get could not install ${missing[*]}; Qt may fail to start" >&2
    fi
    rm -rf "$apt_tmp"
  else
    echo "setup: please install: sudo apt-get install ${missing[*]}" >&2
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
if [ ! -f mobility_app/_rc_resources.py ] || [ resources.qrc -nt mobility_app/_rc_resources.py ]; then
  .venv/bin/pyside6-rcc resources.qrc -o mobility_app/_rc_resources.py
fi
# The compiled translations (.qm), from translations/<language>/*.ts.
qm=assets/translations/mobility_app_es.qm
if [ ! -f "$qm" ] || [ ! -f assets/translations/mobility_app_en.qm ] ||
   [ -n "$(find translations -name '*.ts' -newer "$qm" | head -1)" ]; then
  .venv/bin/python scripts/translations.py compile >/dev/null
fi
