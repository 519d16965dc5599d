"""After the desk's database was restored from a backup: number on behind the server.

A restored outbox numbers its new ops from where the backup stood, while the server already
holds the numbers this desk used after that backup, for other ops (``local_seq`` is owned
per device: a number reused for another op is refused as ``device_seq_reused``). So the
repair (:mod:`kiosk.repair`) leaves a mark, and before a run sends anything this module asks
the server's ack-state for the highest ``local_seq`` it holds of this device, moves the ops
recorded since the restore above it (they were never sent, so no number of theirs is known
to the server; each keeps its ``op_id``) and clears the mark. Ops the backup held and the
server acknowledged later go out again under their own numbers and ids and come back
``duplicate``; nothing is counted twice.

If the ack-state cannot be read, the run stops before sending (the mark stays, the next run
asks again). A server that does not say its highest number (an older one) is asked for the
contiguous prefix, and :data:`MARGIN` more numbers are skipped to be safe.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Final

import httpx

from kiosk.db import Database
from kiosk.repair import continue_numbering, restore_floor
from sync.api import fetch_ack_state

log = logging.getLogger(__name__)

#: Numbers skipped past the contiguous prefix when the server does not say its highest one.
MARGIN: Final = 100_000


def settle_after_restore(http: httpx.Client, db: Database, *, token: str, now: datetime) -> int:
    """Number the outbox on above the server's if the database was restored; return the shift.

    Raises the :class:`~sync.http.SyncError` of a failed ack-state request: the run then
    stops before it sends anything.
    """
    floor = restore_floor(db)
    if floor is None:
        return 0
    ack = fetch_ack_state(http, token, now)
    if ack is None:
        highest = floor + MARGIN
        log.warning("The server gives no ack-state after the restore: skipping %d numbers", MARGIN)
    elif ack.max_local_seq is None:
        highest = max(ack.max_contiguous_local_seq + MARGIN, floor)
    else:
        highest = ack.max_local_seq
    shift = continue_numbering(db, floor, highest)
    log.warning(
        "Database restored from a backup: the server holds local_seq up to %d, the backup "
        "stood at %d; ops recorded since moved up by %d",
        highest,
        floor,
        shift,
    )
    return shift
