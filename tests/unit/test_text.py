"""domain.text: the one rule for showing outside text (bidi controls out, control chars tamed)."""

from __future__ import annotations

import pytest

from allegro_issues_desktop.domain.text import (
    BIDI_CONTROLS,
    display_body,
    display_text,
    neutralise,
)

SPOOF = "invoice.pdf\u202eexe.sh"


@pytest.mark.parametrize(
    "control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200e", "\u200f", "\u061c"],
)  # fmt: skip
def test_every_bidi_control_is_removed(control: str) -> None:
    assert display_text(f"a{control}b") == "ab"
    assert display_body(f"a{control}b\nc") == "ab\nc"
    assert ord(control) in BIDI_CONTROLS


def test_spoofed_extension_reads_in_logical_order() -> None:
    assert display_text(SPOOF) == "invoice.pdfexe.sh"
    assert display_body(SPOOF) == "invoice.pdfexe.sh"


def test_single_line_turns_breaks_and_controls_into_spaces() -> None:
    assert display_text(" a\tb\r\nc\x00d\x1be\x85f\u2028g ") == "a b  c d e f g"
    assert display_text(None) == ""
    assert display_text("") == ""


def test_multi_line_keeps_newlines_and_tabs_only() -> None:
    assert display_body("a\r\nb\rc\nd\te\x00f\x7fg\u2029h") == "a\nb\nc\nd\te f g\nh"
    assert display_body("  indented\n") == "  indented\n"  # the author's own spacing stays


def test_letters_of_right_to_left_scripts_stay() -> None:
    assert neutralise("\u202bשלום\u202c") == "שלום"
    assert neutralise("Łódź – zażółć", multiline=True) == "Łódź – zażółć"
