"""services.attachments.fetch_attachment: cache path, safe names, openable or not, typed errors.

A fake client stands in for ``AllegroClient.download_attachment`` (no network); one test runs
the real client over an in-memory transport so its temporary file name is exercised too.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import httpx
import pytest

from allegro_issues_desktop.allegro import NotFoundError
from allegro_issues_desktop.domain.attachments import MAX_NAME_BYTES
from allegro_issues_desktop.services.attachments import (
    AttachmentError,
    AttachmentFailure,
    FetchedAttachment,
    fetch_attachment,
)
from tests.unit.test_client_support import API, json_response, make_client

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
PDF = b"%PDF-1.4\n" + bytes(40)
URL = f"{API}/sale/issues/attachments/a-1"


class FakeClient:
    """Writes ``content`` to the destination, as the real client does (parent created)."""

    def __init__(self, content: bytes = PNG, error: BaseException | None = None) -> None:
        self.content = content
        self.error = error
        self.calls: list[tuple[str, Path]] = []

    async def download_attachment(self, url: str, dest: Path) -> Path:
        self.calls.append((url, dest))
        if self.error is not None:
            raise self.error
        await asyncio.to_thread(self._write, dest)
        return dest

    def _write(self, dest: Path) -> None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(self.content)


def fetch(client: object, name: str | None, cache: Path, url: str = URL) -> FetchedAttachment:
    return asyncio.run(fetch_attachment(client, url, name, cache))  # type: ignore[arg-type]


def test_png_lands_in_the_cache_under_a_stable_name(tmp_path: Path) -> None:
    client = FakeClient(PNG)
    got = fetch(client, "photo.png", tmp_path)
    digest = hashlib.sha256(URL.encode()).hexdigest()[:16]
    assert got == FetchedAttachment(
        tmp_path / "attachments" / f"{digest}-photo.png", "photo.png", True
    )
    assert got.path.read_bytes() == PNG
    assert client.calls == [(URL, got.path)]
    assert fetch(FakeClient(PNG), "photo.png", tmp_path).path == got.path  # same URL, same file


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("start.desktop", b"[Desktop Entry]\nExec=sh -c evil"),
        ("run.sh", b"#!/bin/sh\nrm -rf ~"),
        ("setup.exe", b"MZ\x90\x00"),
        ("setup.bat", PDF),
        ("photo.png", PDF),  # the extension lies about the content
        ("invoice.pdf\u202eexe.sh", PDF),
    ],
)
def test_anything_but_an_allowed_type_with_matching_content_is_not_openable(
    tmp_path: Path, name: str, content: bytes
) -> None:
    got = fetch(FakeClient(content), name, tmp_path)
    assert got.openable is False
    assert got.path.read_bytes() == content  # still there to save
    assert "\u202e" not in got.display_name and "\u202e" not in got.path.name


def test_name_with_nul_works(tmp_path: Path) -> None:
    got = fetch(FakeClient(PDF), "scan\x00.pdf", tmp_path)
    assert got.openable is True
    assert got.path.name.endswith("-scan .pdf")
    assert got.display_name == "scan .pdf"


def test_300_character_name_works(tmp_path: Path) -> None:
    name = "ż" * 300 + ".pdf"
    got = fetch(FakeClient(PDF), name, tmp_path)
    assert got.openable is True
    assert got.path.suffix == ".pdf"
    assert len(got.path.name.encode()) <= 17 + MAX_NAME_BYTES
    assert got.display_name == name  # shown in full (the UI elides), stored shortened


@pytest.mark.parametrize("name", [None, "", "../..", "\u202e"])
def test_missing_or_empty_names_get_a_fallback(tmp_path: Path, name: str | None) -> None:
    got = fetch(FakeClient(PNG), name, tmp_path)
    assert got.path.name.endswith("-attachment")
    assert got.path.parent == tmp_path / "attachments"
    assert got.openable is False  # no extension: save only


def test_failing_write_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        fetch(FakeClient(error=OSError(28, "No space left on device")), "a.png", tmp_path)
    assert caught.value.reason is AttachmentFailure.CANNOT_WRITE
    assert caught.value.display_name == "a.png"


def test_unusable_cache_folder_is_a_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    client = FakeClient(PNG)
    with pytest.raises(AttachmentError) as caught:
        fetch(client, "a.png", blocker)
    assert caught.value.reason is AttachmentFailure.CANNOT_WRITE
    assert client.calls == []


def test_value_error_from_the_file_system_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        fetch(FakeClient(error=ValueError("embedded null byte")), "a.png", tmp_path)
    assert caught.value.reason is AttachmentFailure.CANNOT_WRITE


def test_file_gone_before_reading_back_is_a_typed_error(tmp_path: Path) -> None:
    class Vanishing(FakeClient):
        async def download_attachment(self, url: str, dest: Path) -> Path:
            return dest  # claims success, wrote nothing

    with pytest.raises(AttachmentError) as caught:
        fetch(Vanishing(), "a.png", tmp_path)
    assert caught.value.reason is AttachmentFailure.CANNOT_READ


def test_no_url(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        fetch(FakeClient(), "a.png", tmp_path, url="")
    assert caught.value.reason is AttachmentFailure.NO_URL


def test_client_errors_pass_through(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        fetch(FakeClient(error=NotFoundError("gone")), "a.png", tmp_path)


def test_with_the_real_client_and_a_300_character_name(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/a-1"):
            return httpx.Response(200, content=PDF, headers={"Content-Type": "application/pdf"})
        return json_response(404, {"errors": []})

    async def go() -> FetchedAttachment:
        client, _ = make_client(handler)
        try:
            return await fetch_attachment(client, URL, "ł" * 300 + ".pdf\x00", tmp_path)
        finally:
            await client.aclose()

    got = asyncio.run(go())
    assert got.openable is True
    assert got.path.read_bytes() == PDF
    assert [p.name for p in got.path.parent.iterdir()] == [got.path.name]  # no temp file left
