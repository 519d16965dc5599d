"""The server's tables, as SQLAlchemy Core tables on their own ``MetaData``.

Core rather than SQLModel classes because ingestion is set-based (one multi-row statement per
table per batch), and because a separate ``MetaData`` keeps these tables apart from the desk's
``SQLModel.metadata``, which has tables of the same names (``branch``, ``visit``, ...) and is
loaded in the same process by tests and tools. The migration scripts in
``sync/central/migrations`` create exactly these tables; a test compares the two.

Times are timezone-aware UTC datetimes (``timestamptz`` on PostgreSQL); JSON documents are
text, written and read by the server only (nothing queries inside them).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)

# SQLite only auto-numbers an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every backend (SQLite stores naive text, read back as UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC; naive values are refused so no local time sneaks in."""
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("naive datetime: the server stores aware UTC times only")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(name: str, *, nullable: bool = True) -> sa.Column[datetime]:
    return sa.Column(name, UtcDateTime(), nullable=nullable)


branch = sa.Table(
    "branch",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("organisation", sa.String(200), nullable=False),
    sa.Column("municipality", sa.String(200), nullable=False),
    sa.Column("province", sa.String(100), nullable=False),
    # The branch's server_seq counter: a batch locks this row first, so the batches of one
    # branch commit in the order of their numbers and never deadlock on each other's ops.
    sa.Column("last_seq", sa.BigInteger(), nullable=False, server_default="0"),
    _ts("created_at", nullable=False),
    # Where it is, in codes (migration 0008; sync/central/branches.py): a CBS code (GM0363) as
    # registered, rolled up to a later division by the reference data, and a code of the
    # library_organisation registry. NULL until set for a branch whose text could not be
    # mapped (``ido-central branch-list --unmapped``); the texts above stay as registered.
    sa.Column("municipality_code", sa.String(6), nullable=True),
    sa.Column(
        "organisation_code",
        sa.String(64),
        sa.ForeignKey("library_organisation.code"),
        nullable=True,
    ),
)

device = sa.Table(
    "device",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("previous_token_hash", sa.String(64), nullable=True, index=True),
    _ts("previous_valid_until"),
    _ts("created_at", nullable=False),
    _ts("last_seen_at"),
    _ts("last_batch_at"),
    _ts("revoked_at"),
    sa.Column("clock_skew_seconds", sa.BigInteger(), nullable=True),  # far clocks: v0006
    sa.Column("clock_flag", sa.String(32), nullable=True),
    sa.Column("max_contiguous_local_seq", sa.BigInteger(), nullable=False, server_default="0"),
    sa.CheckConstraint("kind IN ('counter','walking')", name="kind"),
)

enrollment_code = sa.Table(
    "enrollment_code",
    metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False),
    _ts("created_at", nullable=False),
    _ts("expires_at", nullable=False),
    _ts("used_at"),
    sa.Column("device_id", sa.String(36), nullable=True),
)

applied_op = sa.Table(
    "applied_op",
    metadata,
    # The permanent de-duplication key (no expiry): same op_id is stored once, forever.
    sa.Column("op_id", sa.String(36), primary_key=True),
    # No foreign key on device_id (migration 0004): ingestion takes it from the authenticated
    # device, and devices are never deleted.
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("branch_id", sa.String(64), nullable=False),
    sa.Column("local_seq", sa.BigInteger(), nullable=False),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("entity_id", sa.String(64), nullable=True, index=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("code", sa.String(64), nullable=True),
    sa.Column("errors", sa.Text(), nullable=True),
    sa.Column("server_seq", sa.BigInteger(), nullable=True),
    sa.Column("batch_id", sa.String(36), nullable=False),
    _ts("received_at", nullable=False),
    _ts("occurred_at_device", nullable=False),
    _ts("occurred_at_corrected", nullable=False),
    # A device numbers its ops once; a second op with the same number is a reset device.
    sa.UniqueConstraint("device_id", "local_seq", name="uq_applied_op_device_seq"),
    sa.CheckConstraint("status IN ('accepted','rejected','conflict')", name="status"),
)

visit = sa.Table(
    "visit",
    metadata,
    sa.Column("visit_id", sa.String(36), primary_key=True),
    # No foreign keys here (nor on question.visit_id; migrations 0003 and 0004): ingestion
    # takes branch_id/device_id from the authenticated device, writes op_id's applied_op row
    # and a visit's questions in the same transaction, and accepts a correction only of a
    # stored visit. Nothing deletes visits or applied ops; the fault suite checks the links.
    sa.Column("op_id", sa.String(36), nullable=False),
    sa.Column("branch_id", sa.String(64), nullable=False),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("location_id", sa.String(64), nullable=False),
    sa.Column("desk_id", sa.String(64), nullable=False),
    _ts("occurred_at", nullable=False),  # as the device's clock said
    sa.Column("occurred_offset", sa.Integer(), nullable=False),
    _ts("occurred_at_corrected", nullable=False),  # minus the skew measured at upload
    _ts("recorded_at", nullable=False),
    sa.Column("channel", sa.String(64), nullable=False),
    sa.Column("duration", sa.String(64), nullable=False),
    sa.Column("mode", sa.String(16), nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("catalogue_version", sa.Integer(), nullable=False),
    sa.Column("corrects", sa.String(36), nullable=True),
    _ts("voided_at"),
    sa.Column("void_op_id", sa.String(36), nullable=True),
    sa.Column("superseded_by", sa.String(36), nullable=True),
    sa.UniqueConstraint("op_id", name="uq_visit_op_id"),
    sa.Index("ix_visit_branch_occurred", "branch_id", "occurred_at_corrected"),
)

question = sa.Table(
    "question",
    metadata,
    sa.Column("question_id", sa.String(36), primary_key=True),
    sa.Column("visit_id", sa.String(36), nullable=False, index=True),  # see visit
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("organisation", sa.String(64), nullable=False),
    sa.Column("topic", sa.String(64), nullable=False),
    sa.Column("digid_followup", sa.String(64), nullable=True),
    sa.Column("help", sa.Text(), nullable=False),  # JSON list of codes
    sa.Column("referral", sa.Text(), nullable=False),  # JSON list of codes
)

rejection = sa.Table(
    "rejection",
    metadata,
    # The server-side dead letters: every rejected or conflicting op, as it arrived.
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("op_id", sa.String(36), nullable=False, index=True),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("branch_id", sa.String(64), nullable=False, index=True),
    sa.Column("batch_id", sa.String(36), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("code", sa.String(64), nullable=False),
    sa.Column("errors", sa.Text(), nullable=True),
    sa.Column("payload", sa.Text(), nullable=False),  # the whole op as received (JSON)
    _ts("received_at", nullable=False),
)

batch = sa.Table(
    "batch",
    metadata,
    # Envelope bookkeeping only (exact replays, 422 on reuse); correctness never depends on it.
    sa.Column("batch_id", sa.String(36), primary_key=True),
    sa.Column("device_id", sa.String(36), nullable=False, index=True),
    sa.Column("body_sha256", sa.String(64), nullable=False),
    sa.Column("op_count", sa.Integer(), nullable=False),
    sa.Column("skew_seconds", sa.BigInteger(), nullable=False),
    sa.Column("response", sa.Text(), nullable=False),
    _ts("created_at", nullable=False),
)

change = sa.Table(
    "change",
    metadata,
    # The pull feed. One global sequence, taken under the server_state row lock, so changes
    # commit in sequence order and a cursor can never skip a late commit.
    sa.Column("change_seq", sa.BigInteger(), primary_key=True, autoincrement=False),
    sa.Column("branch_id", sa.String(64), nullable=True, index=True),  # NULL: every branch
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(64), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("data", sa.Text(), nullable=False),
    _ts("created_at", nullable=False),
    sa.UniqueConstraint("type", "entity_id", "version", name="uq_change_entity_version"),
)

server_state = sa.Table(
    "server_state",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
    # A new epoch (after a restore) sends every desk's cursor back to the start: 410.
    sa.Column("epoch", sa.BigInteger(), nullable=False),
    sa.Column("change_seq", sa.BigInteger(), nullable=False, server_default="0"),
    _ts("created_at", nullable=False),
    sa.CheckConstraint("id = 1", name="single_row"),
)

# -- Belastinghulp planning (docs/belastinghulp.md; rules in sync/central/planning/) ------

BOOKING_STATUSES = ("booked", "cancelled", "attended", "no_show")
# A document column: jsonb on PostgreSQL, JSON text on SQLite.
Document = sa.JSON().with_variant(JSONB(), "postgresql")

plan_record = sa.Table(
    "plan_record",
    metadata,
    # The reference rows of a branch's planning: last writer (by server receipt) wins.
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False, index=True),
    sa.Column("record", sa.String(16), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("data", Document, nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
    _ts("updated_at", nullable=False),
    sa.Column("op_id", sa.String(36), nullable=False),
    _ts("purged_at"),  # waiting entries: contact fields cleared (retention)
    sa.CheckConstraint(
        "record IN ('season','partner','helper','template','closure','waiting')", name="record"
    ),
)

plan_slot = sa.Table(
    "plan_slot",
    metadata,
    # Slot ids are deterministic on the desk (season/helper/day/start), so two desks agree.
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False),
    sa.Column("season_id", sa.String(64), nullable=False),
    sa.Column("helper_id", sa.String(64), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),  # local date, Europe/Amsterdam
    sa.Column("starts", sa.String(5), nullable=False),  # local HH:MM
    sa.Column("ends", sa.String(5), nullable=False),
    sa.Column("capacity", sa.Integer(), nullable=False),
    sa.Column("closed", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("template_id", sa.String(64), nullable=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Index("ix_plan_slot_branch_day", "branch_id", "day"),
)

plan_booking = sa.Table(
    "plan_booking",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False, index=True),
    sa.Column("slot_id", sa.String(64), sa.ForeignKey("plan_slot.id"), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=True),  # contact fields: NULL once purged
    sa.Column("phone", sa.String(40), nullable=True),
    sa.Column("email", sa.String(254), nullable=True),
    sa.Column("purpose", Document, nullable=False),  # list of codes
    sa.Column("checklist", Document, nullable=False),  # list of codes
    sa.Column("remark", sa.Text(), nullable=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("walk_in", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("overbook_reason", sa.Text(), nullable=True),
    # confirmed: holds its place (unless cancelled); conflict: stored, holds none until resolved.
    sa.Column("sync_state", sa.String(16), nullable=False),
    sa.Column("conflict_code", sa.String(64), nullable=True),
    _ts("created_at", nullable=False),
    _ts("cancelled_at"),
    sa.Column("cancelled_by", sa.String(200), nullable=True),
    _ts("purged_at"),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('booked','cancelled','attended','no_show')", name="status"),
    sa.CheckConstraint("sync_state IN ('confirmed','conflict')", name="sync_state"),
)

plan_conflict = sa.Table(
    "plan_conflict",
    metadata,
    # A booking that broke a rule (slot_full, slot_closed) until a person resolves it.
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False, index=True),
    sa.Column(
        "booking_id", sa.String(64), sa.ForeignKey("plan_booking.id"), nullable=False, index=True
    ),
    sa.Column("code", sa.String(64), nullable=False),
    sa.Column("op_id", sa.String(36), nullable=False),
    _ts("created_at", nullable=False),
    _ts("resolved_at"),
    sa.Column("resolution", sa.String(16), nullable=True),
)

plan_setting = sa.Table(
    "plan_setting",
    metadata,
    # Per-branch planning settings; a branch without a row uses the defaults.
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), primary_key=True),
    sa.Column("retention_days", sa.Integer(), nullable=False),
)

# -- Dashboard accounts (sync/central/accounts; migration 0007) ------------------------------

ACCOUNT_ROLES = ("national", "organisation", "municipality", "executive")
AUDIT_EVENTS = (
    "sign_in",
    "sign_in_failed",
    "sign_out",
    "download",
    "account_added",
    "account_disabled",
    "sessions_revoked",
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


account = sa.Table(
    "account",
    metadata,
    # A person who signs in to the dashboard. Never deleted: the audit log refers to it.
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("username", sa.String(254), nullable=False, unique=True),  # lower case
    sa.Column("display_name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    # national: NULL; organisation: a branch's organisation; municipality: a CBS code
    # (GM0363); executive: an organisation code of the question catalogue.
    sa.Column("scope", sa.String(200), nullable=True),
    sa.Column("password_hash", sa.String(255), nullable=False),  # argon2id, PHC string
    _ts("created_at", nullable=False),
    _ts("disabled_at"),
    sa.CheckConstraint(_one_of("role", ACCOUNT_ROLES), name="role"),
    sa.CheckConstraint("(role = 'national') = (scope IS NULL)", name="scope"),
)

account_session = sa.Table(
    "account_session",
    metadata,
    # A signed-in browser. The cookie holds a random token; only its SHA-256 is stored here.
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("account_id", sa.String(36), sa.ForeignKey("account.id"), nullable=False, index=True),
    sa.Column("csrf_token", sa.String(64), nullable=False),  # every form of this session
    sa.Column("address", sa.String(64), nullable=True),  # where it signed in from
    _ts("created_at", nullable=False),
    _ts("last_seen_at", nullable=False),  # idle expiry counts from here
    _ts("expires_at", nullable=False),  # absolute expiry
    _ts("ended_at"),
    sa.Column("end_reason", sa.String(16), nullable=True),
    sa.Index("ix_account_session_expires_at", "expires_at"),
)

audit_event = sa.Table(
    "audit_event",
    metadata,
    # Who did what, when, from where: sign-ins (failed ones too), sign-outs, downloads and
    # account changes. Never a password.
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    _ts("occurred_at", nullable=False),
    sa.Column("event", sa.String(32), nullable=False),
    sa.Column("account_id", sa.String(36), sa.ForeignKey("account.id"), nullable=True),
    sa.Column("username", sa.String(254), nullable=True),
    sa.Column("address", sa.String(64), nullable=True),
    sa.Column("detail", sa.String(500), nullable=True),
    sa.Index("ix_audit_event_occurred_at", "occurred_at"),
    sa.Index("ix_audit_event_account_id", "account_id"),
    sa.CheckConstraint(_one_of("event", AUDIT_EVENTS), name="event"),
)

# -- Dashboard figures (sync/central/figures; migration 0009) -------------------------------
#
# Counts at month grain per branch (``month`` is the visit's local year * 100 + month, from
# its corrected time and its own UTC offset), one narrow table per chart family. Only visits
# that count are in them: not voided, not superseded by a correction. Rebuilt per marked
# (branch, month) by sync/central/figures/refresh.py; ingest marks them in fig_dirty.
# Each has a twin ``<name>_area`` with the same counts summed per area instead of per
# branch: ``NL`` (every branch), ``province:<PVxx>``, ``municipality:<GMxxxx>`` (the branch's
# code rolled into the municipality of the division the areas were built for) and
# ``org:<library organisation code>``, in codes (migration 0011; fig_place says which areas
# each branch is in), so a page for the country or one of those reads a few rows per month
# instead of every branch's. A branch without codes counts in ``NL`` only.

#: The areas figures are also summed per: the country (one area), and per province,
#: municipality and library organisation, by code (area = prefix + code).
FIGURE_NATION = "NL"
FIGURE_AREAS = {"province": "province:", "municipality": "municipality:", "organisation": "org:"}


def _figures(
    name: str, dimensions: tuple[tuple[str, bool], ...], counts: tuple[str, ...]
) -> tuple[sa.Table, sa.Table]:
    """A figures table and its area twin.

    The key is (branch or area, month, channel, *dimensions*), each of *counts* an integer; a
    dimension is a code, or a small number (True).
    """

    def table(key: str, size: int) -> sa.Table:
        return sa.Table(
            name if key == "branch_id" else f"{name}_area",
            metadata,
            sa.Column(key, sa.String(size), primary_key=True),
            sa.Column("month", sa.Integer(), primary_key=True),
            sa.Column("channel", sa.String(64), primary_key=True),
            *(
                sa.Column(d, sa.SmallInteger() if small else sa.String(64), primary_key=True)
                for d, small in dimensions
            ),
            *(sa.Column(count, sa.Integer(), nullable=False) for count in counts),
        )

    return table("branch_id", 64), table("area", 250)


_CODE, _NUMBER = False, True
fig_visits, fig_visits_area = _figures(
    "fig_visits",
    (("duration", _CODE), ("mode", _CODE), ("source", _CODE)),
    ("visits", "questions"),
)
fig_questions, fig_questions_area = _figures(
    "fig_questions", (("kind", _CODE), ("organisation", _CODE), ("topic", _CODE)), ("n",)
)
# Help given and referrals per question, by its organisation and topic (a question with two
# kinds of help counts under both).
fig_help, fig_help_area = _figures(
    "fig_help", (("organisation", _CODE), ("topic", _CODE), ("help", _CODE)), ("n",)
)
fig_referral, fig_referral_area = _figures(
    "fig_referral", (("organisation", _CODE), ("topic", _CODE), ("referral", _CODE)), ("n",)
)
# Topics asked together in one visit: each visit once per pair, topic_a < topic_b.
fig_pairs, fig_pairs_area = _figures("fig_pairs", (("topic_a", _CODE), ("topic_b", _CODE)), ("n",))
# weekday 1 (Monday) .. 7, hour 0..23: local, by each visit's own offset.
fig_time, fig_time_area = _figures(
    "fig_time", (("weekday", _NUMBER), ("hour", _NUMBER)), ("visits",)
)
# Data health: every stored visit, counting or not (recorded), and how many of them were
# voided, corrected (superseded), tallied, or entered an hour or more after they occurred.
# recorded - voided - corrected is the visits that count.
fig_health, fig_health_area = _figures(
    "fig_health", (), ("recorded", "voided", "corrected", "tally", "backdated")
)

fig_dirty = sa.Table(
    "fig_dirty",
    metadata,
    # A (branch, month) whose figures must be rebuilt. Ingest adds it or bumps its version in
    # the batch's transaction; the refresher drops it only at the version it rebuilt. A
    # branch_id of '' marks a month whose area sums must be added up again.
    sa.Column("branch_id", sa.String(64), primary_key=True),
    sa.Column("month", sa.Integer(), primary_key=True),
    sa.Column("version", sa.BigInteger(), nullable=False, server_default="1"),
    _ts("since", nullable=False),  # first marked since its last rebuild
    # The UTC range the month's visits lie in, whatever their offset (month +- 18 hours).
    _ts("lo", nullable=False),
    _ts("hi", nullable=False),
)

fig_state = sa.Table(
    "fig_state",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
    # The figures hold every visit stored before this moment; NULL: never built (the first
    # refresh rebuilds everything).
    _ts("through"),
    _ts("refreshed_at"),
    # The municipal division the area sums were built for (sync/central/figures/places.py,
    # ``division``; migration 0011). NULL or another division: the refresher rebuilds them.
    sa.Column("division", sa.String(64), nullable=True),
    sa.CheckConstraint("id = 1", name="single_row"),
)

fig_place = sa.Table(
    "fig_place",
    metadata,
    # The areas each branch's figures are summed in (migration 0011), for fig_state.division:
    # the branch's codes as they were when the row was written, and the area names (NULL:
    # not in such an area). The refresher compares the codes with ``branch`` each pass and
    # moves a branch whose codes changed from its old areas to its new ones.
    sa.Column("branch_id", sa.String(64), primary_key=True),
    sa.Column("municipality_code", sa.String(6), nullable=True),
    sa.Column("organisation_code", sa.String(64), nullable=True),
    sa.Column("province", sa.String(250), nullable=True),
    sa.Column("municipality", sa.String(250), nullable=True),
    sa.Column("organisation", sa.String(250), nullable=True),
)

# -- Library organisations (migration 0008; sync/central/organisations.py) -------------------

library_organisation = sa.Table(
    "library_organisation",
    metadata,
    # The registry of library organisations: a short stable code (bibliotheek-utrecht) that
    # branches and organisation accounts refer to, and the name desks and people read.
    sa.Column("code", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    _ts("created_at", nullable=False),
    # Inhabitants of its service area (werkgebied) as it reports them to the KB; the
    # dashboard's size classes (``grootte``) read it. NULL: not stated, in no class (v0012).
    sa.Column("inhabitants", sa.Integer(), nullable=True),
)

# -- IDO set-ups (sync/central/locations.py; migration 0010) ---------------------------------

ido_setup = sa.Table(
    "ido_setup",
    metadata,
    # Every version of every location's set-up, as sent (``location.setup``): never updated,
    # never deleted, so a figure for a past day uses the set-up of that day.
    sa.Column("op_id", sa.String(36), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False),
    sa.Column("device_id", sa.String(36), nullable=False),
    sa.Column("location_id", sa.String(64), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("valid_from", sa.Date(), nullable=False),  # local date
    sa.Column("ido_name", sa.String(200), nullable=False),
    sa.Column("ido_form", sa.String(64), nullable=False),
    sa.Column("inside_library", sa.Boolean(), nullable=False),
    sa.Column("hours_kind", sa.String(16), nullable=False),
    sa.Column("hours", sa.Text(), nullable=False),  # JSON: [{"weekday", "starts", "ends"}]
    sa.Column("staffing", sa.Text(), nullable=False),  # JSON: [{"kind", "hours_per_week"}]
    sa.Column("catalogue_version", sa.Integer(), nullable=False),
    _ts("received_at", nullable=False),
    sa.UniqueConstraint("location_id", "version", name="uq_ido_setup_location_version"),
    sa.Index("ix_ido_setup_branch_id", "branch_id"),
    sa.CheckConstraint("hours_kind IN ('open','appointment')", name="hours_kind"),
)

# -- Shared rate limits (sync/central/shared_limits.py; migration 0013) ----------------------

throttle_bucket = sa.Table(
    "throttle_bucket",
    metadata,
    # A token bucket of every server process on one PostgreSQL (UNLOGGED there: a crash only
    # refills them): the limiter (device, enroll, ...), its key, the tokens left after the
    # last request, that request's time on the database clock (epoch seconds) and whether it
    # was let through. SQLite has the table but keeps its buckets in the process.
    sa.Column("limiter", sa.String(32), primary_key=True),
    sa.Column("key", sa.Text(), primary_key=True),
    sa.Column("tokens", sa.Double(), nullable=False),
    sa.Column("updated", sa.Double(), nullable=False),
    sa.Column("granted", sa.Boolean(), nullable=False),
)

# -- The visitor survey (sync/central/surveys.py; migration 0014) -----------------------------

survey_response = sa.Table(
    "survey_response",
    metadata,
    # One anonymous response per ``survey.answered`` op: the local date only, no time, no
    # visit, no desk user, no receipt time, and no id of the op or of the desk's record
    # (``id`` is a random UUID the server makes). Never updated or deleted.
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("branch_id", sa.String(64), sa.ForeignKey("branch.id"), nullable=False),
    sa.Column("survey_version", sa.Integer(), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),  # the visitor's local date
    sa.Index("ix_survey_response_branch_day", "branch_id", "day"),
)

survey_answer = sa.Table(
    "survey_answer",
    metadata,
    # The answered questions of a response (a skipped question has no row).
    sa.Column(
        "response_id",
        sa.String(36),
        sa.ForeignKey("survey_response.id"),
        primary_key=True,
    ),
    sa.Column("question", sa.String(64), primary_key=True),
    sa.Column("choice", sa.String(64), nullable=False),
)
