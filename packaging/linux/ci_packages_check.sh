#!/usr/bin/env bash
# CI: build the .deb and the tarball from the bundle, install each, start the app the way a
# seller would, and remove it again without leftovers.
#
#   bash packaging/linux/ci_packages_check.sh     # after packaging/ci_bundle_smoke.sh
#   bash packaging/linux/ci_packages_check.sh --deb FILE --tarball FILE   # check given files
#
# .deb (needs root or sudo, apt-get and dpkg):
#   apt-get install ./dist/allegro-issues-desktop_<v>_<arch>.deb   (pulls the Depends)
#   /usr/bin/allegro-issues --demo --smoke-test, offscreen, as the unprivileged user "nobody"
#   with a desktop session's minimal environment, from /
#   the installed desktop entry's Exec (and its Demo action) parsed by desktop_exec.py as a
#   launcher would (field codes dropped, program looked up on PATH), run with --smoke-test
#   appended; ldd finds every library of the core files
#   apt-get remove, then purge: no file of the package is left, dpkg knows it no more
# tarball: install.sh --prefix <tmp>, the linked launcher's smoke test, the entry's Exec,
#   install.sh --uninstall leaves no file behind.
# Without --deb/--tarball it builds both with gzip -1 (seconds instead of minutes); the release
# workflow builds them with xz / gzip -9 and passes them in.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-.venv/bin/python}"
DEB=""
TARBALL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) DEB="$2"; shift 2 ;;
    --tarball) TARBALL="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
APP_ID="allegro-issues-desktop"
ENTRY="/usr/share/applications/$APP_ID.desktop"
SYSTEM_PATH="/usr/local/bin:/usr/bin:/bin"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
chmod 755 "$WORK"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

started=$SECONDS
stage() { printf '== %s (+%ss)\n' "$1" "$((SECONDS - started))"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# smoke NAME HOME PATH CMD... : run CMD (from /), print its output, fail unless it exits 0 and
# says "smoke test ok".
smoke() {
  local name="$1" home="$2" path="$3"
  shift 3
  local out="$WORK/$name.out" rc=0
  (cd / && timeout 120 env -i HOME="$home" PATH="$path" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    ALLEGRO_ISSUES_HOME="$home/app" "$@") >"$out" 2>&1 || rc=$?
  # (The offscreen plugin's propagateSizeHints notes are noise, see pyproject's qt_log_ignore.)
  grep -v "does not support propagateSizeHints" "$out" | sed "s/^/  [$name] /" || true
  [ "$rc" = 0 ] || fail "$name exited with $rc"
  grep -q "smoke test ok" "$out" || fail "$name did not report 'smoke test ok'"
}

# A home the unprivileged user can write to.
user_home() {
  local home="$WORK/home-$1"
  mkdir -p "$home"
  chmod 777 "$home"
  echo "$home"
}

if [ -z "$DEB" ]; then
  stage "build the .deb (gzip -1)"
  DEB="$(DEB_COMPRESSION=gzip DEB_LEVEL=1 PYTHON="$PYTHON" bash "$HERE/build_deb.sh" | tail -n1)"
fi
case "$DEB" in /*|./*) ;; *) DEB="./$DEB" ;; esac  # apt-get install needs a path, not a name
dpkg-deb --info "$DEB" | sed 's/^/  /'
dpkg-deb --contents "$DEB" >"$WORK/contents.txt"
for needed in ./opt/allegro-issues/allegro-issues ./usr/bin/allegro-issues ".$ENTRY" \
  "./usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
  "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
  ./opt/allegro-issues/_internal/resources/translations/allegro_issues_pl.qm; do
  grep -q -- " $needed\( -> .*\)\?\$" "$WORK/contents.txt" \
    || fail "$needed is not in $DEB"
done
echo "  contents: $(wc -l <"$WORK/contents.txt") entries, layout ok"

if [ -z "$TARBALL" ]; then
  stage "build the tarball (gzip -1)"
  TARBALL="$(TARBALL_LEVEL=1 PYTHON="$PYTHON" bash "$HERE/build_tarball.sh" | tail -n1)"
fi

if ! command -v apt-get >/dev/null 2>&1 || { [ -n "$SUDO" ] && ! command -v sudo >/dev/null; }; then
  echo "no apt-get (or no root/sudo): .deb install check skipped"
else
  stage "apt-get install $DEB"
  if dpkg-query -W -f='${Status}' "$APP_ID" 2>/dev/null | grep -q installed; then
    $SUDO apt-get purge -y -qq "$APP_ID" >/dev/null
  fi
  $SUDO apt-get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; fail "apt-get install $DEB"; }
  dpkg-query -W -f='  installed ${Package} ${Version} (${Status})\n' "$APP_ID"
  dpkg -L "$APP_ID" | sort >"$WORK/files.txt"
  for path in /opt/allegro-issues/allegro-issues /usr/bin/allegro-issues "$ENTRY"; do
    [ -e "$path" ] || fail "$path missing after install"
  done
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$ENTRY" || fail "desktop-file-validate $ENTRY"
  fi

  stage "core libraries resolve (ldd)"
  missing=0
  for elf in /opt/allegro-issues/allegro-issues \
    /opt/allegro-issues/_internal/PySide6/Qt/plugins/platforms/libqxcb.so \
    /opt/allegro-issues/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
    /opt/allegro-issues/_internal/PySide6/QtWidgets.abi3.so \
    /opt/allegro-issues/_internal/PySide6/QtGui.abi3.so; do
    [ -f "$elf" ] || fail "$elf is not in the package"
    if LD_LIBRARY_PATH=/opt/allegro-issues/_internal ldd "$elf" | grep "not found"; then
      echo "  ^ in $elf" >&2
      missing=1
    fi
  done
  [ "$missing" = 0 ] || fail "libraries not found"
  echo "  all found"

  stage "installed launcher, as user nobody: /usr/bin/allegro-issues --demo --smoke-test"
  home="$(user_home launcher)"
  smoke launcher "$home" "$SYSTEM_PATH" \
    setpriv --reuid=nobody --regid=nogroup --clear-groups /usr/bin/allegro-issues --demo --smoke-test

  stage "desktop entry: Exec as a double-click runs it"
  mapfile -d '' cmd < <("$PYTHON" "$HERE/desktop_exec.py" --path "$SYSTEM_PATH" "$ENTRY" \
    -- --demo --smoke-test)
  echo "  Exec -> ${cmd[*]}"
  [ "${cmd[0]}" = /usr/bin/allegro-issues ] || fail "Exec starts ${cmd[0]}, not /usr/bin/allegro-issues"
  home="$(user_home entry)"
  smoke entry "$home" "$SYSTEM_PATH" setpriv --reuid=nobody --regid=nogroup --clear-groups "${cmd[@]}"
  mapfile -d '' cmd < <("$PYTHON" "$HERE/desktop_exec.py" --path "$SYSTEM_PATH" --action Demo \
    "$ENTRY" -- --smoke-test)
  echo "  Demo action Exec -> ${cmd[*]}"
  home="$(user_home demo-action)"
  smoke demo-action "$home" "$SYSTEM_PATH" setpriv --reuid=nobody --regid=nogroup --clear-groups "${cmd[@]}"

  stage "apt-get remove, then purge"
  $SUDO apt-get remove -y -qq "$APP_ID" >/dev/null
  left=""
  while IFS= read -r path; do
    # Directories shared with other packages (/usr, /usr/share/icons/...) stay.
    if [ -e "$path" ] && ! [ -d "$path" ]; then left="$left $path"; fi
    case "$path" in /opt/allegro-issues*) [ -e "$path" ] && left="$left $path" ;; esac
  done <"$WORK/files.txt"
  [ -z "$left" ] || fail "left after apt-get remove:$left"
  $SUDO apt-get purge -y -qq "$APP_ID" >/dev/null 2>&1 || true
  if dpkg-query -W -f='${Status}\n' "$APP_ID" 2>/dev/null | grep -qv "not-installed"; then
    fail "dpkg still knows $APP_ID: $(dpkg-query -W -f='${Status}' "$APP_ID")"
  fi
  [ ! -e /opt/allegro-issues ] || fail "/opt/allegro-issues is still there"
  [ ! -e /usr/share/doc/$APP_ID ] || fail "/usr/share/doc/$APP_ID is still there"
  echo "  removed and purged: no file of the package is left"
fi

stage "tarball: install.sh --prefix, launcher, entry, --uninstall"
mkdir -p "$WORK/tar"
tar -C "$WORK/tar" -xzf "$TARBALL"
unpacked="$(find "$WORK/tar" -mindepth 1 -maxdepth 1 -type d)"
prefix="$WORK/prefix"
"$unpacked/install.sh" --prefix "$prefix" | sed 's/^/  /'
home="$(user_home tarball)"
smoke tarball "$home" "$prefix/bin:$SYSTEM_PATH" "$prefix/bin/allegro-issues" --demo --smoke-test
mapfile -d '' cmd < <("$PYTHON" "$HERE/desktop_exec.py" --path "$prefix/bin:$SYSTEM_PATH" \
  "$prefix/share/applications/$APP_ID.desktop" -- --demo --smoke-test)
echo "  Exec -> ${cmd[*]}"
smoke tarball-entry "$home" "$prefix/bin:$SYSTEM_PATH" "${cmd[@]}"
"$unpacked/install.sh" --uninstall --prefix "$prefix" | sed 's/^/  /'
# Only the caches that update-desktop-database / gtk-update-icon-cache rebuild may stay.
leftover="$(find "$prefix" \( -type f -o -type l \) ! -name mimeinfo.cache ! -name icon-theme.cache)"
[ -z "$leftover" ] || fail "left after install.sh --uninstall: $leftover"
echo "  installed, started and uninstalled: no file left"

stage "SHA-256"
sha256sum "$DEB" "$TARBALL" | sed 's/^/  /'
stage "done"
echo "packages: $DEB, $TARBALL"
echo "Linux packages check: OK"
