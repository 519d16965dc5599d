"""The local outbox: every write appends an operation here, in the same transaction.

One exception: a visitor's survey answers get their op on a later day, so the outbox order does
not place them after a visit (:mod:`kiosk.survey.release`).

The sync client (``sync/``) sends pending operations in batches; this module only appends and
counts. Payloads are canonical JSON (sorted keys, no spaces, UTF-8, no floats) and carry their
SHA-256, which the server recomputes (``design/sync-protocol.md`` §2.3); both are the
contract's (:mod:`kiosk.protocol.canonical`).
"""

from __future__ import annotations

from dataclasses import dataclass
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

__all__ = [
    "SCHEMA_VERSION",
    "WAITING_CAP",
    "Backlog",
    "backlog",
    "canonical_json",
    "insert",
    "new_op",
    "payload_hash",
    "waiting_count",
]

SCHEMA_VERSION = SCHEMA
#: How many waiting operations the status bar reads at most: a laptop offline for weeks can
#: have a large backlog, and counting walks the index (about 60 ns a row).
WAITING_CAP = 100_000


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


@dataclass(frozen=True)
class Backlog:
    """What waits to be sent, as a clerk counts it: visits, bookings and other changes.

    A visit saved and then voided is two operations but one visit; a booking made and moved is
    one booking. ``operations`` is how many operations were read; ``capped``: counting stopped
    at the cap (then ``operations`` is the cap), the numbers are a lower bound.
    """

    visits: int = 0
    bookings: int = 0
    other: int = 0
    operations: int = 0
    capped: bool = False

    @property
    def empty(self) -> bool:
        """Return True when nothing waits."""
        return not (self.visits or self.bookings or self.other)


_FAMILY = (
    "CASE WHEN kind LIKE 'visit.%' THEN 'visits' WHEN kind LIKE 'booking.%' THEN 'bookings' "
    "ELSE 'other' END"
)


def backlog(session: Session | Connection, cap: int = WAITING_CAP) -> Backlog:
    """Return the :class:`Backlog` of the operations waiting to be sent, reading at most *cap*.

    Visits and bookings are counted once each however many of their operations wait (their
    ``entity_id``); any other change (a slot, the location's set-up) counts per operation.
    """
    rows = session.execute(
        text(
            f"SELECT family, count(DISTINCT coalesce(entity_id, op_id)), count(*) FROM ("
            f"SELECT {_FAMILY} AS family, entity_id, op_id FROM outbox "
            f"WHERE state IN ('pending','inflight') LIMIT {int(cap)}) GROUP BY family"
        )
    ).all()
    found = {str(family): int(entities) for family, entities, _ in rows}
    read = sum(int(ops) for _, _, ops in rows)
    return Backlog(
        visits=found.get("visits", 0),
        bookings=found.get("bookings", 0),
        other=found.get("other", 0),
        operations=read,
        capped=read >= cap,
    )
