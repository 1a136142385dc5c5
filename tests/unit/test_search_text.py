"""Folding and FTS query building for issue search."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegro_issues_desktop.store.search_text import (
    MAX_TERMS,
    fold,
    fold_joined,
    fold_subject,
    fts_query,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Żółty", "zolty"),
        ("ŻÓŁTY", "zolty"),
        ("Łódź", "lodz"),
        ("zażółć gęślą jaźń", "zazolc gesla jazn"),
        ("ĄĆĘŁŃÓŚŹŻ", "acelnoszz"),
        ("Straße", "strasse"),
        ("Øresund", "oresund"),
        ("Đorđe", "dorde"),
        ("Ærø", "aero"),
        ("Þór", "thor"),
        ("Crème Brûlée", "creme brulee"),
        ("ABC-123/x", "abc-123/x"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_drops_lone_surrogates() -> None:
    assert fold("a\ud800ł") == "al"


@settings(max_examples=300)
@given(st.text())
def test_fold_is_idempotent_and_lower(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    # casefold, not lower: Cherokee letters casefold to their capitals ("ꭰ" -> "Ꭰ").
    assert once == once.casefold()


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("zolty", '"zolty"*'),
        ("ŻÓŁTY  Łódź", '"zolty"* AND "lodz"*'),
        ('"x" OR y*', '"x"* AND "or"* AND "y"*'),
        ("abc-12", '"abc 12"*'),
        ("name:foo ^bar (baz) NEAR", '"name foo"* AND "bar"* AND "baz"* AND "near"*'),
    ],
)
def test_fts_query(query: str, expression: str) -> None:
    assert fts_query(query) == expression


def test_fts_query_drops_repeats_and_stops_at_max_terms() -> None:
    assert fts_query("zol ZÓŁ zol x") == '"zol"* AND "x"*'
    words = [f"w{n}" for n in range(MAX_TERMS + 10)]
    assert fts_query(" ".join(words)) == " AND ".join(f'"{w}"*' for w in words[:MAX_TERMS])


@pytest.mark.parametrize("query", ["", "   ", "\t\n", '"', "*", "-- ()", ":^", "\x00"])
def test_fts_query_with_nothing_to_search_is_none(query: str) -> None:
    assert fts_query(query) is None


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61')")
    db.execute("INSERT INTO t (body) VALUES (?)", (fold("Żółty rower ABC-123 Łódź"),))
    return db


@settings(max_examples=400)
@given(st.text())
def test_every_query_is_valid_fts5(fts: sqlite3.Connection, query: str) -> None:
    # Straight to SQLite, no safety net: a syntax error here would be a bug in fts_query.
    expression = fts_query(query)
    if expression is not None:
        fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("zol", True),
        ("ŻÓŁ row", True),
        ("abc-12", True),
        ("abc 123", True),
        ("lodz", True),
        ("ŁÓDŹ", True),
        ("olty", False),  # prefixes only, not infixes
        ("zolty samochod", False),  # every word must match
    ],
)
def test_expression_matches(fts: sqlite3.Connection, query: str, found: bool) -> None:
    rows = fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts_query(query),)).fetchall()
    assert bool(rows) is found


@given(st.one_of(st.none(), st.text()), st.lists(st.one_of(st.none(), st.text()), max_size=5))
def test_folding_part_by_part_is_folding_the_joined_text(
    subject: str | None, parts: list[str | None]
) -> None:
    """An issue's search text is folded part by part (the subject remembered): the same text
    as folding the parts joined, whatever the characters (marks, surrogates, "ß", "ł")."""
    joined = " ".join(p for p in (subject, *parts) if p)
    assert fold_joined(subject, *parts) == fold(joined)


def test_a_subject_is_folded_once() -> None:
    fold_subject.cache_clear()
    for _ in range(3):
        assert fold_joined("Nie otrzymałem towaru", "Łukasz") == "nie otrzymalem towaru lukasz"
    assert fold_subject.cache_info().misses == 1 and fold_subject.cache_info().hits == 2
