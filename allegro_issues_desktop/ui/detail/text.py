"""Showing text that came from outside (the buyer, Allegro, file names) without interpreting it.

QLabel and tooltips guess rich text from the content (``Qt::mightBeRichText``), and buttons and
menus read "&" as a mnemonic marker. These helpers make every such place literal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(parent: QWidget, object_name: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside an explicit rich-text wrapper."""
    return f"<qt>{html.escape(text)}</qt>" if text else ""


def mnemonic_safe(text: str) -> str:
    """For button and menu texts: "&" would otherwise underline the next letter and vanish."""
    return text.replace("&", "&&")
