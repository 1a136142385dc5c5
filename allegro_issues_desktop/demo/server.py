"""The local Allegro emulator: a real HTTP server on 127.0.0.1 for /sale/issues and OAuth.

Used by the app's `--demo` mode, the `allegro-issues-emulator` command and every integration
test. Standard library only (it ships in the bundle). Pieces:
`httpd` (threaded HTTP/1.1) -> `Emulator._dispatch` -> `OAuthEmulator` (sign-in routes) or
`IssuesApi` (auth, media types, parameters, faults) -> `IssueStore` (state, one lock);
`ContextApi` (`orders.py`: the order, parcels, offer, /me and offer pictures of those issues).

Several sellers (`shops=n`): each shop has its own state, generated from its own seed (other
issues, ids, buyers), and a bearer token opens only its seller's shop, as on Allegro. Shop 0 is
seller `demo-seller` (every test helper acts on it); shop n is `demo-seller-<n+1>`, generated on
first use. `oauth.sign_in_as` / `sign_in_as_shop(n)` choose whose token the next sign-in gives.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TypeVar

from allegro_issues_desktop.demo import data
from allegro_issues_desktop.demo.api import IssuesApi
from allegro_issues_desktop.demo.errors import ApiError
from allegro_issues_desktop.demo.faults import Faults
from allegro_issues_desktop.demo.httpd import EmuHTTPServer
from allegro_issues_desktop.demo.live import LiveActivity, freshly_opened
from allegro_issues_desktop.demo.oauth import OAuthEmulator
from allegro_issues_desktop.demo.orders import ContextApi
from allegro_issues_desktop.demo.protocol import EmuRequest, EmuResponse
from allegro_issues_desktop.demo.shops import seller_id, shop_of
from allegro_issues_desktop.demo.store import IssueStore
from allegro_issues_desktop.demo.texts import SELLER_LOGIN

__all__ = ["Emulator", "Faults", "RecordedRequest", "seller_id", "shop_of"]

#: Live activity: one tick in this many opens a new issue (see `simulate_activity`).
NEW_ISSUE_ODDS = 8
#: Shop n (from 0) is generated from this seed offset: its own issues, ids and buyers.
SHOP_SEED_STEP = 1000


def seller_login(shop: int) -> str:
    return SELLER_LOGIN if shop == 0 else f"{SELLER_LOGIN}_{shop + 1}"


def sold_by(seeds: list[data.SeedIssue], login: str) -> list[data.SeedIssue]:
    """The generated issues with ``login`` as the seller who wrote in their chats (the
    generator writes as shop 0's seller)."""
    if login == SELLER_LOGIN:
        return seeds
    for seed in seeds:
        for message in seed.chat:
            author = message.get("author")
            if isinstance(author, dict) and author.get("role") == "SELLER":
                author["login"] = login
    return seeds


@dataclass
class _Shop:
    """One seller's Allegro: its issues, chats, files, orders, and its live-activity stream."""

    index: int
    seed: int
    store: IssueStore
    api: IssuesApi
    context: ContextApi
    rng: random.Random
    next_index: int


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # keys lower-cased


class RequestLog(list[RecordedRequest]):
    """A list of recent requests that never grows past `cap` (a bench may send millions).

    Trimming drops the oldest tenth at once, so appends stay amortised O(1).
    """

    def __init__(self, cap: int = 100_000) -> None:
        super().__init__()
        self.cap = cap
        self._lock = threading.Lock()

    def append(self, item: RecordedRequest) -> None:
        with self._lock:
            super().append(item)
            if len(self) > self.cap:
                del self[: len(self) - self.cap + self.cap // 10]

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self)


class Emulator:
    """An in-process Allegro. `start()` binds, generates data and serves; `stop()` ends it all.

    Test helpers (`issue_json`, `chat_json`, `set_state`, ...) act on the state directly and
    raise KeyError for an unknown issue id.
    """

    def __init__(
        self,
        *,
        issues: int = 300,
        seed: int = 7,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        live: bool = False,
        live_interval: float = 20.0,
        auto_approve_device: bool = False,
        shops: int = 1,
        client_id: str = "demo-client",
        client_secret: str = "demo-secret",  # noqa: S107 (the demo app's own)
    ) -> None:
        self._issue_count = issues
        self._seed = seed
        #: How many sellers this emulator serves; a bearer token opens its seller's shop only.
        self.shop_count = max(1, shops)
        self._shops: dict[int, _Shop] = {}
        self._shops_lock = threading.Lock()
        self._address = (host, port)
        self._live_enabled = live
        self._live_interval = live_interval
        self.faults = Faults(seed=seed)
        self.requests: list[RecordedRequest] = RequestLog()
        self.oauth = OAuthEmulator(client_id, client_secret, auto_approve_device)
        if token is not None:
            self.oauth.register_static_token(token)
            self.token = token
        else:
            self.token = self.oauth.issue_token_pair()[0]
        self.base_url = ""
        #: Scopes the emulator's tokens lack, e.g. ``{"allegro:api:orders:read"}``: their
        #: endpoints (orders, offers, /me) answer 403 (tests of the quiet "no permission" path).
        self.denied_scopes: set[str] = set()
        self._server: EmuHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._live: LiveActivity | None = None
        self._activity_lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Emulator:
        if self._server is not None:
            return self
        server = EmuHTTPServer(self._address, self._dispatch)
        host, port = server.server_address[:2]
        self.base_url = f"http://{host!s}:{port}"
        try:
            self._shop(0)  # the others are generated when first used
        except BaseException:
            server.server_close()  # do not keep the port bound when generation fails
            raise
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"emulator-{port}",
            daemon=True,
        )
        self._thread.start()
        if self._live_enabled:
            self._live = LiveActivity(self._live_tick, self._live_interval)
            self._live.start()
        return self

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------- requests
    def _dispatch(self, req: EmuRequest) -> EmuResponse:
        self.requests.append(
            RecordedRequest(req.method, req.path, dict(req.query), dict(req.headers))
        )
        if self.oauth.handles(req.path):
            return self.oauth.handle(req, self.base_url)
        if not self._shops:
            return EmuResponse.json(404, {"error": "not_found", "error_description": req.path})
        shop = self._shop_of(req)
        if shop.api.handles(req.path):
            return shop.api.handle(req)
        if shop.context.handles(req.path):
            return shop.context.handle(req)
        return EmuResponse.json(404, {"error": "not_found", "error_description": req.path})

    # ---------------------------------------------------------------------- shops
    def _shop(self, index: int) -> _Shop:
        """Shop ``index``, generated on first use (deterministic: seed + index x step)."""
        with self._shops_lock:
            shop = self._shops.get(index)
            if shop is not None:
                return shop
            seed = self._seed + index * SHOP_SEED_STEP
            count = self._issue_count if index == 0 else max(1, self._issue_count // 2)
            store = IssueStore(self.base_url, seller_login=seller_login(index))
            store.add_issues(
                sold_by(data.generate_issues(count, seed, self.base_url), seller_login(index))
            )
            check = self.oauth.check_access_token
            shop = _Shop(
                index=index,
                seed=seed,
                store=store,
                api=IssuesApi(store, self.faults, check),
                context=ContextApi(
                    store,
                    self.faults,
                    check,
                    seed=seed,
                    seller=(seller_id(index), seller_login(index)),
                    denied_scopes=self.denied_scopes,
                ),
                rng=random.Random(seed + 1),
                next_index=count,
            )
            self._shops[index] = shop
            return shop

    def _shop_of(self, req: EmuRequest) -> _Shop:
        """The shop the request's bearer token opens (shop 0 answers for a bad token: 401)."""
        scheme, _, token = req.headers.get("authorization", "").partition(" ")
        user = self.oauth.user_of(token.strip()) if scheme.lower() == "bearer" else None
        for index in range(self.shop_count):
            if seller_id(index) == user:
                return self._shop(index)
        return self._shop(0)

    def sign_in_as_shop(self, shop: int) -> str:
        """The next sign-in (device or browser flow) opens shop ``shop``; its seller id."""
        if not 0 <= shop < self.shop_count:
            raise ValueError(f"this emulator serves {self.shop_count} shop(s)")
        self.oauth.sign_in_as = seller_id(shop)
        return self.oauth.sign_in_as

    def shop_store(self, shop: int) -> IssueStore:
        """Shop ``shop``'s state (generated now if it was not used yet)."""
        if not 0 <= shop < self.shop_count:
            raise ValueError(f"this emulator serves {self.shop_count} shop(s)")
        if self._server is None:
            raise RuntimeError("Emulator.start() first")
        return self._shop(shop).store

    # --------------------------------------------------------------------- tokens
    def expire_token(self, token: str | None = None) -> None:
        """The next request with `token` (default: `self.token`) gets 401 invalid_token."""
        self.oauth.expire(token or self.token)

    def issue_token(self, shop: int = 0) -> tuple[str, str]:
        """A fresh (access, refresh) pair, as if shop ``shop``'s seller had just signed in."""
        return self.oauth.issue_token_pair(seller_id(shop))

    # --------------------------------------------------------------- test helpers
    @property
    def store(self) -> IssueStore:
        """Shop 0's state (the test helpers below act on it)."""
        shop = self._shops.get(0)
        if shop is None:
            raise RuntimeError("Emulator.start() first")
        return shop.store

    def issue_json(self, issue_id: str) -> dict[str, Any]:
        return self._known(lambda: self.store.issue(issue_id))

    def chat_json(self, issue_id: str) -> list[dict[str, Any]]:
        """The whole chat, oldest first (the API's page order may differ: see Faults)."""
        return self._known(lambda: self.store.chat(issue_id))

    def issue_ids(self) -> list[str]:
        """All ids in list order (openedDate descending)."""
        return self.store.issue_ids()

    def set_state(self, issue_id: str, **current_state_fields: Any) -> None:
        """Overwrite `currentState` fields, e.g. `set_state(i, chatActive=False)`."""
        self._known(lambda: self.store.set_state(issue_id, current_state_fields))

    def add_buyer_message(self, issue_id: str, text: str) -> dict[str, Any]:
        return self._known(lambda: self.store.buyer_message(issue_id, text))

    @staticmethod
    def _known(action: Callable[[], T]) -> T:
        try:
            return action()
        except ApiError as error:
            raise KeyError(error.message) from None

    # -------------------------------------------------------------- live activity
    def _live_tick(self) -> None:
        with self._shops_lock:
            used = sorted(self._shops)
        self.simulate_activity()  # shop 0: what tests observe and replace
        for index in used:
            if index:
                self.simulate_activity(shop=index)

    def simulate_activity(self, *, new_issue: bool | None = None, shop: int = 0) -> str | None:
        """One tick of live activity; returns the id of the issue that changed, if any.

        One tick in `NEW_ISSUE_ODDS` (or when `new_issue` is True) a new issue opens; otherwise
        a buyer accepts a pending END_REQUEST (closing that dispute) if there is one and a coin
        says so, or else replies in a random issue whose chat is active.
        """
        state = self._shop(shop)
        store = state.store
        with self._activity_lock:  # one tick at a time keeps the RNG sequence reproducible
            rng = state.rng
            if new_issue is None:
                new_issue = rng.randrange(NEW_ISSUE_ODDS) == 0
            now = datetime.now(UTC)
            if new_issue:
                seeds = data.generate_issues(
                    1, state.seed, self.base_url, now=now, start_index=state.next_index
                )
                state.next_index += 1
                added = store.add_issues(
                    freshly_opened(s, now) for s in sold_by(seeds, store.seller_login)
                )
                return added[0] if added else None
            if rng.random() < 0.5:
                closed = store.close_requested_dispute(rng.choice)
                if closed is not None:
                    return closed
            candidates = store.open_issue_ids()
            if not candidates:
                return None
            issue_id = rng.choice(candidates)
            reply = data.generate_buyer_reply(rng, store.issue(issue_id), now)
            store.add_message(issue_id, reply)
            return issue_id
