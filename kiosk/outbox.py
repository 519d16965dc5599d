"""The local outbox: every write appends an operation here, in the same transaction.

The sync client (``sync/``) sends pending operations in batches; this module only appends and
counts. Payloads are canonical JSON (sorted keys, no spaces, UTF-8, no floats) and carry their
SHA-256, which the server recomputes (``design/sync-protocol.md`` §2.3).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk.ids import new_id
from kiosk.models import OutboxOp

SCHEMA_VERSION = 1
WAITING_STATES = ("pending", "inflight")


def canonical_json(payload: Any) -> str:
    """Serialise *payload* canonically; floats are refused (they don't round-trip exactly)."""
    _refuse_floats(payload)
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(canonical: str) -> str:
    """Return the hex SHA-256 of canonical JSON text."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    kind: str,
    payload: dict[str, Any],
    occurred_at: str,
    entity_id: str | None = None,
    base_version: int | None = None,
) -> OutboxOp:
    """Append one operation to the outbox inside the caller's transaction and return it."""
    body = canonical_json(payload)
    op = OutboxOp(
        op_id=new_id(),
        kind=kind,
        schema_ver=SCHEMA_VERSION,
        entity_id=entity_id,
        base_version=base_version,
        payload=body,
        payload_sha256=payload_hash(body),
        occurred_at=occurred_at,
    )
    session.add(op)
    return op


def waiting_count(session: Session) -> int:
    """Return how many operations wait to be sent (pending or in flight)."""
    row = session.execute(
        text("SELECT count(*) FROM outbox WHERE state IN ('pending','inflight')")
    ).one()
    return int(row[0])


def _refuse_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("floats are not allowed in outbox payloads")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_floats(item)
