# Shared by build_deb.sh and build_tarball.sh (sourced, from the checkout's root).
# shellcheck shell=bash

# The Python that knows the app: $PYTHON, else the checkout's venv, else python3.
pick_python() {
  if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
  fi
}

# The app's version (allegro_issues_desktop.__version__), unless $VERSION is set already.
pick_version() {
  if [ -z "${VERSION:-}" ]; then
    VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, "."); import allegro_issues_desktop as a; print(a.__version__)')"
  fi
}

# Stop unless $1 (a bundle folder) holds the executable $2.
require_bundle() {
  if [ ! -x "$1/$2" ]; then
    echo "$1/$2 not found: build the bundle first (python packaging/build.py)" >&2
    exit 1
  fi
}
