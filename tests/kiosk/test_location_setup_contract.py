"""The ``location.setup`` contract: its model round-trips, refuses what it must, and is documented.

The example in ``docs/sync-v1.md`` (the block marked ``SetupPayload``) parses with the model
and passes the server's checks; the desk's own bounds are the contract's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import kiosk.locations as desk
from kiosk.catalogue import load_catalogues
from kiosk.protocol import locations as contract
from kiosk.protocol.canonical import canonical_json
from kiosk.protocol.kinds import KINDS, LOCATION_KINDS, LOCATION_SETUP
from kiosk.protocol.locations import SetupPayload, check_setup

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "sync-v1.md"
CATALOGUES = load_catalogues()


def documented() -> dict[str, Any]:
    text = DOCUMENT.read_text("utf-8")
    match = re.search(r"<!-- contract: SetupPayload -->\n```json\n(.*?)\n```", text, re.DOTALL)
    assert match is not None, "docs/sync-v1.md has no SetupPayload example"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def valid(**changes: Any) -> dict[str, Any]:
    payload = {
        "location_id": "0193a0aa-1b2c-7d3e-8f40-51627384a5b5",
        "version": 1,
        "valid_from": "2025-01-06",
        "ido_name": "IDO Centrum",
        "ido_form": "brede_dienstverlening",
        "inside_library": False,
        "hours_kind": "open",
        "hours": [],
        "staffing": [],
        "catalogue_version": 1,
    }
    payload.update(changes)
    return payload


def test_the_documented_example_is_a_valid_set_up() -> None:
    example = documented()
    parsed, errors = check_setup(example, example["location_id"], CATALOGUES)
    assert errors == []
    assert parsed is not None and set(example) == set(SetupPayload.model_fields)


@pytest.mark.parametrize("payload", [valid(), documented()], ids=["bare", "documented"])
def test_a_set_up_round_trips_exactly(payload: dict[str, Any]) -> None:
    dumped = SetupPayload.model_validate(payload).model_dump()
    assert dumped == payload
    assert canonical_json(dumped) == canonical_json(payload)
    assert SetupPayload.model_validate_json(json.dumps(payload)).model_dump() == payload


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"version": True}, "version"),
        ({"version": "1"}, "version"),
        ({"inside_library": 1}, "inside_library"),
        ({"valid_from": "2025-1-6"}, "valid_from"),
        ({"valid_from": "٢٠٢٥-01-06"}, "valid_from"),  # digits other than ASCII
        ({"hours_kind": None}, "hours_kind"),
        ({"hours": [{"weekday": 1, "starts": "24:00", "ends": "23:30"}]}, "hours.0.starts"),
        ({"hours": [{"weekday": 1, "starts": "09:00"}]}, "hours.0.ends"),
        (
            {
                "hours": [
                    {"weekday": 2, "starts": "09:00", "ends": "10:00"},
                    {"weekday": 1, "starts": "09:00", "ends": "10:00"},
                ]
            },
            "hours",
        ),
        ({"staffing": [{"kind": "staff", "hours_per_week": 0}]}, "staffing.0.hours_per_week"),
        (
            {
                "staffing": [
                    {"kind": "partner", "hours_per_week": 2},
                    {"kind": "staff", "hours_per_week": 2},
                ]
            },
            "staffing",
        ),
        ({"ido_name": "x" * 201}, "ido_name"),
        ({"ido_name": "IDO\nCentrum"}, "ido_name"),
        ({"notes": "anders"}, "notes"),
    ],
)
def test_the_model_refuses_a_bad_member(changes: dict[str, Any], path: str) -> None:
    with pytest.raises(ValidationError) as refused:
        SetupPayload.model_validate(valid(**changes))
    assert [".".join(str(p) for p in e["loc"]) for e in refused.value.errors()] == [path]


def test_the_rules_beyond_the_model_name_their_paths() -> None:
    payload = valid(ido_form="lopend")
    assert check_setup(payload, "another-location", CATALOGUES) == (
        None,
        [
            {"path": "payload.location_id", "msg": "must equal the op's entity_id"},
            {"path": "payload.ido_form", "msg": "unknown ido_form 'lopend' in catalogue 1"},
        ],
    )
    unknown = check_setup(valid(catalogue_version=99), valid()["location_id"], CATALOGUES)
    assert unknown == (
        None,
        [{"path": "payload.catalogue_version", "msg": "unknown catalogue version 99"}],
    )


def test_the_kind_and_the_desks_bounds_are_the_contracts() -> None:
    assert LOCATION_KINDS == (LOCATION_SETUP,) and LOCATION_SETUP in KINDS
    assert desk.HOURS_KINDS == contract.HOURS_KINDS
    assert desk.STAFF_KINDS == contract.STAFF_KINDS
    assert (desk.MAX_HOURS, desk.MAX_STAFF_HOURS) == (contract.MAX_HOURS, contract.MAX_STAFF_HOURS)


def test_the_server_takes_the_kind() -> None:
    from sync.central.locations import SetupHandler
    from sync.central.pipeline.registry import REGISTRY

    assert REGISTRY.handler_for(LOCATION_SETUP) is SetupHandler
