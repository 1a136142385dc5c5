"""Secret storage: keyring when usable, a 0600 file otherwise; long values; accounts' tokens."""

from __future__ import annotations

import json
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from allegro_issues_desktop.auth.accounts import AccountStore
from allegro_issues_desktop.auth.credentials import AppCredentials, CredentialsStore, FlowKind
from allegro_issues_desktop.auth.oauth import TokenSet
from allegro_issues_desktop.auth.secret_store import CHUNK, SecretStore, backend_problem
from allegro_issues_desktop.preferences import preferences_path


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory backend that refuses long values like Windows Credential Manager."""

    priority = 1

    def __init__(self, max_length: int = 1280) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}
        self.max_length = max_length

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > self.max_length:
            raise keyring.errors.PasswordSetError("The stub received bad data")
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def fail_backend() -> Any:
    return keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]


def null_backend() -> Any:
    return keyring.backends.null.Keyring()  # type: ignore[no-untyped-call]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_failing_backend_falls_back_to_a_0600_file(app_home: Path) -> None:
    store = SecretStore()  # the test conftest pins keyring.backends.fail.Keyring
    assert store.uses_fallback and store.fallback_reason
    store.set("tokens/demo/a", "s3cret-value")
    assert store.get("tokens/demo/a") == "s3cret-value"
    path = store.fallback_path
    assert path.parent == app_home / "config"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store.delete("tokens/demo/a")
    assert store.get("tokens/demo/a") is None


def test_fallback_file_is_tightened_if_it_was_widened(app_home: Path) -> None:
    store = SecretStore(backend=fail_backend())
    store.set("k", "v")
    store.fallback_path.chmod(0o644)
    assert store.get("k") == "v"
    if sys.platform != "win32":
        assert stat.S_IMODE(store.fallback_path.stat().st_mode) == 0o600


def test_unusable_backends_are_detected() -> None:
    assert backend_problem(fail_backend())
    assert backend_problem(null_backend())
    assert backend_problem(MemoryKeyring()) is None

    class PlaintextKeyring(MemoryKeyring):  # stands in for keyrings.alt.file.PlaintextKeyring
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert backend_problem(PlaintextKeyring())

    class ChainerBackend(MemoryKeyring):
        backends: ClassVar[list[object]] = []

    assert backend_problem(ChainerBackend())
    ChainerBackend.backends = [MemoryKeyring()]
    assert backend_problem(ChainerBackend()) is None


def test_keyring_path_stores_nothing_on_disk(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert not store.uses_fallback
    store.set("client-secret/production", "abc")
    assert store.get("client-secret/production") == "abc"
    assert not store.fallback_path.exists()
    assert ("allegro-issues-desktop", "client-secret/production") in memory_keyring.values


def test_long_values_are_chunked_under_the_windows_limit(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    long_value = "x" * (CHUNK * 2 + 17)
    store.set("tokens/production/a", long_value)
    assert store.get("tokens/production/a") == long_value
    assert all(len(v) <= memory_keyring.max_length for v in memory_keyring.values.values())
    store.set("tokens/production/a", "short")  # leftover chunks are cleaned up
    assert store.get("tokens/production/a") == "short"
    assert len(memory_keyring.values) == 1
    store.delete("tokens/production/a")
    assert memory_keyring.values == {}


def test_a_keyring_failing_at_run_time_switches_to_the_file() -> None:
    store = SecretStore(backend=BrokenKeyring())
    before = store.uses_fallback
    store.set("k", "v")
    assert (before, store.uses_fallback) == (False, True)
    assert store.get("k") == "v"


def test_secrets_written_before_a_keyring_existed_move_into_it(
    memory_keyring: MemoryKeyring,
) -> None:
    SecretStore(backend=fail_backend()).set("k", "from-file")
    store = SecretStore()
    assert store.get("k") == "from-file"
    assert ("allegro-issues-desktop", "k") in memory_keyring.values
    assert "from-file" not in store.fallback_path.read_text()


def test_accounts_file_holds_no_tokens(app_home: Path) -> None:
    secrets = SecretStore()
    accounts = AccountStore(secrets)
    shop = accounts.add("Shop", "production", login="12345")
    accounts.save_tokens(shop, TokenSet("access-AAAA1111", "refresh-BBBB2222", 1.0))
    accounts.rename(shop.id, "Main shop")
    reloaded = AccountStore(secrets)
    assert [a.label for a in reloaded.accounts()] == ["Main shop"]
    assert reloaded.load_tokens(shop) == TokenSet("access-AAAA1111", "refresh-BBBB2222", 1.0)
    text = (app_home / "config" / "accounts.json").read_text()
    assert "access-AAAA1111" not in text and "refresh-BBBB2222" not in text
    reloaded.remove(shop.id)
    assert reloaded.load_tokens(shop) is None and reloaded.accounts() == []


def test_client_secret_override_never_reaches_the_preferences_file(
    memory_keyring: MemoryKeyring,
) -> None:
    creds = CredentialsStore(SecretStore(), packaged_path=Path("/nonexistent.json"))
    creds.set_override(
        "production", AppCredentials("own-id", "own-secret-value", flow=FlowKind.BROWSER)
    )
    resolved = creds.resolve("production")
    assert (resolved.client_id, resolved.client_secret) == ("own-id", "own-secret-value")
    assert resolved.flow is FlowKind.BROWSER and resolved.source == "override"
    assert "own-secret-value" not in preferences_path().read_text()
    assert "own-secret-value" not in repr(resolved)


def test_build_time_credentials_env_then_packaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = tmp_path / "app-credentials.json"
    packaged.write_text(
        json.dumps(
            {"production": {"client_id": "pkg-id", "client_secret": "pkg-secret"}},
        )
    )
    creds = CredentialsStore(SecretStore(), packaged_path=packaged)
    assert creds.resolve("production").client_id == "pkg-id"
    assert creds.resolve("sandbox").complete is False
    monkeypatch.setenv("ALLEGRO_CLIENT_ID", "env-id")
    monkeypatch.setenv("ALLEGRO_CLIENT_SECRET", "env-secret")
    assert creds.resolve("production").client_id == "env-id"
    assert creds.resolve("demo").client_id == "demo-client"


def test_the_keyring_is_asked_for_a_backend_only_when_a_secret_is_needed(
    app_home: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    real = keyring.get_keyring

    def counting() -> Any:
        asked.append(1)
        return real()

    monkeypatch.setattr(keyring, "get_keyring", counting)
    store = SecretStore()
    assert (store.probed, asked) == (False, [])
    store.set("k", "v")
    assert store.probed and len(asked) == 1
    assert store.get("k") == "v" and not store.uses_fallback
    store.probe()
    assert len(asked) == 1  # once per store


def test_demo_tokens_stay_in_memory_and_never_reach_the_secret_store(
    app_home: Path, memory_keyring: MemoryKeyring
) -> None:
    secrets = SecretStore()
    accounts = AccountStore(secrets)
    assert not accounts.has_real_accounts()
    demo = accounts.add("Demo", "demo", "demo-seller")
    assert not accounts.has_real_accounts()  # a demo's tokens stay in memory
    real = accounts.add("Sklep", "production", "seller-1")
    assert accounts.has_real_accounts()
    tokens = TokenSet("access", "refresh", 4_102_444_800.0)
    accounts.save_tokens(demo, tokens)
    assert accounts.load_tokens(demo) == tokens and accounts.is_signed_in(demo)
    assert not secrets.probed and memory_keyring.values == {}
    accounts.save_tokens(real, tokens)  # a real account's go to the keyring
    assert list(memory_keyring.values) == [("allegro-issues-desktop", real.token_key)]
    accounts.delete_tokens(demo)
    assert accounts.load_tokens(demo) is None and not accounts.is_signed_in(demo)
    # A new run (a new store) has no demo tokens: the demo signs in to its fresh emulator.
    accounts.save_tokens(demo, tokens)
    again = AccountStore(SecretStore())
    assert again.get(demo.id) == demo and again.load_tokens(demo) is None
    assert again.load_tokens(real) == tokens


def test_a_keyring_that_cannot_be_loaded_means_the_private_file(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> Any:
        raise ModuleNotFoundError("No module named 'no'")  # a configured backend not installed

    monkeypatch.setattr(keyring, "get_keyring", broken)
    store = SecretStore()
    assert store.uses_fallback and store.fallback_reason == "no system keyring is available"
    store.set("k", "v")
    assert store.get("k") == "v"
    assert json.loads(store.fallback_path.read_text())["allegro-issues-desktop"] == {"k": "v"}


def test_asking_where_secrets_go_never_waits_for_a_keyring_call_in_progress(
    app_home: Path,
) -> None:
    entered, release = threading.Event(), threading.Event()

    class SlowKeyring(MemoryKeyring):  # a locked keyring waiting for its unlock prompt
        def get_password(self, service: str, username: str) -> str | None:
            entered.set()
            release.wait()
            return None

    store = SecretStore(backend=SlowKeyring())
    reader = threading.Thread(target=store.get, args=("k",))
    reader.start()
    try:
        assert entered.wait(5)
        answers: list[bool] = []
        asker = threading.Thread(target=lambda: answers.append(store.uses_fallback))
        asker.start()
        asker.join(5)  # would hang until the prompt is answered if it took the store's lock
        assert answers == [False]
    finally:
        release.set()
        reader.join(5)
