"""Retention of booking contact details (``docs/belastinghulp.md`` §6).

Contact details (name, phone, e-mail, remark) of a booking are cleared ``retention_days`` after
its appointment day, those of a waiting-list entry after its creation day. The term is one
setting of the branch: a desk's change travels as a ``plan.upsert`` (record ``setting``), the
server's value comes back as a ``setting`` change (:mod:`kiosk.planning.pull`). Status, purpose,
slot and walk-in stay, so the counts of booked, attended and no-show remain for reports.

The payloads of those records' outbox operations lose the same fields (their hashes
recomputed, ``outbox.redacted`` set), whatever their state: acknowledged, refused, and still
waiting to be sent, so a desk offline for months neither keeps nor sends them. Only an
operation ``inflight`` is left alone (a batch holding it is on the wire); the first run after
its answer redacts it. A redacted operation says so on the wire (``"redacted": true``,
``sync.wire``): the server may hold it under its ``op_id`` with the original hash, and
answers the redacted form as that stored op (``docs/sync-v1.md``). A purged record whose
contact details came back with a change from the server's feed (the server stored an op before
this desk purged it, and purges its own copy by its own clock) loses them again at every run.
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
# The op kinds whose payload can hold contact fields (booking.update in ``fields``, a waiting
# entry's plan.upsert in ``data``), as SQL.
_CONTACT_KINDS: Final = "('booking.create', 'booking.update', 'plan.upsert')"
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
    for table in ("plan_booking", "plan_waiting"):
        # A purged row whose contact details came back from the server's feed (the server
        # stored the op before this desk purged it, and purges its own copy later) loses
        # them again: the feed never brings them back for good.
        session.execute(
            text(
                f"UPDATE {table} SET name = NULL, phone = NULL, email = NULL, remark = NULL "
                "WHERE purged_at IS NOT NULL AND (name IS NOT NULL OR phone IS NOT NULL "
                "OR email IS NOT NULL OR remark IS NOT NULL)"
            )
        )
    _redact_ops(session)
    return len(bookings) + len(waiting)


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


def cleared(payload: dict[str, Any]) -> bool:
    """Tell whether *payload* carries contact fields and every one of them is null.

    That is what :func:`redact` leaves of an op that had contact details: the server accepts
    such a payload in place of the original only from an op marked ``redacted``.
    """
    found = False
    for place in (payload, payload.get("fields"), payload.get("data")):
        if not isinstance(place, dict):
            continue
        for key in CONTACT_FIELDS:
            if key in place:
                if place[key] is not None:
                    return False
                found = True
    return found


def _redact_ops(session: Session) -> None:
    """Redact the ops of purged records that may still hold contact details (not ``inflight``).

    Found from the (few) purged records to their ops by the outbox's entity index (CROSS
    JOIN fixes SQLite's join order), never through every op; only kinds that can carry contact
    fields, not yet marked ``redacted``. Each gets its contact fields as null and the mark
    (one redacted before the mark existed gets the mark); one whose payload has no contact
    field (a status change) stays as it is and is found again next time.
    """
    rows = session.execute(
        text(
            "SELECT o.local_seq, o.payload FROM plan_booking b "
            "CROSS JOIN outbox o INDEXED BY outbox_entity ON o.entity_id = b.id "
            "WHERE b.purged_at IS NOT NULL AND o.redacted = 0 AND o.state <> 'inflight' "
            f"AND o.kind IN {_CONTACT_KINDS} "
            "UNION ALL SELECT o.local_seq, o.payload FROM plan_waiting w "
            "CROSS JOIN outbox o INDEXED BY outbox_entity ON o.entity_id = w.id "
            "WHERE w.purged_at IS NOT NULL AND o.redacted = 0 AND o.state <> 'inflight' "
            f"AND o.kind IN {_CONTACT_KINDS}"
        )
    ).all()
    changed: list[dict[str, Any]] = []
    marked: list[dict[str, Any]] = []
    for row in rows:
        try:
            payload = json.loads(row.payload)
        except ValueError:  # quarantined as unreadable: nothing a purge can fix
            continue
        if not isinstance(payload, dict):
            continue
        clean = redact(payload)
        if not cleared(clean):
            continue  # no contact field at all
        body = canonical_json(clean)
        if body != row.payload:
            changed.append({"seq": row.local_seq, "payload": body, "sha": payload_hash(body)})
        else:
            marked.append({"seq": row.local_seq})
    guard = " WHERE local_seq = :seq AND state <> 'inflight'"
    if changed:
        rewrite = "UPDATE outbox SET payload = :payload, payload_sha256 = :sha, redacted = 1"
        session.execute(text(rewrite + guard), changed)
    if marked:
        session.execute(text("UPDATE outbox SET redacted = 1" + guard), marked)


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])
