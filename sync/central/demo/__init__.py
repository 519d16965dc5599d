"""A dashboard full of made-up data: ``ido-central demo`` fills a scratch server in one go.

:func:`run_demo` stores, in one transaction, what a few years of a country's IDOs would have
left on the server, then builds the dashboard's figures from it:

* library organisations in the registry, each with a made-up number of inhabitants of its
  service area (demo data, not the real figure), and branches with real CBS codes
  (:mod:`~sync.central.demo.visits`), one of them in Weesp (GM0457), merged into Amsterdam
  (GM0363) on 24 March 2022, so its figures roll up into Amsterdam's;
* devices per branch, one silent for weeks and one whose clock runs an hour ahead (its visits
  of the last weeks were stored with the device's time and the corrected time apart), a
  branch set up this month that has not registered yet, IDO set-ups with their history (a
  change of form mid-year at some), and a few dead letters (:mod:`~sync.central.demo.places`);
* a Belastinghulp season each year at every third branch, with partners, helpers, slots and
  bookings booked, attended, not shown up for and cancelled, walk-ins and a waiting list
  (:mod:`~sync.central.demo.belastinghulp`);
* visits and questions with voids, corrections, tallies and backdated entries, and one
  question at 23:30 local time on the last day of a month.

Nothing in it is a real person: contact fields are NULL (purged) or obviously made up, and
the devices' token hashes are of secrets nobody keeps, so no demo device can sign in.

The demo refuses a database that has branches already (:class:`DemoRefusedError`) unless
*force* is given: then it first removes an earlier demo (every row of the branches and
organisations whose codes start with :data:`PREFIX`) and leaves everything else alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.catalogue import load_catalogues
from sync.central.db import Database
from sync.central.demo import belastinghulp, places, survey
from sync.central.demo.visits import AMSTERDAM, Row, generate, make_places, offset_at, write
from sync.central.demo.visits import question_row as _question_row
from sync.central.figures import refresh
from sync.central.tables import (
    branch,
    device,
    ido_setup,
    library_organisation,
    metadata,
    plan_booking,
    plan_record,
    plan_slot,
    question,
    rejection,
    survey_answer,
    survey_response,
    visit,
)

__all__ = [
    "DEFAULT_BRANCHES",
    "DEFAULT_SEED",
    "DEFAULT_YEARS",
    "PREFIX",
    "DemoRefusedError",
    "DemoSummary",
    "run_demo",
]

#: What ``ido-central demo`` makes without options: enough for every chart to say something.
DEFAULT_BRANCHES = 40
DEFAULT_YEARS = 5
DEFAULT_SEED = 7
#: Questions per branch and year when no number is given.
QUESTIONS_PER_BRANCH_YEAR = 400
#: Branch ids and organisation codes of the demo start with this.
PREFIX = "demo-"
#: The topic of the question asked at 23:30.
LATE_TOPIC = "digid_kwijt"


class DemoRefusedError(RuntimeError):
    """The database has branches already and the demo was not told to add to it."""


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`run_demo` stored, and how long it took."""

    organisations: int
    branches: int
    devices: int
    setups: int
    rejections: int
    visits: int
    questions: int
    plan_records: int
    slots: int
    bookings: int
    first_day: date
    last_day: date
    seconds: float
    removed_branches: int = 0

    def lines(self) -> list[str]:
        """The summary as lines for the command line (English, like the rest of it)."""
        out = []
        if self.removed_branches:
            out.append(f"Removed an earlier demo ({self.removed_branches} branches).")
        out += [
            f"Demo data from {self.first_day} to {self.last_day}:",
            f"  {self.organisations} library organisations, {self.branches} branches, "
            f"{self.devices} devices, {self.setups} IDO set-up versions",
            f"  {self.visits:,} visits with {self.questions:,} questions, "
            f"{self.rejections} dead letters",
            f"  Belastinghulp: {self.plan_records} records, {self.slots} slots, "
            f"{self.bookings} bookings",
            f"Figures built in {self.seconds:.1f} s in all; the dashboard shows them now.",
        ]
        return out


def run_demo(
    db: Database,
    *,
    branches: int = DEFAULT_BRANCHES,
    years: int = DEFAULT_YEARS,
    seed: int = DEFAULT_SEED,
    now: datetime,
    questions: int | None = None,
    force: bool = False,
) -> DemoSummary:
    """Fill *db* with *branches* (at least 4) branches' made-up data; build the figures.

    The data runs from 1 January *years* - 1 years before *now*'s year up to *now* (an aware
    datetime: the server's clock). *questions* defaults to :data:`QUESTIONS_PER_BRANCH_YEAR`
    per branch and year. The same *seed* and *now* make the same data (bar token hashes).
    Raises :class:`DemoRefusedError` when the database has branches and *force* is false,
    ValueError for fewer than 4 branches or years below 1.
    """
    if branches < 4 or years < 1:
        raise ValueError("the demo needs at least 4 branches and 1 year")
    began = time.perf_counter()
    today = now.astimezone(AMSTERDAM)
    first_day = date(today.year - years + 1, 1, 1)
    rows = make_places(branches, seed, prefix=PREFIX, code_prefix=PREFIX)
    roles = places.Roles.of(rows)
    catalogues = load_catalogues()
    organisations = places.organisations(rows, now)
    devices = places.devices(rows, roles, now, seed)
    setups = places.setups(rows, roles, first_day, now, seed, catalogues.current.version)
    letters = places.rejections(rows, now, seed)
    planning = belastinghulp.generate(rows, first_day.year, now, seed)
    wanted = questions if questions is not None else QUESTIONS_PER_BRANCH_YEAR * branches * years
    end = today.replace(tzinfo=None)
    quiet = {roles.silent: (now - places.SILENT_FOR).astimezone(AMSTERDAM).replace(tzinfo=None)}
    registering = [r for r in rows if r["id"] != roles.new]
    responses, answered = survey.generate(registering, today.date(), seed)
    start = datetime(first_day.year, 1, 1)
    total_visits = total_questions = 0
    with db.write() as conn:
        removed = _make_room(conn, force)
        conn.execute(sa.insert(library_organisation), organisations)
        conn.execute(sa.insert(branch), rows)
        for table, table_rows in (
            (device, devices),
            (ido_setup, setups),
            (rejection, letters),
            (plan_record, planning.records),
            (plan_slot, planning.slots),
            (plan_booking, planning.bookings),
            (survey_response, responses),
            (survey_answer, answered),
        ):
            if table_rows:
                conn.execute(sa.insert(table), table_rows)
        chunks = generate(registering, wanted, start=start, seed=seed, end=end, quiet=quiet)
        for chunk_visits, chunk_questions in chunks:
            _skew(chunk_visits, roles.skewed, now)
            write(conn, chunk_visits, chunk_questions)
            total_visits += len(chunk_visits)
            total_questions += len(chunk_questions)
        late, late_questions = late_visit(rows[0]["id"], today)
        write(conn, [late], late_questions)
        total_visits += 1
        total_questions += len(late_questions)
    refresh.rebuild_everything(db)
    refresh.refresh(db, now=lambda: now)
    return DemoSummary(
        organisations=len(organisations),
        branches=len(rows),
        devices=len(devices),
        setups=len(setups),
        rejections=len(letters),
        visits=total_visits,
        questions=total_questions,
        plan_records=len(planning.records),
        slots=len(planning.slots),
        bookings=len(planning.bookings),
        first_day=first_day,
        last_day=today.date(),
        seconds=time.perf_counter() - began,
        removed_branches=removed,
    )


def _skew(visits: list[Row], branch_id: str, now: datetime) -> None:
    """The skewed device's visits of the last four weeks carry its clock, an hour ahead."""
    since = now - timedelta(weeks=4)
    ahead = timedelta(seconds=places.CLOCK_SKEW_SECONDS)
    for row in visits:
        if row["branch_id"] == branch_id and row["occurred_at_corrected"] >= since:
            row["occurred_at"] = row["occurred_at_corrected"] + ahead
            row["recorded_at"] = max(row["recorded_at"], row["occurred_at_corrected"])


def late_visit(branch_id: str, today: datetime) -> tuple[Row, list[Row]]:
    """A visit at 23:30 local time on the last day of last month, with one question.

    An evening session: its month, weekday and hour are local, not UTC's (22:30 or 21:30).
    """
    first = today.date().replace(day=1)
    local = datetime.combine(first - timedelta(days=1), datetime.min.time()).replace(
        hour=23, minute=30
    )
    offset = offset_at(local)
    at = (local - timedelta(minutes=offset)).replace(tzinfo=UTC)
    visit_id = f"v-late-{branch_id}"[:36]
    row = {
        "visit_id": visit_id,
        "op_id": f"o-late-{branch_id}"[:36],
        "branch_id": branch_id,
        "device_id": f"d-{branch_id}",
        "location_id": f"loc-{branch_id}",
        "desk_id": "desk-1",
        "occurred_at": at,
        "occurred_offset": offset,
        "occurred_at_corrected": at,
        "recorded_at": at,
        "channel": "in_person",
        "duration": "15_30",
        "mode": "counter",
        "source": "live",
        "catalogue_version": 1,
        "corrects": None,
        "voided_at": None,
        "void_op_id": None,
        "superseded_by": None,
    }
    topic = load_catalogues().current.get("topic", LATE_TOPIC)
    assert topic is not None and topic.kind and topic.organisation
    asked = _question_row(
        visit_id, 1, topic.code, topic.kind, topic.organisation, ["samen_gedaan"], []
    )
    return row, [asked]


def _make_room(conn: Connection, force: bool) -> int:
    """Refuse a database with branches unless *force*; then remove an earlier demo.

    Returns how many demo branches were removed.
    """
    count = int(conn.execute(sa.select(sa.func.count()).select_from(branch)).scalar_one())
    if count and not force:
        raise DemoRefusedError(
            f"the database has {count} branches already: the demo fills an empty database. "
            "Use a scratch database, or --force to add the demo to this one (an earlier "
            f"demo, every branch and organisation whose code starts with {PREFIX!r}, is "
            "removed first)"
        )
    ids = sa.select(branch.c.id).where(branch.c.id.startswith(PREFIX, autoescape=True))
    removed = len(conn.execute(ids).all())
    if not removed:
        return 0
    visits = sa.select(visit.c.visit_id).where(visit.c.branch_id.in_(ids))
    conn.execute(sa.delete(question).where(question.c.visit_id.in_(visits)))
    responses = sa.select(survey_response.c.id).where(survey_response.c.branch_id.in_(ids))
    conn.execute(sa.delete(survey_answer).where(survey_answer.c.response_id.in_(responses)))
    # Every table with a branch_id, those that refer to others first (foreign keys).
    for table in reversed(metadata.sorted_tables):
        if "branch_id" in table.c and table is not branch:
            conn.execute(sa.delete(table).where(table.c.branch_id.in_(ids)))
    conn.execute(sa.delete(branch).where(branch.c.id.in_(ids)))
    conn.execute(
        sa.delete(library_organisation).where(
            library_organisation.c.code.startswith(PREFIX, autoescape=True),
            ~library_organisation.c.code.in_(
                sa.select(branch.c.organisation_code).where(branch.c.organisation_code.is_not(None))
            ),
        )
    )
    return removed
