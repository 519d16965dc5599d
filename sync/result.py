"""What the sync client hands back to the UI and the command line: plain, frozen data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.errors import Message


@dataclass(frozen=True)
class SyncResult:
    """What one :meth:`~sync.client.SyncClient.sync_once` did.

    ``error`` says what went wrong as a :class:`~kiosk.errors.Message` (None on success; the
    UI has its words, ``ui.sync_status.summary`` the one-line summary); ``next_attempt_at`` is
    when the next run is due (None while paused: a person has to act first). ``skipped`` means
    no request was made because a retry was not due yet; ``elsewhere`` that another process
    (the app, a scheduled task) was syncing this desk's database, so this run did nothing.
    ``new_catalogues`` lists catalogue versions installed by this run (they take effect at the
    next start). ``requeued`` counts acked ops put back in the queue because the server no
    longer had them (restored from a backup); ``purged`` counts acked ops deleted after the
    retention window; ``token_rotated`` says the device token was renewed.
    """

    ok: bool
    pushed: int = 0
    acked: int = 0
    rejected: int = 0
    conflicted: int = 0
    deferred: int = 0
    quarantined: int = 0
    pending_left: int = 0
    pulled: int = 0
    new_catalogues: tuple[int, ...] = ()
    error: Message | None = None
    next_attempt_at: datetime | None = None
    paused_reason: str | None = None
    skipped: bool = False
    clock_flag: str | None = None
    elsewhere: bool = False
    requeued: int = 0
    purged: int = 0
    token_rotated: bool = False


@dataclass(frozen=True)
class EnrollResult:
    """The device identity the server issued, and where its token was stored."""

    device_id: str
    branch_id: str
    branch_name: str
    token_location: str  # "keyring" or "file"
