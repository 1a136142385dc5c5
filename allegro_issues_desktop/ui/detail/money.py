"""Amounts for people: the UI locale's number format, the currency's symbol when it is ours."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...domain import Money


def format_money(money: Money | None, locale: QLocale | None = None) -> str | None:
    if money is None or money.amount is None:
        return None
    loc = locale or QLocale()
    currency = money.currency or "PLN"
    value = float(money.amount)  # display only; the Decimal stays the source of truth
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return loc.toCurrencyString(value, loc.currencySymbol(), 2)
    # Another locale's currency (or the "C" locale): number in our format, then the ISO code.
    return f"{loc.toString(value, 'f', 2)} {currency}"
