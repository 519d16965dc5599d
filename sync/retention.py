"""Purge of acked outbox rows after the retention window (protocol §2.1 rule 6, §3.3).

An ``acked`` row has done its work, but it is kept for :data:`RETENTION` after its ack: if
the central server is restored from a backup older than the ack, reconciliation
(:mod:`sync.reconcile`) puts the row back to ``pending`` and sends it again. The window must
therefore stay longer than the server's backup restore point (RPO); 30 days is the design's
figure. Past it, the row goes. No other state is ever deleted: pending and inflight rows are
not sent yet, and rejected, conflicted and quarantined rows are kept for support.

Deletion runs in chunks of :data:`CHUNK` rows, each its own short transaction, so the
clerk's next save never waits behind a long delete; one call stops after
:data:`MAX_CHUNKS` chunks (the rest goes at the next run). The visits themselves stay: only
their outbox rows go (the day list shows a visit without an outbox row as sent).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import text

from kiosk.clock import to_utc_text
from kiosk.db import Database
from sync.schedule import PURGED_AT, JobTimes, due

log = logging.getLogger(__name__)

RETENTION = timedelta(days=30)
CHUNK = 500
MAX_CHUNKS = 200
EVERY_SECONDS = 24 * 3600.0

# The inner select finds the oldest candidates by the state index; the outer condition
# repeats the state test, so even a row changed in between can never be deleted unless acked.
_PURGE = text(
    "DELETE FROM outbox WHERE state = 'acked' AND acked_at < :cutoff AND local_seq IN ("
    "SELECT local_seq FROM outbox WHERE state = 'acked' AND acked_at < :cutoff "
    "ORDER BY local_seq LIMIT :n)"
)


def purge_acked(
    db: Database,
    now: datetime,
    *,
    retention: timedelta = RETENTION,
    chunk: int = CHUNK,
    max_chunks: int = MAX_CHUNKS,
) -> int:
    """Delete acked rows whose ack is older than *retention*; return how many went."""
    cutoff = to_utc_text(now - retention)
    total = 0
    for _ in range(max_chunks):
        with db.write() as session:
            result = session.execute(_PURGE, {"cutoff": cutoff, "n": chunk})
            deleted = int(result.rowcount)  # type: ignore[attr-defined]
        total += deleted
        if deleted < chunk:
            break
    if total:
        log.info("Purged %d acked outbox rows acked before %s", total, cutoff)
    return total


def purge_if_due(db: Database, jobs: JobTimes, now: datetime) -> int:
    """Run :func:`purge_acked` if it did not run in the last day; return how many went."""
    if not due(jobs.when(PURGED_AT), now, EVERY_SECONDS):
        return 0
    purged = purge_acked(db, now)
    jobs.set(**{PURGED_AT: now})
    return purged
