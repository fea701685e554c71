#!/usr/bin/env bash
# Adds Ankle Mobility to the desktop's application menu: the .desktop launcher, the icon (SVG
# and PNG sizes) and the AppStream metadata, for the current user. Run from a checkout:
#
#   bash packaging/linux/install.sh                  # launcher runs the `mobility-app` on PATH
#   bash packaging/linux/install.sh --exec /opt/ankle-mobility/ankle-mobility   # a bundle
#   sudo bash packaging/linux/install.sh --prefix /usr/local/share    # every user (clinic IT)
#   bash packaging/linux/install.sh --uninstall [--prefix DIR]        # remove those files
#
# It installs only desktop integration, not the program: first install the app (pip/pipx
# from the wheel, which puts `mobility-app` on PATH, or unpack the PyInstaller bundle).
# Default prefix: ${XDG_DATA_HOME:-~/.local/share}.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=io.github.ankle_mobility.AnkleMobility
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
exec_path=
uninstall=false
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --exec) exec_path=${2:?--exec needs the program}; shift 2 ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

sizes=(16 32 48 64 128 256)
files=("applications/$id.desktop" "metainfo/$id.metainfo.xml"
       "icons/hicolor/scalable/apps/$id.svg")
for size in "${sizes[@]}"; do files+=("icons/hicolor/${size}x${size}/apps/$id.png"); done

refresh_caches() {
  # Menus and icon themes pick the change up on their own; these make it immediate.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$prefix/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$prefix/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$prefix/icons/hicolor" 2>/dev/null || true
  fi
}

if $uninstall; then
  for file in "${files[@]}"; do rm -f "$prefix/$file"; done
  refresh_caches
  echo "Removed Ankle Mobility's launcher, icons and metadata from $prefix"
  exit 0
fi

if [ -z "$exec_path" ]; then
  # The launcher gets the full path: a desktop session's PATH may lack the venv or
  # ~/.local/bin that this shell found it in.
  exec_path=$(command -v mobility-app) || {
    echo "install.sh: mobility-app is not on PATH. Install the app first (packaging/README.md)," >&2
    echo "or point the launcher at a bundle: --exec /path/to/ankle-mobility/ankle-mobility" >&2
    exit 1
  }
fi
[ -x "$exec_path" ] || { echo "install.sh: $exec_path is not an executable" >&2; exit 1; }
exec_path=$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")
case $exec_path in
  *[[:space:]\"\'\`\$\\%]*)  # the .desktop Exec key would need quoting rules; keep it simple
    echo "install.sh: put the program in a folder whose path has no spaces or quotes" >&2
    exit 1 ;;
esac

install -Dm644 "$here/$id.metainfo.xml" "$prefix/metainfo/$id.metainfo.xml"
install -Dm644 "$root/assets/icons/ankle-mobility.svg" "$prefix/icons/hicolor/scalable/apps/$id.svg"
for size in "${sizes[@]}"; do
  install -Dm644 "$here/icons/hicolor/${size}x${size}/apps/$id.png" \
    "$prefix/icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$prefix/applications"
sed -e "s|^Exec=.*|Exec=$exec_path|" -e "s|^TryExec=.*|TryExec=$exec_path|" \
  "$here/$id.desktop" >"$prefix/applications/$id.desktop"
chmod 644 "$prefix/applications/$id.desktop"
refresh_caches
echo "Installed Ankle Mobility's launcher ($(grep '^Exec=' "$prefix/applications/$id.desktop"))," \
  "icons and metadata into $prefix"
