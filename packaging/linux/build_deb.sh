#!/usr/bin/env bash
# Build a .deb from the PyInstaller bundle with dpkg-deb (no debian/ source tree needed).
#
#   bash packaging/linux/build_deb.sh [--bundle dist/allegro-issues] [--version X.Y.Z]
#                                     [--out dist] [--compression xz|gzip|zstd|none] [--level N]
#
# Release builds use the default, xz -6 (smallest; ~2 min on 2 cores); .ci/run uses gzip -1
# (seconds): the package's contents are the same.
#
# Layout of the package (allegro-issues-desktop_<version>_<arch>.deb):
#   /opt/allegro-issues/                    the one-folder bundle, as built
#   /usr/bin/allegro-issues                 launcher script (exec /opt/allegro-issues/allegro-issues)
#   /usr/share/applications/allegro-issues-desktop.desktop
#   /usr/share/icons/hicolor/<n>x<n>/apps/allegro-issues-desktop.png (16..512) + scalable SVG
#   /usr/share/doc/allegro-issues-desktop/copyright
# Depends/Recommends come from packaging/linux/deb_depends.py (objdump of the bundle). No
# maintainer scripts: the icon cache and the desktop database are refreshed by the dpkg
# triggers of gtk-update-icon-cache and desktop-file-utils where those are installed.
# Prints the path of the .deb as its last line.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
# shellcheck source=packaging/linux/common.sh
. "$HERE/common.sh"

PACKAGE="allegro-issues-desktop"
APP_ID="allegro-issues-desktop"
EXE_NAME="allegro-issues"
BUNDLE="dist/allegro-issues"
OUT="dist"
VERSION=""
COMPRESSION="${DEB_COMPRESSION:-xz}"
LEVEL="${DEB_LEVEL:-6}"
SIZES="16 24 32 48 64 128 256 512"
PYTHON="${PYTHON:-}"

while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) BUNDLE="$2"; shift 2 ;;
    --version) VERSION="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --compression) COMPRESSION="$2"; shift 2 ;;
    --level) LEVEL="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

pick_python
pick_version
# Debian versions: 1.2.0rc1 sorts after 1.2.0 unless written 1.2.0~rc1.
DEB_VERSION="$(printf '%s' "$VERSION" | sed -E 's/^v//; s/[.-]?(a|b|rc|dev)([0-9]*)$/~\1\2/')"
ARCH="$(dpkg --print-architecture)"

require_bundle "$BUNDLE" "$EXE_NAME"
ICONS="$BUNDLE/_internal/resources/icons"
[ -f "$ICONS/app-256.png" ] || ICONS="$ROOT/resources/icons"
for size in $SIZES; do
  [ -f "$ICONS/app-$size.png" ] || { echo "missing icon $ICONS/app-$size.png" >&2; exit 1; }
done

CONTROL_DEPS="$("$PYTHON" "$HERE/deb_depends.py" "$BUNDLE")"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
umask 022
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/$PACKAGE"

cp -a "$BUNDLE" "$STAGE/opt/$EXE_NAME"
# Whatever the build machine's umask was: directories 755, files 644, executables 755.
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/$EXE_NAME"
# Shared libraries are loaded, never run: not executable (lintian shared-library-is-executable).
find "$STAGE/opt/$EXE_NAME" -type f -name '*.so*' -exec chmod 644 {} +

cat > "$STAGE/usr/bin/$EXE_NAME" <<EOF
#!/bin/sh
# Allegro Issues Desktop (package $PACKAGE): the app lives in /opt/$EXE_NAME.
exec /opt/$EXE_NAME/$EXE_NAME "\$@"
EOF
chmod 755 "$STAGE/usr/bin/$EXE_NAME"

install -m644 "$HERE/allegro-issues.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
for size in $SIZES; do
  install -Dm644 "$ICONS/app-$size.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 "$ICONS/app.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

cat > "$STAGE/usr/share/doc/$PACKAGE/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Allegro Issues Desktop
Source: https://github.com/allegro-issues-desktop/allegro-issues-desktop

Files: *
Copyright: Allegro Issues Desktop contributors
License: MIT

Files: opt/allegro-issues/_internal/*
Comment: Python, Qt for Python (PySide6, LGPLv3), Qt (LGPLv3) and the other libraries bundled
 by PyInstaller keep their own licences; see their notices in the bundle.
EOF
chmod 644 "$STAGE/usr/share/doc/$PACKAGE/copyright"

INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
{
  echo "Package: $PACKAGE"
  echo "Version: $DEB_VERSION"
  echo "Architecture: $ARCH"
  echo "Maintainer: Allegro Issues Desktop contributors <noreply@github.com>"
  echo "Installed-Size: $INSTALLED_SIZE"
  printf '%s\n' "$CONTROL_DEPS"
  echo "Section: misc"
  echo "Priority: optional"
  echo "Homepage: https://github.com/allegro-issues-desktop/allegro-issues-desktop"
  echo "Description: Allegro sellers' post-purchase discussions and claims"
  echo " Answer Allegro buyers' discussions and claims (Dyskusje i reklamacje) in one"
  echo " place: what needs your reply, what needs a return decision, and by when."
  echo " A demo mode runs against a built-in Allegro emulator: allegro-issues --demo."
} > "$STAGE/DEBIAN/control"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

mkdir -p "$OUT"
DEB="$OUT/${PACKAGE}_${DEB_VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"$COMPRESSION" -z"$LEVEL" --build "$STAGE" "$DEB" >/dev/null
echo "control:"
sed 's/^/  /' "$STAGE/DEBIAN/control"
echo "package: $(du -h "$DEB" | cut -f1) ($COMPRESSION -$LEVEL), installed $((INSTALLED_SIZE / 1024)) MiB"
echo "$DEB"
