"""What the sync client hands back to the UI and the command line: plain, frozen data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncResult:
    """What one :meth:`~sync.client.SyncClient.sync_once` did.

    ``error`` is a Dutch sentence for the screen (None on success); ``next_attempt_at`` is
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
    error: str | None = None
    next_attempt_at: datetime | None = None
    paused_reason: str | None = None
    skipped: bool = False
    clock_flag: str | None = None
    elsewhere: bool = False
    requeued: int = 0
    purged: int = 0
    token_rotated: bool = False

    def summary(self) -> str:
        """Return one Dutch line for the command line and the log."""
        counts = (
            f"verstuurd {self.pushed}, bevestigd {self.acked}, geweigerd {self.rejected}, "
            f"conflict {self.conflicted}, in quarantaine {self.quarantined}, "
            f"nog te versturen {self.pending_left}, opgehaald {self.pulled}"
        )
        if self.requeued:
            counts += f", opnieuw in de wachtrij {self.requeued}"
        if self.elsewhere:
            return str(self.error)
        if self.ok:
            return f"Synchronisatie gelukt: {counts}."
        if self.skipped:
            return f"Nog niet aan de beurt: {self.error} ({counts})"
        return f"Synchronisatie mislukt: {self.error} ({counts})"


@dataclass(frozen=True)
class EnrollResult:
    """The device identity the server issued, and where its token was stored."""

    device_id: str
    branch_id: str
    branch_name: str
    token_location: str  # "keyring" or "file"
