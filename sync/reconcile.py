"""Ack-state reconciliation: find acked ops a restored server no longer has (§2.2, §4.6).

The server keeps, per device, the highest ``local_seq`` below which it holds every op
(``max_contiguous_local_seq``, M). Every op this desk sent under its current enrollment and
saw acked has a number, so the first number the server lacks, M + 1, tells the story:

* if this desk holds that op as ``acked`` (acked under the current enrollment), the server
  once stored it and lost it: it was restored from a backup. Every op acked under this
  enrollment with a number above M goes back to ``pending``, keeping its ``op_id``; the server
  stores what it lost and answers ``duplicate`` for what it still has.
* otherwise the gap is the desk's own doing and proves nothing: the op is still pending or
  deferred, was set aside (quarantined), belongs to an earlier enrollment (a re-enrolled desk
  numbers on, so the new device's M may never move), or was already purged.

One more guard keeps a doubtful case from becoming a daily resend of everything: if the last
requeue happened at this same M and the gap is still there, the ops were sent again and the
server still doesn't count them for this device (for example because it holds them under an
earlier device id); that is logged, not repeated.

Runs once a day (:data:`EVERY_SECONDS`) and after the server said ``410 cursor_expired`` (its
history was renumbered, the mark of a restore). Limitation: ops past a gap the desk itself
keeps open (a quarantined op) are not checked until the gap closes.

A server restored from a backup older than this desk's enrollment, or older than its token's
last rotation, refuses the token (401): the desk pauses and asks to be re-enrolled. The new
device's ack-state starts empty and cannot tell what the old one lost, so re-enrolling on the
same server after such a refusal sends every acked op still kept again
(:func:`requeue_after_refusal`); the server stores what it lacks and answers ``duplicate``
for the rest.
"""

from __future__ import annotations

import logging
from datetime import datetime

import httpx
from sqlalchemy import text

from kiosk.db import Database
from sync.api import fetch_ack_state
from sync.http import SyncError
from sync.schedule import RECONCILED_AT, REQUEUED_AT_SEQ, JobTimes, due

log = logging.getLogger(__name__)

EVERY_SECONDS = 24 * 3600.0

_GAP_ROW = text("SELECT state, acked_at FROM outbox WHERE local_seq = :seq")
_REQUEUE_ALL = text(
    "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, acked_at = NULL "
    "WHERE state = 'acked'"
)
_REQUEUE = text(
    "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, acked_at = NULL "
    "WHERE state = 'acked' AND local_seq > :highest AND acked_at >= :since"
)


def reconcile(
    http: httpx.Client,
    db: Database,
    jobs: JobTimes,
    *,
    token: str,
    since: str | None,
    now: datetime,
    after_restore: bool = False,
) -> int:
    """Check the server's ack-state if due (or *after_restore*); return how many ops requeued.

    A failed check is logged and tried again at the next run: it must never stop a run that
    is otherwise fine. Only a refused token or a revoked device (SyncError ``paused``) raises,
    as for any request.
    """
    if not after_restore and not due(jobs.when(RECONCILED_AT), now, EVERY_SECONDS):
        return 0
    if not has_acked(db):
        return 0
    try:
        ack = fetch_ack_state(http, token, now)
    except SyncError as failure:
        if failure.kind == "paused":
            raise
        log.warning("Ack-state check failed (%s); trying again next run", failure.log_detail)
        return 0
    jobs.set(**{RECONCILED_AT: now})
    if ack is None:
        log.info("The server offers no ack-state; checking again tomorrow")
        return 0
    return requeue_lost(db, ack.max_contiguous_local_seq, since=since, jobs=jobs)


def has_acked(db: Database) -> bool:
    """Tell whether any outbox row is acked (nothing acked: nothing can have been lost)."""
    with db.read() as session:
        found = session.execute(text("SELECT 1 FROM outbox WHERE state = 'acked' LIMIT 1"))
        return found.first() is not None


def requeue_lost(db: Database, highest: int, *, since: str | None, jobs: JobTimes) -> int:
    """Put acked ops the server lost back to ``pending``; return how many.

    *highest* is the server's ``max_contiguous_local_seq``; *since* the current enrollment's
    time (ops acked before it went out under another device id and are left alone).
    """
    last = jobs.number(REQUEUED_AT_SEQ)
    if last is not None and last != highest:
        jobs.set(**{REQUEUED_AT_SEQ: None})  # the server moved on: the guard has done its job
        last = None
    floor = since or ""
    with db.write() as session:
        gap = session.execute(_GAP_ROW, {"seq": highest + 1}).first()
        if gap is None or gap.state != "acked" or (gap.acked_at or "") < floor:
            return 0
        if last == highest:
            log.warning(
                "Server still lacks local_seq %d after it was sent again; not resending twice",
                highest + 1,
            )
            return 0
        result = session.execute(_REQUEUE, {"highest": highest, "since": floor})
        count = int(result.rowcount)  # type: ignore[attr-defined]
    jobs.set(**{REQUEUED_AT_SEQ: highest})
    log.warning(
        "Server holds this desk's ops only up to local_seq %d (restored from a backup?): "
        "%d acked op(s) put back in the queue",
        highest,
        count,
    )
    return count


def requeue_after_refusal(db: Database, jobs: JobTimes) -> int:
    """Put every acked op back to ``pending`` after a re-enrollment; return how many.

    For a desk re-enrolled on the same server after that server refused its token: the server
    may have been restored from a backup that predates the old device (or its token), and
    then everything sent under it is gone with it. What the desk still keeps (acked rows live
    :data:`~sync.retention.RETENTION`) goes out again under the new device, with its op_id,
    so nothing is stored twice. The guard of :func:`requeue_lost` is set at 0, where the new
    device's count starts: ops the server still holds under the old device keep that count
    from moving, and the daily check must not send them all a second time.
    """
    with db.write() as session:
        count = int(session.execute(_REQUEUE_ALL).rowcount)  # type: ignore[attr-defined]
    jobs.set(**{REQUEUED_AT_SEQ: 0})
    if count:
        log.warning(
            "Re-enrolled after the server refused this desk's token: %d acked op(s) put back "
            "in the queue (the server keeps one copy of each)",
            count,
        )
    return count
