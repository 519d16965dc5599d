"""The local outbox: every write appends an operation here, in the same transaction.

The sync client (``sync/``) sends pending operations in batches; this module only appends and
counts. Payloads are canonical JSON (sorted keys, no spaces, UTF-8, no floats) and carry their
SHA-256, which the server recomputes (``design/sync-protocol.md`` §2.3); both are the
contract's (:mod:`kiosk.protocol.canonical`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import insert as sa_insert
from sqlalchemy import text

from kiosk.ids import new_id
from kiosk.protocol import canonical
from kiosk.protocol.canonical import payload_hash
from kiosk.protocol.limits import SCHEMA

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

__all__ = ["SCHEMA_VERSION", "canonical_json", "insert", "new_op", "payload_hash", "waiting_count"]

SCHEMA_VERSION = SCHEMA


def canonical_json(payload: Any) -> str:
    """Serialise *payload* canonically; floats are refused (they don't round-trip exactly)."""
    canonical.refuse_floats(payload)
    return canonical.canonical_json(payload)


def new_op(
    *,
    kind: str,
    payload: dict[str, Any],
    occurred_at: str,
    entity_id: str | None = None,
    base_version: int | None = None,
) -> dict[str, Any]:
    """Return a new outbox row (with its op_id minted now) for :func:`insert`."""
    body = canonical_json(payload)
    return {
        "op_id": new_id(),
        "kind": kind,
        "schema_ver": SCHEMA_VERSION,
        "entity_id": entity_id,
        "base_version": base_version,
        "payload": body,
        "payload_sha256": payload_hash(body),
        "occurred_at": occurred_at,
        "state": "pending",
        "attempts": 0,
    }


def insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Append *rows* to the outbox inside the caller's transaction, in order."""
    from kiosk.models import OutboxOp  # the tables load with the first write

    if rows:
        session.execute(sa_insert(OutboxOp), rows)


def waiting_count(session: Session | Connection, cap: int | None = None) -> int:
    """Return how many operations wait to be sent (pending or in flight).

    Counting walks the index, about 60 ns a row: a laptop offline for weeks can have a large
    backlog, so the UI asks for a *cap* and shows "cap+" beyond it.
    """
    if cap is None:
        sql = "SELECT count(*) FROM outbox WHERE state IN ('pending','inflight')"
    else:
        sql = (
            "SELECT count(*) FROM (SELECT 1 FROM outbox "
            f"WHERE state IN ('pending','inflight') LIMIT {int(cap)})"
        )
    return int(session.execute(text(sql)).scalar_one())
