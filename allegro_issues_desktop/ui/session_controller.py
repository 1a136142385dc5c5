"""Which Allegro the window talks to: accounts, sign-in, the demo emulator, one API client.

The window only knows ``attach_client``/``detach_client``; this controller decides which
account is active, runs the sign-in dialogs, starts the embedded emulator for demo accounts and
owns (and closes) the API client it hands over. Tokens come from ``AuthSession`` only, so each
account's requests carry that account's token to that account's environment.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid as shiboken_valid

from ..allegro.ratelimit import shared_budget
from ..auth.accounts import Account
from ..auth.credentials import FlowKind
from ..auth.oauth import TokenSet
from ..auth.session import AuthSession
from ..services.desk import account_key
from ..services.tasks import LatestTask, TaskGroup
from ..settings import EnvironmentKind, demo_environment
from .auth.account_switcher import AccountSwitcher
from .auth.first_run import FirstRunPage
from .auth.settings_dialog import SettingsDialog
from .auth.sign_in_banner import SignInBanner
from .auth.storage_notice import show_fallback_notice_once

if TYPE_CHECKING:
    from ..allegro.client import AllegroClient
    from ..allegro.tokens import TokenProvider
    from ..demo.server import Emulator
    from .main_window import MainWindow

log = logging.getLogger(__name__)

DEMO = EnvironmentKind.DEMO.value
DEMO_POLL_MS = 20_000  # the demo's buyers write every ~20 s; Allegro itself is polled slower


class DemoSettings:
    """How the embedded emulator is seeded for this run."""

    def __init__(self, issues: int = 300, seed: int = 7, live: bool = True) -> None:
        self.issues = issues
        self.seed = seed
        self.live = live


class SessionController(QObject):
    activated = Signal(str)  # account id ("" for a server given on the command line)
    activation_failed = Signal(str)  # a sentence for the seller

    def __init__(
        self,
        window: MainWindow,
        session: AuthSession,
        demo: DemoSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.demo = demo or DemoSettings()
        self.client: AllegroClient | None = None
        self.current: Account | None = None
        self.emulator: Emulator | None = None
        self._activation = LatestTask("activate-account")
        self._side_tasks = TaskGroup()
        self._emulator_start: asyncio.Future[None] | None = None
        self._dialog: QDialog | None = None
        self._session_ended = False  # the current account's refresh failed for good
        self._base_title = window.windowTitle()

        self.first_run = FirstRunPage(window)
        self.switcher = AccountSwitcher(window)
        self.sign_in_banner = SignInBanner(window)
        self.sign_in_banner.hide()
        window.set_start_page(self.first_run)
        window.add_toolbar_widget(self.switcher)
        window.add_banner(self.sign_in_banner)

        self.first_run.sign_in_requested.connect(self._on_first_run_sign_in_requested)
        self.first_run.demo_requested.connect(self._on_first_run_demo_requested)
        self.first_run.back_requested.connect(window.show_workspace)
        self.switcher.account_selected.connect(self._on_switcher_account_selected)
        self.switcher.add_account_requested.connect(self._on_switcher_add_account_requested)
        self.switcher.rename_requested.connect(self._on_switcher_rename_requested)
        self.switcher.sign_out_requested.connect(self._on_switcher_sign_out_requested)
        self.switcher.sign_in_requested.connect(self._on_switcher_sign_in_requested)
        self.sign_in_banner.sign_in_requested.connect(self._on_sign_in_banner_sign_in_requested)
        window.settings_requested.connect(self.open_settings)
        self._update_choice_notes()
        self._update_switcher()

    # -- start ------------------------------------------------------------------------------

    async def start(self, *, demo: bool = False) -> None:
        """Open the demo, the remembered account, or the first-run page."""
        show_fallback_notice_once(self.session.secrets, self.window)
        account = None if demo else self.session.accounts.current()
        if not demo and account is None:
            self.show_first_run()
            return
        # As a replaceable task: choosing another account meanwhile must win over this one.
        task = self._activation.start(
            self.activate_demo() if account is None else self.activate(account)
        )
        await asyncio.wait([task])
        if not task.cancelled() and (error := task.exception()) is not None:
            raise error

    async def connect_static(self, api_url: str, provider: TokenProvider) -> None:
        """A server and token from the command line: no account, no sign-in."""
        from .. import i18n
        from ..allegro.client import AllegroClient

        client = AllegroClient(
            api_url, provider, language=i18n.accept_language(), on_slow=self.window.set_slow
        )
        await self._replace_client(client, keep_data=False)
        self.switcher.hide()
        self.window.show_workspace()
        self.window.refresh_action.trigger()
        self.activated.emit("")

    def show_first_run(self) -> None:
        self.first_run.set_back_visible(self.client is not None)
        self.window.show_start_page()

    # -- accounts ---------------------------------------------------------------------------

    async def activate(
        self, account: Account, *, keep_data: bool = False, fresh_demo_sign_in: bool = False
    ) -> None:
        """Make ``account`` the one the window shows; load its issues.

        ``fresh_demo_sign_in``: the demo account was signed in to this run's emulator just now
        (its first run): no second sign-in.
        """
        from .. import i18n
        from ..allegro.client import AllegroClient

        key = account_key(account.environment, account.id)
        # What was saved is on screen before any sign-in, emulator start or request.
        await self.window.preview_cached(key)
        if account.environment == DEMO and not fresh_demo_sign_in:
            signed_in = await self._demo_sign_in_or_say_why(account.id)
            if signed_in is None:
                return
            account = signed_in
        provider = await asyncio.to_thread(
            self.session.token_provider, account, self._on_provider_signed_out
        )
        if provider is None:  # no tokens (signed out) or an environment we cannot reach
            await self._replace_client(None, keep_data=False)
            self._make_current(account)
            self.window.show_workspace()
            self.sign_in_banner.show_for(account.label)
            self._update_switcher()
            self._update_title()
            return
        env = self.session.environment(account.environment)
        # One request budget per Client ID, shared by every account that uses it: a 429 on
        # one pauses them all (Allegro blocks the whole Client ID for a minute).
        credentials = await asyncio.to_thread(self.session.credentials.resolve, account.environment)
        budget = shared_budget(f"{env.api_url} {credentials.client_id}")
        client = AllegroClient(
            env.api_url,
            provider,
            language=i18n.accept_language(),
            budget=budget,
            on_slow=self.window.set_slow,
        )
        try:
            await self._replace_client(
                client,
                keep_data=keep_data or self.window.showing_account(key),
                poll_ms=DEMO_POLL_MS if account.environment == DEMO else None,
                account=key,
            )
        except BaseException:  # cancelled by a newer choice before the window took it
            if self.client is not client:
                await client.aclose()
            raise
        # Only now, together with its client: the title and switcher never name another shop.
        self._make_current(account)
        self.sign_in_banner.hide()
        self.window.show_workspace()
        self._update_switcher()
        self._update_title()
        self.window.refresh_action.trigger()
        self.activated.emit(account.id)

    def _make_current(self, account: Account) -> None:
        self.session.accounts.set_current(account.id)
        self.current = account
        self._session_ended = False

    async def activate_demo(self) -> None:
        """The demo account (created on first use), signed in silently to a fresh emulator."""
        existing = next(
            (a for a in self.session.accounts.accounts() if a.environment == DEMO), None
        )
        if existing is None:
            created = await self._demo_sign_in_or_say_why(None)
            if created is not None:
                await self.activate(created, fresh_demo_sign_in=True)
            return
        await self.activate(existing)

    async def _demo_sign_in_or_say_why(self, account_id: str | None) -> Account | None:
        try:
            return await self._demo_sign_in(account_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # whatever stops the demo, the seller gets a sentence
            log.warning("demo sign-in failed", exc_info=True)
            self._fail(self.tr("The demo could not start: %1").replace("%1", str(exc) or repr(exc)))
            return None

    async def _demo_sign_in(self, account_id: str | None) -> Account:
        """Every run has a fresh emulator, so demo tokens are fetched anew each time."""
        await self._ensure_emulator()
        oauth = self.session.oauth_client(DEMO)
        authorization = await oauth.start_device_flow()
        tokens = await oauth.poll_device_flow(authorization)
        return await self._store_sign_in(DEMO, tokens, account_id, self.tr("Demo"))

    async def _store_sign_in(
        self, environment_key: str, tokens: TokenSet, account_id: str | None, label: str
    ) -> Account:
        # The keyring may answer slowly (D-Bus, a locked wallet): never on the GUI thread.
        return await asyncio.to_thread(
            self.session.complete_sign_in,
            environment_key,
            tokens,
            account_id=account_id,
            label=label,
        )

    async def _ensure_emulator(self) -> None:
        # One start, shielded: a cancelled caller (a second click, quitting) must neither
        # start a second emulator nor lose track of the one being started (aclose stops it).
        if self._emulator_start is None:
            self._emulator_start = asyncio.ensure_future(self._start_emulator())
        try:
            await asyncio.shield(self._emulator_start)
        except asyncio.CancelledError:
            raise
        except BaseException:
            self._emulator_start = None  # try again on the next attempt
            raise

    async def _start_emulator(self) -> None:
        demo = self.demo

        def start() -> Emulator:
            from ..demo.server import Emulator

            emulator = Emulator(
                issues=demo.issues, seed=demo.seed, live=demo.live, auto_approve_device=True
            )
            emulator.oauth.interval = 0  # no one to wait for: approval is automatic
            return emulator.start()  # generating the data takes a moment

        self.window.status_label.setText(self.tr("Starting the demo Allegro…"))
        try:
            # Importing, building and starting it all off the GUI thread (~60 ms saved there).
            emulator = await asyncio.to_thread(start)
        finally:
            self.window.status_label.clear()
        self.emulator = emulator
        self.session.add_environment(demo_environment(emulator.base_url))

    async def _replace_client(
        self,
        client: AllegroClient | None,
        *,
        keep_data: bool,
        poll_ms: int | None = None,
        account: str | None = None,
    ) -> None:
        old = self.client
        if keep_data:  # nothing may go on with the old client, which is closed below
            self.window.poll_timer.stop()
            await self.window.cancel_work()
        else:
            await self.window.detach_client()
        self.client = client
        if client is not None:
            self.window.attach_client(client, poll_ms=poll_ms, account=account)
        if old is not None and old is not client:
            await old.aclose()

    def _on_provider_signed_out(self) -> None:
        # Runs inside a failing request: only tell the seller; lists, detail and drafts stay.
        self.window.poll_timer.stop()
        self._session_ended = True
        self.sign_in_banner.show_for(self.current.label if self.current else None)
        self._update_switcher()

    # -- sign-in ----------------------------------------------------------------------------

    def start_sign_in(self, environment_key: str, account_id: str | None = None) -> None:
        """Run the environment's sign-in dialog; on success activate the account."""
        if environment_key == DEMO:
            account = self.session.accounts.get(account_id) if account_id else None
            self._activation.start(self.activate(account) if account else self.activate_demo())
            return
        creds = self.session.credentials.resolve(environment_key)
        if not creds.complete:
            self.open_settings()
            return
        from .auth.browser_sign_in_dialog import BrowserSignInDialog
        from .auth.device_flow_dialog import DeviceFlowDialog

        oauth = self.session.oauth_client(environment_key)
        name = self._environment_name(environment_key)
        dialog: BrowserSignInDialog | DeviceFlowDialog
        if creds.flow is FlowKind.BROWSER:
            dialog = BrowserSignInDialog(oauth, name, self.window)
        else:
            dialog = DeviceFlowDialog(oauth, name, self.window)
        dialog.signed_in.connect(
            lambda tokens: self._on_signed_in(environment_key, tokens, account_id)
        )
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()
        dialog.start()

    def _on_signed_in(self, environment_key: str, tokens: TokenSet, account_id: str | None) -> None:
        self._activation.start(self._finish_sign_in(environment_key, tokens, account_id))

    async def _finish_sign_in(
        self, environment_key: str, tokens: TokenSet, account_id: str | None
    ) -> None:
        before = self.session.accounts.get(account_id) if account_id else None
        account = await self._store_sign_in(environment_key, tokens, account_id, self.tr("My shop"))
        # Keep what is on screen only for the very same seller (one may sign in as another).
        same = (
            before is not None
            and self.current is not None
            and self.current.id == account.id
            and (before.login is None or before.login == account.login)
        )
        # Signing in again to the account on screen keeps the list, the detail and the drafts.
        await self.activate(account, keep_data=same)

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.session.credentials,
            self.window,
            uses_secret_fallback=self.session.secrets.uses_fallback,
        )
        dialog.settings_changed.connect(self._update_choice_notes)
        dialog.settings_changed.connect(self.window.reload_preferences)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    # -- slots ------------------------------------------------------------------------------

    def _on_first_run_sign_in_requested(self, environment_key: str) -> None:
        self.start_sign_in(environment_key)

    def _on_first_run_demo_requested(self) -> None:
        self._activation.start(self.activate_demo())

    def _on_switcher_account_selected(self, account_id: str) -> None:
        account = self.session.accounts.get(account_id)
        if account is None:
            return
        # The current one again only makes sense when it is not open (e.g. an aborted start).
        if self.current is None or account.id != self.current.id or self.client is None:
            self._activation.start(self.activate(account))

    def _on_switcher_add_account_requested(self) -> None:
        self.show_first_run()

    def _on_switcher_rename_requested(self, account_id: str, label: str) -> None:
        label = label.strip()
        if not label:
            return
        account = self.session.accounts.rename(account_id, label)
        if self.current is not None and self.current.id == account_id:
            self.current = account
            self._update_title()
        self._update_switcher()

    def _on_switcher_sign_out_requested(self, account_id: str) -> None:
        if self.current is not None and self.current.id == account_id:
            self._activation.start(self.sign_out(account_id))
        else:  # another account: must not cancel the one being opened
            self._side_tasks.start(self.sign_out(account_id), name="sign-out")

    async def sign_out(self, account_id: str) -> None:
        """Delete the account's tokens; if it is the one shown, clear the window."""
        current = self.current is not None and self.current.id == account_id
        if current:
            self.current = None
            self.sign_in_banner.hide()
            await self._replace_client(None, keep_data=False)
        await asyncio.to_thread(self.session.sign_out, account_id)  # the keyring, off the GUI
        if current:
            self.session.accounts.set_current(None)
            self._update_title()
            self.show_first_run()
        self._update_switcher()

    def _on_switcher_sign_in_requested(self, account_id: str) -> None:
        account = self.session.accounts.get(account_id)
        if account is not None:
            self.start_sign_in(account.environment, account.id)

    def _on_sign_in_banner_sign_in_requested(self) -> None:
        if self.current is not None:
            self.start_sign_in(self.current.environment, self.current.id)

    # -- presentation -----------------------------------------------------------------------

    def _fail(self, text: str) -> None:
        self.window.status_label.clear()
        if self.window.start_page_shown():  # the workspace banner is not on screen
            box = QMessageBox(QMessageBox.Icon.Warning, self.window.windowTitle(), text)
            box.setParent(self.window, box.windowFlags())
            box.setTextFormat(Qt.TextFormat.PlainText)  # the text may carry a server's words
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.window.banner.show_message(text)
        self.activation_failed.emit(text)

    def _environment_name(self, key: str) -> str:
        return {
            "production": self.tr("Allegro"),
            "sandbox": self.tr("Allegro Sandbox"),
            DEMO: self.tr("Demo"),
        }.get(key, key)

    def _update_switcher(self) -> None:
        accounts = self.session.accounts.accounts()
        signed_out = [a.id for a in accounts if not self.session.accounts.is_signed_in(a)]
        if self.current is not None and self._session_ended and self.current.id not in signed_out:
            signed_out.append(self.current.id)  # tokens still stored, but refresh was refused
        self.switcher.set_accounts(
            accounts, self.current.id if self.current else None, signed_out_ids=signed_out
        )

    def _update_title(self) -> None:
        base = self._base_title
        if self.current is None:
            self.window.setWindowTitle(base)
        else:
            where = self._environment_name(self.current.environment)
            self.window.setWindowTitle(f"{base} — {self.current.label} ({where})")

    def _update_choice_notes(self) -> None:
        for key in ("production", "sandbox"):
            complete = self.session.credentials.resolve(key).complete
            note = (
                None
                if complete
                else self.tr("This build has no Allegro application ID yet: enter one in Settings.")
            )
            self.first_run.set_choice_note(key, note)

    # -- shutdown ---------------------------------------------------------------------------

    async def cancel_pending(self) -> None:
        """Stop activations, sign-outs and any open sign-in dialog (first step of quitting)."""
        pending = self._activation.task
        self._activation.cancel()
        if pending is not None:
            await asyncio.gather(pending, return_exceptions=True)
        await self._side_tasks.cancel_all()
        dialog = self._dialog
        self._dialog = None
        if dialog is not None and shiboken_valid(dialog):
            dialog.reject()

    async def aclose(self) -> None:
        await self.cancel_pending()
        if self._emulator_start is not None:  # let a start in progress finish, then stop it
            await asyncio.gather(self._emulator_start, return_exceptions=True)
        if self.client is not None:
            await self.client.aclose()
            self.client = None
        await self.session.aclose()
        if self.emulator is not None:
            await asyncio.to_thread(self.emulator.stop)
            self.emulator = None
