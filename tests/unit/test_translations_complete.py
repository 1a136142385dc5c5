"""Every user-visible string has a finished Polish translation, and the .ts/.qm are current.

Fix a failure with the one-command workflow (see packaging/update_translations.py):
    python packaging/update_translations.py                      # pick up new strings
    python packaging/update_translations.py --export-missing todo.json
    # translate todo.json, then
    python packaging/update_translations.py --import todo.json   # writes .ts and .qm
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def test_polish_ts_exists_and_is_not_empty() -> None:
    messages = tool.read_messages(tool.ts_path("pl"))
    assert len(messages) > 50


def test_every_polish_translation_is_finished() -> None:
    messages = tool.read_messages(tool.ts_path("pl"))
    missing = [f"[{m.context}] {m.source!r}" for m in messages if not m.finished]
    assert not missing, "untranslated Polish strings:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_placeholders_and_plural_forms_match(language: str) -> None:
    problems = tool.problems(language, tool.read_messages(tool.ts_path(language)))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_lupdate_would_not_add_or_remove_strings(language: str) -> None:
    added, removed = tool.stale_keys(language)
    assert not added, f"new strings in the code, run update_translations.py: {sorted(added)}"
    assert not removed, f"strings gone from the code, run update_translations.py: {sorted(removed)}"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_qm_is_built_from_the_current_ts(language: str, tmp_path: Path) -> None:
    qm = tool.qm_path(language)
    assert qm.exists(), f"{qm.name} missing: run update_translations.py --release"
    fresh = tmp_path / qm.name
    subprocess.run(
        [tool._tool("lrelease"), "-silent", str(tool.ts_path(language)), "-qm", str(fresh)],
        check=True,
    )
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run --release"


def test_placeholder_parser() -> None:
    assert tool.placeholders("%1 of %L2, %n left, {name} {0}") == Counter(
        {"%1": 1, "%2": 1, "%n": 1, "{name}": 1, "{0}": 1}
    )


def test_problems_reports_a_missing_placeholder() -> None:
    message = tool.Message(
        context="C",
        source="Could not open %1",
        comment="",
        numerus=False,
        finished=True,
        translations=("Nie można otworzyć",),
    )
    assert tool.problems("pl", [message])


def test_every_translated_string_is_visible_to_lupdate() -> None:
    assert tool.hidden_strings() == []


def test_strings_lupdate_cannot_see_are_reported(tmp_path: Path) -> None:
    source = tmp_path / "labels.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n"
        "translate = QCoreApplication.translate\n"
        "def _t(text):\n"
        "    return translate('Labels', text)\n"  # a wrapper: lupdate never sees its strings
        "A = translate('Labels', 'Discussion')\n"
        "B = translate('Time', 'in %n h', None, 3)\n"
        "C = 'text'.translate({})\n"  # str.translate is not ours
        "D = QT_TRANSLATE_NOOP('Labels', 'Claim')\n"
        "class W:\n"
        "    def f(self, name):\n"
        "        return self.tr('Open'), self.tr(name)\n",
        "utf-8",
    )
    hidden = tool.hidden_strings([source])
    assert [h.split(": ", 1)[0].rsplit(":", 1)[1] for h in hidden] == ["4", "11"]
    assert [h.split(": ", 1)[1] for h in hidden] == [
        "translate() without literal text",
        "tr() without literal text",
    ]


def test_lupdate_tools_are_available() -> None:
    assert shutil.which(tool._tool("lupdate"))
