"""HTTP plumbing: the httpx client, request bodies, and what an error response means.

TLS is verified against the operating system's trust store (``truststore``): library networks
often inspect TLS with their own CA, which the OS trusts and certifi does not. Verification is
never switched off. Every error the client can meet becomes a :class:`SyncError` that says
whether to retry later (``transient``) or to stop until a person acts (``paused``).
"""

from __future__ import annotations

import gzip
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
import truststore

from kiosk import __version__
from kiosk.errors import InputError, Message
from kiosk.protocol.limits import PROTOCOL as PROTOCOL  # the contract's, re-exported
from sync.backoff import parse_retry_after
from sync.state import PAUSED_REENROLL, PAUSED_REVOKED, PAUSED_UPDATE

USER_AGENT = f"ido-kiosk/{__version__}"
GZIP_ABOVE_BYTES = 8 * 1024
# A 500-visit batch (~480 KB of JSON) measured: level 6 gives ~79 KB in ~6 ms, level 1
# ~94 KB in ~2 ms (+19% bytes for a third of the CPU). A desk draining a backlog is CPU-bound
# on a small PC (its SQLite work runs beside the compression), and 15 KB more per 500 ops
# is ~0.1 s on a 1 Mbit/s uplink, on a request the server takes longer than that to store.
GZIP_LEVEL = 1
TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
# Problem codes that refuse this client's protocol version (sync-v1 and the design's name).
PROTOCOL_CODES = frozenset({"protocol_unsupported", "unsupported_protocol"})


def ssl_context() -> ssl.SSLContext:
    """Return a client TLS context that trusts what the operating system trusts."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def new_client(base_url: str, *, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """Return an httpx client for the central endpoint at *base_url*.

    *transport* replaces the network (``httpx.MockTransport`` in unit tests); without it the
    client speaks TLS verified by the OS trust store.
    """
    return httpx.Client(
        base_url=base_url.rstrip("/"),
        # With a transport given, httpx ignores ``verify``; the SSL context costs nothing then.
        verify=ssl_context() if transport is None else True,
        transport=transport,
        timeout=TIMEOUT,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=False,  # a redirect is a captive portal or a wrong URL, not our server
        trust_env=True,  # honour the branch's proxy settings (HTTPS_PROXY, NO_PROXY)
    )


def check_server_url(url: str) -> str:
    """Return *url* normalised; InputError unless https (or plain http on this machine only).

    Plain http would send the device token in clear text; it is allowed on loopback for
    development and tests.
    """
    parts = urlsplit(url.strip())
    usable = (
        parts.scheme in ("https", "http")
        and bool(parts.hostname)
        and (parts.scheme == "https" or parts.hostname in LOOPBACK_HOSTS)
        and not (parts.query or parts.fragment or parts.username or parts.password)
    )
    if not usable:
        raise InputError.single("server_url", "sync.url_invalid")
    return url.strip().rstrip("/")


def encode_body(
    raw: bytes, *, gzip_above: int | None = GZIP_ABOVE_BYTES
) -> tuple[bytes, dict[str, str]]:
    """Return the JSON text *raw* as a request body, gzipped when larger than *gzip_above*.

    ``mtime=0`` makes the compressed bytes depend on the content only, so a resent batch is
    byte-identical. See :data:`GZIP_LEVEL` for the level.
    """
    headers = {"Content-Type": "application/json"}
    if gzip_above is not None and len(raw) > gzip_above:
        headers["Content-Encoding"] = "gzip"
        return gzip.compress(raw, compresslevel=GZIP_LEVEL, mtime=0), headers
    return raw, headers


def bearer(token: str) -> dict[str, str]:
    """Return the Authorization header for a device token."""
    return {"Authorization": f"Bearer {token}"}


@dataclass(frozen=True)
class Problem:
    """An RFC 9457 problem-details answer (or what could be read of a non-conforming one)."""

    status: int
    code: str | None
    title: str | None
    detail: str | None
    is_problem_json: bool

    def describe(self) -> str:
        """Return a one-line English description for the log."""
        parts = [f"HTTP {self.status}", self.code or "-", self.detail or self.title or ""]
        return " ".join(p for p in parts if p).strip()


def problem_of(response: httpx.Response) -> Problem:
    """Read the problem details of an error *response*."""
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    data: Any = None
    if media in ("application/problem+json", "application/json"):
        try:
            data = response.json()
        except ValueError:
            data = None
    if not isinstance(data, dict):
        return Problem(response.status_code, None, None, None, is_problem_json=False)
    return Problem(
        status=response.status_code,
        code=_text(data.get("code")),
        title=_text(data.get("title")),
        detail=_text(data.get("detail")),
        is_problem_json=media == "application/problem+json" and _text(data.get("code")) is not None,
    )


ErrorKind = Literal["transient", "paused", "refused"]


class SyncError(Exception):
    """Why a request failed: a :class:`~kiosk.errors.Message` for people, English for the log.

    ``transient``: try again later (no answer, server fault, busy); ``paused``: stop until a
    person acts (``paused_reason``); ``refused``: this request can't succeed as it is (a wrong
    enrollment code or server address).
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: Message,
        *,
        log_detail: str,
        retry_after: float | None = None,
        paused_reason: str | None = None,
    ) -> None:
        """Keep the *message* (a code; the UI has its words) and an English *log_detail*."""
        super().__init__(log_detail)
        self.kind = kind
        self.message = message
        self.log_detail = log_detail
        self.retry_after = retry_after
        self.paused_reason = paused_reason


def failure_from_response(response: httpx.Response, now: datetime) -> SyncError:
    """Classify an error *response* per ``docs/sync-v1.md`` and protocol §5.2."""
    problem = problem_of(response)
    status = problem.status
    detail = problem.describe()
    if status == 401:
        return SyncError(
            "paused", Message("sync.reenroll"), log_detail=detail, paused_reason=PAUSED_REENROLL
        )
    if status == 403:
        return SyncError(
            "paused", Message("sync.revoked"), log_detail=detail, paused_reason=PAUSED_REVOKED
        )
    if status == 426 or problem.code in PROTOCOL_CODES:
        return SyncError(
            "paused",
            Message("sync.update_required"),
            log_detail=detail,
            paused_reason=PAUSED_UPDATE,
        )
    retry_after = parse_retry_after(response.headers.get("retry-after"), now)
    if status in (409, 429, 503):
        return SyncError(
            "transient", Message("sync.busy"), log_detail=detail, retry_after=retry_after
        )
    if status >= 500:
        return SyncError(
            "transient", Message("sync.server_error"), log_detail=detail, retry_after=retry_after
        )
    return SyncError(
        "transient",
        Message("sync.unexpected", {"status": status}),
        log_detail=detail,
        retry_after=retry_after,
    )


def failure_from_exception(exc: httpx.TransportError) -> SyncError:
    """Classify a transport error: no answer, so the outcome is unknown; retry later."""
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, httpx.TimeoutException):
        return SyncError("transient", Message("sync.timeout"), log_detail=detail)
    if _certificate_problem(exc):
        return SyncError("transient", Message("sync.tls"), log_detail=detail)
    return SyncError("transient", Message("sync.offline"), log_detail=detail)


def _certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
