"""The local database tables (SQLModel).

Setup records describe where this copy of the app works: the library organisation, the branch,
the IDO at that location and this desk or laptop. A :class:`Visit` with its :class:`Question`
rows is written once and never changed: a correction is a new visit that names the one it
corrects, and a void is a :class:`VisitVoid` row. Every write also appends an
:class:`OutboxOp` in the same transaction (see :mod:`kiosk.outbox`).

Times are UTC text (``2026-11-28T17:10:30.123Z``) with the local offset in minutes beside them.
Code lists (channel, topic, ...) hold catalogue codes, validated against ``catalogue_version``.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class LibraryOrganisation(SQLModel, table=True):
    """A library organisation (e.g. "Bibliotheek Midden-Brabant")."""

    __tablename__ = "library_organisation"

    id: str = Field(primary_key=True)
    name: str
    is_demo: bool = False


class Branch(SQLModel, table=True):
    """A branch (vestiging) of a library organisation."""

    __tablename__ = "branch"

    id: str = Field(primary_key=True)
    organisation_id: str = Field(foreign_key="library_organisation.id", index=True)
    name: str
    municipality: str
    province: str


class IdoLocation(SQLModel, table=True):
    """The IDO offered at a branch, in one of the national forms, inside or outside the library."""

    __tablename__ = "ido_location"

    id: str = Field(primary_key=True)
    branch_id: str = Field(foreign_key="branch.id", index=True)
    name: str
    form: str
    inside_library: bool = True
    # The set-up sent to the server (``location.setup``, migration 0005): opening or
    # consultation hours and staffing as the payload's JSON lists, the day the current
    # version holds from and its number (0 and None: not sent, as for the demo location).
    hours_kind: str = Field(default="open", sa_column_kwargs={"server_default": "open"})
    hours: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"})
    staffing: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"})
    valid_from: str | None = None
    setup_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class Desk(SQLModel, table=True):
    """This desk PC or laptop; ``mode`` is the default way of working (counter or walking)."""

    __tablename__ = "desk"
    __table_args__ = (CheckConstraint("mode IN ('counter','walking')", name="desk_mode"),)

    id: str = Field(primary_key=True)
    location_id: str = Field(foreign_key="ido_location.id", index=True)
    name: str
    mode: str = "counter"


class AppSetting(SQLModel, table=True):
    """Small key/value settings that belong with the data (e.g. which desk this is)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str


class Visit(SQLModel, table=True):
    """One visit (contact) at the IDO, with one or more questions.

    The clerk's answers are kept under the contract's names (``kiosk.protocol.visits``): those
    the desk reads in SQL (``channel`` and ``duration``, the day list) or checks (``mode``) as
    columns, every other one in ``answers``, one JSON object (NULL when there is none), so a
    new answer needs no column (``kiosk.registration`` writes it and reads it back).
    """

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("mode IN ('counter','walking')", name="visit_mode"),
        CheckConstraint("source IN ('live','tally','correction')", name="visit_source"),
        UniqueConstraint("corrects_id", name="visit_corrected_once"),
        Index("visit_desk_occurred", "desk_id", "occurred_at"),
        Index("visit_desk_recorded", "desk_id", "recorded_at"),
    )

    id: str = Field(primary_key=True)
    desk_id: str = Field(foreign_key="desk.id")
    location_id: str = Field(foreign_key="ido_location.id")
    occurred_at: str
    occurred_offset: int
    recorded_at: str
    recorded_offset: int
    channel: str
    duration: str
    mode: str
    source: str = "live"
    catalogue_version: int
    corrects_id: str | None = Field(default=None, foreign_key="visit.id")
    op_id: str
    answers: str | None = None


class Question(SQLModel, table=True):
    """One question asked during a visit. ``help`` and ``referral`` are JSON code lists."""

    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("visit_id", "position", name="question_position"),)

    id: str = Field(primary_key=True)
    visit_id: str = Field(foreign_key="visit.id", index=True)
    position: int
    kind: str
    organisation: str
    topic: str
    digid_followup: str | None = None
    help: str
    referral: str
    note: str | None = None


class VisitVoid(SQLModel, table=True):
    """A visit declared void (registered by mistake). The visit itself stays as it was."""

    __tablename__ = "visit_void"

    visit_id: str = Field(primary_key=True, foreign_key="visit.id")
    reason: str
    recorded_at: str
    recorded_offset: int
    op_id: str


class OutboxOp(SQLModel, table=True):
    """An operation waiting to be sent to the central endpoint (sync protocol §3.2).

    ``local_seq`` is AUTOINCREMENT: dense, monotonic and never reused. ``op_id`` is minted once
    with the row and is the server's deduplication key; it is never regenerated. No state other
    than ``acked`` ever lets a row be deleted.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending','inflight','acked','rejected','conflicted','quarantined')",
            name="outbox_state",
        ),
        Index("outbox_sendable", "state", "local_seq"),
        Index("outbox_entity", "entity_id", "local_seq"),
        {"sqlite_autoincrement": True},
    )

    local_seq: int | None = Field(default=None, primary_key=True)
    op_id: str = Field(unique=True)
    kind: str
    schema_ver: int = 1
    entity_id: str | None = None
    base_version: int | None = None
    payload: str
    payload_sha256: str
    occurred_at: str
    state: str = "pending"
    attempts: int = 0
    batch_id: str | None = None
    next_attempt_at: str | None = None
    result_status: str | None = None
    result_code: str | None = None
    result_detail: str | None = None
    server_seq: int | None = None
    acked_at: str | None = None
    # Contact details removed by the retention purge before the server acknowledged the op.
    redacted: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class SyncState(SQLModel, table=True):
    """How this desk syncs with the central endpoint: one row, written only by ``sync/``.

    Enrollment fills the device and branch ids; the sync loop keeps its pull cursor, write
    checkpoint and retry schedule here, so a restart continues where it stopped. The device
    token is never stored here (it lives in the OS credential store). ``paused_reason`` stops
    the loop until a person acts: ``reenroll`` (token refused), ``revoked`` (device switched
    off centrally) or ``update_required`` (protocol no longer served).
    """

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="sync_state_single_row"),)

    id: int = Field(default=1, primary_key=True)
    device_id: str | None = None
    device_name: str | None = None
    branch_id: str | None = None
    branch_name: str | None = None
    server_url: str | None = None
    enrolled_at: str | None = None
    pull_cursor: str | None = None
    write_checkpoint: int | None = None
    backoff_attempt: int = 0
    not_before: str | None = None
    retry_after_until: str | None = None
    last_attempt_at: str | None = None
    last_success_at: str | None = None
    last_error: str | None = None
    last_server_time: str | None = None
    last_skew_seconds: int | None = None
    clock_flag: str | None = None
    paused_reason: str | None = None


class PullSetAside(SQLModel, table=True):
    """A record from the server's change feed that this desk could not apply.

    The pull goes on past it; the Synchronisatie screen and ``ido-kiosk status`` list it. One
    row per record (``type``, ``entity_id``): a later version that applies removes it. Only
    what identifies the record and what was wrong with it is kept, never its data.
    """

    __tablename__ = "pull_set_aside"
    __table_args__ = (Index("pull_set_aside_record", "type", "entity_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    type: str
    entity_id: str
    version: int | None = None
    code: str
    detail: str
    received_at: str


class OverviewDay(SQLModel, table=True):
    """The Overzicht's rollup: counted visits of one local day, per desk, figure and code.

    Derived data (:mod:`kiosk.overview.rollup`), never sent: ``dim`` names the figure
    (``visits`` and ``questions`` with code ``""``; ``kind``, ``topic``, ``organisation``,
    ``help``, ``referral`` in questions; ``channel``, ``duration``, ``entry`` and ``hour`` (the
    local hour, ``"00"``..``"23"``) in visits). A day's rows are rewritten whole whenever a
    visit, correction or void touches that day. Migration 0007 also adds triggers that ask for
    a rebuild when a visit, question or void is ever changed or deleted (the demo wipe).
    """

    __tablename__ = "overview_day"
    __table_args__ = {"sqlite_with_rowid": False}

    day: str = Field(primary_key=True)
    desk_id: str = Field(primary_key=True)
    dim: str = Field(primary_key=True)
    code: str = Field(primary_key=True)
    count: int


class OverviewMonth(SQLModel, table=True):
    """The rollup summed per local month (``month`` is its first day, ``2026-11-01``).

    The same figures as :class:`OverviewDay`, except ``hour``: its code is the ISO weekday
    and the hour (``"6-14"``: Saturday 14:00-15:00), which a day row has in its date. Long
    periods read whole months here and only their partial months from ``overview_day``.
    """

    __tablename__ = "overview_month"
    __table_args__ = {"sqlite_with_rowid": False}

    month: str = Field(primary_key=True)
    desk_id: str = Field(primary_key=True)
    dim: str = Field(primary_key=True)
    code: str = Field(primary_key=True)
    count: int


class OverviewState(SQLModel, table=True):
    """How far the rollup has read: one row, written only by :mod:`kiosk.overview.rollup`.

    ``visit_mark`` and ``void_mark`` are the highest ``rowid`` of ``visit`` and ``visit_void``
    already counted (both tables only grow); ``rebuild`` counts the changes that asked for the
    rollup to be made again from scratch since it last was (0: none). The triggers of migration
    0007 add one for every row of those tables changed or deleted; it starts at 1.
    """

    __tablename__ = "overview_state"
    __table_args__ = (CheckConstraint("id = 1", name="overview_state_single_row"),)

    id: int = Field(default=1, primary_key=True)
    visit_mark: int = 0
    void_mark: int = 0
    rebuild: int = 1


class SurveyResponse(SQLModel, table=True):
    """A visitor's anonymous survey answers (``kiosk.survey.service``; migrations 0008, 0009).

    Only the local ``day``, never a time, and no link to a visit or a desk user: ``answers``
    is the JSON object the op carries (question code -> choice code, or null when skipped).
    ``released_on``: the local date its op was written (a later day's sync), None while held.
    """

    __tablename__ = "survey_response"
    __table_args__ = (Index("survey_response_day", "day"),)

    id: str = Field(primary_key=True)
    survey_version: int
    language: str
    day: str
    answers: str
    released_on: str | None = None
