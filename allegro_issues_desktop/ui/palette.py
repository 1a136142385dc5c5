"""The few colours that carry meaning. Everything else comes from the platform palette.

One meaning per colour (list rows, the detail header and banners all use these):

=========  ==========================================================================
red        something is wrong: a deadline has passed (``overdue``), a request failed
           (``error`` banners). Never a plain fact.
amber      mind the time: a deadline within 24 h (``due_soon``), notices such as
           "offline since" (``notice`` banners).
orange     your move (Allegro's orange): the buyer or Allegro wrote last, or a claim waits
           for your verdict or return decision (``your_move`` chip, the row's stripe).
blue       a return is required: you decided the buyer sends the product back
           (``return_required``).
grey       plain facts and history: the kind of issue, "no return needed" (``fact``); a
           closed claim's return decision, shown muted because it no longer asks for
           anything (``history``).
green      done: a message sent (``success``).
=========  ==========================================================================

Every text/background pair is at least 4.5:1 (WCAG AA) in both schemes;
``tests/ui/test_palette.py`` computes each ratio from :func:`contrast_pairs`.

Dark mode: :func:`scheme` follows the system (``QStyleHints.colorScheme()``, Qt ≥ 6.5; when
the platform does not say, the lightness of the application palette's window colour).
:func:`force_dark` pins it (tests, screenshots). Read :func:`scheme` when painting or when a
widget is (re)styled; do not cache colours at import time.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True, slots=True)
class Tone:
    """A badge/marker look: text colour on a background, with a border."""

    foreground: QColor
    background: QColor
    border: QColor

    def stylesheet(self) -> str:
        return (
            f"color: {self.foreground.name()}; background: {self.background.name()};"
            f" border: 1px solid {self.border.name()}; border-radius: 4px; padding: 2px 8px;"
        )


@dataclass(frozen=True, slots=True)
class Scheme:
    """The meaning-carrying colours of one colour scheme (light or dark).

    ``base`` and ``window`` are the reference backgrounds text colours are checked against
    (the list/text-field background and the window background of that scheme).
    """

    dark: bool
    base: QColor
    window: QColor
    # Text colours (on base/window).
    overdue: QColor
    due_soon: QColor
    # Chips and banners.
    your_move: Tone
    return_required: Tone
    fact: Tone
    history: Tone
    error: Tone
    notice: Tone
    success: Tone
    #: The "your move" stripe on the left edge of a row (not text: 3:1 against base suffices).
    stripe: QColor


def _tone(fg: str, bg: str, border: str) -> Tone:
    return Tone(QColor(fg), QColor(bg), QColor(border))


LIGHT = Scheme(
    dark=False,
    base=QColor("#ffffff"),
    window=QColor("#efefef"),
    overdue=QColor("#b71c1c"),
    due_soon=QColor("#8a4b00"),
    your_move=_tone("#7a2e00", "#ffe6d5", "#ff5a00"),
    return_required=_tone("#0d47a1", "#e3f2fd", "#64b5f6"),
    fact=_tone("#37474f", "#eceff1", "#b0bec5"),
    history=_tone("#616161", "#fafafa", "#e0e0e0"),
    error=_tone("#ffffff", "#b71c1c", "#8e0000"),
    notice=_tone("#5c4000", "#fff3cd", "#e0a800"),
    success=_tone("#1b5e20", "#e8f5e9", "#81c784"),
    stripe=QColor("#ff5a00"),
)

DARK = Scheme(
    dark=True,
    base=QColor("#1e1e1e"),
    window=QColor("#2d2d2d"),
    overdue=QColor("#ff8a80"),
    due_soon=QColor("#ffcc80"),
    your_move=_tone("#ffd9c2", "#4a2000", "#ff7a33"),
    return_required=_tone("#bbdefb", "#0d2a4a", "#42a5f5"),
    fact=_tone("#cfd8dc", "#37474f", "#607d8b"),
    history=_tone("#a8a8a8", "#262626", "#424242"),
    error=_tone("#ffffff", "#b71c1c", "#ff5252"),
    notice=_tone("#ffe08a", "#3d3000", "#8a6d00"),
    success=_tone("#c8e6c9", "#1b3a1d", "#4caf50"),
    stripe=QColor("#ff7a33"),
)

_forced: bool | None = None
# is_dark() is asked for every painted row: remembered per application palette (its cacheKey
# changes with any palette change) until refresh() (the system's colour scheme changed).
_cached: tuple[int, bool] | None = None


def force_dark(dark: bool | None) -> None:
    """Pin the scheme (True/False) or follow the system again (None)."""
    global _forced
    _forced = dark


def refresh() -> None:
    """Forget the remembered scheme (call on ``QStyleHints.colorSchemeChanged``)."""
    global _cached
    _cached = None


def is_dark() -> bool:
    global _cached
    if _forced is not None:
        return _forced
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    key = QGuiApplication.palette().cacheKey()
    if _cached is not None and _cached[0] == key:
        return _cached[1]
    dark = _ask_system()
    _cached = (key, dark)
    return dark


def _ask_system() -> bool:
    hints = QGuiApplication.styleHints()
    scheme_of = getattr(hints, "colorScheme", None)  # Qt >= 6.5
    if scheme_of is not None:
        value = scheme_of()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def scheme() -> Scheme:
    """The colours for the scheme in use now."""
    return DARK if is_dark() else LIGHT


def contrast_pairs(s: Scheme) -> list[tuple[str, QColor, QColor]]:
    """Every (name, text colour, background) pair the scheme defines: each chip's text on its
    background, and each text colour on the base and the window colour."""
    pairs: list[tuple[str, QColor, QColor]] = []
    for field in fields(s):
        value = getattr(s, field.name)
        if isinstance(value, Tone):
            pairs.append((field.name, value.foreground, value.background))
        elif field.name in ("overdue", "due_soon"):
            pairs.append((f"{field.name} on base", value, s.base))
            pairs.append((f"{field.name} on window", value, s.window))
    return pairs


# The light scheme under its former names, for code that styles a widget once.
# New code: ``scheme().error`` etc.
STRONG = LIGHT.error
WARNING = LIGHT.notice
NEUTRAL = LIGHT.fact
ACCENT = LIGHT.your_move
SUCCESS = LIGHT.success
OVERDUE = LIGHT.overdue
DUE_SOON = LIGHT.due_soon
