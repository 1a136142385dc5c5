"""Errors as one human sentence in the UI language. Allegro's own ``userMessage`` comes first:
it is already translated (the client sends ``Accept-Language`` from the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..allegro.errors import (
    AllegroError,
    AuthenticationError,
    ChatClosedError,
    InvalidRequestError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnsafeUrlError,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, AllegroError) and exc.user_message and not isinstance(exc, ServerError):
        return exc.user_message
    if isinstance(exc, NetworkError):
        return _t("Cannot reach Allegro. Check your internet connection and try again.")
    if isinstance(exc, AuthenticationError):
        return _t("Your Allegro session has ended. Sign in again to continue.")
    if isinstance(exc, PermissionDeniedError):
        return _t(
            "Allegro refused access. The app needs permission to manage discussions and claims."
        )
    if isinstance(exc, RateLimitedError):
        return _t("Allegro asked us to slow down. Try again in a minute.")
    if isinstance(exc, ServerError):
        return _t("Allegro is having problems right now. Try again in a moment.")
    if isinstance(exc, NotFoundError):
        return _t("This discussion or claim is no longer available on Allegro.")
    if isinstance(exc, ChatClosedError):
        return _t("Allegro does not accept new messages in this issue now.")
    if isinstance(exc, InvalidRequestError):
        return _t("Allegro did not accept this request. Check what you entered and try again.")
    if isinstance(exc, UnsafeUrlError):
        return _t("This link does not lead to Allegro, so it was not opened with your account.")
    return _t("Something went wrong. Try again; if it keeps happening, copy the diagnostics.")
