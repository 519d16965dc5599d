"""The demo's Belastinghulp: seasons, partners, helpers, slots, bookings and a waiting list.

Pure functions from the generated branches to rows of ``plan_record``, ``plan_slot`` and
``plan_booking`` as the planning rules (:mod:`sync.central.planning.rules`) would have stored
them. Every third branch holds a tax-return season each year (1 March to 30 April) with one or
two partner organisations, two or three helpers, a morning of slots a week per helper, and
bookings that were attended, not shown up for, cancelled or are still booked, plus walk-ins.
No real person: helpers are "Vrijwilliger A (demo)", and a booking's contact fields are NULL
as the retention purge leaves them (``purged_at`` set) once its season lies more than
:data:`KEPT_DAYS` in the past, else an obviously made-up name and nothing else.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from kiosk.planning.codes import PURPOSES
from sync.central.demo.visits import AMSTERDAM

Row = dict[str, Any]
#: Partner organisations as libraries name them (organisations, never people).
PARTNERS = (
    "FNV Belastingservice",
    "Humanitas Thuisadministratie",
    "Ouderenbond KBO-PCOB",
    "SchuldHulpMaatje",
    "Formulierenbrigade",
)
#: A season's bookings keep their contact fields this long after its last day (else purged).
KEPT_DAYS = 60
_STARTS = ("09:30", "10:15", "11:00")
_MINUTES = 45


@dataclass
class Planning:
    """The generated planning rows, per table."""

    records: list[Row] = field(default_factory=list)
    slots: list[Row] = field(default_factory=list)
    bookings: list[Row] = field(default_factory=list)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _at(day: date, clock: str) -> datetime:
    hour, minute = map(int, clock.split(":"))
    return datetime.combine(day, time(hour, minute), AMSTERDAM).astimezone(UTC)


def _record(kind: str, branch_id: str, record_id: str, data: Row, when: datetime) -> Row:
    return {
        "id": record_id,
        "branch_id": branch_id,
        "record": kind,
        "version": 1,
        "data": data,
        "deleted": False,
        "updated_at": when,
        "op_id": f"p-{record_id}"[:36],
        "purged_at": None,  # waiting entries: set when their contact fields were purged
    }


def generate(branches: Sequence[Row], first_year: int, now: datetime, seed: int) -> Planning:
    """The Belastinghulp of every third branch.

    A season each year from *first_year* whose first day lies before *now*.
    """
    rng = random.Random(seed)
    out = Planning()
    today = now.astimezone(AMSTERDAM).date()
    purposes = [p.code for p in PURPOSES]
    for index, row in enumerate(branches):
        if index % 3 != 0:
            continue
        branch_id = row["id"]
        set_up = _at(date(first_year - 1, 12, 1), "10:00")
        partner_ids = []
        for number, name in enumerate(rng.sample(PARTNERS, rng.randint(1, 2)), 1):
            partner_id = f"{branch_id}-p{number}"
            partner_ids.append(partner_id)
            out.records.append(_record("partner", branch_id, partner_id, {"name": name}, set_up))
        helpers = []
        for number in range(rng.randint(2, 3)):
            helper_id = f"{branch_id}-h{number + 1}"
            partner = partner_ids[number % len(partner_ids)] if number < 2 else None
            data = {
                "name": f"Vrijwilliger {'ABC'[number]} (demo)",
                "partner_id": partner,
                "topics": sorted(rng.sample(purposes, 2)),
                "active": True,
            }
            helpers.append((helper_id, rng.randint(1, 5)))
            out.records.append(_record("helper", branch_id, helper_id, data, set_up))
        for year in range(first_year, today.year + 1):
            starts_on, ends_on = date(year, 3, 1), date(year, 4, 30)
            if starts_on > today:
                break
            _season(rng, out, branch_id, helpers, starts_on, ends_on, today, purposes, now)
    return out


def _season(
    rng: random.Random,
    out: Planning,
    branch_id: str,
    helpers: list[tuple[str, int]],
    starts_on: date,
    ends_on: date,
    today: date,
    purposes: list[str],
    now: datetime,
) -> None:
    season_id = f"{branch_id}-s{starts_on.year}"
    purged = ends_on + timedelta(days=KEPT_DAYS) < today
    purged_at = _at(ends_on + timedelta(days=KEPT_DAYS), "03:00") if purged else None
    opened = _at(starts_on - timedelta(days=30), "10:00")
    data = {"name": f"Belastinghulp {starts_on.year}", "starts_on": str(starts_on)}
    data["ends_on"] = str(ends_on)
    out.records.append(_record("season", branch_id, season_id, data, opened))
    for helper_id, weekday in helpers:
        day = starts_on + timedelta(days=(weekday - starts_on.isoweekday()) % 7)
        while day <= ends_on:
            for clock in _STARTS:
                _slot(rng, out, branch_id, season_id, helper_id, day, clock, today, purged_at)
            day += timedelta(days=7)
    for position in range(1, rng.randint(0, 6) + 1):
        created = _at(starts_on + timedelta(days=rng.randint(0, 40)), "11:30")
        if created > now:
            continue
        done = rng.choices(("booked", "removed", None), (0.55, 0.2, 0.25))[0]
        entry = {
            "season_id": season_id,
            "name": None if purged else f"Wachtende {position} (demo)",
            "phone": None,
            "email": None,
            "purpose": [rng.choice(purposes)],
            "remark": None,
            "position": position,
            "created_at": _stamp(created),
            "offered_slot_id": None,
            "done": done,
            "purged_at": _stamp(purged_at) if purged_at else None,
        }
        record = _record("waiting", branch_id, f"{season_id}-w{position}", entry, created)
        record["purged_at"] = purged_at
        out.records.append(record)


def _slot(
    rng: random.Random,
    out: Planning,
    branch_id: str,
    season_id: str,
    helper_id: str,
    day: date,
    clock: str,
    today: date,
    purged_at: datetime | None,
) -> None:
    hour, minute = map(int, clock.split(":"))
    ends = (datetime(2000, 1, 1, hour, minute) + timedelta(minutes=_MINUTES)).strftime("%H:%M")
    slot_id = f"{helper_id}-{day:%Y%m%d}-{clock.replace(':', '')}"
    closed = rng.random() < 0.04
    out.slots.append(
        {
            "id": slot_id,
            "branch_id": branch_id,
            "season_id": season_id,
            "helper_id": helper_id,
            "day": day,
            "starts": clock,
            "ends": ends,
            "capacity": 1,
            "closed": closed,
            "template_id": None,
            "version": 1,
        }
    )
    if closed:
        return
    starts_at = _at(day, clock)
    past = day < today
    fate = rng.random()
    if fate < 0.8:
        status = "booked"
        walk_in = False
        if rng.random() < 0.12:
            status = "cancelled"
        elif past:  # attended, not shown up, or never marked either way
            status = rng.choices(("attended", "no_show", "booked"), (0.8, 0.16, 0.04))[0]
    elif fate < 0.9 and past:
        status, walk_in = "attended", True
    else:
        return
    created = starts_at - (timedelta(0) if walk_in else timedelta(days=rng.randint(1, 20)))
    cancelled = created + timedelta(days=1) if status == "cancelled" else None
    number = len(out.bookings) + 1
    out.bookings.append(
        {
            "id": f"{slot_id}-b",
            "branch_id": branch_id,
            "slot_id": slot_id,
            "name": None if purged_at else f"Bezoeker {number} (demo)",
            "phone": None,
            "email": None,
            "purpose": [rng.choice([p.code for p in PURPOSES])],
            "checklist": [],
            "remark": None,
            "status": status,
            "walk_in": walk_in,
            "overbook_reason": None,
            "sync_state": "confirmed",
            "conflict_code": None,
            "created_at": created,
            "cancelled_at": cancelled,
            "cancelled_by": "Balie" if cancelled else None,
            "purged_at": purged_at,
            "version": 1,
        }
    )
