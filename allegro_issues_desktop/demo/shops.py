"""Who the demo shops' sellers are: light enough for the window to import (no emulator)."""

from __future__ import annotations

DEMO_USER_ID = "demo-seller"


def seller_id(shop: int) -> str:
    """The seller of demo shop ``shop`` (0 is the one every test and the demo know)."""
    return DEMO_USER_ID if shop == 0 else f"{DEMO_USER_ID}-{shop + 1}"


def shop_of(seller: str | None, shops: int) -> int:
    """The shop of ``seller`` among ``shops`` (0 for None or a seller this emulator lacks)."""
    return next((n for n in range(shops) if seller_id(n) == seller), 0)
