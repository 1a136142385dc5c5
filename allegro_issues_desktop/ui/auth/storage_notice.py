"""Tell the seller once that secrets live in a private file because no keyring exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...auth.secret_store import SecretStore
from ...preferences import load_preferences, update_preferences

PREFERENCE_KEY = "secret_file_notice_shown"


def needs_fallback_notice(store: SecretStore) -> bool:
    return store.uses_fallback and not load_preferences().get(PREFERENCE_KEY)


def show_fallback_notice_once(store: SecretStore, parent: QWidget | None) -> QMessageBox | None:
    """A non-blocking message box, at most once per installation; returns it when shown."""
    if not needs_fallback_notice(store):
        return None
    update_preferences(**{PREFERENCE_KEY: True})
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("StorageNotice", "Where sign-in data is kept"))
    box.setText(
        QCoreApplication.translate(
            "StorageNotice",
            "This computer has no system keyring, so your Allegro sign-in is kept in a file"
            " that only your user account can read.",
        )
    )
    box.setInformativeText(str(store.fallback_path))
    box.open()
    return box
