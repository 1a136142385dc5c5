"""A wheel built from a clean checkout installs into a fresh venv and starts the demo.

The checkout's files (what git tracks plus new files it does not ignore) are copied to a temporary
directory, ``pip wheel --no-deps`` builds the wheel there (setup.py copies ``resources/`` into
the package), and the wheel alone is installed into a new venv. That venv reuses the test venv's
installed dependencies (PySide6, httpx, ...) through a ``.pth`` line naming the test venv's
site-packages directory: a plain path line, so the ``.pth`` files inside that directory, among
them the editable install of this project, are not run, and ``allegro_issues_desktop`` can only
come from the wheel. Then the wheel's ``allegro-issues`` gui-script runs ``--demo --smoke-test``
offscreen, from a directory outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _checkout_files() -> list[Path]:
    """Relative paths of a clean checkout: tracked files plus new, not ignored ones."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: cannot tell which files a clean checkout has")
    names = [Path(name) for name in listed.decode("utf-8").split("\0") if name]
    return [name for name in names if (ROOT / name).is_file()]  # skip deleted, unstaged files


def _copy_checkout(destination: Path) -> None:
    for relative in _checkout_files():
        target = destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, target)


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc  # type: ignore[no-any-return]


def test_wheel_installs_into_a_fresh_venv_and_runs_the_demo(tmp_path: Path) -> None:
    source = tmp_path / "checkout"
    _copy_checkout(source)
    assert not (source / "allegro_issues_desktop" / "resources").exists()

    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        timeout=300,
    )
    (wheel,) = wheels.glob("allegro_issues_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    packaged = "allegro_issues_desktop/resources/"
    assert f"{packaged}icons/app-256.png" in names
    assert f"{packaged}icons/app.svg" in names
    assert f"{packaged}translations/allegro_issues_pl.qm" in names
    assert not any(name.endswith("app-credentials.json") for name in names)

    # A fresh venv (no pip, no project) that sees the test venv's dependencies.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False, symlinks=os.name != "nt")
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    new_site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).stdout.strip()
    )
    ours = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (new_site / "_reuse_test_venv.pth").write_text(
        "".join(f"{path}\n" for path in sorted(ours)), "utf-8"
    )
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        timeout=300,
    )

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", ALLEGRO_ISSUES_HOME=str(tmp_path / "home"))
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()

    probe = _run(
        [
            str(python),
            "-c",
            "import json, allegro_issues_desktop as p, allegro_issues_desktop.settings as s;"
            "print(json.dumps({'package': p.__file__, 'resources': str(s.resources_dir())}))",
        ],
        cwd=run_dir,
        env=env,
    )
    where = json.loads(probe.stdout)
    package = Path(where["package"]).resolve()
    resources = Path(where["resources"]).resolve()
    assert package.is_relative_to(new_site.resolve()), where
    assert resources == new_site.resolve() / "allegro_issues_desktop" / "resources", where
    assert (resources / "icons" / "app-256.png").is_file()
    assert (resources / "translations" / "allegro_issues_pl.qm").is_file()
    assert not resources.is_relative_to(ROOT)

    script = bin_dir / ("allegro-issues.exe" if os.name == "nt" else "allegro-issues")
    smoke = _run(
        [str(script), "--demo", "--smoke-test", "--language", "pl"],
        cwd=run_dir,
        env=env,
        timeout=180,
    )
    assert "smoke test ok" in smoke.stdout + smoke.stderr
