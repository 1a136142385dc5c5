"""One object the app keeps for signing in: stores, environments, OAuth clients, providers.

The window creates one :class:`AuthSession`, asks it for an :class:`OAuthClient` to run a flow,
hands the resulting tokens to :meth:`complete_sign_in`, and builds each account's API client
with :meth:`token_provider`. One provider per account, shared by every client of that account,
is what makes "exactly one refresh" hold.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

import httpx

from ..settings import PRODUCTION, SANDBOX, Environment
from .accounts import Account, AccountStore
from .credentials import CredentialsStore
from .oauth import Clock, OAuthClient, TokenSet
from .secret_store import SecretStore
from .token_provider import RefreshingTokenProvider

log = logging.getLogger(__name__)

DEFAULT_LABELS = {"production": "Allegro", "sandbox": "Allegro Sandbox", "demo": "Demo"}


class AuthSession:
    def __init__(
        self,
        *,
        secrets: SecretStore | None = None,
        accounts: AccountStore | None = None,
        credentials: CredentialsStore | None = None,
        environments: Iterable[Environment] = (PRODUCTION, SANDBOX),
        http: httpx.AsyncClient | None = None,
        clock: Clock = time.time,
    ) -> None:
        self.secrets = secrets or SecretStore()
        self.accounts = accounts or AccountStore(self.secrets)
        self.credentials = credentials or CredentialsStore(self.secrets)
        self._environments = {env.key: env for env in environments}
        self._http = http
        self._clock = clock
        self._providers: dict[str, RefreshingTokenProvider] = {}
        self._oauth: dict[str, OAuthClient] = {}
        self._retired: list[OAuthClient] = []  # replaced after a settings change; closed at exit

    # --------------------------------------------------------------------------- environments
    def add_environment(self, environment: Environment) -> None:
        """E.g. the demo environment once the embedded emulator has a port."""
        old = self._environments.get(environment.key)
        self._environments[environment.key] = environment
        if old is not None and old != environment:
            retired = self._oauth.pop(environment.key, None)
            if retired is not None:
                self._retired.append(retired)
            # A provider bound to the old host must not follow the account to the new one.
            for account in self.accounts.accounts():
                if account.environment == environment.key:
                    self._providers.pop(account.id, None)

    def environment(self, key: str) -> Environment:
        try:
            return self._environments[key]
        except KeyError:
            raise KeyError(f"environment {key!r} is not available") from None

    def has_environment(self, key: str) -> bool:
        return key in self._environments

    def oauth_client(self, environment_key: str) -> OAuthClient:
        """A client with the credentials as configured now (Settings may have changed them)."""
        env = self.environment(environment_key)
        creds = self.credentials.resolve(environment_key)
        cached = self._oauth.get(environment_key)
        if cached is None or cached.credentials != creds or cached.oauth_url != env.oauth_url:
            if cached is not None:
                self._retired.append(cached)
            cached = OAuthClient(env.oauth_url, creds, http=self._http, clock=self._clock)
            self._oauth[environment_key] = cached
        return cached

    # ------------------------------------------------------------------------------ sign-in
    def complete_sign_in(
        self,
        environment_key: str,
        tokens: TokenSet,
        *,
        account_id: str | None = None,
        label: str | None = None,
    ) -> Account:
        """Store fresh tokens for an account (new, or the one being signed in again)."""
        login = tokens.user_id
        if account_id is not None:
            account = self.accounts.get(account_id)
            if account is None:
                raise KeyError(account_id)
            if account.environment != environment_key:
                raise ValueError("a token never crosses environments")
            if login and account.login != login:
                account = self.accounts.set_login(account.id, login)
        else:
            account = (login and self.accounts.find(environment_key, login)) or self.accounts.add(
                label or DEFAULT_LABELS.get(environment_key, environment_key),
                environment_key,
                login,
            )
        self.accounts.save_tokens(account, tokens)
        self.accounts.set_current(account.id)
        stale = self._providers.pop(account.id, None)
        if stale is not None:
            stale.sign_out()
        return account

    def token_provider(
        self, account: Account, on_signed_out: Callable[[], None] | None = None
    ) -> RefreshingTokenProvider | None:
        """The account's provider, or None when it has no tokens (sign-in needed)."""
        provider = self._providers.get(account.id)
        if provider is not None and not provider.signed_out:
            if on_signed_out is not None:
                provider.on_signed_out = on_signed_out
            return provider
        tokens = self.accounts.load_tokens(account)
        if tokens is None or not self.has_environment(account.environment):
            return None

        async def refresher(refresh_token: str) -> TokenSet:
            return await self.oauth_client(account.environment).refresh(refresh_token)

        def persist(new: TokenSet) -> None:
            self.accounts.save_tokens(account, new)

        provider = RefreshingTokenProvider(
            tokens,
            refresher=refresher,
            persist=persist,
            on_signed_out=on_signed_out,
            clock=self._clock,
        )
        self._providers[account.id] = provider
        return provider

    def sign_out(self, account_id: str) -> None:
        """Remove the account's tokens (Allegro has no revoke endpoint to call)."""
        account = self.accounts.get(account_id)
        if account is None:
            return
        provider = self._providers.pop(account_id, None)
        if provider is not None:
            provider.sign_out()
        self.accounts.delete_tokens(account)

    def remove_account(self, account_id: str) -> None:
        self.sign_out(account_id)
        if self.accounts.get(account_id) is not None:
            self.accounts.remove(account_id)

    async def aclose(self) -> None:
        for client in [*self._oauth.values(), *self._retired]:
            await client.aclose()
        self._oauth.clear()
        self._retired.clear()
