"""Text from outside (the buyer, Allegro, file names) made safe to show: one definition.

A buyer controls their login, the messages, the issue's texts and the attachments' names. Bidi
controls in any of them can reorder what follows on screen (``invoice.pdf\\u202eexe.sh`` shows as
"invoice.pdfhs.exe"), and control characters can break a line or hide text. Every place that
shows such text goes through :func:`neutralise` (directly or via :func:`display_text` /
:func:`display_body`), so the rule exists once:

* bidi embeddings, overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F,
  U+061C) are removed: the text then reads in logical (typed) order;
* other control characters (C0, DEL, C1) and the Unicode line/paragraph separators become a
  space; in multi-line text newlines stay newlines (CR LF, CR, U+2028, U+2029 become ``\\n``)
  and tabs stay tabs.

Removing the marks costs legitimate right-to-left text a little of its shaping; Polish sellers
and buyers do not need them, and a file name must never be able to flip its extension.

Pure Python, no Qt.
"""

from __future__ import annotations

__all__ = ["BIDI_CONTROLS", "display_body", "display_text", "neutralise"]

#: Code points removed from every shown text.
BIDI_CONTROLS: frozenset[int] = frozenset(
    (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)
)
_REMOVE: dict[int, str | None] = dict.fromkeys(BIDI_CONTROLS)
_CONTROL_CODES = (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)

_ONE_LINE = str.maketrans({**dict.fromkeys(_CONTROL_CODES, " "), **_REMOVE})
_MULTI_LINE = str.maketrans(
    {
        **dict.fromkeys(_CONTROL_CODES, " "),
        0x09: "\t",
        0x0A: "\n",
        0x2028: "\n",
        0x2029: "\n",
        **_REMOVE,
    }
)


def neutralise(text: str | None, *, multiline: bool = False) -> str:
    """``text`` without bidi controls or control characters (see the module doc).

    ``multiline=False`` (names, subjects, list rows) also turns newlines and tabs into spaces
    and strips the ends; ``multiline=True`` (message bodies, descriptions) keeps ``\\n`` and
    ``\\t`` and the text's own leading and trailing blanks.
    """
    if not text:
        return ""
    if multiline:
        return text.replace("\r\n", "\n").replace("\r", "\n").translate(_MULTI_LINE)
    return text.translate(_ONE_LINE).strip()


def display_text(text: str | None) -> str:
    """One line of outside text (a login, a subject, a file name) safe to show."""
    return neutralise(text)


def display_body(text: str | None) -> str:
    """A multi-line outside text (a message, a description) safe to show."""
    return neutralise(text, multiline=True)
