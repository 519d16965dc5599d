"""Retention on the server (``docs/belastinghulp.md`` §6) and pruning of stored batch answers.

:func:`purge_planning` clears ``name``, ``phone``, ``email`` and ``remark`` of every booking
whose slot day, and every waiting entry whose creation day, is more than the branch's
retention (``plan_setting.retention_days``, default 28) ago, and sets ``purged_at``. The
retention is one setting per branch: set by an admin (:func:`set_retention_days`, ``ido-central
plan-retention``) or by a desk (``plan.upsert`` of record ``setting``), and published on the
branch's feed either way, so the desks purge with the same term.

The same fields go from the copies the server keeps elsewhere: the change feed's records of
those bookings and entries, and the dead letters of their ops (a planning op's dead letter
whose record was never stored loses them once it is older than the retention). Status,
purpose, slot and walk-in stay, so the counts remain. Each branch is purged in its own
transaction, holding the branch's row lock like a batch does (so the two never interleave).

:func:`prune_batches` deletes stored batch answers older than 7 days (they only serve exact
replays; correctness never depends on them, ``docs/sync-v1.md``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import anyio
import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.clock import to_utc_text
from kiosk.planning.purge import redact
from kiosk.protocol.planning import KINDS, SETTINGS
from sync.central.db import Database
from sync.central.planning.feed import Feed
from sync.central.tables import (
    applied_op,
    batch,
    branch,
    change,
    plan_booking,
    plan_record,
    plan_setting,
    plan_slot,
    rejection,
)

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 28
RETENTION_SETTING = "retention_days"  # its name in plan.upsert ops and on the feed
MIN_RETENTION_DAYS, MAX_RETENTION_DAYS = SETTINGS[RETENTION_SETTING]
BATCH_KEEP = timedelta(days=7)
CONTACT = ("name", "phone", "email", "remark")
LOCAL = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class PurgeReport:
    """What one purge run cleared."""

    bookings: int = 0
    waiting: int = 0
    batches: int = 0


def purge_all(db: Database, now: datetime) -> PurgeReport:
    """Purge every branch's planning data past retention and prune old batch answers."""
    with db.read() as conn:
        branches = list(conn.execute(sa.select(branch.c.id).order_by(branch.c.id)).scalars())
    bookings = waiting = 0
    for branch_id in branches:
        with db.write() as conn:
            b, w = purge_planning(conn, branch_id, now)
        bookings += b
        waiting += w
    with db.write() as conn:
        batches = prune_batches(conn, now)
    report = PurgeReport(bookings, waiting, batches)
    if bookings or waiting or batches:
        log.info(
            "Purged %d bookings and %d waiting entries; pruned %d batch answers",
            bookings,
            waiting,
            batches,
        )
    return report


async def run_purges(db: Database, now: Callable[[], datetime], every: float) -> None:
    """Run :func:`purge_all` now and then every *every* seconds (a background task)."""
    while True:
        try:
            await anyio.to_thread.run_sync(purge_all, db, now())
        except Exception:  # a failed purge is retried at the next round; serving goes on
            log.exception("Planning purge failed")
        await anyio.sleep(every)


def retention_days(conn: Connection, branch_id: str) -> int:
    """Return the branch's planning retention in days (the default without a setting)."""
    days = conn.execute(
        sa.select(plan_setting.c.retention_days).where(plan_setting.c.branch_id == branch_id)
    ).scalar()
    return DEFAULT_RETENTION_DAYS if days is None else int(days)


def set_retention_days(conn: Connection, branch_id: str, days: int, now: datetime) -> None:
    """Set the branch's planning retention (an admin) and publish it to the branch's desks.

    ValueError: not 1..365 days; LookupError: no such branch. The branch row is locked like a
    batch locks it, so the setting and a desk's ``plan.upsert`` of it apply one after the other
    (the last one received wins).
    """
    if not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        raise ValueError(
            f"retention must be {MIN_RETENTION_DAYS} to {MAX_RETENTION_DAYS} days, not {days}"
        )
    found = conn.execute(
        sa.select(branch.c.id).where(branch.c.id == branch_id).with_for_update(key_share=True)
    ).first()
    if found is None:
        raise LookupError(branch_id)
    store_retention_days(conn, branch_id, days)
    feed = Feed(branch_id, now)
    feed.add_setting(RETENTION_SETTING, days)
    feed.write(conn)


def store_retention_days(conn: Connection, branch_id: str, days: int) -> None:
    """Write the branch's retention row (the caller checked the value and publishes it)."""
    updated = conn.execute(
        sa.update(plan_setting)
        .where(plan_setting.c.branch_id == branch_id)
        .values(retention_days=days)
    ).rowcount
    if not updated:
        conn.execute(sa.insert(plan_setting).values(branch_id=branch_id, retention_days=days))


def purge_planning(conn: Connection, branch_id: str, now: datetime) -> tuple[int, int]:
    """Clear the contact fields past retention in *branch_id*; return (bookings, waiting)."""
    conn.execute(
        sa.select(branch.c.id).where(branch.c.id == branch_id).with_for_update(key_share=True)
    )
    today = now.astimezone(LOCAL).date()
    cutoff = today - timedelta(days=retention_days(conn, branch_id))
    booking_ids = list(
        conn.execute(
            sa.select(plan_booking.c.id)
            .join(plan_slot, plan_slot.c.id == plan_booking.c.slot_id)
            .where(
                plan_booking.c.branch_id == branch_id,
                plan_booking.c.purged_at.is_(None),
                plan_slot.c.day < cutoff,
            )
        ).scalars()
    )
    if booking_ids:
        conn.execute(
            sa.update(plan_booking)
            .where(plan_booking.c.id.in_(booking_ids))
            .values(purged_at=now, **dict.fromkeys(CONTACT))
        )
    waiting_ids = _purge_waiting(conn, branch_id, cutoff, now)
    _redact_feed(conn, "booking", booking_ids, now)
    _redact_feed(conn, "waiting", waiting_ids, now)
    _redact_dead_letters(conn, booking_ids + waiting_ids)
    _redact_old_dead_letters(conn, branch_id, now - timedelta(days=retention_days(conn, branch_id)))
    return len(booking_ids), len(waiting_ids)


def _purge_waiting(conn: Connection, branch_id: str, cutoff: date, now: datetime) -> list[str]:
    rows = conn.execute(
        sa.select(plan_record.c.id, plan_record.c.data, plan_record.c.updated_at).where(
            plan_record.c.branch_id == branch_id,
            plan_record.c.record == "waiting",
            plan_record.c.purged_at.is_(None),
        )
    ).all()
    purged: list[str] = []
    for row in rows:
        if _created_day(row.data, row.updated_at) >= cutoff:
            continue
        data = _redacted(row.data, now)
        conn.execute(
            sa.update(plan_record)
            .where(plan_record.c.id == row.id)
            .values(data=data, purged_at=now)
        )
        purged.append(row.id)
    return purged


def _created_day(data: dict[str, Any], fallback: datetime) -> date:
    """The local creation day of a waiting entry (its first stored time when unreadable)."""
    text = data.get("created_at")
    if isinstance(text, str):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return moment.astimezone(LOCAL).date() if moment.tzinfo else moment.date()
    return fallback.astimezone(LOCAL).date()


def _redacted(data: dict[str, Any], now: datetime) -> dict[str, Any]:
    clean = dict(data)
    for name in CONTACT:
        if name in clean:
            clean[name] = None
    if "purged_at" in clean:
        clean["purged_at"] = to_utc_text(now)
    return clean


def _redact_feed(conn: Connection, kind: str, ids: list[str], now: datetime) -> None:
    """Clear the contact fields from every feed copy of the records *ids*."""
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            sa.select(change.c.change_seq, change.c.data).where(
                change.c.type == kind, change.c.entity_id.in_(ids[start : start + 500])
            )
        ).all()
        for row in rows:
            data = _redacted(json.loads(row.data), now)
            conn.execute(
                sa.update(change)
                .where(change.c.change_seq == row.change_seq)
                .values(data=json.dumps(data, ensure_ascii=False, sort_keys=True))
            )


def _redact_dead_letters(conn: Connection, ids: list[str]) -> None:
    """Clear the contact fields from the stored ops of the records *ids* (dead letters)."""
    for start in range(0, len(ids), 500):
        op_ids = sa.select(applied_op.c.op_id).where(
            applied_op.c.entity_id.in_(ids[start : start + 500])
        )
        rows = conn.execute(
            sa.select(rejection.c.id, rejection.c.payload).where(rejection.c.op_id.in_(op_ids))
        ).all()
        _rewrite_dead_letters(conn, rows)


def _redact_old_dead_letters(conn: Connection, branch_id: str, before: datetime) -> None:
    """Clear the contact fields from planning dead letters received before *before*.

    A planning op refused before its booking or entry was ever stored (a malformed op, a
    slot that never reached the server) has no record whose purge would find its dead
    letter: such a letter keeps a name for as long as the retention after it arrived, then
    loses it like any other copy. Its status, code and errors stay for support.
    """
    rows = conn.execute(
        sa.select(rejection.c.id, rejection.c.payload).where(
            rejection.c.branch_id == branch_id,
            rejection.c.received_at < before,
            # A cheap pre-filter on the stored text (json.dumps, sorted keys); the kind is
            # checked properly once parsed.
            sa.or_(*(rejection.c.payload.like(f'%"kind": "{kind}"%') for kind in sorted(KINDS))),
        )
    ).all()
    _rewrite_dead_letters(conn, rows)


def _rewrite_dead_letters(conn: Connection, rows: Sequence[Any]) -> None:
    """Store the dead letters *rows* (id, payload) again with their contact fields cleared."""
    for row in rows:
        op = json.loads(row.payload)
        payload = op.get("payload")
        if op.get("kind") not in KINDS or not isinstance(payload, dict):
            continue
        clean = redact(payload)  # the desk's own redaction: same fields, same places
        if clean != payload:
            op["payload"] = clean
            conn.execute(
                sa.update(rejection)
                .where(rejection.c.id == row.id)
                .values(payload=json.dumps(op, sort_keys=True))
            )


def prune_batches(conn: Connection, now: datetime) -> int:
    """Delete stored batch answers older than 7 days; return how many."""
    result = conn.execute(sa.delete(batch).where(batch.c.created_at < now - BATCH_KEEP))
    return int(result.rowcount or 0)
