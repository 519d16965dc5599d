"""Mutated ``location.setup`` ops on SQLite and PostgreSQL side by side: never a 5xx, same answers.

The batch fuzzer's machinery (``test_batch_fuzz``) with set-up ops: valid versions of a few
locations, half of them broken the way a buggy or compromised desk would (a member dropped,
a value swapped for junk), sent to both servers; both answer the same, op by op, and what
they store is the same.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from kiosk.clock import to_utc_text
from kiosk.ids import new_id
from tests.sync.central.test_batch_fuzz import Pair, _mutate
from tests.sync.central.test_batch_fuzz import pair as pair  # the fixture

SEED = 20261203
BATCHES = 40
FORMS = ("basis", "altijd_beschikbaar", "brede_dienstverlening")


def setup(rng: random.Random, location_id: str, version: int) -> dict[str, Any]:
    day = rng.randint(1, 5)
    return {
        "location_id": location_id,
        "version": version,
        "valid_from": f"20{rng.randint(25, 27)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "ido_name": rng.choice(["IDO Centrum", "IDO Wijkcentrum Noord", "Informatiepunt"]),
        "ido_form": rng.choice(FORMS),
        "inside_library": rng.random() < 0.7,
        "hours_kind": rng.choice(["open", "appointment"]),
        "hours": [
            {"weekday": day, "starts": "09:00", "ends": "12:00"},
            {"weekday": day, "starts": "13:00", "ends": "16:30"},
            {"weekday": day + 2, "starts": "10:00", "ends": "12:00"},
        ][: rng.randint(0, 3)],
        "staffing": [
            {"kind": "staff", "hours_per_week": rng.randint(1, 40)},
            {"kind": "volunteer", "hours_per_week": rng.randint(1, 20)},
        ][: rng.randint(0, 2)],
        "catalogue_version": 1,
    }


def stored(pair: Pair) -> list[list[Any]]:
    rows = []
    for central in pair.centrals.values():
        with central.db.read() as conn:
            found = conn.execute(
                sa.text(
                    "SELECT location_id, version, valid_from, ido_form, hours, staffing "
                    "FROM ido_setup ORDER BY location_id, version"
                )
            ).all()
        rows.append([(r[0], r[1], str(r[2]), r[3], r[4], r[5]) for r in found])
    return rows


def test_mutated_set_ups_never_fail_and_both_backends_agree(pair: Pair) -> None:
    rng = random.Random(SEED)
    locations = [new_id() for _ in range(4)]
    versions = dict.fromkeys(locations, 0)
    accepted = refused = 0
    for number in range(BATCHES):
        ops = []
        for _ in range(rng.randint(1, 4)):
            location = rng.choice(locations)
            versions[location] += 1
            op = pair.op("location.setup", setup(rng, location, versions[location]), location)
            ops.append(_mutate(op, rng) if rng.random() < 0.5 else op)
        if rng.random() < 0.2:  # a version sent again under a new op
            location = rng.choice(locations)
            again = setup(rng, location, max(1, versions[location]))
            ops.append(pair.op("location.setup", again, location))
        moment = pair.clock.now() + timedelta(days=rng.choice([0, 0, 3, -3]))
        answer = pair.send(ops, to_utc_text(moment))
        if isinstance(answer, list):
            accepted += sum(1 for status, _ in answer if status in ("accepted", "duplicate"))
            refused += sum(1 for status, _ in answer if status == "rejected")
        pair.peers_pull()
        pair.clock.advance(minutes=1 + number % 3)
    sqlite_rows, postgresql_rows = stored(pair)
    assert sqlite_rows == postgresql_rows
    assert accepted > BATCHES / 2 and refused > BATCHES / 4
