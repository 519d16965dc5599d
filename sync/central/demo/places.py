"""The demo's registry rows: library organisations, devices, IDO set-ups and dead letters.

Pure functions from the generated branches (:func:`sync.central.demo.visits.make_places`) to
rows of ``library_organisation`` (with made-up service-area sizes), ``device``, ``ido_setup``
and ``rejection``, as the registry, enrollment, the ``location.setup`` handler and the batch
pipeline would have stored them. Nothing here touches a database; :mod:`sync.central.demo`
writes the rows.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sync.central.demo.visits import AMSTERDAM

Row = dict[str, Any]
#: How long the silent device has not synced, and how far the flagged device's clock is off.
SILENT_FOR = timedelta(days=26)
CLOCK_SKEW_SECONDS = 3725  # an hour and two minutes ahead
#: The IDO forms of the catalogue with how often a generated IDO has each.
FORMS = (("basis", 0.7), ("altijd_beschikbaar", 0.2), ("brede_dienstverlening", 0.1))


@dataclass(frozen=True)
class Roles:
    """Which generated branches play the data-health cases of the demo."""

    silent: str  # its one device has not synced for SILENT_FOR
    skewed: str  # its device's clock is CLOCK_SKEW_SECONDS ahead (flagged)
    new: str  # set up this month, a device, no registration yet

    @classmethod
    def of(cls, branches: Sequence[Row]) -> Roles:
        """The roles for *branches* (at least four): the last ones, never the merged one."""
        ids = [b["id"] for b in branches]
        return cls(silent=ids[-3], skewed=ids[-2], new=ids[-1])


def organisations(branches: Sequence[Row], now: datetime) -> list[Row]:
    """The ``library_organisation`` rows the branches name, each code once.

    Registered when their first branch was (*now* for a branch row without ``created_at``),
    each with a made-up number of inhabitants of its service area (:func:`inhabitants`).
    """
    seen: dict[str, Row] = {}
    count: Counter[str] = Counter(row["organisation_code"] for row in branches)
    for row in branches:
        code = row["organisation_code"]
        if code not in seen:
            created = row.get("created_at") or now
            seen[code] = {
                "code": code,
                "name": row["organisation"],
                "created_at": created,
                "inhabitants": inhabitants(code, count[code]),
            }
    return list(seen.values())


def inhabitants(code: str, branches: int) -> int:
    """A made-up number of inhabitants for demo organisation *code*: demo data, not a fact.

    Between 12,000 and 40,000 per branch it has, rounded to hundreds; the same code and
    number of branches always get the same number. So a one-branch organisation is small and
    one with four is over 100,000, and every size class of the dashboard's filter is used.
    """
    rng = random.Random(f"inhabitants:{code}")
    return int(round(sum(rng.uniform(12_000, 40_000) for _ in range(max(branches, 1))), -2))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def devices(branches: Sequence[Row], roles: Roles, now: datetime, seed: int) -> list[Row]:
    """``device`` rows: a counter device per branch, a second (walking) one at every fifth.

    The counter device is ``d-<branch>``, the one its visits come from; the silent, skewed
    and new cases are as :class:`Roles` says. Token hashes are of random secrets no one
    keeps: a demo device can never sign in.
    """
    rng = random.Random(seed)
    rows: list[Row] = []
    for index, row in enumerate(branches):
        branch_id = row["id"]
        kinds = ["counter", "walking"] if index % 5 == 4 else ["counter"]
        for number, kind in enumerate(kinds, 1):
            last = now - timedelta(minutes=rng.randint(3, 20 * 60))
            skew: int | None = rng.randint(-20, 20)
            flag = None
            if branch_id == roles.silent:
                last = now - SILENT_FOR
            elif branch_id == roles.skewed and number == 1:
                skew, flag = CLOCK_SKEW_SECONDS, "device_clock_skew"
            created = row["created_at"]
            rows.append(
                {
                    "id": f"d-{branch_id}" if number == 1 else f"d-{branch_id}-{number}",
                    "branch_id": branch_id,
                    "name": "Balie" if kind == "counter" else "Laptop (lopend)",
                    "kind": kind,
                    "token_hash": _hash(secrets.token_hex(32)),
                    "previous_token_hash": None,
                    "previous_valid_until": None,
                    "created_at": created,
                    "last_seen_at": last,
                    "last_batch_at": last,
                    "revoked_at": None,
                    "clock_skew_seconds": skew,
                    "clock_flag": flag,
                    "max_contiguous_local_seq": 0,
                }
            )
    return rows


def _hours(rng: random.Random, kind: str) -> list[dict[str, Any]]:
    """Weekly spans: weekdays (Monday to Saturday) with a morning and maybe an afternoon."""
    spans: list[dict[str, Any]] = []
    days = sorted(rng.sample(range(1, 7), rng.randint(2, 5)))
    for weekday in days:
        spans.append({"weekday": weekday, "starts": "10:00", "ends": "12:30"})
        if kind == "open" and rng.random() < 0.5:
            spans.append({"weekday": weekday, "starts": "13:30", "ends": "16:00"})
    return spans


def _staffing(rng: random.Random) -> list[dict[str, Any]]:
    staffing = [{"kind": "staff", "hours_per_week": rng.randint(4, 24)}]
    if rng.random() < 0.6:
        staffing.append({"kind": "volunteer", "hours_per_week": rng.randint(2, 16)})
    if rng.random() < 0.3:
        staffing.append({"kind": "partner", "hours_per_week": rng.randint(2, 8)})
    return staffing


def setups(
    branches: Sequence[Row], roles: Roles, start: date, now: datetime, seed: int, version: int
) -> list[Row]:
    """``ido_setup`` rows: the set-up history of nine in ten branches.

    Version 1 holds from *start* (every tenth branch never sent one; every sixth lies outside
    the library); every fourth branch
    has a version 2 from 1 July of the year before *now* (another form, inside or outside,
    other hours). The new branch's set-up holds from the first of this month. *version* is
    the catalogue the forms come from.
    """
    rng = random.Random(seed)
    today = now.astimezone(AMSTERDAM).date()
    change = date(today.year - 1, 7, 1)
    forms = [f for f, _ in FORMS]
    weights = [w for _, w in FORMS]
    rows: list[Row] = []
    for index, row in enumerate(branches):
        branch_id = row["id"]
        if index % 10 == 9 and branch_id not in (roles.silent, roles.skewed, roles.new):
            continue
        first = today.replace(day=1) if branch_id == roles.new else start
        versions = [first]
        if index % 4 == 2 and start < change and branch_id != roles.new:
            versions.append(change)
        form = rng.choices(forms, weights)[0]
        inside = index % 6 != 5  # one in six IDOs lies outside the library
        for number, valid_from in enumerate(versions, 1):
            if number > 1:
                form = rng.choice([f for f in forms if f != form])
                inside = not inside if rng.random() < 0.5 else inside
            kind = "appointment" if form == "basis" and rng.random() < 0.3 else "open"
            received = datetime.combine(valid_from, time(9, 15), AMSTERDAM).astimezone(UTC)
            rows.append(
                {
                    "op_id": f"s-{branch_id}-{number}",
                    "branch_id": branch_id,
                    "device_id": f"d-{branch_id}",
                    "location_id": f"loc-{branch_id}",
                    "version": number,
                    "valid_from": valid_from,
                    "ido_name": f"Informatiepunt {row['name'].removeprefix('Vestiging ')}",
                    "ido_form": form,
                    "inside_library": inside,
                    "hours_kind": kind,
                    "hours": json.dumps(_hours(rng, kind), sort_keys=True),
                    "staffing": json.dumps(_staffing(rng), sort_keys=True),
                    "catalogue_version": version,
                    "received_at": received,
                }
            )
    return rows


#: Dead letters the demo shows: (status, code, errors).
_REFUSALS: tuple[tuple[str, str, list[dict[str, str]]], ...] = (
    ("rejected", "validation_failed", [{"path": "payload.questions[0].topic", "msg": "unknown"}]),
    ("rejected", "branch_forbidden", [{"path": "payload.location_id", "msg": "another branch"}]),
    ("conflict", "visit_superseded", [{"path": "payload.corrects", "msg": "already corrected"}]),
)


def rejections(branches: Sequence[Row], now: datetime, seed: int) -> list[Row]:
    """``rejection`` rows: one to four dead letters at every seventh branch.

    Received in the last three months; the payload is a visit op with nothing about a person.
    """
    rng = random.Random(seed)
    rows: list[Row] = []
    for index, row in enumerate(branches):
        if index % 7 != 3:
            continue
        branch_id = row["id"]
        for number in range(rng.randint(1, 4)):
            status, code, errors = rng.choice(_REFUSALS)
            op_id = f"r-{branch_id}-{number}"
            op = {
                "op_id": op_id,
                "kind": "visit.create",
                "entity_id": f"rv-{branch_id}-{number}",
                "payload": {"channel": "in_person", "questions": [{"topic": "onbekend"}]},
            }
            rows.append(
                {
                    "op_id": op_id,
                    "device_id": f"d-{branch_id}",
                    "branch_id": branch_id,
                    "batch_id": f"b-{branch_id}-{number}",
                    "status": status,
                    "code": code,
                    "errors": json.dumps(errors),
                    "payload": json.dumps(op, sort_keys=True),
                    "received_at": now - timedelta(days=rng.randint(1, 90), minutes=number),
                }
            )
    return rows
