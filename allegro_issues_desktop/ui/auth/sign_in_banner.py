"""Shown when a refresh failed for good: the data stays, drafts stay, one button signs in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..banner import Banner


class SignInBanner(Banner):
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("signInBanner", parent)
        self.action_triggered.connect(self.sign_in_requested)

    def show_for(self, account_label: str | None = None) -> None:
        if account_label:
            text = self.tr(
                "Your Allegro session for “%1” has ended. Sign in again to continue; what you"
                " see and anything you typed stay here."
            ).replace("%1", account_label)
        else:
            text = self.tr(
                "Your Allegro session has ended. Sign in again to continue; what you see and"
                " anything you typed stay here."
            )
        self.show_message(text, self.tr("Sign in again"), error=False)
