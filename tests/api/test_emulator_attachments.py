"""Attachments: declaration, one-time upload URL, use in a message, download."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from allegro_issues_desktop.demo.server import Emulator
from allegro_issues_desktop.domain.codes import MAX_ATTACHMENT_BYTES
from tests.api.conftest import BETA, error_of, validate, writable

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def declare(api: httpx.Client, body: Any) -> httpx.Response:
    return api.post("/sale/issues/attachments", json=body)


def upload(api: httpx.Client, location: str, data: bytes, content_type: str) -> httpx.Response:
    return api.put(location, content=data, headers={"Content-Type": content_type})


def uploaded(api: httpx.Client, file_name: str, data: bytes, content_type: str) -> str:
    declared = declare(api, {"fileName": file_name, "size": len(data)})
    assert declared.status_code == 201
    assert upload(api, declared.headers["Location"], data, content_type).status_code == 200
    return str(declared.json()["id"])


def test_declare_upload_send_download(api: httpx.Client, emulator: Emulator) -> None:
    declared = declare(api, {"fileName": "paragon.png", "size": len(PNG)})
    assert declared.status_code == 201
    assert declared.headers["content-type"] == BETA
    validate("PostPurchaseIssueAttachmentId", declared.json())
    attachment_id = declared.json()["id"]
    location = declared.headers["Location"]
    assert location.startswith(emulator.base_url)
    assert attachment_id in location

    put = upload(api, location, PNG, "image/png")
    assert put.status_code == 200
    validate("PostPurchaseIssueAttachmentId", put.json())
    assert put.json() == {"id": attachment_id}

    issue_id = writable(emulator, "CLAIM")
    body = {"text": "W załączniku paragon.", "attachments": [{"id": attachment_id}]}
    sent = api.post(f"/sale/issues/{issue_id}/message", json=body | {"type": "REGULAR"})
    assert sent.status_code == 201
    validate("PostPurchaseIssueMessage", sent.json())
    [attachment] = sent.json()["attachments"]
    assert attachment["fileName"] == "paragon.png"
    assert attachment["url"] == f"{emulator.base_url}/sale/issues/attachments/{attachment_id}"

    download = api.get(attachment["url"], headers={"Accept": "*/*"})
    assert download.status_code == 200
    assert download.content == PNG
    assert download.headers["content-type"] == "image/png"


def test_attachment_only_message(api: httpx.Client, emulator: Emulator) -> None:
    attachment_id = uploaded(api, "umowa.pdf", b"%PDF-1.4 demo", "application/pdf")
    issue_id = writable(emulator, "DISPUTE")
    body = {"attachments": [{"id": attachment_id}], "type": "REGULAR"}
    sent = api.post(f"/sale/issues/{issue_id}/message", json=body)
    assert sent.status_code == 201
    assert [a["fileName"] for a in sent.json()["attachments"]] == ["umowa.pdf"]


def test_upload_url_is_one_time(api: httpx.Client) -> None:
    declared = declare(api, {"fileName": "a.jpg", "size": 3})
    location = declared.headers["Location"]
    assert upload(api, location, b"abc", "image/jpeg").status_code == 200
    assert upload(api, location, b"abc", "image/jpeg").status_code in (404, 410)


def test_composed_upload_url_is_refused(api: httpx.Client) -> None:
    attachment_id = declare(api, {"fileName": "a.gif", "size": 3}).json()["id"]
    composed = f"/sale/issues/attachments/{attachment_id}"
    assert upload(api, composed, b"abc", "image/gif").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"fileName": "a.png", "size": 0},
        {"fileName": "a.png", "size": MAX_ATTACHMENT_BYTES + 1},
        {"fileName": "a.png", "size": "12"},
        {"fileName": "wirus.exe", "size": 10},
        {"fileName": "bez_rozszerzenia", "size": 10},
        {"size": 10},
        {"fileName": "a.png"},
    ],
)
def test_bad_declarations_are_422(api: httpx.Client, body: dict[str, Any]) -> None:
    response = declare(api, body)
    assert response.status_code == 422
    error_of(response)


@pytest.mark.parametrize("name", ["A.PNG", "skan.tiff", "skan.tif", "x.bmp", "y.jpeg", "z.pdf"])
def test_supported_extensions(api: httpx.Client, name: str) -> None:
    assert declare(api, {"fileName": name, "size": 10}).status_code == 201


def test_largest_allowed_file(api: httpx.Client) -> None:
    data = b"\x00" * MAX_ATTACHMENT_BYTES
    declared = declare(api, {"fileName": "big.bmp", "size": len(data)})
    assert upload(api, declared.headers["Location"], data, "image/bmp").status_code == 200


def test_upload_checks_type_and_size(api: httpx.Client) -> None:
    declared = declare(api, {"fileName": "a.png", "size": 4})
    location = declared.headers["Location"]
    assert upload(api, location, b"abcd", "text/plain").status_code == 415
    assert upload(api, location, b"abc", "image/png").status_code == 422
    too_big = b"\x00" * (MAX_ATTACHMENT_BYTES + 1)
    assert upload(api, location, too_big, "image/png").status_code == 413
    # failed attempts do not spend the one-time URL
    assert upload(api, location, b"abcd", "image/png; charset=binary").status_code == 200


def test_upload_needs_a_token(api: httpx.Client, emulator: Emulator) -> None:
    declared = declare(api, {"fileName": "a.png", "size": 3})
    with httpx.Client() as anonymous:
        put = anonymous.put(
            declared.headers["Location"], content=b"abc", headers={"Content-Type": "image/png"}
        )
    assert put.status_code == 401


def test_declared_but_not_uploaded_cannot_be_sent(api: httpx.Client, emulator: Emulator) -> None:
    attachment_id = declare(api, {"fileName": "a.png", "size": 3}).json()["id"]
    issue_id = writable(emulator, "DISPUTE")
    body = {"text": "a", "attachments": [{"id": attachment_id}], "type": "REGULAR"}
    assert api.post(f"/sale/issues/{issue_id}/message", json=body).status_code == 422
    assert api.get(f"/sale/issues/attachments/{attachment_id}").status_code == 404


def test_seeded_attachments_download_with_a_token_only(
    api: httpx.Client, emulator: Emulator
) -> None:
    urls = [
        attachment
        for issue_id in emulator.issue_ids()
        for message in emulator.chat_json(issue_id)
        for attachment in message.get("attachments", [])
    ]
    assert urls, "the seeded data has attachments"
    for attachment in urls[:10]:
        response = api.get(attachment["url"], headers={"Accept": "*/*"})
        assert response.status_code == 200
        assert response.headers["content-type"] in {"image/png", "image/jpeg", "application/pdf"}
        assert response.content
    with httpx.Client() as anonymous:
        assert anonymous.get(urls[0]["url"]).status_code == 401


def test_unknown_attachment_is_404(api: httpx.Client) -> None:
    assert api.get("/sale/issues/attachments/nope", headers={"Accept": "*/*"}).status_code == 404
