"""Folding text for search, and turning what the seller typed into a safe FTS5 query.

The same :func:`fold` runs when a text is indexed and when a query is built, so "zolty" finds
"żółty" and "lodz" finds "Łódź". It is done in Python because SQLite's ``unicode61`` tokenizer
with ``remove_diacritics`` leaves letters such as ``ł`` alone (they have no decomposition).
"""

from __future__ import annotations

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


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (``"Łódź Żółty"`` → ``"lodz zolty"``).

    Lone surrogates (possible in JSON from the network) are dropped: SQLite cannot store them.
    """
    if text.isascii():
        return text.lower()
    # NFKD before casefold too: compatibility forms such as "ℌ" only become letters with a case
    # after decomposition.
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_NO_DECOMPOSITION)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and not 0xD800 <= ord(c) <= 0xDFFF
    )


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
