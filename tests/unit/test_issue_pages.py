"""The fast list-page decoder (``domain.issue_pages``) against the generic path it replaces.

Differential: for any body, the client's list-page decoding (``client._listed_page``: the fast
decoder, or the generic path for a page it does not read exactly) must give exactly what the
generic path gives (``errors.decode_json`` + ``parse_issue(..., lean=True)`` per object entry),
or refuse exactly the bodies the generic path refuses. The issues are compared by ``repr`` (every
field, ``Decimal('1.0')`` and ``Decimal('1.00')`` told apart), their JSON by value, and the
store's records (text decoded, search text) too. Bodies: the emulator's issues and the spec's,
mutated (values of other types, fields dropped, unknown fields), encoded in several ways
(escaped keys, ASCII or not, odd whitespace), and garbled at the byte level.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from allegro_issues_desktop.allegro.client import _listed_page
from allegro_issues_desktop.allegro.errors import InvalidResponseError, decode_json
from allegro_issues_desktop.demo import data
from allegro_issues_desktop.domain.issue_pages import (
    ISSUE_DEPTH,
    ListedIssue,
    decode_issue_page,
    generic_issue_page,
)
from allegro_issues_desktop.domain.parsing import _is_obj, parse_issue
from allegro_issues_desktop.store.records import issue_record, issue_records
from tests.strategies import timestamp_like

FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SPEC_PATH = Path(__file__).parents[1] / "fixtures" / "post-purchase-issues.openapi.yaml"


def _spec_issues() -> list[dict[str, Any]]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = []
    for operations in spec["paths"].values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for media in (response.get("content") or {}).values():
                    for example_ in (media.get("examples") or {}).values():
                        value = example_["value"]
                        if isinstance(value, dict) and isinstance(value.get("issues"), list):
                            found += [i for i in value["issues"] if isinstance(i, dict)]
                        elif isinstance(value, dict) and "currentState" in value:
                            found.append(value)
    return found


_NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
EMULATOR_ISSUES = [s.issue for s in data.generate_issues(60, 11, "http://127.0.0.1:1", now=_NOW)]
SPEC_ISSUES = _spec_issues()
BASES = EMULATOR_ISSUES + SPEC_ISSUES


def _field_names(values: list[Any]) -> list[str]:
    names: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            names.update(value)
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(values)
    return sorted(names)


FIELD_NAMES = _field_names(BASES)
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["CLAIM", "DISPUTE", "DISPUTE_ONGOING", "50.00", "12,5", " 7 ", "PLN"])
    | timestamp_like()
)
KEYS = st.sampled_from(FIELD_NAMES) | st.text(max_size=6)
JSON = st.recursive(
    LEAVES,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=20,
)


def _mutate(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """A real issue with random parts dropped, replaced by arbitrary JSON, or added to."""
    roll = draw(st.integers(0, 11))
    if roll == 0:
        return draw(JSON)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, child in value.items():
            if draw(st.integers(0, 11)) == 0:
                continue
            out[key] = _mutate(draw, child, depth + 1)
        if roll == 1:
            out[draw(KEYS)] = draw(JSON)
        return out
    if isinstance(value, list):
        return [_mutate(draw, child, depth + 1) for child in value]
    return value


@st.composite
def issues(draw: st.DrawFn) -> Any:
    base = copy.deepcopy(draw(st.sampled_from(BASES)))
    return base if draw(st.booleans()) else _mutate(draw, base)


def _escape_keys(text: str) -> str:
    """Every key's first letter as a \\u escape: the same JSON, other bytes."""
    return text.replace('"id"', '"\\u0069d"').replace('"subject"', '"\\u0073ubject"')


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    entries = draw(st.lists(issues() | JSON, min_size=0, max_size=4))
    page: Any = {"issues": entries}
    if draw(st.integers(0, 9)) == 0:
        page[draw(KEYS)] = draw(JSON)  # a key beside "issues"
    text = json.dumps(
        page,
        ensure_ascii=draw(st.booleans()),
        separators=draw(st.sampled_from([(",", ":"), (", ", ": "), (" ,\n", " :\t")])),
    )
    if draw(st.booleans()):
        text = _escape_keys(text)
    return text.encode("utf-8")


# Byte-level damage: what a hostile or broken server sends.
TOKENS = [
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b"1e400",
    b"9" * 4301,
    b"9" * 4300,
    b'"\\ud800"',
    b'"\\udc00x"',
    b'"\xff"',
    b'"\xc3("',
    b"\xef\xbb\xbf",
    b"[" * 70 + b"]" * 70,
    b"[" * 60 + b"]" * 60,
    b"{}" * 40,
    b'{"a":' * 70 + b"1" + b"}" * 70,
    b"\x00",
    b'"\x01"',
    b"01",
    b"-0",
    b"2.0",
    b"true",
    b"null",
    b",",
    b'"id": 5, "id": "x"',
    b'"\\u0069d": 7',
]


@st.composite
def garbled(draw: st.DrawFn) -> bytes:
    body = bytearray(draw(pages()))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, len(body)))
        how = draw(st.integers(0, 3))
        if how == 0 and body:  # drop a byte
            del body[min(where, len(body) - 1)]
        elif how == 1:  # a random byte
            body[where:where] = bytes([draw(st.integers(0, 255))])
        else:  # a token at a value position (after a colon) or anywhere
            token = draw(st.sampled_from(TOKENS))
            colon = body.find(b": ", where)
            colon = body.find(b":", where) if colon < 0 else colon
            at = colon + 1 if colon >= 0 and how == 2 else where
            body[at:at] = token
    return bytes(body)


# -- the generic path: the specification ---------------------------------------------------------


def generic(body: bytes) -> list[ListedIssue] | None:
    """What the client did before the fast decoder (None: the page is refused)."""
    try:
        value = decode_json(body)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("issues"), list):
        return None
    return [ListedIssue(parse_issue(i, lean=True), i) for i in value["issues"] if _is_obj(i)]


def client_path(body: bytes) -> list[ListedIssue] | None:
    try:
        return _listed_page(body, "GET /sale/issues", 200)
    except InvalidResponseError:
        return None


def _same_json(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _content(source: str | Mapping[str, Any]) -> Any:
    return json.loads(source) if isinstance(source, str) else source


def assert_same(body: bytes) -> list[ListedIssue] | None:
    expected = generic(body)
    got = client_path(body)
    if expected is None:
        assert got is None
        return None
    assert got is not None
    assert [repr(g.issue) for g in got] == [repr(e.issue) for e in expected]
    assert [g.issue for g in got] == [e.issue for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g.issue.raw == {} and g.issue.chat.initial_message is None  # lean
        assert _same_json(_content(g.json), e.json)
        # What the store keeps: the same record, whether from the text or the object.
        mine = issue_record(g.issue, g.json)
        assert not isinstance(e.json, str)  # the generic path keeps the decoded object
        theirs = issue_records([e.json])
        assert (mine is None) == (not theirs)
        if mine is not None:
            assert mine.issue_id == theirs[0].issue_id
            assert mine.search_text == theirs[0].search_text
            assert _same_json(json.loads(mine.raw), json.loads(theirs[0].raw))
    return got


# -- tests -----------------------------------------------------------------------------------


def test_the_emulator_pages_take_the_fast_path_and_equal_the_generic_one() -> None:
    body = json.dumps({"issues": EMULATOR_ISSUES}, ensure_ascii=False).encode()
    listed = decode_issue_page(body)
    assert listed is not None and all(isinstance(i.json, str) for i in listed)
    assert len(listed) == len(EMULATOR_ISSUES)
    assert assert_same(body) is not None


def test_the_spec_examples_take_the_fast_path() -> None:
    body = json.dumps({"issues": SPEC_ISSUES}).encode()
    listed = decode_issue_page(body)
    assert listed is not None and all(isinstance(i.json, str) for i in listed)
    assert assert_same(body) is not None


def test_the_text_kept_is_the_issue_as_received() -> None:
    issue = {"id": "a", "subject": "żółw", "extra": {"x": [1, 2.5, None]}}
    text = json.dumps(issue, ensure_ascii=False, separators=(", ", ":  "))
    listed = decode_issue_page(f'{{"issues": [ {text} , 5]}}'.encode())
    assert listed is not None
    assert [i.json for i in listed] == [text]


@pytest.mark.parametrize(
    ("entry", "fast"),
    [
        ('{"id": 5}', False),  # a number id: the generic path makes it "5"
        ('{"buyer": []}', False),
        ('{"offer": {"quantity": "3"}}', False),
        ('{"offer": {"quantity": 2.0}}', False),
        ('{"currentState": {"chatActive": 1}}', False),
        ('{"expectations": [null, {"name": "X"}]}', False),
        ('{"subject": "\\ud800"}', "page"),  # msgspec refuses a lone surrogate anywhere
        ('{"id": "x", "id": 7}', False),
        ('{"id": 7, "id": "x"}', False),
        ('{"\\u0069d": "x"}', True),
        ('{"id": "x", "unknown": {"deep": [[[1]]]}}', True),
        ('{"id": "x", "initialMessage": 5, "chat": {"initialMessage": "odd"}}', True),
        ('{"id": "x", "n": ' + "9" * 4301 + "}", None),  # int() refuses it: the page fails
        ('{"id": "x", "n": ' + "9" * 4300 + "}", True),
        ('{"id": "x", "n": 1e400}', True),
        # as deep as the cap allows (the issue's own braces count): its brackets are few enough
        ('{"id": "x", "deep": ' + "[" * (ISSUE_DEPTH - 1) + "]" * (ISSUE_DEPTH - 1) + "}", True),
        # shallow, with more brackets than the cap: the generic path checks the depth
        ('{"id": "x", "many": [' + "{}, " * ISSUE_DEPTH + "{}]}", False),
        ('{"id": "x", "deep": ' + "[" * ISSUE_DEPTH + "]" * ISSUE_DEPTH + "}", None),
        ('{"id": "x", "s": "\udcff"}', None),  # the byte 0xff (surrogateescape)
        ('{"id": "x", "s": NaN}', None),
        # timestamps: msgspec parses RFC 3339 and kin (made UTC, sub-microseconds rounded alike)...
        ('{"id": "x", "openedDate": "2026-11-27T04:36:00.1234565Z"}', True),
        ('{"id": "x", "openedDate": "2026-12-31T23:59:59.9999995Z"}', True),
        ('{"id": "x", "openedDate": "2026-11-27T04:36:00+02:00"}', True),
        ('{"id": "x", "openedDate": "2026-11-27 04:36:00"}', True),  # naive: UTC
        ('{"id": "x", "chat": {"lastMessage": {"createdAt": "2026-11-27t04:36:00z"}}}', True),
        ('{"id": "x", "currentState": {"statusDueDate": "2026-11-27T04:36:00-05:30"}}', True),
        ('{"id": "x", "openedDate": "2026-11-27T04:36:00+0200"}', True),
        # ... and leaves the rest to the generic parser
        ('{"id": "x", "openedDate": "2026-11-27T04:36Z"}', False),  # no seconds
        ('{"id": "x", "openedDate": "2026-11-27T04:36:00 +02:00"}', False),
        ('{"id": "x", "openedDate": "2026-02-30T04:36:00Z"}', False),
        ('{"id": "x", "decisionDueDate": "0001-01-01T00:00:00+01:00"}', False),  # overflows
        ('{"id": "x", "openedDate": 1700000000}', False),
    ],
)
def test_each_issue_the_fast_path_does_not_read_exactly_goes_the_generic_way(
    entry: str, fast: bool | str | None
) -> None:
    """``fast``: read by the structs (True), by the generic path for that issue (False), the
    page read the generic way ("page"), or refused as the generic path refuses it (None)."""
    body = b'{"issues": [{"id": "ok"}, ' + entry.encode("utf-8", "surrogateescape") + b"]}"
    got = assert_same(body)
    if fast is None:
        assert got is None
    elif fast == "page":
        assert decode_issue_page(body) is None and got is not None
    else:
        assert got is not None and isinstance(got[0].json, str)
        assert isinstance(got[1].json, str) is fast


@pytest.mark.parametrize(
    "body",
    [
        b'{"issues": [], "count": 1}',  # a key beside "issues": the generic path reads it
        b'{"issues": [], "count": ' + b"9" * 5000 + b"}",
        b'{"issues": [], "x": "\xff"}',
        b'\xef\xbb\xbf{"issues": [{"id": "x"}]}',  # json.loads takes a BOM; msgspec does not
        '{"issues": [{"id": "x"}]}'.encode("utf-16"),
        b'{"issues": "x"}',
        b'{"issues": [1, "2", null, []]}',
        b"[" * 100_000,
        b'{"issues": [' + b"[" * 100_000,
        b'{"issues": [{"id": "a"}' + b"," * 3 + b"]}",
        b"",
    ],
)
def test_odd_pages_end_as_the_generic_path_ends_them(body: bytes) -> None:
    assert_same(body)


@FUZZ
@given(pages())
@example(b'{"issues": [{"id": "a", "id": "b"}]}')
def test_generated_pages_decode_as_the_generic_path_decodes_them(body: bytes) -> None:
    assert_same(body)


@FUZZ
@given(garbled())
def test_garbled_pages_decode_or_fail_as_the_generic_path_does(body: bytes) -> None:
    assert_same(body)


@FUZZ
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_fail_as_the_generic_path_does(body: bytes) -> None:
    assert_same(body)


def test_generic_issue_page_is_the_generic_path() -> None:
    value = {"issues": [*EMULATOR_ISSUES[:3], 5, None]}
    assert [i.issue for i in generic_issue_page(value)] == [
        parse_issue(i, lean=True) for i in EMULATOR_ISSUES[:3]
    ]
