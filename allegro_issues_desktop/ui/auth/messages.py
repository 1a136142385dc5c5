"""One clear sentence for each way a sign-in can end without tokens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...auth.browser_flow import ListenerError
from ...auth.oauth import FlowError, FlowFailure, OAuthError, OAuthUnavailableError

# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate


def failure_text(error: BaseException) -> str:
    """What went wrong and what to do, in the seller's words (never the raw server text)."""
    if isinstance(error, FlowError):
        return {
            FlowFailure.DENIED: translate(
                "SignInMessages",
                "Access was refused in the browser. If that was a mistake, start again.",
            ),
            FlowFailure.EXPIRED: translate(
                "SignInMessages", "The code has expired. Start again to get a new one."
            ),
            FlowFailure.INVALID_CODE: translate(
                "SignInMessages",
                "Allegro no longer recognises this code. Start again to get a new one.",
            ),
            FlowFailure.STATE_MISMATCH: translate(
                "SignInMessages",
                "The browser's answer did not belong to this sign-in, so it was ignored for"
                " your safety. Start again.",
            ),
            FlowFailure.NO_CODE: translate(
                "SignInMessages", "Allegro did not finish the sign-in. Start again."
            ),
        }[error.reason]
    if isinstance(error, ListenerError):
        return translate(
            "SignInMessages",
            "The app cannot receive the answer from the browser: another program may be using"
            " the port of the redirect address. Close it, or change the address in Settings.",
        )
    if isinstance(error, OAuthUnavailableError):
        return translate(
            "SignInMessages",
            "Allegro cannot be reached. Check your internet connection and start again.",
        )
    if isinstance(error, OAuthError):
        if error.error in ("unauthorized", "invalid_client", "unauthorized_client"):
            return translate(
                "SignInMessages",
                "Allegro did not accept this app's client ID or secret, or the app is"
                " registered for another sign-in type. Check them in Settings.",
            )
        return translate("SignInMessages", "Allegro refused the sign-in. Start again.")
    return translate("SignInMessages", "The sign-in stopped unexpectedly. Start again.")
