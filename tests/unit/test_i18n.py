"""UI language: resolution, the stored preference, translators and Accept-Language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from allegro_issues_desktop import i18n
from allegro_issues_desktop.preferences import load_preferences


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    """Tests that install Polish must not leave it installed for the next test."""
    saved_locale = QLocale()
    yield qapp
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(saved_locale)
    i18n._current = None


def test_available_languages_are_polish_and_english() -> None:
    assert i18n.available_languages() == [("pl", "Polski"), ("en", "English")]


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("pl_PL", "pl"),
        ("pl", "pl"),
        ("pl-PL", "pl"),
        ("PL_pl.UTF-8", "pl"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("uk_UA", "en"),
        ("C", "en"),
        ("", "en"),
    ],
)
def test_polish_locales_get_polish_everything_else_english(locale_name: str, expected: str) -> None:
    assert i18n.resolve_language(None, locale_name) == expected


def test_explicit_preference_wins_over_the_locale() -> None:
    assert i18n.resolve_language("en", "pl_PL") == "en"
    assert i18n.resolve_language("pl", "de_DE") == "pl"
    assert i18n.resolve_language("pl-PL", "en_US") == "pl"


def test_unknown_preference_falls_back_to_the_locale() -> None:
    assert i18n.resolve_language("fr", "pl_PL") == "pl"
    assert i18n.resolve_language("", "en_US") == "en"


def test_system_locale_is_used_when_no_name_is_given() -> None:
    assert i18n.resolve_language() in {"pl", "en"}


def test_preference_round_trip_through_the_preferences_file() -> None:
    assert i18n.preferred_language() is None
    i18n.set_preferred_language("pl")
    assert i18n.preferred_language() == "pl"
    assert load_preferences()["language"] == "pl"
    i18n.set_preferred_language(None)
    assert i18n.preferred_language() is None


def test_garbage_in_the_preferences_file_is_ignored() -> None:
    from allegro_issues_desktop.preferences import save_preferences

    save_preferences({"language": 42})
    assert i18n.preferred_language() is None
    save_preferences({"language": "xx"})
    assert i18n.preferred_language() is None


def test_accept_language_follows_the_ui_language() -> None:
    assert i18n.accept_language("pl") == "pl-PL"
    assert i18n.accept_language("en") == "en-US"


def test_polish_translators_translate_our_strings_and_qts(english_afterwards: QApplication) -> None:
    i18n.install_translators(english_afterwards, "pl")
    assert i18n.current_language() == "pl"
    assert i18n.accept_language() == "pl-PL"
    assert QCoreApplication.translate("Labels", "Discussion") == "Dyskusja"
    assert QCoreApplication.translate("Labels", "Claim") == "Reklamacja"
    # Qt's own catalogue (qtbase_pl) for standard buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"
    assert QLocale().language() == QLocale.Language.Polish


def test_switching_back_to_english_removes_the_polish_catalogues(
    english_afterwards: QApplication,
) -> None:
    i18n.install_translators(english_afterwards, "pl")
    i18n.install_translators(english_afterwards, "en")
    assert i18n.current_language() == "en"
    assert i18n.accept_language() == "en-US"
    assert QCoreApplication.translate("Labels", "Discussion") == "Discussion"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_polish_plural_forms(english_afterwards: QApplication) -> None:
    i18n.install_translators(english_afterwards, "pl")
    forms = [QCoreApplication.translate("Time", "in %n days", None, n) for n in (2, 5, 22)]
    assert forms == ["za 2 dni", "za 5 dni", "za 22 dni"]


def test_english_plural_forms(english_afterwards: QApplication) -> None:
    i18n.install_translators(english_afterwards, "en")
    assert QCoreApplication.translate("Time", "in %n days", None, 1) == "in 1 day"
    assert QCoreApplication.translate("Time", "in %n days", None, 3) == "in 3 days"
