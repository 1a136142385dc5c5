"""The emulator's demo data generator: determinism, coverage, edge cases, contract validity."""

from __future__ import annotations

import random
import re
import struct
import uuid
import zlib
from collections import Counter
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from allegro_issues_desktop.demo import assets, texts
from allegro_issues_desktop.demo.data import (
    COMBINATIONS,
    SCHEDULED,
    SeedIssue,
    chat_summary,
    generate_buyer_reply,
    generate_issues,
)
from allegro_issues_desktop.domain import (
    IssueKind,
    ReturnDecision,
    Turn,
    deadline,
    issue_kind,
    parse_chat_message,
    parse_issue,
    return_decision,
    whose_turn,
)
from allegro_issues_desktop.domain.codes import REASON_TYPES

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "post-purchase-issues.openapi.yaml"
BASE = "http://127.0.0.1:8765"
NOW = datetime(2026, 7, 15, 12, 0, 0, tzinfo=UTC)
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


# --- helpers ------------------------------------------------------------------------------


def _inline(node: Any, schemas: dict[str, Any]) -> Any:
    """Replace every ``#/components/schemas/X`` $ref by the (inlined) schema X."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            return _inline(schemas[name], schemas)
        return {k: _inline(v, schemas) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, schemas) for v in node]
    return node


@cache
def _validator(name: str) -> Any:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    return OAS30Validator(_inline(schemas[name], schemas), format_checker=oas30_format_checker)


def _errors(name: str, instance: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator(name).iter_errors(instance)]


@cache
def _sample(seed: int, count: int = 300) -> tuple[SeedIssue, ...]:
    return tuple(generate_issues(count, seed, BASE, now=NOW))


def _all_text(seed_issue: SeedIssue) -> list[str]:
    return [str(m["text"]) for m in seed_issue.chat]


def _combo(seed_issue: SeedIssue) -> tuple[str, str, bool | None, bool]:
    issue = seed_issue.issue
    state = issue["currentState"]
    return (issue["type"], state["status"], state["returnRequired"], state["chatActive"])


def _png_size(data: bytes) -> tuple[int, int]:
    """Walk the chunks (checking CRCs), inflate IDAT; return (width, height)."""
    assert data[:8] == assets.PNG_SIGNATURE
    pos = 8
    width = height = 0
    idat = b""
    kinds: list[bytes] = []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        payload = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + payload) & 0xFFFFFFFF == crc
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", payload[:10])
            assert (depth, colour_type) == (8, 2)
        elif kind == b"IDAT":
            idat += payload
        kinds.append(kind)
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)
    return width, height


def _check_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    startxref = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[startxref : startxref + 4] == b"xref"
    lines = data[startxref:].split(b"\n")
    count = int(lines[1].split()[1])
    for number in range(1, count):
        offset = int(lines[2 + number][:10])
        assert data[offset:].startswith(f"{number} 0 obj".encode())
    assert b"/Type /Page " in data


# --- determinism, ordering, ids -----------------------------------------------------------


def test_same_seed_same_data_and_different_seed_different_data() -> None:
    first = generate_issues(80, 11, BASE, now=NOW)
    second = generate_issues(80, 11, BASE, now=NOW)
    assert first == second
    for other_seed in (12, -11):
        other = generate_issues(80, other_seed, BASE, now=NOW)
        assert not {s.issue["id"] for s in first} & {s.issue["id"] for s in other}
        assert [s.issue for s in first] != [s.issue for s in other]


def test_start_index_continues_the_same_sequence() -> None:
    whole = generate_issues(70, 5, BASE, now=NOW)
    head = generate_issues(30, 5, BASE, now=NOW)
    tail = generate_issues(40, 5, BASE, now=NOW, start_index=30)
    assert head + tail == whole


def test_ids_are_unique_uuid4_across_start_index_ranges() -> None:
    issues = generate_issues(400, 3, BASE, now=NOW) + generate_issues(
        400, 3, BASE, now=NOW, start_index=400
    )
    ids: list[str] = []
    for seed_issue in issues:
        ids.append(seed_issue.issue["id"])
        ids.append(seed_issue.issue["checkoutForm"]["id"])
        ids.extend(m["id"] for m in seed_issue.chat)
        ids.extend(a.id for a in seed_issue.attachments)
    assert len(ids) == len(set(ids))
    assert all(UUID4.match(i) for i in ids)


def test_ids_are_derived_as_documented() -> None:
    """Ids equal ``uuid.UUID(int=rng.getrandbits(128), version=4)`` (built without UUID objects)."""
    from allegro_issues_desktop.demo import data

    for seed in range(500):
        ours, reference = random.Random(seed), random.Random(seed)
        expected = str(uuid.UUID(int=reference.getrandbits(128), version=4))
        assert data._uuid(ours) == expected


def test_timestamps_use_allegros_format() -> None:
    from allegro_issues_desktop.demo.data import format_ms

    assert format_ms(0) == "1970-01-01T00:00:00.000Z"
    stamp = datetime(2026, 2, 28, 23, 59, 59, 987000, tzinfo=UTC)
    ms = int(stamp.timestamp() * 1000)
    assert format_ms(ms) == "2026-02-28T23:59:59.987Z"
    assert format_ms(ms + 13) == "2026-03-01T00:00:00.000Z"


def test_sorted_by_opened_date_descending_and_chat_oldest_first() -> None:
    for seed_issue in _sample(7):
        times = [m["createdAt"] for m in seed_issue.chat]
        assert times == sorted(times)
        assert seed_issue.issue["openedDate"] <= times[0]
    opened = [s.issue["openedDate"] for s in _sample(7)]
    assert opened == sorted(opened, reverse=True)
    assert len(set(opened)) == len(opened)
    now_text = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert all(s.chat[-1]["createdAt"] <= now_text for s in _sample(7))


def test_now_defaults_to_the_current_time() -> None:
    before = datetime.now(UTC)
    newest = generate_issues(1, 1, BASE)[0]
    opened = parse_issue(newest.issue).opened_date
    assert opened is not None
    assert before - timedelta(hours=3) < opened < before


def test_zero_and_negative_counts() -> None:
    assert generate_issues(0, 1, BASE, now=NOW) == []
    with pytest.raises(ValueError):
        generate_issues(-1, 1, BASE, now=NOW)


# --- coverage -----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, -1, 7, 42, 2026, 123456789])
def test_first_issues_cover_every_combination_and_reason(seed: int) -> None:
    first = _sample(seed)[:40]
    assert {_combo(s) for s in first} >= set(COMBINATIONS)
    claim_reasons = {s.issue["reason"]["type"] for s in first if s.issue["type"] == "CLAIM"}
    assert claim_reasons == set(REASON_TYPES)
    assert SCHEDULED <= 60


@pytest.mark.parametrize("seed", [0, 7, 99])
def test_derived_facts_cover_every_state(seed: int) -> None:
    parsed = [parse_issue(s.issue) for s in _sample(seed)[:60]]
    assert {return_decision(i) for i in parsed} == set(ReturnDecision)
    assert {whose_turn(i) for i in parsed} == {Turn.SELLER, Turn.BUYER, Turn.NONE}
    assert {i.chat.last_message.status for i in parsed} == {
        "NEW",
        "SELLER_REPLIED",
        "BUYER_REPLIED",
        "ALLEGRO_ADVISOR_REPLIED",
    }
    assert {issue_kind(i) for i in parsed} == {IssueKind.CLAIM, IssueKind.DISCUSSION}
    # Allegro's 14 days from the opening: overdue and nearly due claims are the older ones
    everything = [parse_issue(s.issue) for s in _sample(seed)]
    deadlines = [d.at - NOW for i in everything if (d := deadline(i)) is not None]
    assert any(d < timedelta(0) for d in deadlines)
    assert any(timedelta(0) < d < timedelta(hours=24) for d in deadlines)
    assert any(d > timedelta(days=2) for d in deadlines)
    roles = {m["author"]["role"] for s in _sample(seed) for m in s.chat}
    assert roles == {"BUYER", "SELLER", "ADMIN", "SYSTEM", "FULFILLMENT"}


def test_later_issues_are_mostly_open_and_final_ones_mostly_closed_for_writing() -> None:
    sample = generate_issues(400, 8, BASE, now=NOW)[SCHEDULED:300]
    open_ = [
        s
        for s in sample
        if s.issue["currentState"]["status"] in ("DISPUTE_ONGOING", "CLAIM_SUBMITTED")
    ]
    final = [s for s in sample if s not in open_]
    assert len(open_) > len(final) > 0
    assert sum(s.issue["currentState"]["chatActive"] for s in final) < len(final) / 2
    assert sum(s.issue["currentState"]["chatActive"] for s in open_) > len(open_) / 2


# --- edge cases ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [7, 13])
def test_edge_cases_within_first_300(seed: int) -> None:
    sample = _sample(seed)
    lengths = [len(s.chat) for s in sample]
    assert max(lengths) >= 250
    assert sum(n > 100 for n in lengths) >= 2
    every_text = [t for s in sample for t in _all_text(s)]
    assert any("Zażółć gęślą jaźń" in t and "👨‍👩‍👧‍👦" in t for t in every_text)
    assert any(19_000 <= len(t) <= 20_000 for t in every_text)
    assert "<b>x</b><img src=http://example.com/x.png>" in every_text
    assert "<script>alert(1)</script>" in every_text
    assert any("\u202e" in t for t in every_text)
    assert any("&lt;" in t and "&amp;" in t for t in every_text)
    assert any("Добрий день" in t for t in every_text)
    assert any(max(len(w) for w in t.split()) > 500 for t in every_text)
    assert any(t.count("\n") > 50 for t in every_text)
    names = {a.file_name for s in sample for a in s.attachments}
    assert "../../../../tmp/evil.png" in names
    assert "<img src=x onerror=alert(1)>.png" in names
    assert any(200 < len(n) <= 255 for n in names)
    # long chats stay writable
    longest = max(sample, key=lambda s: len(s.chat))
    assert longest.issue["currentState"]["chatActive"] is True


# --- contract and consistency -------------------------------------------------------------


def test_issues_and_chats_match_the_openapi_contract() -> None:
    for seed_issue in _sample(7) + _sample(21)[:60]:
        assert _errors("PostPurchaseIssue", seed_issue.issue) == []
        for message in seed_issue.chat:
            assert _errors("PostPurchaseIssueChatMessage", message) == []


def test_a_broken_issue_fails_validation() -> None:
    """The validator really checks (enums, nested refs, formats)."""
    issue = dict(_sample(7)[0].issue)
    issue["type"] = "BOGUS"
    issue["currentState"] = dict(issue["currentState"], status="NOPE")
    issue["openedDate"] = "yesterday"
    assert len(_errors("PostPurchaseIssue", issue)) == 3


def test_issue_fields_are_consistent() -> None:
    now_text = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    for seed_issue in _sample(7):
        issue, chat = seed_issue.issue, seed_issue.chat
        state = issue["currentState"]
        summary = issue["chat"]
        assert summary == chat_summary(chat)
        assert summary["messagesCount"] == len(chat)
        assert summary["lastMessage"]["createdAt"] == chat[-1]["createdAt"]
        roles = [m["author"]["role"] for m in chat]
        if roles[-1] == "ADMIN":  # Allegro's advisor wrote last
            expected = "ALLEGRO_ADVISOR_REPLIED"
        elif "SELLER" not in roles:
            expected = "NEW"
        else:
            expected = "SELLER_REPLIED" if roles[-1] == "SELLER" else "BUYER_REPLIED"
        assert summary["lastMessage"]["status"] == expected
        assert roles[0] == "BUYER"
        if "SELLER" in roles:  # after the seller wrote, the last word is a person's or Allegro's
            assert roles[-1] not in ("SYSTEM", "FULFILLMENT")
        initial = summary["initialMessage"]
        assert initial == {**chat[0], "author": {"login": issue["buyer"]["login"], "role": "BUYER"}}
        assert issue["attachments"] == chat[0]["attachments"]
        for message in chat:
            author = message["author"]
            assert TIMESTAMP.match(message["createdAt"])
            if author["role"] in ("BUYER", "SELLER"):
                assert LOGIN.match(author["login"])
            else:
                assert "login" not in author
            if author["role"] == "BUYER":
                assert author["login"] == issue["buyer"]["login"]
            parsed = parse_chat_message(message)
            assert parsed.id == message["id"] and parsed.created_at is not None
        for key in ("openedDate",):
            assert TIMESTAMP.match(issue[key])
        if issue["type"] == "DISPUTE":
            assert state["status"].startswith("DISPUTE_")
            assert isinstance(issue["subject"], str) and issue["subject"]
            for key in ("referenceNumber", "decisionDueDate", "reason"):
                assert issue[key] is None
            assert "right" not in issue  # the contract's enum has no null
            assert state["statusDueDate"] is None and state["returnRequired"] is None
            assert all(e["name"] is None for e in issue["expectations"])
        else:
            assert state["status"].startswith("CLAIM_")
            assert issue["subject"] is None
            assert re.match(r"^\d+/\d{4}$", issue["referenceNumber"])
            assert issue["right"] in ("WARRANTY", "COMPLAINT")
            assert issue["reason"]["type"] in REASON_TYPES
            assert TIMESTAMP.match(issue["decisionDueDate"])
            assert TIMESTAMP.match(state["statusDueDate"])
            assert issue["expectations"]
            for expectation in issue["expectations"]:
                assert expectation["name"] in ("REPAIR", "EXCHANGE", "REFUND", "PARTIAL_REFUND")
                if expectation["name"] in ("REFUND", "PARTIAL_REFUND"):
                    refund = expectation["refund"]
                    assert refund["currency"] == "PLN"
                    assert re.match(r"^\d+\.\d{2}$", refund["amount"])
            if state["returnRequired"] is not None:
                assert "SELLER" in roles  # the decision is a seller message
        assert issue["openedDate"] <= now_text
        parsed_issue = parse_issue(issue)
        assert parsed_issue.id == issue["id"]
        assert parsed_issue.chat.messages_count == len(chat)


def test_attachments_are_referenced_served_and_real_files() -> None:
    seen_png = seen_pdf = False
    for seed_issue in _sample(7):
        by_id = {a.id: a for a in seed_issue.attachments}
        assert len(by_id) == len(seed_issue.attachments)
        referenced = [a for m in seed_issue.chat for a in m["attachments"]]
        referenced += seed_issue.issue["attachments"]
        ids = set()
        for ref in referenced:
            prefix = f"{BASE}/sale/issues/attachments/"
            assert ref["url"].startswith(prefix)
            attachment_id = ref["url"][len(prefix) :]
            ids.add(attachment_id)
            attachment = by_id[attachment_id]
            assert ref["fileName"] == attachment.file_name
        assert ids == set(by_id)
        for attachment in seed_issue.attachments:
            assert 0 < len(attachment.data) <= 2_097_152
            if attachment.content_type == "image/png":
                assert _png_size(attachment.data) == (64, 48)
                seen_png = True
            else:
                assert attachment.content_type == "application/pdf"
                _check_pdf(attachment.data)
                seen_pdf = True
    assert seen_png and seen_pdf


def test_attachment_bytes_are_shared_between_issues() -> None:
    datas = {id(a.data) for s in _sample(7) for a in s.attachments}
    assert len(datas) <= len(assets.images()) + len(assets.documents())
    assert len({a.data for a in assets.images()}) == len(assets.images())


def test_assets_are_valid_files() -> None:
    for image in assets.images():
        assert _png_size(image.data) == (64, 48)
    for document in assets.documents():
        _check_pdf(document.data)
    assert _png_size(assets.make_png(3, 2, (1, 2, 3), (4, 5, 6))) == (3, 2)
    _check_pdf(assets.make_pdf(["(nawiasy) i \\ ukośnik ąę"]))
    with pytest.raises(ValueError):
        assets.make_png(0, 1, (0, 0, 0))


def test_texts_are_polish_and_logins_ascii() -> None:
    assert set(texts.BUYER_OPENINGS) == set(REASON_TYPES)
    assert set(texts.OPENINGS) == set(texts.CLAIM_EXPECTATIONS) == set(REASON_TYPES)
    # every reason has an opening that fits any product and any expectation
    assert all(any(not o.tags for o in texts.OPENINGS[r]) for r in REASON_TYPES)
    assert set(texts.SUBJECTS_EN) == set(REASON_TYPES)
    assert set(texts.SUBJECTS) == set(REASON_TYPES)
    assert set(texts.REASON_DESCRIPTIONS) == set(REASON_TYPES)
    for openings in texts.BUYER_OPENINGS.values():
        for opening in openings:
            opening.format(product="x", ref="1/2026", days=3)  # no stray placeholders
    logins = {s.issue["buyer"]["login"] for s in _sample(7)}
    assert len(logins) > 200
    assert all(LOGIN.match(login) for login in logins)
    assert len(texts.LONG_TEXT) < 20_000
    counts = Counter(s.issue["chat"]["initialMessage"]["text"] for s in _sample(7))
    assert counts.most_common(1)[0][1] < 20  # varied first messages


# --- live activity ------------------------------------------------------------------------


def test_generate_buyer_reply() -> None:
    issue = _sample(7)[0].issue
    later = NOW + timedelta(minutes=5)
    reply = generate_buyer_reply(random.Random(1), issue, later)
    assert reply == generate_buyer_reply(random.Random(1), issue, later)
    assert _errors("PostPurchaseIssueChatMessage", reply) == []
    assert reply["author"] == {"login": issue["buyer"]["login"], "role": "BUYER"}
    assert reply["createdAt"] == "2026-07-15T12:05:00.000Z"
    assert reply["text"]
    chat = [*_sample(7)[0].chat, reply]
    assert chat_summary(chat)["lastMessage"]["createdAt"] == reply["createdAt"]
    assert chat_summary(chat)["messagesCount"] == len(chat)
