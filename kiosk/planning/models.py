"""The desk's Belastinghulp tables (``docs/belastinghulp.md`` §1, migration ``0003``).

Dates are ISO text (``2027-03-02``), wall-clock times ``HH:MM`` in the branch's local time: a
slot is a local date and time, never an instant, so "Tuesday 10:00" stays 10:00 across the
daylight-saving change. Code lists (purpose, topics, checklist) are JSON lists of codes from
:mod:`kiosk.planning.codes`.

``version`` is the server's version of a row (0 until the server confirmed it). Slots and
bookings carry a ``sync`` state; reference rows are last-writer-wins on the server.

There are deliberately no foreign keys between these tables: rows also arrive from the
server's change feed (:mod:`kiosk.planning.pull`), which may deliver a record before the one it
refers to; the service checks references when a clerk makes a change.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel

_SYNC_CHECK = "sync IN ('provisional','confirmed','conflict')"


class PlanSeason(SQLModel, table=True):
    """A Belastinghulp season, e.g. 1 March to 1 May (both inclusive)."""

    __tablename__ = "plan_season"
    __table_args__ = (CheckConstraint("starts_on <= ends_on", name="plan_season_order"),)

    id: str = Field(primary_key=True)
    name: str
    starts_on: str
    ends_on: str
    version: int = 0
    deleted: bool = False


class PlanPartner(SQLModel, table=True):
    """A partner organisation whose volunteers help (FNV Belastingservice, Humanitas, ...)."""

    __tablename__ = "plan_partner"

    id: str = Field(primary_key=True)
    name: str
    version: int = 0
    deleted: bool = False


class PlanHelper(SQLModel, table=True):
    """A volunteer tax helper; ``topics`` is a JSON list of purpose codes."""

    __tablename__ = "plan_helper"

    id: str = Field(primary_key=True)
    name: str
    partner_id: str | None = Field(default=None, index=True)
    topics: str = "[]"
    active: bool = True
    version: int = 0
    deleted: bool = False


class PlanTemplate(SQLModel, table=True):
    """A weekly pattern of one helper in one season, cut into slots by generation."""

    __tablename__ = "plan_template"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="plan_template_weekday"),
        CheckConstraint("slot_minutes > 0", name="plan_template_minutes"),
        CheckConstraint("capacity >= 0", name="plan_template_capacity"),
        CheckConstraint("starts < ends", name="plan_template_order"),
        Index("plan_template_season", "season_id", "helper_id"),
    )

    id: str = Field(primary_key=True)
    season_id: str
    helper_id: str
    weekday: int
    starts: str
    ends: str
    slot_minutes: int
    capacity: int = 1
    valid_from: str | None = None
    valid_to: str | None = None
    version: int = 0
    deleted: bool = False


class PlanClosure(SQLModel, table=True):
    """A day the branch holds no Belastinghulp hours (public holidays are not stored)."""

    __tablename__ = "plan_closure"
    __table_args__ = (Index("plan_closure_season_day", "season_id", "day"),)

    id: str = Field(primary_key=True)
    season_id: str
    day: str
    reason: str
    version: int = 0
    deleted: bool = False


class PlanSlot(SQLModel, table=True):
    """One bookable slot; its id is deterministic (:func:`kiosk.planning.ids.slot_id`)."""

    __tablename__ = "plan_slot"
    __table_args__ = (
        CheckConstraint(_SYNC_CHECK, name="plan_slot_sync"),
        CheckConstraint("capacity >= 0", name="plan_slot_capacity"),
        Index("plan_slot_season_day", "season_id", "day", "starts"),
        Index("plan_slot_day_helper", "day", "helper_id"),
    )

    id: str = Field(primary_key=True)
    season_id: str
    helper_id: str
    day: str
    starts: str
    ends: str
    capacity: int = 1
    closed: bool = False
    template_id: str | None = None
    version: int = 0
    sync: str = "provisional"


class PlanBooking(SQLModel, table=True):
    """A citizen's booking in a slot; contact fields are NULL once purged."""

    __tablename__ = "plan_booking"
    __table_args__ = (
        CheckConstraint(
            "status IN ('booked','cancelled','attended','no_show')", name="plan_booking_status"
        ),
        CheckConstraint(_SYNC_CHECK, name="plan_booking_sync"),
        Index("plan_booking_slot", "slot_id"),
        Index("plan_booking_sync", "sync"),
    )

    id: str = Field(primary_key=True)
    slot_id: str
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    purpose: str = "[]"
    checklist: str = "[]"
    remark: str | None = None
    status: str = "booked"
    walk_in: bool = False
    overbook_reason: str | None = None
    created_at: str
    cancelled_at: str | None = None
    cancelled_by: str | None = None
    cancel_reason: str | None = None
    purged_at: str | None = None
    version: int = 0
    sync: str = "provisional"
    conflict_code: str | None = None


class PlanWaiting(SQLModel, table=True):
    """A citizen on a season's waiting list; ``done`` is ``booked``/``removed`` or NULL."""

    __tablename__ = "plan_waiting"
    __table_args__ = (
        CheckConstraint("done IS NULL OR done IN ('booked','removed')", name="plan_waiting_done"),
        Index("plan_waiting_season", "season_id", "position"),
    )

    id: str = Field(primary_key=True)
    season_id: str
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    purpose: str = "[]"
    remark: str | None = None
    position: int
    created_at: str
    offered_slot_id: str | None = None
    done: str | None = None
    purged_at: str | None = None
    version: int = 0
    deleted: bool = False
