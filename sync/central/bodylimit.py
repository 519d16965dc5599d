"""Request body limits, enforced while the body streams in, gzip included (pure ASGI).

The middleware sits in front of the application and wraps ``receive``: it counts the bytes
as they arrive, inflates ``Content-Encoding: gzip`` incrementally with a bounded output
(``zlib.decompressobj`` with ``max_length``), and raises a 413 problem as soon as the
*decompressed* body passes the limit. The application only ever sees decompressed bytes, at
most the limit of them, so a 10 KB gzip bomb that would inflate to gigabytes never occupies
more than the limit in memory, and nor does a huge plain body.

Past the limit, the rest of the upload is read and thrown away (up to ``drain_bytes``) before
the answer goes out: a client that sent a slightly oversized batch then reads its 413 and
halves the batch, instead of seeing a connection reset and resending the same batch forever.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.central.problems import ProblemError, problem_response

GZIP_WBITS = 16 + zlib.MAX_WBITS  # gzip header and trailer, not raw zlib


def _too_large(limit: int) -> ProblemError:
    return ProblemError(
        413,
        "payload_too_large",
        f"The request body is larger than {limit} bytes (counted after decompression).",
        extra={"limits": {"max_body_bytes": limit}},
    )


class BodyLimitMiddleware:
    """Refuse request bodies over a per-path limit with 413, reading at most the limit."""

    def __init__(self, app: ASGIApp, *, limit_for: Callable[[str], int], drain_bytes: int) -> None:
        """Wrap *app*; ``limit_for(path)`` gives the byte limit of each request path."""
        self.app = app
        self.limit_for = limit_for
        self.drain_bytes = drain_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "identity").strip().lower() or "identity"
        if encoding not in ("identity", "gzip"):
            response = problem_response(
                415,
                "unsupported_media_type",
                f"Content-Encoding {encoding!r} is not supported; use gzip or none.",
            )
            await response(scope, receive, send)
            return
        gzip = encoding == "gzip"
        # Compressed JSON is smaller than the JSON; allow gzip's framing on incompressible data.
        raw_cap = limit + limit // 64 + 1024 if gzip else limit
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > raw_cap:
            if int(declared) <= self.drain_bytes:
                await _drain(receive, self.drain_bytes)
            error = _too_large(limit)
            response = problem_response(413, error.code, str(error.detail), extra=error.extra)
            await response(scope, receive, send)
            return
        if gzip:
            # The application sees the inflated body: drop the headers that describe the wire.
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ]
        limited = _LimitedBody(receive, limit, raw_cap, gzip, self.drain_bytes)
        await self.app(scope, limited.receive, send)


class _LimitedBody:
    """The wrapped ``receive`` of one request."""

    def __init__(
        self, receive: Receive, limit: int, raw_cap: int, gzip: bool, drain_bytes: int
    ) -> None:
        self._receive = receive
        self.limit = limit
        self.raw_cap = raw_cap
        self.drain_bytes = drain_bytes
        self.raw = 0
        self.delivered = 0
        self.inflater = zlib.decompressobj(GZIP_WBITS) if gzip else None

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] != "http.request":
            return message
        chunk: bytes = message.get("body", b"")
        more: bool = message.get("more_body", False)
        self.raw += len(chunk)
        if self.raw > self.raw_cap:
            await self._refuse(more)
        if self.inflater is None:
            self.delivered += len(chunk)
            if self.delivered > self.limit:
                await self._refuse(more)
            return message
        body = self._inflate(chunk, more)
        if self.delivered > self.limit:
            await self._refuse(more)
        return {"type": "http.request", "body": body, "more_body": more}

    def _inflate(self, chunk: bytes, more: bool) -> bytes:
        assert self.inflater is not None
        try:
            # max_length bounds the output: never more than one byte past the limit is held.
            # (It is at least 1 here: 0 would mean "unbounded" to zlib.)
            body = self.inflater.decompress(chunk, self.limit + 1 - self.delivered)
            self.delivered += len(body)
            if not more and self.delivered <= self.limit and not self.inflater.unconsumed_tail:
                tail = self.inflater.flush()
                self.delivered += len(tail)
                body += tail
        except zlib.error as exc:
            raise ProblemError(400, "bad_request", f"The body is not valid gzip ({exc}).") from exc
        if not more and self.delivered <= self.limit:
            if not self.inflater.eof:
                raise ProblemError(400, "bad_request", "The gzip body is truncated.")
            if self.inflater.unused_data:
                raise ProblemError(400, "bad_request", "Unexpected data after the gzip body.")
        return body

    async def _refuse(self, more: bool) -> None:
        if more:
            await _drain(self._receive, self.drain_bytes - self.raw)
        raise _too_large(self.limit)


async def _drain(receive: Receive, budget: int) -> None:
    """Read and discard the rest of the request body, at most *budget* more bytes."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return
