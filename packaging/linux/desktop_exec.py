"""The command a desktop would run for a .desktop entry (what a double-click starts).

    python3 packaging/linux/desktop_exec.py FILE.desktop [--action Demo] [-- EXTRA ARGS...]

Prints the argument vector, NUL-separated, after the Desktop Entry Specification's rules:
string unescaping, double-quoted arguments, field codes expanded as a launcher with no files
would (``%f %F %u %U`` vanish, ``%i`` → ``--icon ICON``, ``%c`` → Name, ``%k`` → the file,
``%%`` → ``%``), and the program looked up on ``PATH`` as the launcher does (also for
``TryExec``, whose absence would hide the entry). EXTRA ARGS are appended, e.g.
``--demo --smoke-test``. Exit status 1 with a reason on stderr if the entry would not start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

FILE_CODES = {"%f", "%F", "%u", "%U", "%d", "%D", "%n", "%N", "%v", "%m"}


class EntryError(Exception):
    pass


def read_groups(path: Path) -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], {})
            continue
        if current is None or "=" not in line:
            raise EntryError(f"not a key=value line: {raw!r}")
        key, value = line.split("=", 1)
        current[key.strip()] = value.strip()
    return groups


def unescape_string(value: str) -> str:
    """The general ``string`` type escapes: \\s \\n \\t \\r \\\\."""
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        nxt = next(chars, "")
        out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
    return "".join(out)


def split_exec(value: str) -> list[str]:
    """Split an Exec value into arguments (quoting rules of the spec)."""
    args: list[str] = []
    current: list[str] = []
    in_arg = in_quotes = False
    chars = iter(value)
    for char in chars:
        if in_quotes:
            if char == '"':
                in_quotes = False
            elif char == "\\":
                nxt = next(chars, "")
                if nxt not in '"`$\\':
                    raise EntryError(f"bad escape \\{nxt} in a quoted Exec argument")
                current.append(nxt)
            else:
                current.append(char)
        elif char == '"':
            in_quotes = in_arg = True
        elif char == " ":
            if in_arg:
                args.append("".join(current))
                current, in_arg = [], False
        else:
            current.append(char)
            in_arg = True
    if in_quotes:
        raise EntryError("unterminated quote in Exec")
    if in_arg:
        args.append("".join(current))
    return args


def expand_field_codes(args: list[str], entry: dict[str, str], path: Path) -> list[str]:
    result: list[str] = []
    for arg in args:
        if arg in FILE_CODES:
            continue  # started from the menu with no files or URLs
        if arg == "%i":
            if entry.get("Icon"):
                result += ["--icon", entry["Icon"]]
            continue
        expanded: list[str] = []
        chars = iter(arg)
        for char in chars:
            if char != "%":
                expanded.append(char)
                continue
            code = next(chars, "")
            if code == "%":
                expanded.append("%")
            elif code == "c":
                expanded.append(entry.get("Name", ""))
            elif code == "k":
                expanded.append(str(path))
            elif f"%{code}" in FILE_CODES:
                continue
            else:
                raise EntryError(f"unknown field code %{code} in Exec")
        result.append("".join(expanded))
    return result


def resolve(program: str, search_path: str | None) -> str | None:
    if "/" in program:
        return program if os.access(program, os.X_OK) else None
    return shutil.which(program, path=search_path)


def command(path: Path, action: str | None, search_path: str | None) -> list[str]:
    groups = read_groups(path)
    entry = groups.get("Desktop Entry")
    if entry is None:
        raise EntryError("no [Desktop Entry] group")
    if entry.get("Type") != "Application":
        raise EntryError(f"Type is {entry.get('Type')!r}, not Application")
    if entry.get("Hidden") == "true" or entry.get("NoDisplay") == "true":
        raise EntryError("the entry is hidden from menus")
    if entry.get("Terminal", "false") != "false":
        raise EntryError("Terminal=true: a double-click would open a terminal")
    try_exec = entry.get("TryExec")
    if try_exec and resolve(unescape_string(try_exec), search_path) is None:
        raise EntryError(f"TryExec {try_exec!r} is not found: menus would hide the entry")
    group = entry
    if action is not None:
        if action not in entry.get("Actions", "").rstrip(";").split(";"):
            raise EntryError(f"action {action!r} is not listed in Actions")
        group = groups.get(f"Desktop Action {action}", {})
    exec_value = group.get("Exec")
    if not exec_value:
        raise EntryError("no Exec key")
    args = expand_field_codes(split_exec(unescape_string(exec_value)), entry, path)
    if not args:
        raise EntryError("Exec is empty after field codes")
    program = resolve(args[0], search_path)
    if program is None:
        raise EntryError(f"{args[0]!r} is not found on PATH ({search_path})")
    return [program, *args[1:]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="print the command a .desktop entry runs")
    parser.add_argument("entry", type=Path)
    parser.add_argument("--action", help="a [Desktop Action NAME] instead of the main entry")
    parser.add_argument("--path", default=os.environ.get("PATH"), help="PATH for the lookup")
    parser.add_argument("extra", nargs="*", help="arguments to append (after --)")
    args = parser.parse_args(argv)
    try:
        argv_out = command(args.entry, args.action, args.path) + list(args.extra)
    except (EntryError, OSError) as exc:
        print(f"{args.entry}: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write("\0".join(argv_out) + "\0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
