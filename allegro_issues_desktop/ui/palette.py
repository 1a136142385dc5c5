"""The few colours that carry meaning. Everything else comes from the platform palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


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


# Strong: a return is required. Warning: the seller must act. Neutral: informational.
STRONG = Tone(QColor("#ffffff"), QColor("#c62828"), QColor("#b71c1c"))
WARNING = Tone(QColor("#6d4c00"), QColor("#fff3cd"), QColor("#e0a800"))
NEUTRAL = Tone(QColor("#37474f"), QColor("#eceff1"), QColor("#b0bec5"))
ACCENT = Tone(QColor("#ffffff"), QColor("#ff5a00"), QColor("#e65100"))  # Allegro orange: your turn
SUCCESS = Tone(QColor("#1b5e20"), QColor("#e8f5e9"), QColor("#81c784"))

OVERDUE = QColor("#c62828")
DUE_SOON = QColor("#b26a00")
