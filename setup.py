"""Build hook: put ``resources/`` into the wheel as ``allegro_issues_desktop/resources/``.

All metadata lives in pyproject.toml; this file only adds one step to ``build_py``. The
resources stay at the top of the checkout (translators, the PyInstaller spec and
``packaging/`` scripts work on them there); a built wheel (``pip wheel .``, ``python -m build``,
``pip install .``) carries a copy inside the package, where ``settings.resources_dir()`` looks
first. Editable installs copy nothing: the package imports from the checkout and finds
``<checkout>/resources`` directly.

``app-credentials.json`` (the app's own Allegro client, put into ``resources/`` by a release
build) never goes into a wheel: wheels are easy to pass around, the bundles are the only
artifacts meant to carry it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
PACKAGE = "allegro_issues_desktop"
# Kept out of every wheel; see the module docstring.
NEVER_IN_WHEEL = {"app-credentials.json"}


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode or not RESOURCES.is_dir():
            return
        target = Path(self.build_lib) / PACKAGE / "resources"
        shutil.rmtree(target, ignore_errors=True)
        for source in sorted(RESOURCES.rglob("*")):
            relative = source.relative_to(RESOURCES)
            if not source.is_file() or relative.name in NEVER_IN_WHEEL:
                continue
            if "__pycache__" in relative.parts or relative.name.startswith("."):
                continue
            self.mkpath(str((target / relative).parent))
            self.copy_file(str(source), str(target / relative), preserve_mode=False)


setup(cmdclass={"build_py": BuildPyWithResources})
