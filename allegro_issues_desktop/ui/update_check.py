"""Help › Check for updates…, and the opt-in check at start (at most once a day).

Both ask ``services.updates.check_for_update`` and only tell: a message box with the new
version and a link to its release page. Nothing is downloaded or run.

    from .ui.update_check import install_update_check
    install_update_check(window)  # once the window and the asyncio (qasync) loop exist
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .. import APP_NAME
from ..preferences import load_preferences, update_preferences
from ..services import updates
from ..services.updates import UpdateAvailable, UpdateCheckFailed, UpdateResult, UpToDate

log = logging.getLogger(__name__)

CheckFunction = Callable[[], Awaitable[UpdateResult]]
START_DELAY_MS = 4000  # after the first page, not competing with it


class UpdateCheck(QObject):
    """Owns the two Help menu actions and the message box; a child of the window."""

    def __init__(self, window: QWidget, help_menu: QMenu, check: CheckFunction) -> None:
        super().__init__(window)
        self.setObjectName("updateCheck")
        self._window = window
        self._check = check
        self._task: asyncio.Task[None] | None = None
        self.message_box: QMessageBox | None = None

        self.check_action = QAction(self.tr("Check for updates…"), self)
        self.check_action.setObjectName("checkForUpdatesAction")
        self.check_action.setMenuRole(QAction.MenuRole.ApplicationSpecificRole)
        self.check_action.triggered.connect(self._on_check_action_triggered)

        self.at_start_action = QAction(self.tr("Check for updates at start-up"), self)
        self.at_start_action.setObjectName("checkUpdatesAtStartAction")
        self.at_start_action.setCheckable(True)
        self.at_start_action.setChecked(updates.check_at_start_enabled(load_preferences()))
        self.at_start_action.setStatusTip(
            self.tr("At most once a day; it only tells you about a new version.")
        )
        self.at_start_action.toggled.connect(self._on_at_start_action_toggled)

        existing = help_menu.actions()
        if existing:  # before About, with a separator
            help_menu.insertActions(existing[0], [self.check_action, self.at_start_action])
            help_menu.insertSeparator(existing[0])
        else:
            help_menu.addActions([self.check_action, self.at_start_action])

    # --- checks ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def check_now(self, *, interactive: bool = True) -> None:
        """Start a check on the running asyncio loop (ignored while one is running)."""
        if self.running:
            return
        self.check_action.setEnabled(False)
        self._task = asyncio.ensure_future(self._run(interactive=interactive))

    def check_at_start_if_due(self, delay_ms: int = START_DELAY_MS) -> bool:
        """Schedule the quiet check if the seller opted in and none ran in the last day."""
        if not updates.start_check_due(load_preferences()):
            return False
        QTimer.singleShot(delay_ms, self, self._start_quiet_check)
        return True

    def _start_quiet_check(self) -> None:
        if not updates.start_check_due(load_preferences()):
            return
        update_preferences(**{updates.PREF_LAST_CHECK: datetime.now(UTC).isoformat()})
        self.check_now(interactive=False)

    async def _run(self, *, interactive: bool) -> None:
        try:
            result = await self._check()
        except Exception as exc:  # an injected or future check must not kill the task silently
            log.exception("update check crashed")
            result = UpdateCheckFailed(updates.FailureKind.NETWORK, repr(exc))
        if not shiboken6.isValid(self):  # the window closed while the feed was being read
            return
        self.check_action.setEnabled(True)
        if interactive or isinstance(result, UpdateAvailable):
            self.show_result(result)

    # --- showing the answer ---------------------------------------------------------------------

    def show_result(self, result: UpdateResult) -> QMessageBox:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(self._window)
        box.setObjectName("updateCheckMessage")
        box.setWindowTitle(self.tr("Check for updates"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        if isinstance(result, UpdateAvailable):
            box.setIcon(QMessageBox.Icon.Information)
            url = html.escape(result.url, quote=True)
            text = self.tr("%1 %2 is available (you have %3).")
            text = text.replace("%1", html.escape(APP_NAME))
            text = text.replace("%2", html.escape(result.version))
            text = text.replace("%3", html.escape(result.current))
            link = self.tr("Download it from the release page:")
            box.setText(f"<p>{text}</p><p>{link}<br><a href='{url}'>{url}</a></p>")
            open_button = box.addButton(
                self.tr("Open the release page"), QMessageBox.ButtonRole.ActionRole
            )
            open_button.setObjectName("openReleasePageButton")
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(result.url)))
        elif isinstance(result, UpToDate):
            box.setIcon(QMessageBox.Icon.Information)
            text = self.tr("You have the latest version (%1).").replace("%1", result.current)
            box.setText(f"<p>{html.escape(text)}</p>")
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(f"<p>{html.escape(self._failure_text(result))}</p>")
            box.setDetailedText(result.detail)
        self.message_box = box
        box.destroyed.connect(self._on_message_box_destroyed)
        box.open()
        return box

    def _failure_text(self, result: UpdateCheckFailed) -> str:
        if result.kind is updates.FailureKind.NETWORK:
            return self.tr("Could not reach the release page. Check the connection and try again.")
        if result.kind is updates.FailureKind.HTTP:
            return self.tr("The release page did not answer as expected. Try again later.")
        if result.kind is updates.FailureKind.UNSAFE_REDIRECT:
            return self.tr("The release page sent us to an insecure address; nothing was opened.")
        return self.tr("The list of releases could not be read. Try again later.")

    def _on_message_box_destroyed(self) -> None:
        self.message_box = None

    def _on_check_action_triggered(self) -> None:
        self.check_now(interactive=True)

    def _on_at_start_action_toggled(self, checked: bool) -> None:
        update_preferences(**{updates.PREF_CHECK_AT_START: checked})


def install_update_check(
    window: QWidget, *, check: CheckFunction | None = None, check_at_start: bool = True
) -> None:
    """Add Help › Check for updates… (and the at-start toggle) to ``window.help_menu``.

    ``check`` replaces the real feed request (tests); ``check_at_start`` False skips the opt-in
    check at start (e.g. for --smoke-test and --screenshot runs).
    """
    help_menu = getattr(window, "help_menu", None)
    if not isinstance(help_menu, QMenu):
        raise TypeError("install_update_check needs a window with a help_menu (QMenu)")
    controller = UpdateCheck(window, help_menu, check or updates.check_for_update)
    if check_at_start:
        controller.check_at_start_if_due()
