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

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from ..auth.accounts import Account
from ..auth.credentials import FlowKind
from ..auth.oauth import OAuthError, TokenSet
from ..auth.session import AuthSession
from ..services.tasks import LatestTask
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
        if demo:
            await self.activate_demo()
            return
        account = self.session.accounts.current()
        if account is None:
            self.show_first_run()
            return
        await self.activate(account)

    async def connect_static(self, api_url: str, provider: TokenProvider) -> None:
        """A server and token from the command line: no account, no sign-in."""
        from .. import i18n
        from ..allegro.client import AllegroClient

        client = AllegroClient(api_url, provider, language=i18n.accept_language())
        await self._replace_client(client, keep_data=False)
        self.switcher.hide()
        self.window.show_workspace()
        self.window.refresh_action.trigger()
        self.activated.emit("")

    def show_first_run(self) -> None:
        self.first_run.set_back_visible(self.client is not None)
        self.window.show_start_page()

    # -- accounts ---------------------------------------------------------------------------

    async def activate(self, account: Account, *, keep_data: bool = False) -> None:
        """Make ``account`` the one the window shows; load its issues."""
        from .. import i18n
        from ..allegro.client import AllegroClient

        if account.environment == DEMO:
            try:
                account = await self._demo_sign_in(account.id)
            except (OAuthError, OSError) as exc:
                log.warning("demo sign-in failed: %s", exc)
                self._fail(self.tr("The demo could not start: %1").replace("%1", str(exc)))
                return
        self.session.accounts.set_current(account.id)
        self.current = account
        self._session_ended = False
        provider = await asyncio.to_thread(
            self.session.token_provider, account, self._on_provider_signed_out
        )
        if provider is None:  # no tokens (signed out) or an environment we cannot reach
            await self._replace_client(None, keep_data=False)
            self.window.show_workspace()
            self.sign_in_banner.show_for(account.label)
            self._update_switcher()
            return
        env = self.session.environment(account.environment)
        client = AllegroClient(env.api_url, provider, language=i18n.accept_language())
        await self._replace_client(
            client,
            keep_data=keep_data,
            poll_ms=DEMO_POLL_MS if account.environment == DEMO else None,
        )
        self.sign_in_banner.hide()
        self.window.show_workspace()
        self._update_switcher()
        self._update_title()
        self.window.refresh_action.trigger()
        self.activated.emit(account.id)

    async def activate_demo(self) -> None:
        """The demo account (created on first use), signed in silently to a fresh emulator."""
        existing = next(
            (a for a in self.session.accounts.accounts() if a.environment == DEMO), None
        )
        if existing is None:
            try:
                existing = await self._demo_sign_in(None)
            except (OAuthError, OSError) as exc:
                log.warning("demo sign-in failed: %s", exc)
                self._fail(self.tr("The demo could not start: %1").replace("%1", str(exc)))
                return
        await self.activate(existing)

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
        if self.emulator is not None:
            return
        from ..demo.server import Emulator

        emulator = Emulator(
            issues=self.demo.issues,
            seed=self.demo.seed,
            live=self.demo.live,
            auto_approve_device=True,
        )
        emulator.oauth.interval = 0  # no one to wait for: approval is automatic
        self.window.status_label.setText(self.tr("Starting the demo Allegro…"))
        await asyncio.to_thread(emulator.start)  # generating the data takes a moment
        self.emulator = emulator
        self.session.add_environment(demo_environment(emulator.base_url))

    async def _replace_client(
        self, client: AllegroClient | None, *, keep_data: bool, poll_ms: int | None = None
    ) -> None:
        old = self.client
        if keep_data:  # nothing may go on with the old client, which is closed below
            await self.window.cancel_work()
        else:
            await self.window.detach_client()
        self.client = client
        if client is not None:
            self.window.attach_client(client, poll_ms=poll_ms)
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
        same = account_id is not None and self.current is not None and self.current.id == account_id
        account = await self._store_sign_in(environment_key, tokens, account_id, self.tr("My shop"))
        # Signing in again to the account on screen keeps the list, the detail and the drafts.
        await self.activate(account, keep_data=same)

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.session.credentials,
            self.window,
            uses_secret_fallback=self.session.secrets.uses_fallback,
        )
        dialog.settings_changed.connect(self._update_choice_notes)
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
        if account is not None and (self.current is None or account.id != self.current.id):
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
        self._activation.start(self.sign_out(account_id))

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

    async def aclose(self) -> None:
        pending = self._activation.task
        self._activation.cancel()
        if pending is not None:
            await asyncio.gather(pending, return_exceptions=True)
        if self.client is not None:
            await self.client.aclose()
            self.client = None
        await self.session.aclose()
        if self.emulator is not None:
            await asyncio.to_thread(self.emulator.stop)
            self.emulator = None
