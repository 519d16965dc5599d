"""The database's parts of the diagnostics export (:mod:`kiosk.diagnostics`).

``outbox.json``: the outbox counted per state and kind, the oldest waiting change's age, the
server's refusal codes, and the sync's last moments with its last error as a code (never a
payload, never the error's texts). ``settings.json``: every setting except secrets (the staff
PIN's hash and any stored token, code or password are left out by key), the desk, and the
enrollment without credentials (the device token is never in the database).
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import text

from kiosk.clock import from_utc_text
from kiosk.errors import Message

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from kiosk.app import Kiosk

FORMAT: Final = "ido-kiosk-diagnostics/1"
#: ``app_setting`` keys that are never exported (the PIN's hash, any credential).
SECRET_KEY: Final = re.compile(r"pin|token|secret|password|passwd|credential|enrol|code", re.I)
_WAITING: Final = ("pending", "inflight")
_SYNC_MOMENTS: Final = (
    "last_attempt_at",
    "last_success_at",
    "last_server_time",
    "last_skew_seconds",
    "clock_flag",
    "paused_reason",
    "backoff_attempt",
    "not_before",
    "retry_after_until",
    "write_checkpoint",
)
_ENROLMENT: Final = ("device_id", "device_name", "branch_id", "branch_name", "enrolled_at")


def outbox_summary(app: Kiosk) -> dict[str, Any]:
    """Return the outbox counted and the sync's last moments, as codes (``outbox.json``)."""
    now = app.now()
    with app.db.query() as connection:
        counted = connection.execute(
            text("SELECT state, kind, count(*) FROM outbox GROUP BY state, kind")
        ).all()
        codes = connection.execute(
            text(
                "SELECT state, coalesce(result_code, ''), count(*) FROM outbox "
                "WHERE state IN ('rejected','conflicted','quarantined') GROUP BY 1, 2"
            )
        ).all()
        oldest = connection.execute(
            text(
                "SELECT occurred_at FROM outbox WHERE state IN ('pending','inflight') "
                "ORDER BY local_seq LIMIT 1"
            )
        ).scalar()
        redacted = connection.execute(text("SELECT count(*) FROM outbox WHERE redacted")).scalar()
        set_aside = connection.execute(
            text("SELECT type, code, count(*) FROM pull_set_aside GROUP BY 1, 2")
        ).all()
        state = _sync_state(connection)
    per_state: dict[str, dict[str, int]] = {}
    for row_state, kind, count in counted:
        per_state.setdefault(str(row_state), {})[str(kind)] = int(count)
    problems: dict[str, dict[str, int]] = {}
    for row_state, code, count in codes:
        problems.setdefault(str(row_state), {})[str(code) or "none"] = int(count)
    age = None
    if oldest is not None:
        with suppress(ValueError):
            age = max(0, round((now - from_utc_text(str(oldest))).total_seconds()))
    return {
        "format": FORMAT,
        "states": {s: sum(kinds.values()) for s, kinds in sorted(per_state.items())},
        "kinds": dict(sorted(per_state.items())),
        "waiting": sum(sum(per_state.get(s, {}).values()) for s in _WAITING),
        "oldest_waiting_at": oldest,
        "oldest_waiting_age_seconds": age,
        "problem_codes": problems,
        "redacted": int(redacted or 0),
        "received_set_aside": [
            {"type": str(kind), "code": str(code), "count": int(count)}
            for kind, code, count in set_aside
        ],
        "sync": {
            **{name: state.get(name) for name in _SYNC_MOMENTS},
            "last_error": _error_code(state.get("last_error")),
        },
    }


def settings_summary(app: Kiosk) -> dict[str, Any]:
    """Return every setting except secrets (``settings.json``)."""
    with app.db.query() as connection:
        rows = connection.execute(text("SELECT key, value FROM app_setting ORDER BY key")).all()
        state = _sync_state(connection)
    stored = {str(k): v for k, v in rows if not SECRET_KEY.search(str(k))}
    desk = app.locations.current()
    url = state.get("server_url")
    return {
        "format": FORMAT,
        "desk_settings": asdict(app.settings.read()),
        "stored": stored,
        "left_out": sorted(str(k) for k, _ in rows if SECRET_KEY.search(str(k))),
        "desk": None if desk is None else asdict(desk),
        "enrollment": {
            **{name: state.get(name) for name in _ENROLMENT},
            "server_url": None if url is None else _plain_url(str(url)),
        },
    }


def _sync_state(connection: Connection) -> dict[str, Any]:
    row = connection.execute(text("SELECT * FROM sync_state WHERE id = 1")).first()
    return {} if row is None else dict(row._mapping)


def _error_code(stored: Any) -> str | None:
    """Return the code of the stored last error (never its words or parameters' texts)."""
    if not stored:
        return None
    message = Message.from_json(str(stored))
    return "sync.stored_text" if message is None else message.code


def _plain_url(url: str) -> str:
    """Return *url* without a user name, password, query or fragment."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
