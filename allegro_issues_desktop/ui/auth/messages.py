"""One clear sentence for each way a sign-in can end without tokens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...auth.browser_flow import ListenerError
from ...auth.oauth import FlowError, FlowFailure, OAuthError, OAuthUnavailableError

_CONTEXT = "SignInMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def failure_text(error: BaseException) -> str:
    """What went wrong and what to do, in the seller's words (never the raw server text)."""
    if isinstance(error, FlowError):
        return {
            FlowFailure.DENIED: _tr(
                "Access was refused in the browser. If that was a mistake, start again."
            ),
            FlowFailure.EXPIRED: _tr("The code has expired. Start again to get a new one."),
            FlowFailure.INVALID_CODE: _tr(
                "Allegro no longer recognises this code. Start again to get a new one."
            ),
            FlowFailure.STATE_MISMATCH: _tr(
                "The browser's answer did not belong to this sign-in, so it was ignored for"
                " your safety. Start again."
            ),
            FlowFailure.NO_CODE: _tr("Allegro did not finish the sign-in. Start again."),
        }[error.reason]
    if isinstance(error, ListenerError):
        return _tr(
            "The app cannot receive the answer from the browser: another program may be using"
            " the port of the redirect address. Close it, or change the address in Settings."
        )
    if isinstance(error, OAuthUnavailableError):
        return _tr("Allegro cannot be reached. Check your internet connection and start again.")
    if isinstance(error, OAuthError):
        if error.error in ("unauthorized", "invalid_client", "unauthorized_client"):
            return _tr(
                "Allegro did not accept this app's client ID or secret, or the app is"
                " registered for another sign-in type. Check them in Settings."
            )
        return _tr("Allegro refused the sign-in. Start again.")
    return _tr("The sign-in stopped unexpectedly. Start again.")
