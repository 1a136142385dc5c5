"""One command for the Qt Linguist workflow: lupdate -> (translate) -> lrelease.

    python packaging/update_translations.py            # refresh .ts from the code, build .qm
    python packaging/update_translations.py --check    # CI: fail if stale or Polish incomplete
    python packaging/update_translations.py --release  # only build .qm from .ts (build.py)
    python packaging/update_translations.py --export-missing todo.json
    python packaging/update_translations.py --import todo.json   # then run without options again

Source strings are English. ``allegro_issues_pl.ts`` must have a finished translation for every
message; ``allegro_issues_en.ts`` only needs the plural forms of ``%n`` messages (empty English
translations fall back to the source text).

Translating a batch of new strings: ``--export-missing todo.json`` writes the unfinished
messages as a JSON list of ``{"context", "source", "comment", "numerus", "language",
"translation"}``; fill ``translation`` (a string, or for numerus messages a list of forms: Polish
has 3 - one / few / many, e.g. ["%n dyskusja", "%n dyskusje", "%n dyskusji"]; English 2) and run
``--import todo.json``. Or open the .ts in Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "allegro_issues_desktop"
TS_DIR = ROOT / "resources" / "translations"
PREFIX = "allegro_issues"
LANGUAGES = ("pl", "en")
REQUIRED = ("pl",)  # languages that must be fully translated
NUMERUS_FORMS = {"pl": 3, "en": 2}
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[A-Za-z_][A-Za-z0-9_]*\}|\{\d*\}")


def ts_path(language: str) -> Path:
    return TS_DIR / f"{PREFIX}_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"{PREFIX}_{language}.qm"


def _tool(name: str) -> str:
    """pyside6-<name> next to the running interpreter (the venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials in this venv)")


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if proc.returncode != 0:
        raise SystemExit(
            f"{Path(cmd[0]).name} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )
    return proc.stdout + proc.stderr


# --- what lupdate can see ---------------------------------------------------------------------
# pyside6-lupdate reads ``self.tr("text")``, ``QCoreApplication.translate("Context", "text")``
# (also through an alias named ``translate``) and ``QT_TRANSLATE_NOOP("Context", "text")`` from
# Python, all with literal arguments. A string passed through a variable (a wrapper such as
# ``def _t(text): return translate("Labels", text)``) is invisible to it, so --check reports
# such calls instead of quietly leaving their strings untranslated.

_LITERAL_ARGS = {"translate": 2, "tr": 1, "QT_TRANSLATE_NOOP": 2, "QT_TR_NOOP": 1}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def hidden_strings(paths: list[Path] | None = None) -> list[str]:
    """Translation calls lupdate cannot read: a context or source text that is not a literal."""
    found: list[str] = []
    for path in paths if paths is not None else source_files():
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            needed = _LITERAL_ARGS.get(name or "")
            # str.translate(table) has one argument: not ours.
            if needed is None or (name == "translate" and len(node.args) < 2):
                continue
            literal = all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in node.args[:needed]
            )
            if not literal or len(node.args) < needed:
                where = os.path.relpath(path, ROOT)
                found.append(f"{where}:{node.lineno}: {name}() without literal text")
    return found


def lupdate(ts_files: list[Path], *, obsolete: bool = False) -> str:
    """Merge the source strings into ``ts_files`` (language taken from the _xx file suffix)."""
    files = [os.path.relpath(p, ROOT) for p in source_files()]
    cmd = [_tool("lupdate"), *files, "-source-language", "en_US", "-locations", "absolute"]
    if not obsolete:
        cmd.append("-no-obsolete")
    cmd += ["-ts", *(str(p) for p in ts_files)]
    return _run(cmd)


def lrelease(language: str) -> Path:
    _run([_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))])
    return qm_path(language)


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool  # a non-empty translation not marked unfinished/vanished/obsolete
    translations: tuple[str, ...]  # one item, or the numerus forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_messages(ts_file: Path) -> list[Message]:
    root = ET.parse(ts_file).getroot()  # noqa: S314 (our own file)
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                forms = (tr.text or "",)
            finished = kind != "unfinished" and bool(forms) and all(f.strip() for f in forms)
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=numerus,
                    finished=finished,
                    translations=forms,
                )
            )
    return messages


def placeholders(text: str) -> Counter[str]:
    found = Counter(PLACEHOLDER.findall(text))
    # %L1 and %1 (%Ln and %n) are the same argument, only formatted differently.
    return Counter(p.replace("%L", "%") for p in found.elements())


def problems(language: str, messages: list[Message]) -> list[str]:
    """Unfinished (required languages only) and placeholder mismatches."""
    out: list[str] = []
    required = language in REQUIRED
    for m in messages:
        where = f"{ts_path(language).name}: [{m.context}] {m.source!r}"
        if not m.finished:
            if required or m.numerus:
                out.append(f"{where}: translation missing or unfinished")
            continue
        if m.numerus and len(m.translations) != NUMERUS_FORMS.get(language, len(m.translations)):
            out.append(f"{where}: expected {NUMERUS_FORMS[language]} plural forms")
        want = placeholders(m.source)
        for form in m.translations:
            got = placeholders(form)
            if m.numerus:  # a plural form may spell out the number ("one issue")
                want_cmp = Counter({k: v for k, v in want.items() if k != "%n"})
                got_cmp = Counter({k: v for k, v in got.items() if k != "%n"})
            else:
                want_cmp, got_cmp = want, got
            if want_cmp != got_cmp:
                out.append(f"{where}: placeholders {dict(want)} != {dict(got)} in {form!r}")
    return out


def stale_keys(language: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(added, removed) message keys if lupdate ran now; the .ts files are not touched."""
    current = {m.key for m in read_messages(ts_path(language))}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path(language).name
        shutil.copyfile(ts_path(language), copy)
        lupdate([copy])
        fresh = {m.key for m in read_messages(copy)}
    return fresh - current, current - fresh


def check() -> int:
    errors: list[str] = hidden_strings()
    for language in LANGUAGES:
        if not ts_path(language).exists():
            errors.append(f"{ts_path(language)} is missing")
            continue
        added, removed = stale_keys(language)
        errors += [
            f"{ts_path(language).name}: new source string {k[:2]} (run lupdate)"
            for k in sorted(added)
        ]
        errors += [
            f"{ts_path(language).name}: string no longer in the code {k[:2]}"
            for k in sorted(removed)
        ]
        errors += problems(language, read_messages(ts_path(language)))
    for line in errors:
        print(line)
    if errors:
        print(
            f"\n{len(errors)} translation problem(s). Fix: python packaging/update_translations.py"
            " --export-missing todo.json, translate, --import todo.json"
        )
        return 1
    print("translations: up to date and complete")
    return 0


def export_missing(target: Path) -> int:
    todo = []
    for language in LANGUAGES:
        for m in read_messages(ts_path(language)):
            if m.finished or (language not in REQUIRED and not m.numerus):
                continue
            todo.append(
                {
                    "language": language,
                    "context": m.context,
                    "source": m.source,
                    "comment": m.comment,
                    "numerus": m.numerus,
                    "translation": [""] * NUMERUS_FORMS[language] if m.numerus else "",
                }
            )
    target.write_text(json.dumps(todo, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"{len(todo)} message(s) to translate written to {target}")
    return 0


def apply_translations(language: str, entries: list[dict[str, object]]) -> int:
    """Write translations into the .ts (finished); returns how many messages were filled."""
    path = ts_path(language)
    tree = ET.parse(path)  # noqa: S314 (our own file)
    wanted = {
        (str(e["context"]), str(e["source"]), str(e.get("comment") or "")): e["translation"]
        for e in entries
        if e.get("language", language) == language and e.get("translation")
    }
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
            if key not in wanted:
                continue
            value = wanted[key]
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                forms = [str(f) for f in (value if isinstance(value, list) else [value])]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                forms = [str(value)]
                tr.text = forms[0]
            # A half-filled entry (e.g. one plural form left empty) stays unfinished.
            if all(form.strip() for form in forms):
                tr.attrib.pop("type", None)
                filled += 1
            else:
                tr.set("type", "unfinished")
    _write_ts(tree, path)
    return filled


def _write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def import_translations(source: Path) -> int:
    entries = json.loads(source.read_text("utf-8"))
    for language in LANGUAGES:
        mine = [e for e in entries if e.get("language") == language]
        if mine:
            print(
                f"{ts_path(language).name}: {apply_translations(language, mine)} message(s) filled"
            )
    # Let lupdate re-normalise the file layout, then build the .qm.
    lupdate([ts_path(lang) for lang in LANGUAGES])
    for language in LANGUAGES:
        lrelease(language)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Qt Linguist workflow for Allegro Issues Desktop")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="CI: exit 1 if stale or incomplete")
    mode.add_argument("--release", action="store_true", help="only run lrelease (.ts -> .qm)")
    mode.add_argument("--export-missing", type=Path, metavar="JSON")
    mode.add_argument("--import", dest="import_file", type=Path, metavar="JSON")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.check:
        return check()
    if args.export_missing:
        return export_missing(args.export_missing)
    if args.import_file:
        return import_translations(args.import_file)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if not args.release:
        print(lupdate([ts_path(lang) for lang in LANGUAGES]).strip())
    for language in LANGUAGES:
        print(f"lrelease: {lrelease(language).relative_to(ROOT)}")
    for language in REQUIRED:
        missing = [m for m in read_messages(ts_path(language)) if not m.finished]
        if missing:
            print(f"note: {len(missing)} {language} message(s) still untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
