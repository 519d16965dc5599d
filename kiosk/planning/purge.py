"""Retention of booking contact details (``docs/belastinghulp.md`` §6).

Contact details (name, phone, e-mail, remark) of a booking are cleared ``retention_days`` after
its appointment day, those of a waiting-list entry after its creation day. The term is one
setting of the branch: a desk's change travels as a ``plan.upsert`` (record ``setting``), the
server's value comes back as a ``setting`` change (:mod:`kiosk.planning.pull`). Status, purpose,
slot and walk-in stay, so the counts of booked, attended and no-show remain for reports. The
payloads of *acked* outbox operations of those records are redacted the same way (their
hashes recomputed); operations still waiting to be sent are left alone until the server has
acknowledged them, then the next run redacts them too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import bindparam, text
from sqlmodel import Session

from kiosk.clock import local_day_bounds
from kiosk.outbox import canonical_json, payload_hash

SETTING: Final = "planning.retention_days"
# The branch setting's name in its plan.upsert op (record "setting") and on the feed, and where
# the desk keeps the feed version it last applied (docs/belastinghulp.md §5, §6).
NAME: Final = "retention_days"
VERSION_SETTING: Final = "planning.retention_days.version"
DEFAULT_DAYS: Final = 28
MIN_DAYS: Final = 1
MAX_DAYS: Final = 365
CONTACT_FIELDS: Final = ("name", "phone", "email", "remark")
_CHUNK: Final = 500


def retention_days(session: Session) -> int:
    """Return the branch's retention term in days (default 28)."""
    row = session.execute(
        text("SELECT value FROM app_setting WHERE key = :k"), {"k": SETTING}
    ).first()
    try:
        return int(row[0]) if row is not None else DEFAULT_DAYS
    except ValueError:
        return DEFAULT_DAYS


def set_retention_days(session: Session, days: int) -> None:
    """Store the retention term (the caller checked the range and writes the op)."""
    _put(session, SETTING, str(days))


def retention_version(session: Session) -> int:
    """Return the feed version of the branch's term this desk last applied (0: none)."""
    row = session.execute(
        text("SELECT value FROM app_setting WHERE key = :k"), {"k": VERSION_SETTING}
    ).first()
    try:
        return int(row[0]) if row is not None else 0
    except ValueError:
        return 0


def apply_retention(session: Session, days: int, version: int) -> None:
    """Store the branch's term as the server published it (a ``setting`` change)."""
    _put(session, SETTING, str(days))
    _put(session, VERSION_SETTING, str(version))


def _put(session: Session, key: str, value: str) -> None:
    session.execute(
        text(
            "INSERT INTO app_setting (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def purge(session: Session, today: date, now: str) -> int:
    """Clear contact details past the term; return how many bookings and entries changed."""
    cutoff = today - timedelta(days=retention_days(session))
    bookings = list(
        session.execute(
            text(
                "SELECT b.id FROM plan_booking b JOIN plan_slot s ON s.id = b.slot_id "
                "WHERE s.day < :cutoff AND b.purged_at IS NULL"
            ),
            {"cutoff": cutoff.isoformat()},
        ).scalars()
    )
    waiting = list(
        session.execute(
            text("SELECT id FROM plan_waiting WHERE created_at < :start AND purged_at IS NULL"),
            {"start": local_day_bounds(cutoff)[0]},
        ).scalars()
    )
    for table, ids in (("plan_booking", bookings), ("plan_waiting", waiting)):
        for chunk in _chunks(ids):
            session.execute(
                text(
                    f"UPDATE {table} SET name = NULL, phone = NULL, email = NULL, "
                    "remark = NULL, purged_at = :now WHERE id IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"now": now, "ids": chunk},
            )
    _redact_acked(session, bookings + waiting)
    _redact_acked(session, _acked_since_purge(session))
    return len(bookings) + len(waiting)


def _acked_since_purge(session: Session) -> list[str]:
    """Purged records with an op acknowledged after their purge (it was still waiting then).

    Such an op kept its contact details to be sent; once the server has it, it loses them
    like the others. Already redacted rows are found again but left as they are.
    """
    return list(
        session.execute(
            text(
                # From the (few) purged records to their ops by the outbox's entity index
                # (CROSS JOIN fixes SQLite's join order), never through every acked op.
                "SELECT DISTINCT o.entity_id FROM plan_booking b "
                "CROSS JOIN outbox o INDEXED BY outbox_entity ON o.entity_id = b.id "
                "WHERE b.purged_at IS NOT NULL AND o.state = 'acked' AND o.acked_at >= b.purged_at "
                "UNION SELECT DISTINCT o.entity_id FROM plan_waiting w "
                "CROSS JOIN outbox o INDEXED BY outbox_entity ON o.entity_id = w.id "
                "WHERE w.purged_at IS NOT NULL AND o.state = 'acked' AND o.acked_at >= w.purged_at"
            )
        ).scalars()
    )


def redact(payload: dict[str, Any]) -> dict[str, Any]:
    """Return *payload* with every contact field (also inside ``fields``/``data``) as null."""
    result = dict(payload)
    for key in CONTACT_FIELDS:
        if key in result:
            result[key] = None
    for nested in ("fields", "data"):
        inner = result.get(nested)
        if isinstance(inner, dict):
            result[nested] = {k: (None if k in CONTACT_FIELDS else v) for k, v in inner.items()}
    return result


def _redact_acked(session: Session, entity_ids: Sequence[str]) -> None:
    for chunk in _chunks(entity_ids):
        rows = session.execute(
            text(
                # By the entity index: SQLite would otherwise walk every acked op by state.
                "SELECT local_seq, payload FROM outbox INDEXED BY outbox_entity "
                "WHERE state = 'acked' AND entity_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        ).all()
        updates = []
        for row in rows:
            body = canonical_json(redact(json.loads(row.payload)))
            if body != row.payload:
                updates.append({"seq": row.local_seq, "payload": body, "sha": payload_hash(body)})
        if updates:
            session.execute(
                text(
                    "UPDATE outbox SET payload = :payload, payload_sha256 = :sha "
                    "WHERE local_seq = :seq"
                ),
                updates,
            )


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])
