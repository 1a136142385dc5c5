"""Release builds: write ``resources/app-credentials.json`` from the CI's secret store.

    ALLEGRO_CLIENT_ID=… ALLEGRO_CLIENT_SECRET=… python packaging/write_credentials.py

Reads ``ALLEGRO_CLIENT_ID`` / ``ALLEGRO_CLIENT_SECRET`` (production) and
``ALLEGRO_SANDBOX_CLIENT_ID`` / ``ALLEGRO_SANDBOX_CLIENT_SECRET`` (sandbox), the same names the
app reads at run time (``auth/credentials.py``), and writes the file the PyInstaller spec copies
into the bundle. Prints which environments were written, never a value. With no secrets it
writes nothing and says so: the build then signs in only with a seller's own application
(File › Settings). The file is ignored by git and never goes into a wheel (setup.py).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "app-credentials.json"
VARIABLES = {
    "production": ("ALLEGRO_CLIENT_ID", "ALLEGRO_CLIENT_SECRET"),
    "sandbox": ("ALLEGRO_SANDBOX_CLIENT_ID", "ALLEGRO_SANDBOX_CLIENT_SECRET"),
}


def collect(environ: dict[str, str]) -> tuple[dict[str, dict[str, str]], list[str]]:
    entries: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for environment, (id_name, secret_name) in VARIABLES.items():
        client_id = environ.get(id_name, "").strip()
        secret = environ.get(secret_name, "").strip()
        if client_id and secret:
            entries[environment] = {"client_id": client_id, "client_secret": secret}
        elif client_id or secret:
            missing = secret_name if client_id else id_name
            problems.append(f"{environment}: {missing} is empty (both or neither)")
    return entries, problems


def main(target: Path = TARGET) -> int:
    entries, problems = collect(dict(os.environ))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    if not entries:
        print(
            "Allegro client credentials: none in the CI secrets (ALLEGRO_CLIENT_ID/SECRET): "
            "skipped; this build signs in only with a seller's own application"
        )
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    # Readable by all: every user of the installed app reads it from the bundle.
    target.write_text(json.dumps(entries, indent=2), "utf-8")
    print(f"Allegro client credentials written for: {', '.join(sorted(entries))} ({target.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
