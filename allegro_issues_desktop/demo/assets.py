"""Tiny but real attachment files for the emulator, generated in code (standard library only).

The PNGs are valid RGB images (zlib + struct, checksummed chunks) and the PDFs are valid one-page
documents with a correct cross-reference table, so image viewers and PDF readers open them.
Every call returns the same cached ``bytes`` objects: the generator shares them between issues.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from functools import cache

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PDF_HEADER = b"%PDF-"


@dataclass(frozen=True, slots=True)
class Asset:
    file_name: str  # a typical name for this kind of file (the generator varies it)
    content_type: str
    data: bytes


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def make_png(
    width: int,
    height: int,
    colour: tuple[int, int, int],
    stripe: tuple[int, int, int] | None = None,
) -> bytes:
    """A truecolour PNG filled with ``colour``; ``stripe`` draws a diagonal band (a "crack")."""
    if width <= 0 or height <= 0:
        raise ValueError("width and height must be positive")
    base = bytes(colour)
    rows: list[bytes] = []
    for y in range(height):
        row = bytearray(base * width)
        if stripe is not None:
            centre = (y * width) // height
            for x in range(max(0, centre - 2), min(width, centre + 3)):
                row[3 * x : 3 * x + 3] = bytes(stripe)
        rows.append(b"\x00" + bytes(row))  # filter type 0 (None) per scanline
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        PNG_SIGNATURE
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _png_chunk(b"IEND", b"")
    )


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A one-page A4 PDF 1.4 showing ``lines`` (ASCII) in Helvetica, with a valid xref table."""
    text_ops = ["BT", "/F1 14 Tf", "72 770 Td", "18 TL"]
    for line in lines:
        safe = line.encode("ascii", "replace").decode("ascii")
        text_ops.append(f"({_pdf_escape(safe)}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length "
        + str(len(stream)).encode("ascii")
        + b" >>\nstream\n"
        + stream
        # the EOL before "endstream" is not part of the stream data
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode("ascii")
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)


@cache
def images() -> tuple[Asset, ...]:
    """A few distinct 64x48 photos-to-be: solid colours, some with a diagonal "crack"."""
    return (
        Asset("zdjecie_uszkodzenia.png", "image/png", make_png(64, 48, (181, 101, 29))),
        Asset(
            "IMG_20260612_143522.png", "image/png", make_png(64, 48, (40, 40, 48), (230, 230, 230))
        ),
        Asset("paczka.png", "image/png", make_png(64, 48, (196, 164, 112), (90, 60, 30))),
        Asset("ekran.png", "image/png", make_png(64, 48, (20, 60, 140), (250, 250, 250))),
        Asset("zdjęcie produktu (1).png", "image/png", make_png(64, 48, (255, 90, 0))),
    )


#: Indexes into :func:`documents`.
INVOICE, RETURN_LABEL, RECEIPT, SERVICE_REPORT = range(4)


@cache
def documents() -> tuple[Asset, ...]:
    """One-page PDFs: an invoice, a return label, a receipt, a service report."""
    return (
        Asset(
            "faktura_VAT.pdf",
            "application/pdf",
            make_pdf(
                [
                    "Faktura VAT nr FV/1234/2026",
                    "Sprzedawca: Demo Sklep Sp. z o.o.",
                    "Razem: 249.99 PLN",
                ]
            ),
        ),
        Asset(
            "etykieta_zwrotna.pdf",
            "application/pdf",
            make_pdf(
                [
                    "Etykieta zwrotna",
                    "Nadawca: Kupujacy",
                    "Odbiorca: Demo Sklep, ul. Przykladowa 1, Warszawa",
                ]
            ),
        ),
        Asset(
            "paragon.pdf",
            "application/pdf",
            make_pdf(["Paragon fiskalny", "Demo Sklep", "Suma PLN 89.00"]),
        ),
        Asset(
            "opinia_serwisu.pdf",
            "application/pdf",
            make_pdf(
                [
                    "Opinia serwisu nr 77/2026",
                    "Stwierdzono uszkodzenie mechaniczne powstale z winy uzytkownika.",
                    "Reklamacja nieuzasadniona.",
                ]
            ),
        ),
    )
