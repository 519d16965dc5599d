"""``GET /v1/changes``: the pull feed, paged by an opaque cursor that carries the epoch.

The cursor is base64url JSON ``{"e": epoch, "s": change_seq}``. The epoch is the database's
(``server_state``); after a restore it changes, and an old cursor gets ``410 cursor_expired``
so the desk starts over instead of silently missing what the restore lost. A desk sees its own
branch's changes and the global ones (``branch_id`` NULL, e.g. catalogues).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.protocol.fields import MAX_BIGINT
from sync.central.problems import ProblemError
from sync.central.tables import change, server_state

MAX_PAGE = 500
DEFAULT_PAGE = 100
# What encode_cursor makes: unpadded base64url of a few dozen bytes.
CURSOR_PATTERN = r"^[A-Za-z0-9_-]*$"
MAX_CURSOR = 128


def encode_cursor(epoch: int, change_seq: int) -> str:
    """Return the opaque cursor for *change_seq* in *epoch*."""
    raw = json.dumps({"e": epoch, "s": change_seq}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """Return (epoch, change_seq) of *cursor*; raise 400 if it is not one of ours."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        epoch, seq = data["e"], data["s"]
        if not isinstance(epoch, int) or not isinstance(seq, int) or not 0 <= seq <= MAX_BIGINT:
            raise ValueError(cursor)
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError) as exc:
        raise ProblemError(400, "bad_request", "The cursor is not valid.") from exc
    return epoch, seq


def epoch(conn: Connection) -> int:
    """Return the database's cursor epoch."""
    return int(conn.execute(sa.select(server_state.c.epoch)).scalar_one())


def renew_epoch(conn: Connection) -> int:
    """Give the database a new cursor epoch (after a restore from a backup); return it.

    Every desk's cursor then gets ``410 cursor_expired``: the desk pulls again from the start
    (the restored feed renumbers what came after the dump) and checks its acks at once
    (``sync/reconcile.py``). Like migration 0001's first epoch: random, 53 bits.
    """
    old = epoch(conn)
    fresh = old
    while fresh == old:
        fresh = secrets.randbits(53)
    conn.execute(sa.update(server_state).where(server_state.c.id == 1).values(epoch=fresh))
    return fresh


def read_changes(
    conn: Connection, branch_id: str, cursor: str | None, limit: int
) -> dict[str, Any]:
    """Return one page of the feed for a desk of *branch_id* after *cursor*."""
    if not 1 <= limit <= MAX_PAGE:
        raise ProblemError(400, "bad_request", f"limit must be between 1 and {MAX_PAGE}.")
    current = epoch(conn)
    after = 0
    if cursor:
        cursor_epoch, after = decode_cursor(cursor)
        if cursor_epoch != current:
            raise ProblemError(
                410,
                "cursor_expired",
                "The server's data was restored or renumbered; pull again from the start.",
                extra={"resync": "from_start"},
            )
    rows = conn.execute(
        sa.select(change)
        .where(
            sa.or_(change.c.branch_id == branch_id, change.c.branch_id.is_(None)),
            change.c.change_seq > after,
        )
        .order_by(change.c.change_seq)
        .limit(limit + 1)
    ).all()
    page = rows[:limit]
    last = page[-1].change_seq if page else after
    return {
        "changes": [
            {
                "change_seq": r.change_seq,
                "type": r.type,
                "id": r.entity_id,
                "version": r.version,
                "deleted": r.deleted,
                "data": json.loads(r.data),
            }
            for r in page
        ],
        "next_cursor": encode_cursor(current, int(last)),
        "has_more": len(rows) > limit,
    }
