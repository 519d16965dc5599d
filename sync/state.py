"""The sync client's own row (``sync_state``) and the status the UI and the CLI show.

One row, created on first use. Only ``sync/`` writes it; every write is its own short
``BEGIN IMMEDIATE`` transaction, so the UI's writer never waits long for the sync thread.
``last_error`` holds a :class:`~kiosk.errors.Message` as JSON (:func:`stored_message` reads
it back, also the Dutch sentence an older version kept there).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kiosk import outbox, set_aside
from kiosk.db import Database
from kiosk.errors import Message
from kiosk.models import SyncState
from kiosk.outbox import Backlog
from kiosk.set_aside import SetAside
from sync.app_update import APP_VERSION, AdviceStore, AppUpdate
from sync.outbox_store import OutboxStore

# Why a desk stops trying on its own, and needs a person.
PAUSED_REENROLL = "reenroll"
PAUSED_REVOKED = "revoked"
PAUSED_UPDATE = "update_required"
_COLUMNS = frozenset(SyncState.model_fields) - {"id"}


def stored_message(stored: str | None) -> Message | None:
    """Return the message kept in ``last_error``; None when there is none.

    An older version kept a Dutch sentence there: it comes back as ``sync.stored_text``,
    which shows it as it is.
    """
    if not stored:
        return None
    message = Message.from_json(stored)
    return message if message is not None else Message("sync.stored_text", {"text": stored})


class StateStore:
    """Reads and updates the single ``sync_state`` row."""

    def __init__(self, db: Database) -> None:
        """Bind to *db*."""
        self.db = db

    def get(self) -> SyncState:
        """Return a detached copy of the row (a fresh default before the first write)."""
        with self.db.read() as session:
            row = session.get(SyncState, 1)
            return SyncState() if row is None else _detached(row)

    def update(self, **values: Any) -> SyncState:
        """Set the given columns in one transaction and return the row as it is now."""
        unknown = set(values) - _COLUMNS
        if unknown:
            raise TypeError(f"not a sync_state column: {sorted(unknown)}")
        with self.db.write() as session:
            row = _ensure(session)
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            session.flush()
            return _detached(row)


def _detached(row: SyncState) -> SyncState:
    # A plain copy with no ORM state: safe to hand to another thread or keep after the session.
    return SyncState.model_validate(row.model_dump())


def _ensure(session: Session) -> SyncState:
    session.execute(text("INSERT OR IGNORE INTO sync_state (id, backoff_attempt) VALUES (1, 0)"))
    row = session.get(SyncState, 1)
    assert row is not None
    return row


@dataclass(frozen=True)
class SyncStatus:
    """What a person needs to know about syncing, read from the database alone (no network)."""

    enrolled: bool
    device_id: str | None
    device_name: str | None
    branch_id: str | None
    branch_name: str | None
    server_url: str | None
    enrolled_at: str | None
    counts: Mapping[str, int]
    last_success_at: str | None
    last_attempt_at: str | None
    #: What the last run that did not succeed said (None after a success).
    last_error: Message | None
    next_attempt_at: str | None
    paused_reason: str | None
    clock_offset_seconds: int | None
    clock_flag: str | None
    write_checkpoint: int | None
    #: Records from the server's feed this desk could not apply (newest first, at most 50).
    received_set_aside: tuple[SetAside, ...] = ()
    received_set_aside_count: int = 0
    #: What waits to be sent as a clerk counts it (visits, bookings, other changes).
    backlog: Backlog = field(default_factory=Backlog)
    #: This desk's version against the server's advice (None: the server advised nothing).
    app_update: AppUpdate | None = None

    @property
    def waiting(self) -> int:
        """Return how many operations still have to reach the server."""
        return self.counts.get("pending", 0) + self.counts.get("inflight", 0)

    @property
    def needs_attention(self) -> int:
        """Return how many records want a look: ops refused or unsendable, records set aside."""
        refused = sum(self.counts.get(s, 0) for s in ("rejected", "conflicted", "quarantined"))
        return refused + self.received_set_aside_count

    def to_json(self) -> dict[str, Any]:
        """Return the status as JSON-ready data (for ``status --json`` and support).

        ``last_error`` is its code and parameters; the command line puts its words there.
        """
        data = asdict(self)
        data["counts"] = dict(self.counts)
        error = self.last_error
        data["last_error"] = (
            None if error is None else {"code": error.code, "params": dict(error.params)}
        )
        data["waiting"] = self.waiting
        update = self.app_update
        if update is not None:
            data["app_update"] |= {"available": update.available, "required": update.required}
        return data


def read_status(db: Database, version: str = APP_VERSION) -> SyncStatus:
    """Return the current :class:`SyncStatus` of the database *db* (the app at *version*)."""
    state = StateStore(db).get()
    with db.read() as session:
        aside = set_aside.listed(session, 50)
        aside_count = set_aside.count(session)
        waiting = outbox.backlog(session)
    return SyncStatus(
        enrolled=state.device_id is not None,
        device_id=state.device_id,
        device_name=state.device_name,
        branch_id=state.branch_id,
        branch_name=state.branch_name,
        server_url=state.server_url,
        enrolled_at=state.enrolled_at,
        counts=OutboxStore(db).counts(),
        last_success_at=state.last_success_at,
        last_attempt_at=state.last_attempt_at,
        last_error=stored_message(state.last_error),
        next_attempt_at=state.not_before,
        paused_reason=state.paused_reason,
        clock_offset_seconds=state.last_skew_seconds,
        clock_flag=state.clock_flag,
        write_checkpoint=state.write_checkpoint,
        received_set_aside=tuple(aside),
        received_set_aside_count=aside_count,
        backlog=waiting,
        app_update=AdviceStore(db.path.parent).status(version),
    )
