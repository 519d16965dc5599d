"""RFC 9457 problem details for every error the server answers, its own and FastAPI's.

Every error body is ``application/problem+json`` with ``type``, ``title``, ``status``,
``detail`` and ``code`` (the stable name clients switch on), plus extra members where the
contract says so (``errors``, ``limits``). Handlers are installed for :class:`ProblemError`,
Starlette's HTTP errors (404, 405 from routing), FastAPI's request validation and any
unexpected exception (500, whose details stay in the log).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kiosk.protocol.errors import error_path, validation_errors

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = [
    "ProblemError",
    "error_path",
    "install_problem_handlers",
    "problem_body",
    "problem_response",
    "validation_errors",
]

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://ido-kiosk.nl/problems/"

TITLES: dict[str, str] = {
    "bad_request": "Bad request",
    "unauthorized": "Unauthorized",
    "device_revoked": "Device revoked",
    "device_mismatch": "Device mismatch",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "batch_in_progress": "Batch in progress",
    "cursor_expired": "Cursor expired",
    "payload_too_large": "Payload too large",
    "unsupported_media_type": "Unsupported media type",
    "idempotency_key_reused": "Idempotency key reused",
    "enrollment_code_invalid": "Enrollment code invalid",
    "unknown_branch": "Unknown branch",
    "protocol_unsupported": "Protocol unsupported",
    "rate_limited": "Too many requests",
    "internal": "Internal server error",
    "overloaded": "Overloaded",
}
# Errors raised by routing and the framework carry only a status; name them.
_CODE_FOR_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    503: "overloaded",
}


class ProblemError(StarletteHTTPException):
    """An error answer: raise it anywhere in a request, the handler renders it.

    A subclass of Starlette's ``HTTPException`` on purpose: FastAPI re-raises those untouched
    when they come out of reading the body (the size limit raises there).
    """

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        """Describe the problem: HTTP *status*, stable *code*, human *detail*."""
        super().__init__(status_code=status, detail=detail, headers=dict(headers or {}))
        self.code = code
        self.extra = dict(extra or {})


def problem_body(
    status: int, code: str, detail: str, extra: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Return the problem document for *code*."""
    body: dict[str, Any] = {
        "type": TYPE_BASE + code,
        "title": TITLES.get(code, code.replace("_", " ").capitalize()),
        "status": status,
        "detail": detail,
        "code": code,
    }
    body.update(extra or {})
    return body


def problem_response(
    status: int,
    code: str,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """Return a problem details response."""
    return JSONResponse(
        problem_body(status, code, detail, extra),
        status_code=status,
        headers=dict(headers or {}),
        media_type=PROBLEM_JSON,
    )


async def _on_problem(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProblemError)
    return problem_response(
        exc.status_code, exc.code, str(exc.detail), headers=exc.headers, extra=exc.extra
    )


async def _on_http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = _CODE_FOR_STATUS.get(
        exc.status_code, "bad_request" if exc.status_code < 500 else "internal"
    )
    return problem_response(exc.status_code, code, str(exc.detail), headers=exc.headers)


async def _on_validation_error(_request: Request, exc: Exception) -> Response:
    from fastapi.exceptions import RequestValidationError

    assert isinstance(exc, RequestValidationError)
    # The contract names a wrong request shape 400 bad_request; 422 means a reused batch_id.
    errors = validation_errors(exc.errors(), skip=1)
    return problem_response(
        400,
        "bad_request",
        "The request does not have the expected shape.",
        extra={"errors": errors},
    )


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("Unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(500, "internal", "The server failed; nothing was stored. Retry later.")


def install_problem_handlers(app: FastAPI) -> None:
    """Make every error *app* answers a problem details document."""
    # Imported here: the CLI's admin commands use ProblemError without loading FastAPI.
    from fastapi.exceptions import RequestValidationError

    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected)
