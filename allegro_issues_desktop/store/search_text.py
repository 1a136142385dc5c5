"""Folding text for search, and turning what the seller typed into a safe FTS5 query.

The same :func:`fold` runs when a text is indexed and when a query is built, so "zolty" finds
"żółty" and "lodz" finds "Łódź". It is done in Python because SQLite's ``unicode61`` tokenizer
with ``remove_diacritics`` leaves letters such as ``ł`` alone (they have no decomposition).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus marks (keys are casefolded already).
_NO_DECOMPOSITION = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "ƀ": "b",
        "ɨ": "i",
        "ʉ": "u",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ĸ": "k",
    }
)


# The same as pairs: str.translate with a dict is slow (about 100 ns a character), and a few
# ``in`` and ``replace`` give the same text (every key is one non-ASCII letter, every value
# ASCII, so no replacement makes another key).
_PLAIN_LETTERS = tuple((chr(key), str(value)) for key, value in _NO_DECOMPOSITION.items())

# Where characters with a nonzero combining class can be: planes 0-3 and 14. Planes 4-13 are
# unassigned and 15-16 are private use (class 0); a test checks the whole range.
_MARK_PLANES = (range(0x40000), range(0xE0000, 0xF0000))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Built on first use from this Python's Unicode data (about 40 ms), not at import.

    "Marks" are the characters :func:`fold` removes: every combining mark
    (``unicodedata.combining(c) != 0``) and every lone surrogate. Returns patterns for:

    - a text of ASCII and marks up to U+FFFF only (the usual case: Polish text after NFKD),
    - the marks up to U+FFFF,
    - the marks above U+FFFF.

    Those above are apart because ``re`` tests a class's characters above U+FFFF one range at
    a time (about 200 ranges); the rest is one table look-up.
    """
    bmp: list[str] = []
    astral: list[str] = []
    for plane in _MARK_PLANES:
        for code in plane:
            if unicodedata.combining(char := chr(code)):
                (bmp if code <= 0xFFFF else astral).append(re.escape(char))
    bmp.append("\\ud800-\\udfff")
    marks = "".join(bmp)
    return (
        re.compile(f"[\\x00-\\x7f{marks}]*+"),
        re.compile(f"[{marks}]+"),
        # The look-ahead fails at once on every other character.
        re.compile("(?=[\\U00010000-\\U0010ffff])[{}]".format("".join(astral))),
    )


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (``"Łódź Żółty"`` → ``"lodz zolty"``).

    Lone surrogates (possible in JSON from the network) are dropped: SQLite cannot store them.
    """
    if text.isascii():
        return text.lower()
    # NFKD before casefold too: compatibility forms such as "ℌ" only become letters with a case
    # after decomposition.
    lowered = unicodedata.normalize("NFKD", text).casefold()
    for letter, plain in _PLAIN_LETTERS:  # what NFKD does not decompose, such as "ł"
        if letter in lowered:
            lowered = lowered.replace(letter, plain)
    if lowered.isascii():  # NFKD leaves ASCII alone, and it has no marks or surrogates
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_and_marks, bmp_marks, astral_marks = _patterns()
    if ascii_and_marks.fullmatch(decomposed):  # then removing the marks = dropping non-ASCII
        return decomposed.encode("ascii", "ignore").decode("ascii")
    stripped = bmp_marks.sub("", decomposed)
    return stripped if stripped.isascii() else astral_marks.sub("", stripped)


#: :func:`fold` of an issue's subject, remembered: Allegro's subjects are a fixed list of topics
#: in the language asked for (``Accept-Language``), so a sync folds a few dozen texts, not one
#: per issue (the subject is the Polish, expensive part of an issue's search text).
fold_subject = functools.lru_cache(maxsize=512)(fold)


def fold_joined(subject: str | None, *parts: str | None) -> str:
    """``fold(" ".join(...))`` of the subject and the parts that are not None or empty, folded
    part by part: the same text (fold maps each character on its own; a space is neither a
    mark nor changed), but the ASCII parts (ids, numbers, most logins) take the fast path
    and the subject is remembered."""
    words = [fold_subject(subject)] if subject else []
    words += [fold(part) for part in parts if part]
    return " ".join(words)


MAX_TERMS = 32


def _is_token_char(char: str) -> bool:
    # The unicode61 tokenizer's default token characters: letters, numbers, private use.
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def fts_query(user_query: str) -> str | None:
    """An FTS5 MATCH expression finding rows that contain every word of ``user_query`` as a
    prefix, or None when there is nothing to search for.

    Each word becomes a quoted prefix phrase (``"zolty"*``), and the phrases are AND-ed. Only
    letters and numbers survive into a phrase; every other character (quotes, ``*``, ``:``,
    ``^``, parentheses, ``-``) becomes a space inside the quotes, so no input can form FTS
    syntax. ``"abc-12"`` therefore becomes ``"abc 12"*``: the tokens ``abc`` then ``12…``,
    as the indexed "ABC-123" was tokenized.

    Words after the first :data:`MAX_TERMS` different ones are ignored: a pasted page must not
    keep the database busy for seconds.
    """
    terms: dict[str, None] = {}  # ordered set: a repeated word adds nothing
    for word in fold(user_query).split():
        cleaned = "".join(c if _is_token_char(c) else " " for c in word).split()
        if cleaned:
            terms['"' + " ".join(cleaned) + '"*'] = None
            if len(terms) == MAX_TERMS:
                break
    return " AND ".join(terms) if terms else None
