"""Render resources/icons/app.svg into the PNG sizes, app.ico (Windows) and app.icns (macOS).

Run with the project venv: ``python packaging/render_icons.py`` (``--force`` re-renders even when
the outputs are newer than the SVG). Uses PySide6's QSvgRenderer only, so no Pillow, Inkscape or
iconutil is needed and the result is the same on every OS.

ICO and ICNS files are written by hand: both formats can hold PNG-compressed images
(ICO since Windows Vista, ICNS since Mac OS X 10.7), which keeps this script tiny.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType per (pixel size): PNG payloads; retina variants reuse the bigger renders.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def png_path(size: int) -> Path:
    return ICONS / f"app-{size}.png"


def outputs() -> list[Path]:
    return [*(png_path(s) for s in PNG_SIZES), ICONS / "app.ico", ICONS / "app.icns"]


def up_to_date() -> bool:
    svg_time = SVG.stat().st_mtime
    return all(p.exists() and p.stat().st_mtime >= svg_time for p in outputs())


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY[] + PNG payloads (width/height byte 0 means 256)."""
    sizes = [s for s in ICO_SIZES if s in images]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = images[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def build_icns(images: dict[int, bytes]) -> bytes:
    body = b""
    for ostype, size in ICNS_TYPES:
        data = images[size]
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--force", action="store_true", help="re-render even if up to date")
    parser.add_argument(
        "--if-missing", action="store_true", help="render only when an output file is missing"
    )
    args = parser.parse_args(argv)
    if args.if_missing and all(p.exists() for p in outputs()):
        print("icons: present")
        return 0
    if not args.force and up_to_date():
        print("icons: up to date")
        return 0
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"icons: cannot parse {SVG}", file=sys.stderr)
        return 1
    wanted = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in wanted}
    for size in PNG_SIZES:
        png_path(size).write_bytes(images[size])
    (ICONS / "app.ico").write_bytes(build_ico(images))
    (ICONS / "app.icns").write_bytes(build_icns(images))
    for path in outputs():
        print(f"icons: wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
