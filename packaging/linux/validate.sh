#!/usr/bin/env bash
# Validates the Linux desktop files with the freedesktop tools:
#   bash packaging/linux/validate.sh
# desktop-file-validate for the .desktop launcher, `appstreamcli validate --no-net` for the
# AppStream metainfo (both from Debian: desktop-file-utils, appstream; installed here with
# apt-get when run as root and missing), and the same launcher after install.sh has put its
# full Exec path in (installed into a temporary prefix). Exit 0 when every check passes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.ankle_mobility.AnkleMobility

if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # apt hands temporary files to its unprivileged _apt user (as scripts/setup.sh does).
    apt_tmp=$(mktemp -d)
    chmod 1777 "$apt_tmp"
    TMPDIR=$apt_tmp apt-get update -qq
    TMPDIR=$apt_tmp DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends desktop-file-utils appstream >/dev/null
    rm -rf "$apt_tmp"
  else
    echo "validate: please install: sudo apt-get install desktop-file-utils appstream" >&2
    exit 1
  fi
fi

echo "== desktop-file-validate $id.desktop"
desktop-file-validate "$here/$id.desktop"
echo "== appstreamcli validate --no-net $id.metainfo.xml"
appstreamcli validate --no-net "$here/$id.metainfo.xml"

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fake=$prefix/bin/mobility-app  # install.sh needs a program to point the launcher at
mkdir -p "$(dirname "$fake")"
printf '#!/bin/sh\n' >"$fake"
chmod +x "$fake"
bash "$here/install.sh" --prefix "$prefix/share" --exec "$fake" >/dev/null
echo "== desktop-file-validate (as installed, Exec=$fake)"
desktop-file-validate "$prefix/share/applications/$id.desktop"
echo "validate: all passed"
