"""The seller's Allegro accounts: a label each, an environment each, tokens kept apart.

``accounts.json`` in the config dir holds no secrets. Tokens live in the secret store under
``tokens/<environment>/<account id>``: the environment is part of the key, so a sandbox token
can never be loaded for a production account (Allegro would reject it anyway, but the app would
first send it to the wrong host).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

import msgspec
from msgspec.structs import asdict, replace

from ..settings import EnvironmentKind, app_paths
from .oauth import TokenSet
from .secret_store import SecretStore

log = logging.getLogger(__name__)

ACCOUNTS_FILE = "accounts.json"


class Account(msgspec.Struct, frozen=True):
    id: str
    label: str  # chosen by the seller ("Sklep główny", "Test shop")
    environment: str  # Environment.key: "production" | "sandbox" | "demo"
    login: str | None = None  # Allegro user id/login when known (from the token)

    @property
    def token_key(self) -> str:
        return token_key(self.environment, self.id)


def token_key(environment: str, account_id: str) -> str:
    return f"tokens/{environment}/{account_id}"


def _parse_account(data: Any) -> Account | None:
    if not isinstance(data, dict):
        return None
    try:
        return Account(
            id=str(data["id"]),
            label=str(data.get("label") or ""),
            environment=str(data["environment"]),
            login=str(data["login"]) if data.get("login") else None,
        )
    except KeyError:
        return None


def _for_this_run(account: Account) -> bool:
    return account.environment == EnvironmentKind.DEMO.value


class AccountStore:
    """Accounts (JSON, no secrets) plus their tokens (secret store)."""

    def __init__(self, secrets: SecretStore, path: Path | None = None) -> None:
        self._secrets = secrets
        self._path = path or app_paths().config_dir / ACCOUNTS_FILE
        self._accounts: list[Account] = []
        self._current: str | None = None
        # Demo tokens open one run's emulator only: they live in memory, never in the OS
        # keyring (which a demo start then never has to load).
        self._run_tokens: dict[str, str] = {}
        self._load()

    # ------------------------------------------------------------------------------ accounts
    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def has_real_accounts(self) -> bool:
        """Any account whose tokens outlive this run (not a demo's: those stay in memory)."""
        return not all(_for_this_run(a) for a in self._accounts)

    def get(self, account_id: str) -> Account | None:
        return next((a for a in self._accounts if a.id == account_id), None)

    def current(self) -> Account | None:
        return self.get(self._current) if self._current else None

    def set_current(self, account_id: str | None) -> None:
        if account_id is not None and self.get(account_id) is None:
            raise KeyError(account_id)
        self._current = account_id
        self._save()

    def add(self, label: str, environment: str, login: str | None = None) -> Account:
        account = Account(uuid.uuid4().hex, label.strip() or environment, environment, login)
        self._accounts.append(account)
        self._save()
        return account

    def find(self, environment: str, login: str) -> Account | None:
        """The account already signed in as ``login`` there (signing in twice reuses it)."""
        return next(
            (a for a in self._accounts if a.environment == environment and a.login == login), None
        )

    def rename(self, account_id: str, label: str) -> Account:
        return self._update(account_id, label=label.strip() or self._require(account_id).label)

    def set_login(self, account_id: str, login: str | None) -> Account:
        return self._update(account_id, login=login)

    def remove(self, account_id: str) -> None:
        """Forget the account and its tokens."""
        account = self._require(account_id)
        self.delete_tokens(account)
        self._accounts = [a for a in self._accounts if a.id != account_id]
        if self._current == account_id:
            self._current = self._accounts[0].id if self._accounts else None
        self._save()

    # -------------------------------------------------------------------------------- tokens
    def load_tokens(self, account: Account) -> TokenSet | None:
        raw = self._token_text(account)
        if raw is None:
            return None
        try:
            return TokenSet.from_json(raw)
        except (ValueError, KeyError, TypeError):
            log.warning("stored tokens of an account are unreadable; sign-in needed")
            return None

    def save_tokens(self, account: Account, tokens: TokenSet) -> None:
        if _for_this_run(account):
            self._run_tokens[account.token_key] = tokens.to_json()
        else:
            self._secrets.set(account.token_key, tokens.to_json())

    def delete_tokens(self, account: Account) -> None:
        """Sign out: the account stays in the list, its tokens go."""
        if _for_this_run(account):
            self._run_tokens.pop(account.token_key, None)
        else:
            self._secrets.delete(account.token_key)

    def is_signed_in(self, account: Account) -> bool:
        return self._token_text(account) is not None

    def _token_text(self, account: Account) -> str | None:
        if _for_this_run(account):
            return self._run_tokens.get(account.token_key)
        return self._secrets.get(account.token_key)

    # ------------------------------------------------------------------------------ internal
    def _require(self, account_id: str) -> Account:
        account = self.get(account_id)
        if account is None:
            raise KeyError(account_id)
        return account

    def _update(self, account_id: str, **changes: Any) -> Account:
        updated = replace(self._require(account_id), **changes)
        self._accounts = [updated if a.id == account_id else a for a in self._accounts]
        self._save()
        return updated

    def _load(self) -> None:
        try:
            data = json.loads(self._path.read_text("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("accounts file unreadable (%s); starting with none", type(exc).__name__)
            return
        if not isinstance(data, dict):
            return
        raw_accounts = data.get("accounts")
        parsed = [_parse_account(a) for a in raw_accounts] if isinstance(raw_accounts, list) else []
        self._accounts = [a for a in parsed if a is not None]
        current = data.get("current")
        self._current = current if isinstance(current, str) and self.get(current) else None

    def _save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"current": self._current, "accounts": [asdict(a) for a in self._accounts]}
        fd, tmp = tempfile.mkstemp(prefix=".accounts-", dir=self._path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, indent=2)
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
