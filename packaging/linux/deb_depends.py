"""Which Debian packages the PyInstaller bundle needs from the system: Depends and Recommends.

    python3 packaging/linux/deb_depends.py dist/allegro-issues           # two control lines
    python3 packaging/linux/deb_depends.py dist/allegro-issues --explain # and why

PyInstaller carries most shared libraries (Qt, ICU, the xcb helpers, fontconfig, …) but never
glibc, the OpenGL/EGL drivers' front ends, libxcb itself, GTK or Wayland: those must come from
the target system. This script reads every ELF file of the bundle (``objdump -p``), takes the
``NEEDED`` libraries that the bundle does not carry, and maps them to Debian/Ubuntu packages:

* **Depends**: what the executable, the Python extension modules and the xcb/offscreen platform
  plugins load (directly or through bundled libraries), plus a few packages for data that the
  bundled libraries read from the system (fontconfig's configuration and a font, XKB keyboard
  layouts) and the two libraries Qt's xcb plugin needs that a build machine may not have had
  (libxkbcommon-x11, libxcb-cursor);
* **Recommends**: what only optional plugins load (the GTK platform theme, Wayland).

``libc6`` gets a minimum version: the highest ``GLIBC_x.y`` symbol version the bundle uses.
A library missing from the table below stops the build when the app's core needs it (someone has
to decide its package) and is a warning when only an optional plugin does.
Package names are the pre-``t64`` ones; the ``…t64`` packages of newer releases provide them.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

GLIBC_SONAMES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "libresolv.so.2",
    "librt.so.1",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}
# soname -> Debian package (names valid on Debian 12+ and Ubuntu 22.04+).
PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-server.so.0": "libwayland-server0",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    # Usually bundled by PyInstaller (it copies what the build machine has); listed so that a
    # build machine without one gives a package name instead of a stop.
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libpng16.so.16": "libpng16-16",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libgraphite2.so.3": "libgraphite2-3",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libexpat.so.1": "libexpat1",
    "libffi.so.8": "libffi8",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3",
    "libk5crypto.so.3": "libk5crypto3",
    "libkrb5support.so.0": "libkrb5support0",
    "libcom_err.so.2": "libcom-err2",
    "libkeyutils.so.1": "libkeyutils1",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libbz2.so.1.0": "libbz2-1.0",
    "libuuid.so.1": "libuuid1",
    "libmount.so.1": "libmount1",
    "libblkid.so.1": "libblkid1",
    "libselinux.so.1": "libselinux1",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libdrm.so.2": "libdrm2",
    "libgbm.so.1": "libgbm1",
    "libcairo.so.2": "libcairo2",
    "libcairo-gobject.so.2": "libcairo-gobject2",
    "libpango-1.0.so.0": "libpango-1.0-0",
    "libpangocairo-1.0.so.0": "libpangocairo-1.0-0",
    "libpangoft2-1.0.so.0": "libpangoft2-1.0-0",
    "libgdk_pixbuf-2.0.so.0": "libgdk-pixbuf-2.0-0",
    "libatk-1.0.so.0": "libatk1.0-0",
    "libepoxy.so.0": "libepoxy0",
    "libfribidi.so.0": "libfribidi0",
    "libthai.so.0": "libthai0",
    "libdatrie.so.1": "libdatrie1",
    "libpixman-1.so.0": "libpixman-1-0",
}
# Read at run time from the system even though the library is bundled (see the docstring).
ALWAYS_DEPENDS = {
    "libfontconfig1": "fontconfig's configuration and a font (fontconfig-config)",
    "libxkbcommon0": "XKB keyboard layouts (xkb-data)",
    "libxkbcommon-x11-0": "Qt's xcb plugin, if the build machine did not have it to bundle",
    "libxcb-cursor0": "Qt's xcb plugin, if the build machine did not have it to bundle",
}
# Platform plugins the app needs: xcb for X11 (and XWayland), offscreen for the smoke test.
REQUIRED_PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so")


@dataclass
class Elf:
    path: Path
    needed: list[str] = field(default_factory=list)
    glibc: list[tuple[int, ...]] = field(default_factory=list)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def read_elf(path: Path) -> Elf:
    text = subprocess.run(  # noqa: S603
        ["objdump", "-p", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    elf = Elf(path)
    elf.needed = re.findall(r"^\s*NEEDED\s+(\S+)", text, flags=re.M)
    elf.glibc = [
        tuple(int(part) for part in version.split("."))
        for version in re.findall(r"\bGLIBC_([0-9]+(?:\.[0-9]+)+)\b", text)
    ]
    return elf


def scan(bundle: Path) -> dict[Path, Elf]:
    files = sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return {p: read_elf(p) for p in files if is_elf(p)}


def is_root(path: Path, bundle: Path) -> bool:
    """Loaded whenever the app runs: the executable, Python extensions, the needed plugins."""
    relative = path.relative_to(bundle).as_posix()
    if "/plugins/" in f"/{relative}":
        return relative.endswith(REQUIRED_PLUGINS)
    name = path.name
    return path.parent == bundle or ".cpython-" in name or ".abi3.so" in name


@dataclass
class Result:
    depends: dict[str, set[str]]  # package -> sonames (or a reason)
    recommends: dict[str, set[str]]
    unknown: dict[str, set[str]]  # soname -> core files needing it: the build stops
    optional_unknown: dict[str, set[str]]  # only optional plugins need it: a warning
    glibc: tuple[int, ...]


def analyse(bundle: Path, elves: dict[Path, Elf]) -> Result:
    carried: dict[str, list[Elf]] = {}
    for elf in elves.values():
        carried.setdefault(elf.path.name, []).append(elf)
    # Symlinked sonames (libfoo.so.1 -> libfoo.so.1.2.3) count as carried too.
    for link in bundle.rglob("*"):
        if link.is_symlink() and link.resolve() in elves:
            carried.setdefault(link.name, []).append(elves[link.resolve()])

    # Everything reachable from the roots through bundled libraries is "core".
    core: set[Path] = set()
    pending = [elf for path, elf in elves.items() if is_root(path, bundle)]
    while pending:
        elf = pending.pop()
        if elf.path in core:
            continue
        core.add(elf.path)
        for soname in elf.needed:
            pending.extend(carried.get(soname, []))

    depends: dict[str, set[str]] = {name: {why} for name, why in ALWAYS_DEPENDS.items()}
    recommends: dict[str, set[str]] = {}
    unknown: dict[str, set[str]] = {}
    optional_unknown: dict[str, set[str]] = {}
    for path, elf in elves.items():
        for soname in elf.needed:
            if soname in carried or soname in GLIBC_SONAMES:
                continue
            package = PACKAGES.get(soname)
            if package is None:
                target_unknown = unknown if path in core else optional_unknown
                target_unknown.setdefault(soname, set()).add(str(path.relative_to(bundle)))
                continue
            target = depends if path in core else recommends
            target.setdefault(package, set()).add(soname)
    for package in depends:
        recommends.pop(package, None)
    glibc = max((v for elf in elves.values() for v in elf.glibc), default=(2, 17))
    return Result(depends, recommends, unknown, optional_unknown, glibc)


def control_fields(result: Result) -> tuple[str, str]:
    libc = "libc6 (>= {})".format(".".join(map(str, result.glibc)))
    depends = ", ".join([libc, *sorted(result.depends)])
    recommends = ", ".join(sorted(result.recommends))
    return depends, recommends


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/allegro-issues)")
    parser.add_argument("--explain", action="store_true", help="say which library needs what")
    args = parser.parse_args(list(argv) if argv is not None else None)
    bundle = args.bundle.resolve()
    elves = scan(bundle)
    if not elves:
        print(f"no ELF files under {bundle}", file=sys.stderr)
        return 1
    result = analyse(bundle, elves)
    for soname, users in sorted(result.optional_unknown.items()):
        print(
            f"warning: {soname} (only for optional {', '.join(sorted(users)[:3])}) has no "
            "package in deb_depends.py: not in Recommends",
            file=sys.stderr,
        )
    if result.unknown:
        for soname, users in sorted(result.unknown.items()):
            print(
                f"unknown system library {soname} (needed by {', '.join(sorted(users)[:3])}): "
                "add its Debian package to PACKAGES in packaging/linux/deb_depends.py",
                file=sys.stderr,
            )
        return 1
    depends, recommends = control_fields(result)
    if args.explain:
        for title, table in (("Depends", result.depends), ("Recommends", result.recommends)):
            for package, why in sorted(table.items()):
                print(f"# {title} {package}: {', '.join(sorted(why))}", file=sys.stderr)
    print(f"Depends: {depends}")
    if recommends:
        print(f"Recommends: {recommends}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
