#!/usr/bin/env bash
# The Linux tarball for distributions without dpkg: the bundle plus install.sh.
#
#   bash packaging/linux/build_tarball.sh [--bundle dist/allegro-issues] [--version X.Y.Z]
#                                         [--out dist] [--level 1..9]
#
# dist/allegro-issues-desktop-<version>-linux-<machine>.tar.gz holds one folder:
#   allegro-issues-desktop-<version>/allegro-issues/          the one-folder bundle
#   allegro-issues-desktop-<version>/install.sh               ./install.sh (~/.local) or
#                                                             sudo ./install.sh --prefix /usr/local
#   allegro-issues-desktop-<version>/allegro-issues.desktop   the menu entry install.sh writes
#   allegro-issues-desktop-<version>/README.txt
# Prints the path of the tarball as its last line.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
# shellcheck source=packaging/linux/common.sh
. "$HERE/common.sh"

BUNDLE="dist/allegro-issues"
OUT="dist"
VERSION=""
LEVEL="${TARBALL_LEVEL:-9}"
PYTHON="${PYTHON:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) BUNDLE="$2"; shift 2 ;;
    --version) VERSION="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --level) LEVEL="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
pick_python
pick_version
require_bundle "$BUNDLE" allegro-issues

NAME="allegro-issues-desktop-$VERSION"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
umask 022
mkdir -p "$STAGE/$NAME"
cp -a "$BUNDLE" "$STAGE/$NAME/allegro-issues"
chmod -R u+rwX,go+rX,go-w "$STAGE/$NAME/allegro-issues"
install -m755 "$HERE/install.sh" "$STAGE/$NAME/install.sh"
install -m644 "$HERE/allegro-issues.desktop" "$STAGE/$NAME/allegro-issues.desktop"
cat > "$STAGE/$NAME/README.txt" <<TXT
Allegro Issues Desktop $VERSION for Linux ($(uname -m))

Run it in place:          ./allegro-issues/allegro-issues   (try: --demo)
Install for your user:    ./install.sh          (~/.local: menu entry, icons, ~/.local/bin)
Install for everyone:     sudo ./install.sh --prefix /usr/local
Uninstall:                ./install.sh --uninstall   [--prefix /usr/local]

Needs the system's graphics libraries (Debian/Ubuntu names): libegl1 libgl1 libxcb1
libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0; built against glibc of the
build machine. On Debian and Ubuntu the .deb of the same release installs them for you.
TXT
mkdir -p "$OUT"
TARBALL="$OUT/$NAME-linux-$(uname -m).tar.gz"
tar -C "$STAGE" --owner=0 --group=0 --numeric-owner -cf - "$NAME" | gzip -"$LEVEL" > "$TARBALL"
echo "tarball: $(du -h "$TARBALL" | cut -f1) (gzip -$LEVEL)"
echo "$TARBALL"
