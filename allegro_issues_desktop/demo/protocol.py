"""The emulator's request/response values, shared by the HTTP server and its route handlers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class EmuRequest:
    method: str
    path: str  # without the query string
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # keys lower-cased
    body: bytes = b""

    def form(self) -> dict[str, str]:
        """An application/x-www-form-urlencoded body, first value per key."""
        from urllib.parse import parse_qs

        parsed = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: v[0] for k, v in parsed.items()}


@dataclass(slots=True)
class EmuResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls, status: int, payload: Any, content_type: str = "application/json;charset=UTF-8"
    ) -> EmuResponse:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return cls(status, body, {"Content-Type": content_type})

    @classmethod
    def html(cls, status: int, page: str) -> EmuResponse:
        return cls(status, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})
