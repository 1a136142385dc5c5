"""UI language: Polish for Polish locales, English otherwise, switchable in Settings.

Source strings in the code are English (``self.tr("...")`` / ``QCoreApplication.translate``).
Polish comes from ``resources/translations/allegro_issues_pl.qm`` (built from the Qt Linguist
``.ts`` by ``packaging/update_translations.py``) plus Qt's own ``qtbase_pl.qm`` for the standard
dialog buttons. English needs no catalogue except for plural forms (``%n``), which
``allegro_issues_en.qm`` carries.

The language chosen here also drives ``Accept-Language`` towards Allegro (:func:`accept_language`),
so error messages from the API come back in the seller's language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .preferences import load_preferences, update_preferences
from .settings import resources_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
_LANGUAGES: tuple[tuple[str, str], ...] = (("pl", "Polski"), ("en", "English"))
_ACCEPT_LANGUAGE = {"pl": "pl-PL", "en": "en-US"}
_QT_LOCALES = {"pl": "pl_PL", "en": "en_US"}
CATALOGUE_PREFIX = "allegro_issues"

# Installed translators stay referenced here: a QTranslator that Python garbage-collects is
# silently removed from the application.
_translators: list[QTranslator] = []
_current: str | None = None


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) pairs for the Settings combo box; names are never translated."""
    return list(_LANGUAGES)


def _known(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("-", "_").split("_", 1)[0]
    return code if code in _ACCEPT_LANGUAGE else None


def preferred_language() -> str | None:
    """The seller's explicit choice, or None to follow the system locale."""
    value = load_preferences().get("language")
    return _known(value) if isinstance(value, str) else None


def set_preferred_language(code: str | None) -> None:
    """Store the choice (None = follow the system); takes effect on the next start-up."""
    update_preferences(language=_known(code))


def _system_language_names() -> list[str]:
    system = QLocale.system()
    # uiLanguages() honours LANGUAGE / the OS's preferred languages; name() is the format locale.
    return [*system.uiLanguages(), system.name()]


def resolve_language(preference: str | None = None, system_locale_name: str | None = None) -> str:
    """ "pl" for a Polish locale, "en" for anything else; an explicit preference wins."""
    chosen = _known(preference)
    if chosen:
        return chosen
    names = [system_locale_name] if system_locale_name is not None else _system_language_names()
    for name in names:
        if name:
            return "pl" if _known(name) == "pl" else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _load(translator: QTranslator, file_name: str, directory: Path | str) -> bool:
    ok = translator.load(file_name, str(directory))
    if not ok:
        log.info("translation %s not found in %s", file_name, directory)
    return ok


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace any translators installed earlier with those for ``language`` ("pl" or "en").

    Installing/removing translators makes Qt send ``LanguageChange`` events, so widgets that
    re-set their texts in ``changeEvent`` follow at once; the others follow on the next start.
    """
    global _current
    code = _known(language) or DEFAULT_LANGUAGE
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()

    wanted: list[tuple[str, Path | str]] = [(f"{CATALOGUE_PREFIX}_{code}.qm", translations_dir())]
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((f"qtbase_{code}.qm", qt_dir))
    for file_name, directory in wanted:
        translator = QTranslator(app)
        if _load(translator, file_name, directory) and app.installTranslator(translator):
            _translators.append(translator)

    QLocale.setDefault(QLocale(_QT_LOCALES[code]))
    _current = code
    log.info("UI language: %s (%d catalogue(s) loaded)", code, len(_translators))


def current_language() -> str:
    """The installed UI language; before install_translators(), what would be installed."""
    if _current is not None:
        return _current
    return resolve_language(preferred_language())


def accept_language(language: str | None = None) -> str:
    """The Accept-Language value for Allegro: "pl-PL" or "en-US"."""
    code = _known(language) or current_language()
    return _ACCEPT_LANGUAGE[code]
