"""IDO set-ups on the server: every version kept, replays counted once, bad ones refused.

On SQLite and PostgreSQL (the ``central`` fixture runs each test on both).
"""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest

from kiosk.ids import new_id
from sync.central.locations import history, setup_on, setups_on
from tests.sync.central.conftest import Central, Desk


def setup_payload(location_id: str, version: int = 1, **changes: Any) -> dict[str, Any]:
    """A valid set-up as ``kiosk.locations`` writes it."""
    payload: dict[str, Any] = {
        "location_id": location_id,
        "version": version,
        "valid_from": "2025-01-06",
        "ido_name": "IDO Centrale bibliotheek",
        "ido_form": "basis",
        "inside_library": True,
        "hours_kind": "open",
        "hours": [
            {"weekday": 1, "starts": "09:30", "ends": "12:00"},
            {"weekday": 4, "starts": "13:00", "ends": "16:30"},
        ],
        "staffing": [{"kind": "staff", "hours_per_week": 6}],
        "catalogue_version": 1,
    }
    payload.update(changes)
    return payload


def setup_op(desk: Desk, payload: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return desk.op("location.setup", payload, payload["location_id"], **changes)


def test_every_version_is_kept_and_a_day_finds_its_own(central: Central, desk: Desk) -> None:
    location = new_id()
    first = setup_payload(location)
    second = setup_payload(
        location,
        2,
        valid_from="2026-01-05",
        ido_form="altijd_beschikbaar",
        inside_library=False,
        hours_kind="appointment",
        hours=[{"weekday": 2, "starts": "10:00", "ends": "12:00"}],
        staffing=[
            {"kind": "staff", "hours_per_week": 4},
            {"kind": "volunteer", "hours_per_week": 8},
        ],
    )
    body = desk.send([setup_op(desk, first), setup_op(desk, second)])

    assert [r["status"] for r in body["results"]] == ["accepted", "accepted"]
    assert [r["server_seq"] for r in body["results"]] == [1, 2]
    with central.db.read() as conn:
        versions = history(conn, location)
        assert [(v.version, v.valid_from, v.ido_form) for v in versions] == [
            (1, date(2025, 1, 6), "basis"),
            (2, date(2026, 1, 5), "altijd_beschikbaar"),
        ]
        assert versions[1].hours == second["hours"]
        assert versions[1].staffing == second["staffing"]
        assert (versions[1].branch_id, versions[1].inside_library) == ("b1", False)
        assert setup_on(conn, location, date(2024, 12, 31)) is None
        in_2025 = setup_on(conn, location, date(2025, 6, 1))
        assert in_2025 is not None and in_2025.version == 1
        assert in_2025.hours_kind == "open"
        on_new_year = setup_on(conn, location, date(2026, 1, 5))
        assert on_new_year is not None and on_new_year.version == 2
        assert {k: v.version for k, v in setups_on(conn, date(2025, 12, 31)).items()} == {
            location: 1
        }
        assert setups_on(conn, date(2026, 3, 1), branch_id="b1")[location].version == 2
        assert setups_on(conn, date(2026, 3, 1), branch_id="b2") == {}


def test_a_later_version_from_an_earlier_day_corrects_the_ones_before(
    central: Central, desk: Desk
) -> None:
    location = new_id()
    desk.send([setup_op(desk, setup_payload(location, valid_from="2026-03-01"))])
    desk.send([setup_op(desk, setup_payload(location, 2, valid_from="2026-01-01"))])

    with central.db.read() as conn:
        found = setup_on(conn, location, date(2026, 4, 1))
        assert found is not None and found.version == 2
        assert setups_on(conn, date(2026, 4, 1))[location].version == 2


def test_versions_arriving_out_of_order_are_both_kept(central: Central, desk: Desk) -> None:
    location = new_id()
    later = setup_op(desk, setup_payload(location, 2, valid_from="2026-01-05"))
    earlier = setup_op(desk, setup_payload(location, 1))
    desk.send([later])
    desk.send([earlier])

    with central.db.read() as conn:
        assert [v.version for v in history(conn, location)] == [1, 2]


def test_a_replay_is_stored_exactly_once(central: Central, desk: Desk) -> None:
    op = setup_op(desk, setup_payload(new_id()))
    batch = desk.batch([op])

    first = desk.post(batch).json()
    replayed = desk.post(batch).json()  # the same batch: its stored answer
    again = desk.send([op])  # the op in a new batch: a duplicate

    assert first == replayed
    assert first["results"][0]["status"] == "accepted"
    assert again["results"][0]["status"] == "duplicate"
    assert again["results"][0]["server_seq"] == first["results"][0]["server_seq"]
    assert central.count("ido_setup") == 1
    assert central.count("applied_op", "WHERE kind = 'location.setup'") == 1


def test_a_version_stored_before_under_another_op_is_refused(central: Central, desk: Desk) -> None:
    location = new_id()
    desk.send([setup_op(desk, setup_payload(location))])
    body = desk.send([setup_op(desk, setup_payload(location, ido_name="Anders"))])

    [answer] = body["results"]
    assert (answer["status"], answer["code"]) == ("rejected", "validation_failed")
    assert [e["path"] for e in answer["errors"]] == ["payload.version"]
    assert central.count("ido_setup") == 1
    assert central.count("rejection") == 1


def test_a_location_of_another_branch_is_forbidden(central: Central, desk: Desk) -> None:
    location = new_id()
    desk.send([setup_op(desk, setup_payload(location))])
    central.add_branch("b2")
    other = central.enroll("b2", "Balie elders")

    body = other.send([setup_op(other, setup_payload(location, 2))])

    [answer] = body["results"]
    assert (answer["status"], answer["code"]) == ("rejected", "branch_forbidden")
    assert [e["path"] for e in answer["errors"]] == ["payload.location_id"]
    with central.db.read() as conn:
        assert [v.branch_id for v in history(conn, location)] == ["b1"]


BAD = [
    ({"ido_form": "kiosk"}, ["payload.ido_form"]),
    ({"catalogue_version": 99}, ["payload.catalogue_version"]),
    ({"hours_kind": "sometimes"}, ["payload.hours_kind"]),
    ({"inside_library": "yes"}, ["payload.inside_library"]),
    ({"valid_from": "2026-02-30"}, ["payload.valid_from"]),
    ({"version": 0}, ["payload.version"]),
    ({"ido_name": "IDO\x00"}, ["payload.ido_name"]),
    ({"ido_name": ""}, ["payload.ido_name"]),
    ({"hours": [{"weekday": 8, "starts": "09:00", "ends": "10:00"}]}, ["payload.hours[0].weekday"]),
    ({"hours": [{"weekday": 1, "starts": "9:00", "ends": "10:00"}]}, ["payload.hours[0].starts"]),
    ({"hours": [{"weekday": 1, "starts": "11:00", "ends": "10:00"}]}, ["payload.hours[0]"]),
    (
        {"hours": [{"weekday": 1, "starts": "09:00", "ends": "10:00", "room": "A"}]},
        ["payload.hours[0].room"],
    ),
    (
        {
            "hours": [
                {"weekday": 1, "starts": "09:00", "ends": "11:00"},
                {"weekday": 1, "starts": "10:00", "ends": "12:00"},
            ]
        },
        ["payload.hours"],
    ),
    ({"hours": [{"weekday": 1, "starts": "09:00", "ends": "10:00"}] * 22}, ["payload.hours"]),
    ({"staffing": [{"kind": "robot", "hours_per_week": 4}]}, ["payload.staffing[0].kind"]),
    (
        {"staffing": [{"kind": "staff", "hours_per_week": 169}]},
        ["payload.staffing[0].hours_per_week"],
    ),
    (
        {
            "staffing": [
                {"kind": "volunteer", "hours_per_week": 4},
                {"kind": "volunteer", "hours_per_week": 2},
            ]
        },
        ["payload.staffing"],
    ),
    ({"opening": "always"}, ["payload.opening"]),
]


@pytest.mark.parametrize(("changes", "paths"), BAD, ids=[str(c)[:40] for c, _p in BAD])
def test_a_bad_payload_is_refused_with_its_paths(
    central: Central, desk: Desk, changes: dict[str, Any], paths: list[str]
) -> None:
    payload = setup_payload(new_id(), **copy.deepcopy(changes))
    body = desk.send([setup_op(desk, payload)])

    [answer] = body["results"]
    assert (answer["status"], answer["code"]) == ("rejected", "validation_failed")
    assert [e["path"] for e in answer["errors"]] == paths
    assert central.count("ido_setup") == 0
    [dead] = central.rows("SELECT payload FROM rejection")
    assert json.loads(dead.payload)["kind"] == "location.setup"


def test_a_missing_member_and_a_wrong_entity_id_are_refused(central: Central, desk: Desk) -> None:
    payload = setup_payload(new_id())
    del payload["staffing"]
    wrong_entity = desk.op("location.setup", setup_payload(new_id()), new_id())

    body = desk.send([setup_op(desk, payload), wrong_entity])

    missing, mismatch = body["results"]
    assert [e["path"] for e in missing["errors"]] == ["payload.staffing"]
    assert [e["path"] for e in mismatch["errors"]] == ["payload.location_id"]
    assert {missing["code"], mismatch["code"]} == {"validation_failed"}
    assert central.count("ido_setup") == 0


def test_a_set_up_and_visits_in_one_batch_are_each_stored(central: Central, desk: Desk) -> None:
    location = new_id()
    ops = [desk.visit(location_id=location), setup_op(desk, setup_payload(location)), desk.visit()]

    body = desk.send(ops)

    assert [r["status"] for r in body["results"]] == ["accepted"] * 3
    assert sorted(r["server_seq"] for r in body["results"]) == [1, 2, 3]
    assert central.count("ido_setup") == 1
    assert central.count("visit") == 2
