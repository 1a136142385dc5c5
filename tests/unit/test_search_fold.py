"""The fast :func:`fold` gives exactly what the first, character-by-character one gave."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from allegro_issues_desktop.store import search_text
from allegro_issues_desktop.store.search_text import fold


def reference_fold(text: str) -> str:
    """The original implementation, kept as the reference."""
    if text.isascii():
        return text.lower()
    lowered = (
        unicodedata.normalize("NFKD", text).casefold().translate(search_text._NO_DECOMPOSITION)
    )
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and not 0xD800 <= ord(c) <= 0xDFFF
    )


POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
SAMPLES = [
    "",
    "abc",
    "ABC-123/x",
    "Żółty rower nie działa",
    "ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
    "Kowalski_Łódź",
    "Paczka utknęła w Gdańsku",
    "Straße Øresund Đorđe Ærø Þór ĸ ŀ ŧ ƀ ɨ ʉ ı İ",
    "Crème Brûlée, ﬁ ℌ ① ㎏ ẞ ǅ",
    "a\ud800ł\udfff",
    "\u0301\u0328ą",  # marks with nothing before them
    "e\u0301\u0301\u0301",
    "Ελληνικά Ά ΐ Русский Ёё ქართული العربية עִבְרִית हिन्दी 한국어 中文",
    "🙂 👍🏽 \U0001d165\U0001d166 \U000e0100",
    *POLISH,
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_matches_the_reference(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_polish_letters() -> None:
    assert fold(POLISH) == "acelnoszzacelnoszz"


@settings(max_examples=1000)
@given(st.text())
@example("Łódź Żółty")
def test_fold_matches_the_reference_on_any_text(text: str) -> None:
    assert fold(text) == reference_fold(text)


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(POLISH + "aeloz ĄÓŁ\u0301\u0328\u0307ﬁß")))
def test_fold_matches_the_reference_on_polish_text(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_every_character_folds_as_before() -> None:
    # Every code point (lone surrogates included), each after a base letter, in blocks.
    for start in range(0, sys.maxunicode + 1, 0x1000):
        text = "".join("a" + chr(c) for c in range(start, start + 0x1000))
        assert fold(text) == reference_fold(text), hex(start)


def test_marks_are_only_where_the_pattern_looks() -> None:
    marks = {c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))}
    assert all(any(c in plane for plane in search_text._MARK_PLANES) for c in marks)
