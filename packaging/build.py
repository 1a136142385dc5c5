"""Build the one-folder, windowed bundle for the current OS.

    python packaging/build.py            # icons (if missing) -> .qm -> PyInstaller
    python packaging/build.py --smoke    # ... and run <bundle> --demo --smoke-test offscreen

Run it with the project's venv Python (``pip install -e '.[package]'`` provides PyInstaller).
Output: dist/allegro-issues/ (macOS: also dist/Allegro Issues Desktop.app). Works unchanged on
Linux, Windows and macOS; see packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "allegro-issues.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "allegro-issues"


def bundle_dir() -> Path:
    return DIST / NAME


def executable() -> Path:
    return bundle_dir() / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def step(title: str, cmd: list[str]) -> None:
    print(f"\n== {title}: {' '.join(cmd)}", flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)  # noqa: S603


def smoke(timeout: float = 120.0) -> float:
    """Run the bundled app with --demo --smoke-test offscreen; return seconds taken."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("ALLEGRO_ISSUES_HOME", str(ROOT / "build" / "smoke-home"))
    started = time.perf_counter()
    proc = subprocess.run(  # noqa: S603
        [str(executable()), "--demo", "--smoke-test"],
        env=env,
        timeout=timeout,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    if proc.returncode != 0:
        raise SystemExit(f"bundle smoke test failed with exit code {proc.returncode}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the PyInstaller bundle")
    parser.add_argument("--smoke", action="store_true", help="run the bundle's smoke test after")
    parser.add_argument("--icons", action="store_true", help="re-render icons even if present")
    args = parser.parse_args(argv)

    python = sys.executable
    render = [python, str(PACKAGING / "render_icons.py")]
    step("icons", [*render, "--force" if args.icons else "--if-missing"])
    step(
        "translations (.ts -> .qm)",
        [python, str(PACKAGING / "update_translations.py"), "--release"],
    )
    started = time.perf_counter()
    step(
        "PyInstaller",
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
    )
    built_in = time.perf_counter() - started
    if not executable().exists():
        print(f"build failed: {executable()} is missing", file=sys.stderr)
        return 1
    print(f"\nbundle: {bundle_dir()}")
    print(f"executable: {executable()}")
    print(f"bundle size: {human(tree_size(bundle_dir()))} ({tree_size(bundle_dir())} bytes)")
    print(f"build time: {built_in:.1f} s")
    app_bundle = DIST / "Allegro Issues Desktop.app"
    if app_bundle.exists():
        print(f"macOS app: {app_bundle} ({human(tree_size(app_bundle))})")
    if args.smoke:
        print(f"bundled --demo --smoke-test: {smoke():.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
