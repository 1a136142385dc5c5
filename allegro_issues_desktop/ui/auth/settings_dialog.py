"""Settings: the seller's own Allegro application (client ID/secret) and the UI language.

The stored secret is never shown: an empty secret field means "keep the stored one". The
language change takes effect at the next start, as the note says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...auth.credentials import (
    DEFAULT_REDIRECT_URI,
    AppCredentials,
    CredentialsStore,
    FlowKind,
)


@dataclass(frozen=True, slots=True)
class LanguageApi:
    available: Callable[[], list[tuple[str, str]]]
    preferred: Callable[[], str | None]
    set_preferred: Callable[[str | None], None]


def _language_api() -> LanguageApi:
    try:
        from ... import i18n
    except ImportError:  # the i18n module is optional for this dialog
        return LanguageApi(lambda: [("pl", "Polski"), ("en", "English")], lambda: None, _ignore)
    return LanguageApi(
        i18n.available_languages, i18n.preferred_language, i18n.set_preferred_language
    )


def _ignore(_code: str | None) -> None:
    return None


class _AppCredentialsTab(QWidget):
    """Built-in vs own application for one environment."""

    def __init__(self, current: AppCredentials | None, has_default: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._had_secret = bool(current and current.client_secret)
        self.builtin_radio = QRadioButton(self.tr("Use the application built into this app"), self)
        self.own_radio = QRadioButton(self.tr("Use my own application registered at Allegro"), self)
        group = QButtonGroup(self)
        group.addButton(self.builtin_radio)
        group.addButton(self.own_radio)
        if not has_default:
            self.builtin_radio.setText(
                self.tr("Use the application built into this app (none in this build)")
            )
            self.builtin_radio.setEnabled(False)

        self.client_id = QLineEdit(self)
        self.client_id.setObjectName("clientIdEdit")
        self.client_secret = QLineEdit(self)
        self.client_secret.setObjectName("clientSecretEdit")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.flow = QComboBox(self)
        self.flow.addItem(self.tr("Device (code shown in the app)"), FlowKind.DEVICE.value)
        self.flow.addItem(self.tr("Browser (redirect to this computer)"), FlowKind.BROWSER.value)
        self.redirect_uri = QLineEdit(self)
        self.redirect_uri.setPlaceholderText(DEFAULT_REDIRECT_URI)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Client ID:"), self.client_id)
        form.addRow(self.tr("Client secret:"), self.client_secret)
        form.addRow(self.tr("Application type:"), self.flow)
        form.addRow(self.tr("Redirect address:"), self.redirect_uri)
        hint = QLabel(
            self.tr(
                "Register the application at Allegro's developer portal. A browser-type"
                " application needs the redirect address above registered exactly, with"
                " http://localhost (Allegro refuses 127.0.0.1)."
            ),
            self,
        )
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.builtin_radio)
        layout.addWidget(self.own_radio)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)

        own = current is not None and current.source == "override"
        (self.own_radio if own or not has_default else self.builtin_radio).setChecked(True)
        if own and current is not None:
            self.client_id.setText(current.client_id)
            self.flow.setCurrentIndex(max(0, self.flow.findData(current.flow.value)))
            if current.redirect_uri != DEFAULT_REDIRECT_URI:
                self.redirect_uri.setText(current.redirect_uri)
        self.client_secret.setPlaceholderText(
            self.tr("Stored securely; leave empty to keep it") if own and self._had_secret else ""
        )
        self.own_radio.toggled.connect(self._sync_enabled)
        self.flow.currentIndexChanged.connect(self._sync_enabled)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        own = self.own_radio.isChecked()
        for field in (self.client_id, self.client_secret, self.flow):
            field.setEnabled(own)
        self.redirect_uri.setEnabled(own and self.flow.currentData() == FlowKind.BROWSER.value)

    def uses_own(self) -> bool:
        return self.own_radio.isChecked() and bool(self.client_id.text().strip())

    def credentials(self, stored_secret: str) -> AppCredentials:
        return AppCredentials(
            client_id=self.client_id.text().strip(),
            client_secret=self.client_secret.text().strip() or stored_secret,
            flow=FlowKind(self.flow.currentData()),
            redirect_uri=self.redirect_uri.text().strip() or DEFAULT_REDIRECT_URI,
        )


class SettingsDialog(QDialog):
    settings_changed = Signal()  # credentials or language saved

    ENVIRONMENTS = ("production", "sandbox")

    def __init__(
        self,
        credentials: CredentialsStore,
        parent: QWidget | None = None,
        *,
        uses_secret_fallback: bool = False,
        language_api: LanguageApi | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._credentials = credentials
        self._languages = language_api or _language_api()

        self.tabs: dict[str, _AppCredentialsTab] = {}
        tab_widget = QTabWidget(self)
        names = {"production": self.tr("Allegro"), "sandbox": self.tr("Allegro Sandbox")}
        for key in self.ENVIRONMENTS:
            tab = _AppCredentialsTab(
                credentials.override(key), credentials.default(key) is not None, tab_widget
            )
            self.tabs[key] = tab
            tab_widget.addTab(tab, names[key])
        app_box = QGroupBox(self.tr("Allegro application"), self)
        app_layout = QVBoxLayout(app_box)
        app_layout.addWidget(tab_widget)
        if uses_secret_fallback:
            note = QLabel(
                self.tr(
                    "No system keyring is available, so secrets are kept in a file that only"
                    " your user account can read."
                ),
                app_box,
            )
            note.setWordWrap(True)
            app_layout.addWidget(note)

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("As the system"), None)
        for code, name in self._languages.available():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._languages.preferred())))
        restart_note = QLabel(self.tr("Takes effect after restart."), self)
        language_box = QGroupBox(self.tr("Language"), self)
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Language:"), self.language)
        language_form.addRow("", restart_note)

        desk_box = self._build_desk_box()

        self.error_label = QLabel("", self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(app_box)
        layout.addWidget(language_box)
        layout.addWidget(desk_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _build_desk_box(self) -> QGroupBox:
        """How often Allegro is checked, and which notifications the seller wants."""
        from ...preferences import (
            MAX_POLL_INTERVAL_S,
            MIN_POLL_INTERVAL_S,
            do_not_disturb,
            load_preferences,
            notification_switches,
            poll_interval_s,
        )
        from ...services.notifications import NoteKind

        values = load_preferences()
        box = QGroupBox(self.tr("Checking Allegro and notifications"), self)
        form = QFormLayout(box)
        self.poll_interval = QSpinBox(box)
        self.poll_interval.setObjectName("pollIntervalSpin")
        self.poll_interval.setRange(MIN_POLL_INTERVAL_S, MAX_POLL_INTERVAL_S)
        self.poll_interval.setSuffix(self.tr(" s"))
        self.poll_interval.setValue(poll_interval_s(values) or 120)
        self.poll_interval.setAccessibleName(self.tr("Check Allegro every (seconds)"))
        form.addRow(self.tr("Check Allegro every:"), self.poll_interval)
        names = {
            NoteKind.NEW_MESSAGE: self.tr("New message from a buyer"),
            NoteKind.NEW_ISSUE: self.tr("New discussion or claim"),
            NoteKind.STATE: self.tr("Status changed"),
            NoteKind.CHAT_CLOSED: self.tr("Allegro closed the conversation"),
            NoteKind.ADVISOR: self.tr("An Allegro advisor joined"),
            NoteKind.DUE_24H: self.tr("Deadline within 24 hours"),
            NoteKind.DUE_3H: self.tr("Deadline within 3 hours"),
            NoteKind.OVERDUE: self.tr("Deadline passed"),
        }
        switches = notification_switches(values)
        self.note_boxes: dict[str, QCheckBox] = {}
        for n, (kind, text) in enumerate(names.items()):
            check = QCheckBox(text, box)
            check.setObjectName(f"note_{kind.value}")
            check.setChecked(switches.get(kind.value, True))
            self.note_boxes[kind.value] = check
            form.addRow(self.tr("Notify me of:") if n == 0 else "", check)
        self.do_not_disturb = QCheckBox(self.tr("Do not disturb (no notifications)"), box)
        self.do_not_disturb.setObjectName("doNotDisturb")
        self.do_not_disturb.setChecked(do_not_disturb(values))
        form.addRow("", self.do_not_disturb)
        return box

    def _save_desk(self) -> None:
        from ...preferences import (
            DO_NOT_DISTURB_KEY,
            NOTIFICATIONS_KEY,
            POLL_INTERVAL_KEY,
            update_preferences,
        )

        update_preferences(
            **{
                POLL_INTERVAL_KEY: self.poll_interval.value(),
                NOTIFICATIONS_KEY: {k: c.isChecked() for k, c in self.note_boxes.items()},
                DO_NOT_DISTURB_KEY: self.do_not_disturb.isChecked(),
            }
        )

    def accept(self) -> None:
        problem = self.save()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    def save(self) -> str | None:
        """Store the choices; returns a sentence when something is missing (nothing saved)."""
        for key, tab in self.tabs.items():
            # An empty client ID means "no own application" (there may be no built-in one).
            if tab.uses_own():
                stored = self._credentials.override(key)
                creds = tab.credentials(stored.client_secret if stored else "")
                if not creds.client_secret:
                    return self.tr("Enter the client secret of your own application.")
        for key, tab in self.tabs.items():
            if tab.uses_own():
                stored = self._credentials.override(key)
                self._credentials.set_override(
                    key, tab.credentials(stored.client_secret if stored else "")
                )
            else:
                self._credentials.clear_override(key)
        self._languages.set_preferred(self.language.currentData())
        self._save_desk()
        self.settings_changed.emit()
        return None
