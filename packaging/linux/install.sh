#!/usr/bin/env bash
# Install the Linux desktop integration (menu entry + hicolor icons), optionally with the bundle.
#
#   packaging/linux/install.sh                          # entry + icons into ~/.local/share
#   packaging/linux/install.sh --bundle dist/allegro-issues   # ... and the app into ~/.local/lib,
#                                                       #     with ~/.local/bin/allegro-issues
#   sudo packaging/linux/install.sh --prefix /usr/local --bundle dist/allegro-issues
#   DESTDIR=/tmp/pkgroot packaging/linux/install.sh --prefix /usr   # for distro packaging
#   packaging/linux/install.sh --uninstall [--prefix DIR]
#
# From the release tarball (allegro-issues-desktop-<version>-linux-<arch>.tar.gz), whose folder
# holds this script next to the bundle: ./install.sh installs that bundle (same options).
#
# The entry is installed as allegro-issues-desktop.desktop: the app calls
# QGuiApplication.setDesktopFileName("allegro-issues-desktop"), so Wayland compositors and
# X11 (StartupWMClass=allegro-issues-desktop) match its windows to this entry and icon.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID="allegro-issues-desktop"
EXE_NAME="allegro-issues"
PREFIX="${HOME}/.local"
BUNDLE=""
UNINSTALL=0
SIZES="16 24 32 48 64 128 256 512"

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --prefix=*) PREFIX="${1#*=}"; shift ;;
    --bundle) BUNDLE="$2"; shift 2 ;;
    --bundle=*) BUNDLE="${1#*=}"; shift ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

# The release tarball: the bundle sits next to this script.
if [ -z "$BUNDLE" ] && [ "$UNINSTALL" = 0 ] && [ -x "$HERE/$EXE_NAME/$EXE_NAME" ]; then
  BUNDLE="$HERE/$EXE_NAME"
fi

DEST="${DESTDIR:-}${PREFIX}"
APPS_DIR="$DEST/share/applications"
ICONS_DIR="$DEST/share/icons/hicolor"
LIB_DIR="$DEST/lib/$EXE_NAME"
BIN_DIR="$DEST/bin"

refresh_caches() {
  [ -n "${DESTDIR:-}" ] && return 0  # the package manager does this on the target
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$APPS_DIR" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$ICONS_DIR" || true
  fi
}

if [ "$UNINSTALL" = 1 ]; then
  rm -f "$APPS_DIR/$APP_ID.desktop"
  for size in $SIZES; do rm -f "$ICONS_DIR/${size}x${size}/apps/$APP_ID.png"; done
  rm -f "$ICONS_DIR/scalable/apps/$APP_ID.svg"
  if [ -L "$BIN_DIR/$EXE_NAME" ]; then rm -f "$BIN_DIR/$EXE_NAME"; fi
  rm -rf "$LIB_DIR"
  refresh_caches
  echo "uninstalled from $DEST"
  exit 0
fi

ICON_SRC="$ROOT/resources/icons"
if [ -n "$BUNDLE" ] && [ -f "$BUNDLE/_internal/resources/icons/app-256.png" ]; then
  ICON_SRC="$BUNDLE/_internal/resources/icons"  # the bundle carries them (release tarball)
fi
if [ ! -f "$ICON_SRC/app-256.png" ]; then
  echo "icons not rendered yet: run 'python packaging/render_icons.py' first" >&2
  exit 1
fi

for size in $SIZES; do
  install -Dm644 "$ICON_SRC/app-$size.png" "$ICONS_DIR/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 "$ICON_SRC/app.svg" "$ICONS_DIR/scalable/apps/$APP_ID.svg"

exec_line="$EXE_NAME"
if [ -n "$BUNDLE" ]; then
  if [ ! -x "$BUNDLE/$EXE_NAME" ]; then
    echo "$BUNDLE/$EXE_NAME not found: build it with 'python packaging/build.py'" >&2
    exit 1
  fi
  rm -rf "$LIB_DIR"
  mkdir -p "$(dirname "$LIB_DIR")" "$BIN_DIR"
  cp -a "$BUNDLE" "$LIB_DIR"
  ln -sfn "$PREFIX/lib/$EXE_NAME/$EXE_NAME" "$BIN_DIR/$EXE_NAME"
  exec_line="$PREFIX/lib/$EXE_NAME/$EXE_NAME"
elif ! command -v "$EXE_NAME" >/dev/null 2>&1; then
  echo "note: '$EXE_NAME' is not on PATH; install the app (pip install . or --bundle DIR)" >&2
fi

mkdir -p "$APPS_DIR"
sed -e "s|^Exec=$EXE_NAME|Exec=$exec_line|" -e "s|^TryExec=$EXE_NAME|TryExec=$exec_line|" \
  "$HERE/allegro-issues.desktop" > "$APPS_DIR/$APP_ID.desktop"
chmod 644 "$APPS_DIR/$APP_ID.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$APPS_DIR/$APP_ID.desktop"
fi
refresh_caches
echo "installed $APPS_DIR/$APP_ID.desktop and icons under $ICONS_DIR"
[ -n "$BUNDLE" ] && echo "installed the app in $LIB_DIR (launcher: $BIN_DIR/$EXE_NAME)"
exit 0
