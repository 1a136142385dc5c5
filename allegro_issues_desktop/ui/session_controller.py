"""Which Allegro the window talks to: accounts, sign-in, the demo emulator, one API client.

The window only knows ``attach_client``/``detach_client``; this controller decides which
account is active, runs the sign-in dialogs, starts the demo's emulator for demo accounts (in a
process of its own in the app, ``demo.process``; in this one in tests) and owns (and closes)
the API client it hands over. Tokens come from ``AuthSession`` only, so each
account's requests carry that account's token to that account's environment.
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid as shiboken_valid

from ..allegro.errors import AllegroError
from ..allegro.ratelimit import shared_budget
from ..auth.accounts import Account
from ..auth.credentials import FlowKind
from ..auth.oauth import TokenSet
from ..auth.session import AuthSession
from ..services.desk import account_key
from ..services.tasks import TaskGroup
from ..settings import EnvironmentKind, demo_environment
from .auth.account_switcher import AccountSwitcher
from .auth.first_run import FirstRunPage
from .auth.sign_in_banner import SignInBanner

if TYPE_CHECKING:
    from ..allegro.client import AllegroClient
    from ..allegro.tokens import TokenProvider
    from ..demo.process import DemoEmulator, EmulatorProcess
    from ..demo.server import Emulator
    from .main_window import MainWindow

log = logging.getLogger(__name__)

DEMO = EnvironmentKind.DEMO.value
DEMO_POLL_MS = 20_000  # the demo's buyers write every ~20 s; Allegro itself is polled slower


def server_name(api_url: str) -> str:
    """The host (and a port other than the scheme's) of ``api_url``: never its user or
    password, nor its path."""
    parts = urlsplit(api_url)
    host = parts.hostname or api_url
    if ":" in host:  # IPv6
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port is not None else host


class DemoSettings:
    """How the embedded emulator is seeded for this run.

    ``shops``: how many demo sellers the emulator serves (Add account › Try the demo opens the
    next one); ``accounts``: how many of them ``--demo`` opens at start (``--demo-accounts``).
    ``process``: the emulator runs in a process of its own (the app; tests keep it in theirs,
    where its helpers reach its state), ``prestarted`` being one started already for this run.
    """

    def __init__(
        self,
        issues: int = 300,
        seed: int = 7,
        live: bool = True,
        accounts: int = 1,
        shops: int = 2,
        *,
        process: bool = False,
        prestarted: EmulatorProcess | None = None,
    ) -> None:
        self.issues = issues
        self.seed = seed
        self.live = live
        self.accounts = max(1, accounts)
        self.shops = max(shops, self.accounts)
        self.process = process or prestarted is not None
        self.prestarted = prestarted


class SessionController(QObject):
    """Every signed-in account is open at once, each with its own client (and engine, in the
    window); ``current`` is the one the account switcher, the title and the sign-in banner
    speak of (the one the list shows, or the last chosen)."""

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
        #: The open accounts' clients by account id ("" for a server from the command line).
        self.clients: dict[str, AllegroClient] = {}
        self.current: Account | None = None
        #: The demo's emulator when it runs in this process (tests act on its state).
        self.emulator: Emulator | None = None
        #: The demo's emulator when it runs in a process of its own (the app).
        self.emulator_process: EmulatorProcess | None = None
        self._activations = TaskGroup()  # opening accounts: one does not cancel another
        self._side_tasks = TaskGroup()
        self._emulator_start: asyncio.Future[None] | None = None
        self._demo_sign_in_lock = asyncio.Lock()  # one demo sign-in at a time (which shop)
        self._dialog: QDialog | None = None
        self._ended: set[str] = set()  # accounts whose refresh failed for good this run
        self._banner_account: str | None = None  # whom the sign-in banner is about
        self._chosen: str | None = None  # the account the seller chose last (it stays current)
        self._first_load_started = False  # the start's first account is loading
        self._base_title = window.windowTitle()
        #: A server given at start: its name and the seller's login (from /me, once known).
        self._direct: tuple[str, str | None] | None = None
        self._direct_login_wanted = False  # /me is asked once the first rows are painted

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
        self.switcher.all_accounts_requested.connect(lambda: self.window.show_account(None))
        self.sign_in_banner.sign_in_requested.connect(self._on_sign_in_banner_sign_in_requested)
        window.settings_requested.connect(self.open_settings)
        window.shown_account_changed.connect(self._on_window_shown_account_changed)
        self._update_choice_notes()
        self._update_switcher()

    @property
    def client(self) -> AllegroClient | None:
        """The current account's client (else any open one; None when none is open)."""
        if self.current is not None and self.current.id in self.clients:
            return self.clients[self.current.id]
        return next(iter(self.clients.values()), None)

    # -- start ------------------------------------------------------------------------------

    async def start(self, *, demo: bool = False) -> None:
        """Open the demo (``DemoSettings.accounts`` shops), or every signed-in account (the
        remembered one first), or the first-run page."""
        if self.session.accounts.has_real_accounts():
            from .auth.storage_notice import show_fallback_notice_once

            # Where tokens are kept matters once real ones are (demo tokens stay in memory);
            # a first real sign-in says it then (_finish_sign_in).
            show_fallback_notice_once(self.session.secrets, self.window)
        if not demo and self.session.accounts.current() is None:
            self.show_first_run()
            return
        task = self._activations.start(self._open_all(demo), name="open-accounts")
        await asyncio.wait([task])
        if not task.cancelled() and (error := task.exception()) is not None:
            raise error

    async def _open_all(self, demo: bool) -> None:
        """Every signed-in account, the remembered one first. Its list loads as soon as it is
        open; each other account joins as it opens (a sign-in each: not before the first
        rows)."""
        if demo:
            await self.activate_demo(load=False)
            self._load_first()
            for _ in range(1, self.demo.accounts):
                await self.add_demo_shop(load=bool(self.clients), make_current=False)
        else:
            store = self.session.accounts
            first = store.current()
            others = [
                a
                for a in store.accounts()
                if (first is None or a.id != first.id) and store.is_signed_in(a)
            ]
            if first is not None:
                await self.activate(first, load=False)
            self._load_first()
            for account in others:
                await self.activate(account, load=bool(self.clients), make_current=False)
            if first is not None and self.current is None and self.clients:
                self._update_title()
        if self.clients and not self._first_load_started:
            self.window.refresh_action.trigger()  # the first account could not open

    def _load_first(self) -> None:
        if self.clients and not self._first_load_started:
            self._first_load_started = True
            self.window.refresh_action.trigger()

    async def connect_static(self, api_url: str, provider: TokenProvider) -> None:
        """A server and token from the command line: no account, no sign-in."""
        from .. import i18n
        from ..allegro.client import AllegroClient

        client = AllegroClient(
            api_url, provider, language=i18n.accept_language(), on_slow=self.window.set_slow
        )
        self.clients[""] = client
        self.window.attach_client(client)
        # No account: the switcher names the server, and the seller's login once /me answers
        # (asked once rows from the server are painted: never before the first rows).
        self._direct = (server_name(api_url), None)
        self._update_switcher()
        self._update_title()
        self._direct_login_wanted = True
        self.window.first_page_loaded.connect(
            self._on_direct_first_page_loaded, Qt.ConnectionType.SingleShotConnection
        )
        self.window.show_workspace()
        self.window.refresh_action.trigger()
        self.activated.emit("")

    def _on_direct_first_page_loaded(self, _rows: int) -> None:
        self.window.after_next_list_paint(self._ask_direct_login)

    def _ask_direct_login(self) -> None:
        client = self.clients.get("")
        if self._direct_login_wanted and client is not None:
            self._direct_login_wanted = False
            self._side_tasks.start(self._direct_login(client), name="me")

    async def _direct_login(self, client: AllegroClient) -> None:
        """The seller's login for the switcher (``GET /me``); without it (a token without
        the profile scope, a server without /me) the switcher keeps naming the server."""
        try:
            me = await client.get_me()
        except AllegroError:  # the list works without it: nothing to tell the seller
            log.info("the account behind the token is unknown (GET /me failed)", exc_info=True)
            return
        from ..domain.text import display_text

        login = display_text(me.login)
        if self._direct is not None and login and self.clients.get("") is client:
            self._direct = (self._direct[0], login)
            self._update_switcher()
            self._update_title()

    def show_first_run(self) -> None:
        self.first_run.set_back_visible(bool(self.clients))
        self.window.show_start_page()

    # -- accounts ---------------------------------------------------------------------------

    async def activate(
        self,
        account: Account,
        *,
        keep_data: bool = False,
        fresh_demo_sign_in: bool = False,
        load: bool = True,
        make_current: bool = True,
    ) -> None:
        """Open ``account`` next to the others: its saved issues, its client, its sync.

        ``fresh_demo_sign_in``: the demo account was signed in to this run's emulator just now
        (its first run): no second sign-in. ``load``: start its full sync now (``start`` loads
        every account at once instead). ``make_current``: the switcher and title name it.
        """
        from .. import i18n
        from ..allegro.client import AllegroClient

        key = account_key(account.environment, account.id)
        # What was saved is on screen before any sign-in, emulator start or request.
        await self.window.preview_cached(key, account.label)
        if account.environment == DEMO and not fresh_demo_sign_in:
            signed_in = await self._demo_sign_in_or_say_why(account.id, account.login)
            if signed_in is None:
                return
            account = signed_in
        provider = await asyncio.to_thread(
            self.session.token_provider,
            account,
            partial(self._on_provider_signed_out, account.id),
        )
        if provider is None:  # no tokens (signed out) or an environment we cannot reach
            self.window.pause_account(key)
            if make_current or self.current is None:
                self._make_current(account)
                self.sign_in_banner.show_for(account.label)
                self._banner_account = account.id
            self.window.show_workspace()
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
            await self._attach(
                account,
                client,
                keep_data=keep_data or self.window.showing_account(key),
                poll_ms=DEMO_POLL_MS if account.environment == DEMO else None,
            )
        except BaseException:  # cancelled before the window took it
            if self.clients.get(account.id) is not client:
                await client.aclose()
            raise
        self._ended.discard(account.id)
        # Only now, together with its client: the title and switcher never name another shop;
        # and a shop the seller chose meanwhile stays the one named.
        if self.current is None or (make_current and self._chosen in (None, account.id)):
            self._make_current(account)
        else:  # a sign-in remembers its account as current: the one named stays so
            self.session.accounts.set_current(self.current.id)
        if self._chosen == account.id and len(self.window.attached_accounts()) > 1:
            self.window.show_account(key)
        if self._banner_account == account.id:
            self.sign_in_banner.hide()
            self._banner_account = None
        self.window.show_workspace()
        self._update_switcher()
        self._update_title()
        if load:
            self.window.load_account(key)
        self.activated.emit(account.id)

    async def _attach(
        self, account: Account, client: AllegroClient, *, keep_data: bool, poll_ms: int | None
    ) -> None:
        """Hand ``client`` to the window for ``account``; close the account's old client."""
        key = account_key(account.environment, account.id)
        old = self.clients.get(account.id)
        if old is not None:  # nothing may go on with the old client, which is closed below
            if keep_data:
                await self.window.cancel_work()
            else:
                await self.window.detach_account(key)
        self.clients[account.id] = client
        self.window.attach_client(client, poll_ms=poll_ms, account=key, label=account.label)
        if old is not None and old is not client:
            await old.aclose()

    def _make_current(self, account: Account) -> None:
        self.session.accounts.set_current(account.id)
        self.current = account

    async def activate_demo(self, *, load: bool = True) -> None:
        """The demo account (created on first use), signed in silently to a fresh emulator."""
        existing = self._demo_account(0)
        if existing is None:
            created = await self._demo_sign_in_or_say_why(None, None, self.tr("Demo"))
            if created is not None:
                await self.activate(created, fresh_demo_sign_in=True, load=load)
            return
        await self.activate(existing, load=load)

    async def add_demo_shop(self, *, load: bool = True, make_current: bool = True) -> None:
        """The next demo shop that is not open yet (its own seller, issues and ids)."""
        await self._ensure_emulator()
        emulator = self._demo_emulator
        assert emulator is not None
        from ..demo.shops import seller_id

        for shop in range(emulator.shop_count):
            account = self._demo_account(shop)
            if account is not None and account.id in self.clients:
                continue
            if account is not None:
                await self.activate(account, load=load, make_current=make_current)
                return
            label = (
                self.tr("Demo")
                if shop == 0
                else self.tr("Demo shop %1").replace("%1", str(shop + 1))
            )
            created = await self._demo_sign_in_or_say_why(None, seller_id(shop), label)
            if created is not None:
                await self.activate(
                    created, fresh_demo_sign_in=True, load=load, make_current=make_current
                )
            return
        self._fail(self.tr("Every demo shop is open already."))

    def _demo_account(self, shop: int) -> Account | None:
        """The demo account of shop ``shop`` (shop 0: also an older one without a login)."""
        from ..demo.shops import seller_id

        demo = [a for a in self.session.accounts.accounts() if a.environment == DEMO]
        wanted = seller_id(shop)
        found = next((a for a in demo if a.login == wanted), None)
        if found is None and shop == 0:
            found = next((a for a in demo if a.login is None), None)
        return found

    async def _demo_sign_in_or_say_why(
        self, account_id: str | None, seller: str | None, label: str | None = None
    ) -> Account | None:
        try:
            return await self._demo_sign_in(account_id, seller, label or self.tr("Demo"))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # whatever stops the demo, the seller gets a sentence
            log.warning("demo sign-in failed", exc_info=True)
            self._fail(self.tr("The demo could not start: %1").replace("%1", str(exc) or repr(exc)))
            return None

    async def _demo_sign_in(
        self, account_id: str | None, seller: str | None, label: str
    ) -> Account:
        """Every run has a fresh emulator, so demo tokens are fetched anew each time; the
        emulator signs in as ``seller``'s shop (None: the first shop)."""
        await self._ensure_emulator()
        emulator = self._demo_emulator
        assert emulator is not None
        from ..demo.shops import shop_of

        async with self._demo_sign_in_lock:  # the shop chosen stays the same until the token
            shop = shop_of(seller, emulator.shop_count)
            if self.emulator_process is not None:  # a question to the other process
                await asyncio.to_thread(emulator.sign_in_as_shop, shop)
            else:
                emulator.sign_in_as_shop(shop)
            oauth = self.session.oauth_client(DEMO)
            authorization = await oauth.start_device_flow()
            tokens = await oauth.poll_device_flow(authorization)
        return await self._store_sign_in(DEMO, tokens, account_id, label)

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

    @property
    def _demo_emulator(self) -> DemoEmulator | None:
        return self.emulator if self.emulator is not None else self.emulator_process

    async def _start_emulator(self) -> None:
        demo = self.demo
        if demo.process:
            await self._start_emulator_process()
            return

        def start() -> Emulator:
            from ..demo.server import Emulator

            emulator = Emulator(
                issues=demo.issues,
                seed=demo.seed,
                live=demo.live,
                auto_approve_device=True,
                shops=demo.shops,
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

    async def _start_emulator_process(self) -> None:
        """The emulator's process: the one started with the app (``--demo``) if it is this
        run's, else a new one; its data may be ready already."""
        from ..demo.process import EmulatorProcess

        demo = self.demo
        process, demo.prestarted = demo.prestarted, None
        wanted = (demo.issues, demo.seed, demo.live, demo.shops)
        if process is not None and process.config != wanted:
            await asyncio.to_thread(process.stop)
            process = None
        if process is None:
            process = EmulatorProcess.spawn(
                issues=demo.issues, seed=demo.seed, live=demo.live, shops=demo.shops
            )
        self.emulator_process = process  # from now on aclose stops it, whatever happens
        self.window.status_label.setText(self.tr("Starting the demo Allegro…"))
        try:
            await asyncio.to_thread(process.wait_ready)
        except BaseException:
            self.emulator_process = None
            await asyncio.to_thread(process.stop)
            raise
        finally:
            self.window.status_label.clear()
        self.session.add_environment(demo_environment(process.base_url))

    def _on_provider_signed_out(self, account_id: str) -> None:
        # Runs inside a failing request: only tell the seller; lists, detail and drafts stay.
        account = self.session.accounts.get(account_id)
        if account is None:
            return
        self.window.pause_account(account_key(account.environment, account.id))
        self._ended.add(account_id)
        self.sign_in_banner.show_for(account.label)
        self._banner_account = account_id
        self._update_switcher()

    # -- sign-in ----------------------------------------------------------------------------

    def start_sign_in(self, environment_key: str, account_id: str | None = None) -> None:
        """Run the environment's sign-in dialog; on success activate the account."""
        if environment_key == DEMO:
            account = self.session.accounts.get(account_id) if account_id else None
            self._activations.start(
                self.activate(account) if account else self.activate_demo(), name="activate"
            )
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
        self._activations.start(
            self._finish_sign_in(environment_key, tokens, account_id), name="sign-in"
        )

    async def _finish_sign_in(
        self, environment_key: str, tokens: TokenSet, account_id: str | None
    ) -> None:
        before = self.session.accounts.get(account_id) if account_id else None
        account = await self._store_sign_in(environment_key, tokens, account_id, self.tr("My shop"))
        if environment_key != DEMO:  # the first real tokens of a demo-only run: say where
            from .auth.storage_notice import show_fallback_notice_once

            show_fallback_notice_once(self.session.secrets, self.window)
        # Keep what is on screen only for the very same seller (one may sign in as another).
        same = (
            before is not None
            and before.id == account.id
            and (before.login is None or before.login == account.login)
        )
        if not same:  # another seller behind the same account: nothing of the old one stays
            await self.window.detach_account(account_key(account.environment, account.id))
        # Signing in again to an account on screen keeps its list, the detail and the drafts.
        await self.activate(account, keep_data=same)

    def open_settings(self) -> None:
        from .auth.settings_dialog import SettingsDialog  # not before the first rows

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
        # The demo is open already (Add account): the next demo shop, with its own issues.
        demo_open = any(
            a.environment == DEMO and a.id in self.clients for a in self.session.accounts.accounts()
        )
        self._activations.start(
            self.add_demo_shop() if demo_open else self.activate_demo(), name="demo"
        )

    def _on_switcher_account_selected(self, account_id: str) -> None:
        account = self.session.accounts.get(account_id)
        if account is None:
            return
        self._chosen = account.id
        if account.id in self.clients and account.id not in self._ended:
            # Open already: the list shows it (with several accounts), the switcher names it.
            self._make_current(account)
            if len(self.window.attached_accounts()) > 1:
                self.window.show_account(account_key(account.environment, account.id))
            self._update_switcher()
            self._update_title()
            return
        self._activations.start(self.activate(account), name="activate")

    def _on_switcher_add_account_requested(self) -> None:
        self.show_first_run()

    def _on_switcher_rename_requested(self, account_id: str, label: str) -> None:
        label = label.strip()
        if not label:
            return
        account = self.session.accounts.rename(account_id, label)
        if self.current is not None and self.current.id == account_id:
            self.current = account
        self.window.rename_account(account_key(account.environment, account.id), label)
        self._update_title()
        self._update_switcher()

    def _on_switcher_sign_out_requested(self, account_id: str) -> None:
        self._side_tasks.start(self.sign_out(account_id), name="sign-out")

    async def sign_out(self, account_id: str) -> None:
        """Delete the account's tokens; its rows, engine and client go, the others stay."""
        account = self.session.accounts.get(account_id)
        client = self.clients.pop(account_id, None)
        if account is not None:
            await self.window.detach_account(account_key(account.environment, account.id))
        if client is not None:
            await client.aclose()
        if self._banner_account == account_id:
            self.sign_in_banner.hide()
            self._banner_account = None
        await asyncio.to_thread(self.session.sign_out, account_id)  # the keyring, off the GUI
        if self.current is not None and self.current.id == account_id:
            remaining = [
                a
                for a in self.session.accounts.accounts()
                if a.id in self.clients and a.id != account_id
            ]
            if remaining:
                self._make_current(remaining[0])
            else:
                self.current = None
                self.session.accounts.set_current(None)
                self.show_first_run()
        self._update_title()
        self._update_switcher()

    def _on_switcher_sign_in_requested(self, account_id: str) -> None:
        account = self.session.accounts.get(account_id)
        if account is not None:
            self.start_sign_in(account.environment, account.id)

    def _on_sign_in_banner_sign_in_requested(self) -> None:
        account = self.session.accounts.get(self._banner_account or "") or self.current
        if account is not None:
            self.start_sign_in(account.environment, account.id)

    def _on_window_shown_account_changed(self, shown: object) -> None:
        """The list shows one account: the switcher and the title name it."""
        account = self._account_of_key(shown) if isinstance(shown, str) else None
        if account is not None and (self.current is None or account.id != self.current.id):
            self._make_current(account)
        self._update_switcher()
        self._update_title()

    def _account_of_key(self, key: str) -> Account | None:
        return next(
            (
                a
                for a in self.session.accounts.accounts()
                if account_key(a.environment, a.id) == key
            ),
            None,
        )

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
        if self._direct is not None:  # a server given at start: no accounts in this run
            self.switcher.set_direct(*self._direct)
            return
        accounts = self.session.accounts.accounts()
        signed_out = [a.id for a in accounts if not self.session.accounts.is_signed_in(a)]
        # Tokens still stored, but their refresh was refused in this run.
        signed_out += [i for i in self._ended if i not in signed_out]
        self.switcher.set_accounts(
            accounts, self.current.id if self.current else None, signed_out_ids=signed_out
        )
        self.switcher.set_all_shown(
            len(self.window.attached_accounts()), self.window.shown_account() is None
        )

    def _update_title(self) -> None:
        """The account the list shows; "All accounts (n)" when it shows several."""
        base = self._base_title
        attached = len(self.window.attached_accounts())
        shown = self.window.shown_account()
        account = self._account_of_key(shown) if shown is not None else self.current
        if self._direct is not None:
            server, login = self._direct
            self.window.setWindowTitle(
                f"{base} — {login} ({server})" if login else f"{base} — {server}"
            )
        elif attached > 1 and shown is None:
            self.window.setWindowTitle(f"{base} — " + self.tr("All accounts (%n)", "", attached))
        elif account is None:
            self.window.setWindowTitle(base)
        else:
            where = self._environment_name(account.environment)
            self.window.setWindowTitle(f"{base} — {account.label} ({where})")

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
        self._direct_login_wanted = False  # no /me once quitting has begun
        await self._activations.cancel_all()
        await self._side_tasks.cancel_all()
        dialog = self._dialog
        self._dialog = None
        if dialog is not None and shiboken_valid(dialog):
            dialog.reject()

    async def aclose(self) -> None:
        await self.cancel_pending()
        if self._emulator_start is not None:  # let a start in progress finish, then stop it
            await asyncio.gather(self._emulator_start, return_exceptions=True)
        clients, self.clients = list(self.clients.values()), {}
        for client in clients:
            await client.aclose()
        await self.session.aclose()
        if self.emulator is not None:
            await asyncio.to_thread(self.emulator.stop)
            self.emulator = None
        process, self.emulator_process = self.emulator_process, None
        unused, self.demo.prestarted = self.demo.prestarted, None
        for running in (process, unused):
            if running is not None:
                await asyncio.to_thread(running.stop)
