"""Errors as one human sentence in the UI language. Allegro's own ``userMessage`` comes first:
it is already translated (the client sends ``Accept-Language`` from the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..allegro.errors import (
    AllegroError,
    AuthenticationError,
    ChatClosedError,
    InvalidRequestError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ResponseTooLargeError,
    ServerError,
    UnsafeUrlError,
)

# lupdate reads translate("Context", "text") calls with literal arguments: keep them literal.
translate = QCoreApplication.translate


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, AllegroError) and exc.user_message and not isinstance(exc, ServerError):
        return exc.user_message
    if isinstance(exc, ResponseTooLargeError):
        return translate(
            "Errors",
            "Allegro sent far more data than expected, so it was not read. Try again later.",
        )
    if isinstance(exc, InvalidResponseError):
        return translate("Errors", "Allegro's answer could not be read. Try again in a moment.")
    if isinstance(exc, NetworkError):
        return translate(
            "Errors", "Cannot reach Allegro. Check your internet connection and try again."
        )
    if isinstance(exc, AuthenticationError):
        return translate("Errors", "Your Allegro session has ended. Sign in again to continue.")
    if isinstance(exc, PermissionDeniedError):
        return translate(
            "Errors",
            "Allegro refused access. The app needs permission to manage discussions and claims.",
        )
    if isinstance(exc, RateLimitedError):
        return translate("Errors", "Allegro asked us to slow down. Try again in a minute.")
    if isinstance(exc, ServerError):
        return translate("Errors", "Allegro is having problems right now. Try again in a moment.")
    if isinstance(exc, NotFoundError):
        return translate("Errors", "This discussion or claim is no longer available on Allegro.")
    if isinstance(exc, ChatClosedError):
        return translate("Errors", "Allegro does not accept new messages in this issue now.")
    if isinstance(exc, InvalidRequestError):
        return translate(
            "Errors", "Allegro did not accept this request. Check what you entered and try again."
        )
    if isinstance(exc, UnsafeUrlError):
        return translate(
            "Errors", "This link does not lead to Allegro, so it was not opened with your account."
        )
    return translate(
        "Errors", "Something went wrong. Try again; if it keeps happening, copy the diagnostics."
    )
