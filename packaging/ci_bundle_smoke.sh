#!/usr/bin/env bash
# CI: build the Linux one-folder bundle and run it headless in demo mode.
#
#   bash packaging/ci_bundle_smoke.sh          # uses .venv/bin/python (or $PYTHON)
#
# Builds with packaging/build.py, validates the .desktop file, then runs
#   <bundle>/allegro-issues --demo --smoke-test   with QT_QPA_PLATFORM=offscreen
# (the app starts the bundled emulator, loads the first page and exits 0). Prints the bundle
# size and the bundled start-up time; any failure exits non-zero and fails CI.
# Needs on the machine: the Qt runtime libraries listed in packaging/README.md (libegl1 libgl1
# libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core + xcb libs),
# binutils (objdump/strip, used by PyInstaller) and desktop-file-utils (optional).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
BUNDLE="dist/allegro-issues"
EXE="$BUNDLE/allegro-issues"
RUNS="${SMOKE_RUNS:-3}"

echo "== build"
"$PYTHON" packaging/build.py

if [ ! -x "$EXE" ]; then
  echo "FAIL: $EXE was not built" >&2
  exit 1
fi

echo "== desktop entry"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate packaging/linux/allegro-issues.desktop
  echo "desktop-file-validate: ok"
else
  echo "desktop-file-validate not installed: skipped (apt-get install desktop-file-utils)"
fi

echo "== bundle contents"
for needed in resources/icons/app.svg resources/icons/app-256.png \
              resources/translations/allegro_issues_pl.qm \
              PySide6/Qt/plugins/platforms/libqoffscreen.so \
              PySide6/Qt/plugins/platforms/libqxcb.so; do
  if [ ! -e "$BUNDLE/_internal/$needed" ]; then
    echo "FAIL: $needed is missing from the bundle" >&2
    exit 1
  fi
done
echo "resources, translations and platform plugins: present"

echo "== smoke test: $EXE --demo --smoke-test (offscreen, $RUNS runs)"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
times=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  set +e
  QT_QPA_PLATFORM=offscreen ALLEGRO_ISSUES_HOME="$HOME_DIR/run$i" \
    timeout 120 "$EXE" --demo --smoke-test >"$HOME_DIR/out$i.txt" 2>&1
  rc=$?
  set -e
  end=$(date +%s.%N)
  cat "$HOME_DIR/out$i.txt"
  if [ "$rc" -ne 0 ]; then
    echo "FAIL: bundled smoke test exited with $rc (run $i)" >&2
    for log in "$HOME_DIR/run$i"/logs/*.log; do
      [ -f "$log" ] && { echo "--- $log" >&2; tail -n 50 "$log" >&2; }
    done
    exit 1
  fi
  times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')")
done

size_bytes=$(du -sb "$BUNDLE" | cut -f1)
size_mib=$(awk -v b="$size_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "== result"
echo "bundle size: ${size_mib} MiB (${size_bytes} bytes, $BUNDLE)"
echo "bundled start-up to first page loaded (--demo --smoke-test, offscreen): runs ${times[*]} s; median ${median} s"
echo "bundle smoke test: OK"
