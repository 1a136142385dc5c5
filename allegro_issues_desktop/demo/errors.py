"""Allegro-shaped error responses: `{"errors": [...]}` for the API, `{error, ...}` for OAuth."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from allegro_issues_desktop.demo.protocol import EmuRequest, EmuResponse

TokenCheck = Callable[[str], str]  # token -> "ok" | "expired" | "invalid"

BETA_JSON = "application/vnd.allegro.beta.v1+json"


@dataclass
class ApiError(Exception):
    """An error the API reports to the client; raised anywhere below the router."""

    status: int
    code: str
    message: str  # for the developer, always English (as on Allegro)
    user_en: str
    user_pl: str
    path: str | None = None

    def response(self, language: str) -> EmuResponse:
        user_message = self.user_pl if language.lower().startswith("pl") else self.user_en
        error: dict[str, object] = {
            "code": self.code,
            "message": self.message,
            "details": None,
            "path": self.path,
            "userMessage": user_message,
            "metadata": {},
        }
        return EmuResponse.json(self.status, {"errors": [error]}, BETA_JSON)


_INVALID_EN = "The request contains incorrect data. Contact the author of the application."
_INVALID_PL = "Żądanie zawiera niepoprawne dane. Skontaktuj się z autorem aplikacji."


def invalid(message: str, path: str | None = None, status: int = 400) -> ApiError:
    """A validation error (400 for a malformed body or parameter, 422 for a refused one)."""
    code = "VALIDATION_ERROR" if status == 400 else "UnprocessableEntityException"
    return ApiError(status, code, message, _INVALID_EN, _INVALID_PL, path)


def refused(message: str, user_en: str, user_pl: str, path: str | None = None) -> ApiError:
    """422: well-formed, but not allowed for this issue in its current state."""
    return ApiError(422, "UnprocessableEntityException", message, user_en, user_pl, path)


def not_found(what: str) -> ApiError:
    return ApiError(
        404,
        "POST_PURCHASE_ISSUE_NOT_FOUND" if what == "issue" else "NotFoundException",
        f"The requested {what} was not found.",
        "Post-purchase problem not found" if what == "issue" else "Resource not found.",
        "Nie znaleziono zgłoszenia" if what == "issue" else "Nie znaleziono zasobu.",
    )


def not_acceptable() -> ApiError:
    return ApiError(
        406,
        "NotAcceptableException",
        "Not acceptable representation requested. Please check 'Accept' request header",
        "The application sent an incorrect request. Contact the author of the application.",
        "Aplikacja wysłała niepoprawne żądanie. Skontaktuj się z autorem aplikacji.",
    )


def unsupported_media_type(got: str, *, upload: bool = False) -> ApiError:
    if upload:
        user_en, user_pl = "The file type is not supported.", "Ten typ pliku nie jest obsługiwany."
    else:
        user_en, user_pl = _INVALID_EN, _INVALID_PL
    message = f"Content type '{got}' not supported"
    return ApiError(415, "UnsupportedMediaTypeException", message, user_en, user_pl)


def too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "PayloadTooLargeException",
        f"The file exceeds the limit of {limit} bytes",
        "The file is too big.",
        "Plik jest za duży.",
    )


def chat_closed() -> ApiError:
    return ApiError(
        409,
        "ConflictException",
        "Dispute is in a state that forbids adding new messages",
        "You can no longer send messages in this issue.",
        "W tym zgłoszeniu nie można już wysyłać wiadomości.",
    )


def method_not_allowed(method: str) -> ApiError:
    return ApiError(
        405,
        "MethodNotAllowedException",
        f"Request method '{method}' not supported",
        _INVALID_EN,
        _INVALID_PL,
    )


def fault(status: int) -> ApiError:
    """The bodies of injected 429/500/503 responses."""
    if status == 429:
        return ApiError(
            429,
            "TooManyRequestsException",
            "Too many requests",
            "Too many requests. Try again later.",
            "Zbyt wiele żądań. Spróbuj ponownie później.",
        )
    return ApiError(
        status,
        "InternalServerErrorException" if status == 500 else "ServiceUnavailableException",
        "Internal server error" if status == 500 else "Service unavailable",
        "Something went wrong. Try again later.",
        "Coś poszło nie tak. Spróbuj ponownie później.",
    )


def unauthorized(description: str, error: str = "invalid_token") -> EmuResponse:
    """The OAuth layer's 401 (its own body shape, plain JSON, as Allegro sends it)."""
    response = EmuResponse.json(401, {"error": error, "error_description": description})
    response.headers["WWW-Authenticate"] = (
        f'Bearer error="{error}", error_description="{description}"'
    )
    return response


def bearer_rejection(req: EmuRequest, check_token: TokenCheck) -> EmuResponse | None:
    """The 401 Allegro answers for a missing, expired or unknown bearer token; None if valid."""
    scheme, _, token = req.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return unauthorized(
            "Full authentication is required to access this resource", "unauthorized"
        )
    verdict = check_token(token)
    if verdict == "expired":
        return unauthorized(f"Access token expired: {token}")
    if verdict != "ok":
        return unauthorized("Cannot convert access token to JSON")
    return None
