"""Canned replies: named texts with placeholders, stored as JSON with the user's settings. No Qt.

Placeholders are ``{buyer}``, ``{reference}``, ``{order}``, ``{offer_title}`` and
``{deadline}``. :func:`render` fills them from the issue on screen. A value that is not known
(the order not loaded, no deadline) is **left visible** as a marker, ``[order]`` by default (the
UI passes translated markers): the seller sees at once what to fill in before sending, whereas
a silently removed value would leave a sentence like "your order  was sent". Anything else in
braces (``{foo}``, a lone ``{``) is kept as typed.

:class:`TemplateStore` keeps the list in ``templates.json`` (written atomically: a temporary
file, flushed, then renamed over the old one). Before the first save it offers the starter set
of the UI language (:func:`starter_templates`, Polish or English). A damaged file is put aside
(``templates.json.damaged-<time>``) and the starter set is offered; nothing is lost silently.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PLACEHOLDERS: tuple[str, ...] = ("buyer", "reference", "order", "offer_title", "deadline")
FILE_NAME = "templates.json"
#: Allegro's message limit; a longer template could never be sent.
MAX_TEXT = 20_000
MAX_NAME = 120
MAX_TEMPLATES = 500
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    text: str

    def matches(self, query: str) -> bool:
        """Type-to-filter: every word of ``query`` is in the name or the text (any case)."""
        haystack = f"{self.name}\n{self.text}".casefold()
        return all(word in haystack for word in query.casefold().split())


def placeholders_in(text: str) -> list[str]:
    """The placeholders ``text`` uses, in order of first use."""
    seen: list[str] = []
    for match in _PLACEHOLDER.finditer(text):
        if match[1] not in seen:
            seen.append(match[1])
    return seen


def default_marker(name: str) -> str:
    return f"[{name}]"


def render(
    text: str,
    values: Mapping[str, str | None],
    marker: Callable[[str], str] = default_marker,
) -> str:
    """``text`` with its placeholders filled; a missing or empty value becomes ``marker(name)``."""

    def fill(match: re.Match[str]) -> str:
        value = values.get(match[1])
        return value if value else marker(match[1])

    return _PLACEHOLDER.sub(fill, text)


def missing_values(text: str, values: Mapping[str, str | None]) -> list[str]:
    """The placeholders of ``text`` that :func:`render` cannot fill from ``values``."""
    return [name for name in placeholders_in(text) if not values.get(name)]


# -- starter sets --------------------------------------------------------------------------

_STARTERS_PL: tuple[tuple[str, str], ...] = (
    (
        "Przepraszamy, sprawdzamy",
        "Dzień dobry,\ndziękujemy za wiadomość i przepraszamy za kłopot z zamówieniem {order}. "
        "Sprawdzamy sprawę i odezwiemy się najpóźniej jutro.\nPozdrawiamy",
    ),
    (
        "Gdzie jest paczka",
        "Dzień dobry,\npaczka z zamówienia {order} została nadana. Numer przesyłki jest widoczny "
        "w szczegółach zamówienia na Allegro. Jeśli przesyłka nie dotrze w ciągu 2 dni, "
        "prosimy o wiadomość.\nPozdrawiamy",
    ),
    (
        "Prośba o zdjęcia",
        "Dzień dobry,\nprosimy o zdjęcia produktu „{offer_title}” pokazujące usterkę i "
        "opakowanie. Na ich podstawie rozpatrzymy reklamację {reference}.\nPozdrawiamy",
    ),
    (
        "Odesłanie produktu",
        "Dzień dobry,\nprosimy o odesłanie produktu „{offer_title}” na adres z zamówienia, "
        "najlepiej w oryginalnym opakowaniu. Po otrzymaniu przesyłki rozpatrzymy zgłoszenie "
        "{reference}.\nPozdrawiamy",
    ),
    (
        "Zwrot pieniędzy zlecony",
        "Dzień dobry,\nzwrot pieniędzy za zamówienie {order} został zlecony. Środki powinny "
        "pojawić się na koncie w ciągu 2–3 dni roboczych.\nPozdrawiamy",
    ),
    (
        "Odpowiemy w terminie",
        "Dzień dobry,\nreklamację {reference} rozpatrzymy najpóźniej do {deadline}. Dziękujemy "
        "za cierpliwość.\nPozdrawiamy",
    ),
)

_STARTERS_EN: tuple[tuple[str, str], ...] = (
    (
        "Sorry, we are checking",
        "Hello,\nthank you for your message, and sorry for the trouble with order {order}. "
        "We are looking into it and will get back to you by tomorrow at the latest.\n"
        "Kind regards",
    ),
    (
        "Where is my parcel",
        "Hello,\nthe parcel of order {order} has been sent. Its tracking number is in the "
        "order details on Allegro. If it does not arrive within 2 days, please write to us.\n"
        "Kind regards",
    ),
    (
        "Please send photos",
        "Hello,\nplease send us photos of “{offer_title}” showing the defect and the "
        "packaging. We will decide on claim {reference} based on them.\nKind regards",
    ),
    (
        "Please send it back",
        "Hello,\nplease send “{offer_title}” back to the address in the order, in its "
        "original packaging if you can. We will handle {reference} once it arrives.\n"
        "Kind regards",
    ),
    (
        "Refund on its way",
        "Hello,\nthe refund for order {order} has been sent. The money should reach your "
        "account within 2–3 working days.\nKind regards",
    ),
    (
        "We will answer in time",
        "Hello,\nwe will decide on claim {reference} by {deadline} at the latest. Thank you "
        "for your patience.\nKind regards",
    ),
)


def starter_templates(language: str) -> list[Template]:
    """The starter set for a UI language (``pl``…: Polish; anything else: English)."""
    pairs = _STARTERS_PL if language.lower().startswith("pl") else _STARTERS_EN
    return [Template(name, text) for name, text in pairs]


# -- storage -------------------------------------------------------------------------------


def _clean(items: object) -> list[Template] | None:
    """Templates from parsed JSON; None when the shape is not ours at all."""
    if isinstance(items, Mapping):
        items = items.get("templates")
    if not isinstance(items, list):
        return None
    result: list[Template] = []
    for item in items[:MAX_TEMPLATES]:
        if not isinstance(item, Mapping):
            continue
        name, text = item.get("name"), item.get("text")
        if isinstance(name, str) and isinstance(text, str) and (name.strip() or text.strip()):
            result.append(Template(name[:MAX_NAME], text[:MAX_TEXT]))
    return result


class TemplateStore:
    """``templates.json`` in ``config_dir``. See the module doc.

    Attributes:
        path: The file.
        problem: Set when the file could not be read or written (one sentence, for the UI).
    """

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / FILE_NAME
        self.problem: str | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def load(self, language: str) -> list[Template]:
        """The saved templates, or the starter set of ``language`` when none were saved."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return starter_templates(language)
        except OSError as exc:
            self.problem = f"templates could not be read: {exc.strerror or exc}"
            log.warning("%s", self.problem)
            return starter_templates(language)
        try:
            templates = _clean(json.loads(raw))
        except (ValueError, RecursionError):
            templates = None
        if templates is None:
            self._put_aside()
            return starter_templates(language)
        return templates

    def save(self, templates: Iterable[Template]) -> None:
        """Write atomically; raises ``OSError`` (and sets ``problem``) when that fails."""
        payload = {
            "version": 1,
            "templates": [{"name": t.name, "text": t.text} for t in templates],
        }
        data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".templates-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            self.problem = f"templates could not be saved: {exc.strerror or exc}"
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self.problem = None

    def _put_aside(self) -> None:
        aside = self.path.with_name(f"{FILE_NAME}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, aside)
            self.problem = f"the templates file was damaged and was put aside as {aside.name}"
        except OSError as exc:
            self.problem = f"the templates file is damaged: {exc.strerror or exc}"
        log.warning("%s", self.problem)
