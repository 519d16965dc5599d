"""When the sync client's occasional jobs last ran: a small JSON file next to the database.

The daily jobs (ack-state reconciliation, purge of old acked outbox rows) and the token's
issue time need a few timestamps that ``sync_state`` has no columns for. They live in
``sync-jobs.json`` beside the database instead of in a new migration, because losing them is
harmless by design: every job is idempotent, so a missing or unreadable file only means the
job runs once more (and a token is rotated a little early). The file is written only while
the sync lock is held (:mod:`sync.lock`), so two processes never write it at once.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.clock import from_utc_text, to_utc_text
from kiosk.files import write_durably

log = logging.getLogger(__name__)

FILE_NAME = "sync-jobs.json"

# The keys, one per fact.
RECONCILED_AT = "reconciled_at"
PURGED_AT = "purged_at"
TOKEN_ISSUED_AT = "token_issued_at"
ROTATION_TRIED_AT = "rotation_tried_at"
REQUEUED_AT_SEQ = "requeued_at_seq"


class JobTimes:
    """Reads and writes the job file of one data folder."""

    def __init__(self, folder: Path) -> None:
        """Keep the file in *folder* (the database's folder)."""
        self.path = folder / FILE_NAME

    def when(self, key: str) -> datetime | None:
        """Return the moment stored under *key*, or None if unknown."""
        value = self._read().get(key)
        if not isinstance(value, str):
            return None
        try:
            return from_utc_text(value)
        except ValueError:
            return None

    def number(self, key: str) -> int | None:
        """Return the whole number stored under *key*, or None."""
        value = self._read().get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def set(self, **values: datetime | int | None) -> None:
        """Store the given moments or numbers (None removes a key), durably."""
        data = self._read()
        for key, value in values.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = to_utc_text(value) if isinstance(value, datetime) else value
        write_durably(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("Job file %s unreadable (%s); jobs run again", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}


def due(last: datetime | None, now: datetime, every_seconds: float) -> bool:
    """Tell whether a job last run at *last* is due again at *now*.

    A *last* in the future (the clock was set back) counts as due: a job held back by a
    wrong clock could otherwise wait for months.
    """
    if last is None or last > now:
        return True
    return (now - last).total_seconds() >= every_seconds
