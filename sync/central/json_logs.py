"""Logs as JSON lines: ``ido-central serve --log-format json`` (or ``$IDO_CENTRAL_LOG_FORMAT``).

One JSON object per line, for a log shipper (journald, Loki, Elastic) to read without a
parser of its own: ``time`` (UTC, milliseconds), ``level``, ``logger``, ``message``, the
``request_id`` of the request being served if there is one, ``exception`` with the traceback
when one was logged, and for uvicorn's access lines (whose arguments are client, method,
path, HTTP version, status) ``method``, ``path`` and ``status``.

What the server logs never holds a token or a request body (its log calls name devices,
branches and batches by id); as a second line of defence every message passes
:func:`redact`, which blanks ``Bearer`` credentials and any secret the server was given (the
admin token). The default format stays the plain text it has always been.

The request id is the request's ``X-Request-ID`` header when it looks like one (a proxy's),
else a new one; :class:`sync.central.metrics.RequestMetrics` sets it for the request and
sends it back in the answer's ``X-Request-ID``.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import sys
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Final

LOG_FORMAT_ENV: Final = "IDO_CENTRAL_LOG_FORMAT"
LOG_FORMATS: Final = ("text", "json")
TEXT_FORMAT: Final = "%(levelname)s %(name)s: %(message)s"
REQUEST_ID_HEADER: Final = "x-request-id"

#: The id of the request this code runs for (set by the metrics middleware), else None.
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "ido_central_request_id", default=None
)

_GIVEN_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+")
REDACTED: Final = "[redacted]"


def default_log_format() -> str:
    """The format ``$IDO_CENTRAL_LOG_FORMAT`` names (``text`` or ``json``); ``text`` if unset."""
    chosen = os.environ.get(LOG_FORMAT_ENV, "").strip().lower() or "text"
    if chosen not in LOG_FORMATS:
        raise ValueError(f"${LOG_FORMAT_ENV} must be text or json, not {chosen!r}")
    return chosen


def new_request_id(given: str | None) -> str:
    """The request's id: *given* (a proxy's ``X-Request-ID``) when it is a sane one, else new."""
    if given is not None and _GIVEN_ID.match(given):
        return given
    return uuid.uuid4().hex


class Redactor:
    """Blanks credentials in log text: ``Bearer`` values and the secrets it was given."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        """Also blank each of *secrets* (the empty and very short ones are not secrets)."""
        self.secrets = sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """Return *text* with every credential it holds replaced by ``[redacted]``."""
        text = _BEARER.sub(rf"\1 {REDACTED}", text)
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text


def redact(text: str) -> str:
    """Blank ``Bearer`` credentials in *text* (no configured secrets)."""
    return Redactor()(text)


class JsonFormatter(logging.Formatter):
    """Formats a record as one line of JSON (see the module docstring for the members)."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        """Pass every message and traceback through *redactor* (default: ``Bearer`` only)."""
        super().__init__()
        self.redactor = redactor or Redactor()

    def format(self, record: logging.LogRecord) -> str:
        """Return *record* as a JSON object on one line."""
        moment = datetime.fromtimestamp(record.created, UTC)
        entry: dict[str, Any] = {
            "time": moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": self.redactor(record.getMessage()),
        }
        rid = getattr(record, "request_id", None) or request_id.get()
        if rid is not None:
            entry["request_id"] = rid
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) == 5:
            _client, method, path, _version, status = args
            entry.update(method=method, path=self.redactor(str(path)), status=status)
        if record.exc_info:
            entry["exception"] = self.redactor(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exception"] = self.redactor(record.exc_text)
        if record.process is not None and record.processName != "MainProcess":
            entry["process"] = record.process
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(log_format: str, level: str | int, *, secrets: Iterable[str | None] = ()) -> None:
    """Send every log record to stderr as *log_format* (``text`` or ``json``) from *level* on.

    ``text``: ``logging.basicConfig`` as before. ``json``: replaces the root logger's handlers
    and the uvicorn loggers' own, so every line comes through the root handler as JSON
    (uvicorn must then be started with ``log_config=None``: :func:`uvicorn_log_config`).
    """
    if log_format not in LOG_FORMATS:
        raise ValueError(f"log format must be text or json, not {log_format!r}")
    chosen = level.upper() if isinstance(level, str) else level
    if log_format == "text":  # as it has always been (a no-op where logging is set up)
        logging.basicConfig(level=chosen, format=TEXT_FORMAT)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(Redactor(secrets)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(chosen)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        for old in list(logger.handlers):
            logger.removeHandler(old)
        logger.propagate = True


def uvicorn_log_config(log_format: str) -> dict[str, Any] | None:
    """The ``log_config`` for ``uvicorn.run``: its own for text, none (the root's) for JSON."""
    if log_format == "json":
        return None
    from uvicorn.config import LOGGING_CONFIG

    return LOGGING_CONFIG
