"""domain.attachments: allowed types by extension and content, safe names, upload checks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from allegro_issues_desktop.domain.attachments import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    UploadProblem,
    UploadRejected,
    content_type_for,
    openable,
    read_upload,
    safe_file_name,
    sniff_type,
    upload_problem,
)
from allegro_issues_desktop.domain.codes import MAX_ATTACHMENT_BYTES

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
HEADS = {
    "image/png": PNG,
    "image/gif": b"GIF89a\x01\x00\x01\x00",
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "image/tiff": b"II*\x00\x08\x00\x00\x00",
    "image/bmp": b"BM\x36\x00\x00\x00",
    "application/pdf": PDF,
}


@pytest.mark.parametrize(("content_type", "head"), HEADS.items())
def test_sniff_type(content_type: str, head: bytes) -> None:
    assert sniff_type(head) == content_type


@pytest.mark.parametrize(
    "head", [b"", b"#!/bin/sh\n", b"MZ\x90\x00", b"[Desktop Entry]", b"<html>"]
)
def test_sniff_type_rejects_other_content(head: bytes) -> None:
    assert sniff_type(head) is None


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("photo.png", PNG, True),
        ("Photo.PNG", PNG, True),
        ("scan.pdf", PDF, True),
        ("a.jpg", HEADS["image/jpeg"], True),
        ("a.jpeg", HEADS["image/jpeg"], True),
        ("a.tif", HEADS["image/tiff"], True),
        ("a.tiff", b"MM\x00*\x00\x00\x00\x08", True),
        ("a.gif", b"GIF87a", True),
        ("a.bmp", HEADS["image/bmp"], True),
        ("photo.png", PDF, False),  # the PDF viewer is not who the OS would ask
        ("scan.pdf", PNG, False),
        ("run.desktop", b"[Desktop Entry]\nExec=sh", False),
        ("run.sh", b"#!/bin/sh\n", False),
        ("setup.exe", b"MZ\x90\x00", False),
        ("run.bat", PDF, False),  # allowed content, but the extension would run it
        ("invoice.pdf.exe", PDF, False),
        ("noextension", PNG, False),
        (None, PNG, False),
    ],
)
def test_openable(name: str | None, head: bytes, expected: bool) -> None:
    assert openable(name, head) is expected


def test_content_type_for() -> None:
    assert content_type_for("a.JPG") == "image/jpeg"
    assert content_type_for("a.tif") == "image/tiff"
    assert content_type_for("a.webp") is None
    assert content_type_for(None) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("photo.jpg", "photo.jpg"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\Desktop\\scan.pdf", "scan.pdf"),
        ("/", "attachment"),
        ("..", "attachment"),
        ("", "attachment"),
        (None, "attachment"),
        ("a\x00b.png", "a b.png"),
        ("invoice.pdf\u202eexe.sh", "invoice.pdfexe.sh"),
        ('what?<>:"|*.png', "what_______.png"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("LPT1.png", "_LPT1.png"),
        ("COM¹.pdf", "_COM¹.pdf"),
        ("CONSOLE.png", "CONSOLE.png"),
        (".hidden.png", "hidden.png"),
        ("trailing. . ", "trailing"),
        ("line\nbreak.pdf", "line break.pdf"),
        ("Łódź zdjęcie.jpg", "Łódź zdjęcie.jpg"),
        ("Zo\u0308e.jpg", "Zöe.jpg"),  # NFC: one letter, as the OS shows it
    ],
)
def test_safe_file_name(name: str | None, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_safe_file_name_fallback() -> None:
    assert safe_file_name("\u202e", fallback="plik") == "plik"
    assert safe_file_name(None, fallback="../x") == "x"


@pytest.mark.parametrize(
    "name",
    [
        "a" * 300 + ".pdf",
        "ż" * 300 + ".jpeg",
        "😀" * 300 + ".png",
        "x" * 300,
        "y" * 300 + ".z" * 40,
    ],
)
def test_long_names_are_shortened_keeping_the_extension(name: str) -> None:
    safe = safe_file_name(name)
    assert len(safe) <= MAX_NAME_CHARS
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe[0] == name[0]
    suffix = Path(name).suffix
    if len(suffix) <= 16:
        assert safe.endswith(suffix)


def test_long_name_is_usable_on_disk(tmp_path: Path) -> None:
    # The app's cache name: 17 characters of hash prefix, and a temp file adds ~15 more.
    path = tmp_path / f"0123456789abcdef-.{safe_file_name('ł' * 300 + '.pdf')}.abcdefgh.part"
    path.write_bytes(PDF)
    assert path.read_bytes() == PDF


# -- uploads -------------------------------------------------------------------------------


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_upload_problems(tmp_path: Path) -> None:
    assert upload_problem(write(tmp_path / "ok.png", PNG)) is None
    assert upload_problem(write(tmp_path / "x.sh", b"#!")) is UploadProblem.TYPE
    assert upload_problem(tmp_path / "gone.png") is UploadProblem.UNREADABLE
    assert upload_problem(tmp_path / "a\x00b.png") is UploadProblem.UNREADABLE
    (tmp_path / "dir.png").mkdir()
    assert upload_problem(tmp_path / "dir.png") is UploadProblem.NOT_A_FILE
    assert upload_problem(write(tmp_path / "empty.pdf", b"")) is UploadProblem.EMPTY
    big = write(tmp_path / "big.jpg", b"\xff" * (MAX_ATTACHMENT_BYTES + 1))
    assert upload_problem(big) is UploadProblem.TOO_LARGE
    exact = write(tmp_path / "exact.jpg", b"\xff" * MAX_ATTACHMENT_BYTES)
    assert upload_problem(exact) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_not_a_file_and_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(UploadRejected) as caught:
        read_upload(fifo)  # opening it would block forever
    assert caught.value.problem is UploadProblem.NOT_A_FILE


def test_read_upload(tmp_path: Path) -> None:
    upload = read_upload(write(tmp_path / "Scan.PDF", PDF))
    assert (upload.file_name, upload.content_type, upload.data) == (
        "Scan.PDF",
        "application/pdf",
        PDF,
    )
    with pytest.raises(UploadRejected) as caught:
        read_upload(write(tmp_path / "x.exe", b"MZ"))
    assert caught.value.problem is UploadProblem.TYPE
    assert caught.value.path.name == "x.exe"
    with pytest.raises(UploadRejected) as caught:
        read_upload(tmp_path / "missing.png")
    assert caught.value.problem is UploadProblem.UNREADABLE
