"""Saving the IDO's set-up writes its ``location.setup`` op, in the same transaction.

The first start (a stated set-up) sends version 1, a change one more; the demo location and a
set-up never stated send nothing. What is sent is exactly the contract's payload.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.errors import InputError
from kiosk.locations import Hours, IdoSetup, LocationInput, Staffing, demo_location
from kiosk.protocol.canonical import canonical_json, payload_hash
from kiosk.protocol.kinds import LOCATION_SETUP
from kiosk.protocol.locations import SetupPayload, check_setup
from tests.conftest import FakeClock


@pytest.fixture
def app(kiosk_app: Kiosk, clock: FakeClock) -> Kiosk:
    kiosk_app.locations.now = clock.now
    return kiosk_app


def answers(**changes: Any) -> LocationInput:
    """The first-start form's answers, hours and staffing stated."""
    stated = LocationInput(
        organisation="Bibliotheek Midden-Brabant",
        branch="Vestiging Tilburg Centrum",
        municipality="Tilburg",
        province="Noord-Brabant",
        ido_name="IDO LocHal",
        ido_form="basis",
        inside_library=True,
        desk_name="Balie 1",
        hours_kind="appointment",
        hours=(Hours(4, time(13), time(16, 30)), Hours(1, time(9, 30), time(12))),
        staffing=(Staffing("volunteer", 8), Staffing("partner", 0), Staffing("staff", 6)),
    )
    return replace(stated, **changes)


def outbox(app: Kiosk) -> list[Any]:
    with app.db.read() as session:
        return list(session.execute(text("SELECT * FROM outbox ORDER BY local_seq")).all())


def test_the_first_start_writes_version_1_of_the_set_up(app: Kiosk, clock: FakeClock) -> None:
    desk = app.locations.create(answers())

    [op] = outbox(app)
    payload = json.loads(op.payload)
    assert (op.kind, op.entity_id, op.state) == (LOCATION_SETUP, desk.location_id, "pending")
    assert payload == {
        "location_id": desk.location_id,
        "version": 1,
        "valid_from": clock.now().date().isoformat(),
        "ido_name": "IDO LocHal",
        "ido_form": "basis",
        "inside_library": True,
        "hours_kind": "appointment",
        "hours": [  # in order of weekday
            {"weekday": 1, "starts": "09:30", "ends": "12:00"},
            {"weekday": 4, "starts": "13:00", "ends": "16:30"},
        ],
        "staffing": [  # in the contract's order, a kind without hours left out
            {"kind": "staff", "hours_per_week": 6},
            {"kind": "volunteer", "hours_per_week": 8},
        ],
        "catalogue_version": app.catalogues.current.version,  # what the form offered
    }
    # Exactly what the server checks: canonical text, its hash, the contract's rules.
    assert canonical_json(payload) == op.payload
    assert payload_hash(op.payload) == op.payload_sha256
    parsed, errors = check_setup(payload, op.entity_id, load_catalogues())
    assert errors == [] and parsed == SetupPayload.model_validate(payload)

    stored = app.locations.setup(desk.location_id)
    assert stored is not None
    assert (stored.version, stored.valid_from) == (1, clock.now().date())
    assert stored.setup.hours == (Hours(1, time(9, 30), time(12)), Hours(4, time(13), time(16, 30)))
    assert stored.setup.staffing == (Staffing("staff", 6), Staffing("volunteer", 8))


def test_the_set_up_and_its_op_are_one_transaction(
    app: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("kiosk.outbox.insert", fail)
    with pytest.raises(OSError):
        app.locations.create(answers())

    assert app.locations.current() is None
    with app.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM ido_location")).scalar_one() == 0


def test_the_demo_location_never_sends_its_set_up(app: Kiosk) -> None:
    desk = app.locations.create(answers(), demo=True)
    app.locations.change_setup(replace(answers().setup(), ido_name="IDO Demo 2"))

    assert outbox(app) == []
    stored = app.locations.setup(desk.location_id)
    assert stored is not None and stored.setup.ido_name == "IDO Demo 2"
    assert (stored.version, stored.valid_from) == (0, None)  # nothing sent


def test_a_set_up_never_stated_is_not_sent_until_it_changes(app: Kiosk, clock: FakeClock) -> None:
    desk = app.locations.create(demo_location())  # no hours or staffing asked
    assert outbox(app) == []
    stored = app.locations.setup(desk.location_id)
    assert stored is not None and (stored.version, stored.valid_from) == (0, None)

    app.locations.change_setup(answers().setup())

    [op] = outbox(app)
    assert json.loads(op.payload)["version"] == 1


def test_the_real_location_after_the_demo_sends_only_its_own_set_up(app: Kiosk) -> None:
    app.locations.create(demo_location(), demo=True)
    real = app.locations.replace_demo(answers())

    [op] = outbox(app)
    assert (op.kind, op.entity_id) == (LOCATION_SETUP, real.location_id)
    assert [d.is_demo for d in app.locations.desks()] == [False]


def test_a_change_is_a_new_version_from_its_day(app: Kiosk, clock: FakeClock) -> None:
    desk = app.locations.create(answers())
    changed = IdoSetup(
        ido_name="IDO LocHal",
        ido_form="altijd_beschikbaar",
        inside_library=False,
        hours_kind="open",
        hours=(Hours(2, time(10), time(12)),),
        staffing=(),
    )

    info = app.locations.change_setup(changed, valid_from=date(2027, 1, 1))

    assert (info.version, info.valid_from, info.setup) == (2, date(2027, 1, 1), changed)
    first, second = outbox(app)
    payload = json.loads(second.payload)
    assert (second.kind, second.entity_id) == (LOCATION_SETUP, desk.location_id)
    assert first.op_id != second.op_id
    assert (payload["version"], payload["valid_from"]) == (2, "2027-01-01")
    assert (payload["ido_form"], payload["inside_library"]) == ("altijd_beschikbaar", False)
    assert (payload["hours"], payload["staffing"]) == (
        [{"weekday": 2, "starts": "10:00", "ends": "12:00"}],
        [],
    )
    current = app.locations.current()
    assert current is not None and current.ido_form == "altijd_beschikbaar"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"hours": (Hours(1, time(12), time(9)),)}, "hours", "location.hours_invalid"),
        ({"hours": (Hours(1, time(9), time(9)),)}, "hours", "location.hours_invalid"),
        (
            {"hours": (Hours(3, time(9), time(12)), Hours(3, time(11), time(13)))},
            "hours",
            "location.hours_invalid",
        ),
        ({"hours": (Hours(8, time(9), time(12)),)}, "hours", "location.hours_invalid"),
        (
            {
                "hours": tuple(
                    Hours(d, time(h), time(h, 30)) for d in range(1, 8) for h in (8, 9, 10, 11)
                )
            },
            "hours",
            "location.hours_too_many",
        ),
        ({"staffing": (Staffing("staff", 169),)}, "staffing", "location.staffing_invalid"),
        ({"staffing": (Staffing("staff", -1),)}, "staffing", "location.staffing_invalid"),
        (
            {"staffing": (Staffing("staff", 2), Staffing("staff", 3))},
            "staffing",
            "location.staffing_invalid",
        ),
        ({"staffing": (Staffing("robot", 2),)}, "staffing", "location.staffing_invalid"),
        ({"hours_kind": "soms"}, "hours_kind", "location.hours_kind_missing"),
    ],
)
def test_a_set_up_that_breaks_a_rule_is_refused_and_nothing_is_stored(
    app: Kiosk, changes: dict[str, Any], field: str, code: str
) -> None:
    with pytest.raises(InputError) as refused:
        app.locations.create(answers(**changes))

    assert [(p.field, p.code) for p in refused.value.problems] == [(field, code)]
    assert app.locations.current() is None
    assert outbox(app) == []


def test_a_refused_change_leaves_the_set_up_as_it_was(app: Kiosk) -> None:
    app.locations.create(answers())
    bad = replace(answers().setup(), hours=(Hours(1, time(12), time(9)),))

    with pytest.raises(InputError):
        app.locations.change_setup(bad)

    assert len(outbox(app)) == 1
    stored = app.locations.setup()
    assert stored is not None and stored.version == 1


def test_times_go_to_the_minute(app: Kiosk) -> None:
    app.locations.create(answers(hours=(Hours(5, time(9, 0, 59), time(17, 0, 1)),)))

    [op] = outbox(app)
    assert json.loads(op.payload)["hours"] == [{"weekday": 5, "starts": "09:00", "ends": "17:00"}]
