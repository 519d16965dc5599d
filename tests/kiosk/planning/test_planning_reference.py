"""Seasons, partners, helpers, templates and closures (§7): validation and their
``plan.upsert`` ops; the grid and the day list."""

from __future__ import annotations

import time as timer
from datetime import date, time

import pytest
from planning_helpers import World, last_seq, ops_since, person

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.planning import grid as grid_reads
from kiosk.planning.records import TemplateInput
from kiosk.planning.service import PlanningService


def test_each_reference_change_writes_one_upsert(
    planning: PlanningService, kiosk_app: Kiosk
) -> None:
    seq = last_seq(kiosk_app)
    season = planning.save_season(" Belastinghulp  2027 ", date(2027, 3, 1), date(2027, 5, 1))
    partner = planning.save_partner("FNV")
    helper = planning.save_helper("Anja", partner.id, ["aangifte", "aangifte", "digid"])
    template = planning.save_template(
        season.id, TemplateInput(helper.id, 2, time(10), time(12), 30, capacity=2)
    )
    closure = planning.add_closure(season.id, date(2027, 3, 9), "Verbouwing")
    planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 15), id=season.id)
    planning.delete_template(template.id)
    planning.remove_closure(closure.id)

    ops = ops_since(kiosk_app, seq)
    assert {o["kind"] for o in ops} == {"plan.upsert"}
    assert [(o["payload"]["record"], o["payload"]["deleted"]) for o in ops] == [
        ("season", False),
        ("partner", False),
        ("helper", False),
        ("template", False),
        ("closure", False),
        ("season", False),
        ("template", True),
        ("closure", True),
    ]
    assert ops[0]["payload"] == {
        "record": "season",
        "id": season.id,
        "data": {"name": "Belastinghulp 2027", "starts_on": "2027-03-01", "ends_on": "2027-05-01"},
        "deleted": False,
    }
    assert ops[2]["payload"]["data"] == {
        "name": "Anja",
        "partner_id": partner.id,
        "topics": ["aangifte", "digid"],
        "active": True,
    }
    assert ops[3]["payload"]["data"] == {
        "season_id": season.id,
        "helper_id": helper.id,
        "weekday": 2,
        "starts": "10:00",
        "ends": "12:00",
        "slot_minutes": 30,
        "capacity": 2,
        "valid_from": None,
        "valid_to": None,
    }
    assert ops[6]["payload"]["data"]["slot_minutes"] == 30  # a delete carries the last data
    assert all(o["entity_id"] == o["payload"]["id"] for o in ops)
    assert planning.templates(season.id) == [] and planning.closures(season.id) == []
    assert planning.seasons()[0].ends_on == date(2027, 5, 15)
    assert helper.partner_name == "FNV"


@pytest.mark.parametrize(
    ("template", "field"),
    [
        (TemplateInput("H", 8, time(10), time(12), 30), "weekday"),
        (TemplateInput("H", 2, time(12), time(10), 30), "ends"),
        (TemplateInput("H", 2, time(10), time(10, 20), 30), "slot_minutes"),
        (TemplateInput("H", 2, time(10), time(12), 30, capacity=0), "capacity"),
        (TemplateInput("H", 2, time(10), time(12), 30, valid_from=date(2027, 6, 1)), "valid_from"),
    ],
)
def test_bad_templates_are_refused(
    planning: PlanningService, world: World, template: TemplateInput, field: str
) -> None:
    from dataclasses import replace

    with pytest.raises(InputError) as refused:
        planning.save_template(world.season.id, replace(template, helper_id=world.anja.id))
    assert field in {p.field for p in refused.value.problems}


def test_bad_reference_input_is_refused(planning: PlanningService, world: World) -> None:
    with pytest.raises(InputError):
        planning.save_season("", date(2027, 3, 1), date(2027, 5, 1))
    with pytest.raises(InputError):
        planning.save_season("X", date(2027, 5, 1), date(2027, 3, 1))
    with pytest.raises(InputError):
        planning.save_partner("  ")
    with pytest.raises(InputError):
        planning.save_helper("Els", "no-partner", ())
    with pytest.raises(InputError):
        planning.save_helper("Els", None, ("zwemmen",))
    with pytest.raises(InputError):
        planning.add_closure(world.season.id, date(2027, 6, 1), "Te laat")
    with pytest.raises(InputError):
        planning.save_partner("X", id="no-such-partner")


def test_inactive_helpers_are_listed_only_on_request(
    planning: PlanningService, world: World
) -> None:
    planning.save_helper("Kees Bakker", world.humanitas.id, (), active=False, id=world.kees.id)
    assert [h.name for h in planning.helpers()] == ["Anja de Vries"]
    assert [h.name for h in planning.helpers(include_inactive=True)] == [
        "Anja de Vries",
        "Kees Bakker",
    ]


def test_grid_rows_columns_and_filters(planning: PlanningService, world: World) -> None:
    planning.generate(world.season.id)

    grid = planning.grid(world.season.id)
    anja_only = planning.grid(world.season.id, partner_id=world.fnv.id)
    kees_only = planning.grid(world.season.id, helper_ids=[world.kees.id])

    assert [h.name for h in grid.helpers] == ["Anja de Vries", "Kees Bakker"]
    assert list(grid.rows) == sorted(grid.rows, key=lambda r: (r.day, r.starts))
    for (row, column), slot in grid.cells.items():
        assert (slot.day, slot.starts) == (grid.rows[row].day, grid.rows[row].starts)
        assert slot.helper_id == grid.helpers[column].id
    assert [h.id for h in anja_only.helpers] == [world.anja.id]
    assert [h.id for h in kees_only.helpers] == [world.kees.id]
    assert len(anja_only.cells) + len(kees_only.cells) == len(grid.cells)


def test_a_grid_read_again_reuses_what_did_not_change(
    planning: PlanningService, world: World
) -> None:
    planning.generate(world.season.id)
    first = planning.grid(world.season.id)
    slot = first.cells[(0, 0)]
    planning.book(slot.id, person(name="Eerste"))
    other = planning.book(first.cells[(1, 0)].id, person(name="Tweede"))
    booked = planning.grid(world.season.id)
    planning.set_status(other.id, "attended")
    again = planning.grid(world.season.id)

    with planning.db.read() as session:  # the same season built from nothing
        fresh = grid_reads.build(session, world.season, None, None)
    assert again == fresh
    assert again.cells[(2, 0)] is first.cells[(2, 0)]  # untouched: the same record
    assert again.cells[(0, 0)] is booked.cells[(0, 0)]
    assert again.cells[(0, 0)].bookings[0] is booked.cells[(0, 0)].bookings[0]
    assert again.cells[(1, 0)] is not booked.cells[(1, 0)]  # its booking changed
    assert [b.status for b in again.cells[(1, 0)].bookings] == ["attended"]
    assert again.rows[0] is first.rows[0]


def test_day_list_in_time_order_without_cancellations(
    planning: PlanningService, world: World
) -> None:
    planning.generate(world.season.id)
    tuesday = sorted(
        (s for s in planning.grid(world.season.id).cells.values() if s.day == date(2027, 3, 2)),
        key=lambda s: s.starts,
    )
    planning.book(tuesday[2].id, person(name="Later"))
    planning.book(tuesday[0].id, person(name="Eerder", checklist=("id_bewijs",)))
    gone = planning.book(tuesday[1].id, person(name="Afgemeld"))
    planning.cancel(gone.id)

    day = planning.day_list(date(2027, 3, 2))

    assert [line.name for line in day.lines] == ["Eerder", "Later"]
    assert day.lines[0].helper_name == "Anja de Vries"
    assert day.lines[0].partner_name == "FNV Belastingservice"
    assert day.lines[0].checklist == ("id_bewijs",) and day.lines[0].provisional
    assert planning.day_list(date(2027, 3, 2), helper_id=world.kees.id).lines == ()


def test_a_full_season_generates_and_reads_quickly(planning: PlanningService) -> None:
    """12 weeks x 5 days x 16 slots x 4 helpers = 3,840 slots: CPU time, generous bounds."""
    season = planning.save_season("Groot", date(2027, 6, 7), date(2027, 8, 29))
    for n in range(4):
        helper = planning.save_helper(f"Hulp {n}", None, ("aangifte",))
        for weekday in range(1, 6):
            planning.save_template(
                season.id, TemplateInput(helper.id, weekday, time(9), time(17), 30)
            )
    started = timer.process_time()
    created = planning.generate(season.id)
    generate_seconds = timer.process_time() - started
    started = timer.process_time()
    grid = planning.grid(season.id)
    grid_seconds = timer.process_time() - started

    assert created == len(grid.cells) == 3840  # no public holiday in this summer
    assert generate_seconds < 5
    assert grid_seconds < 0.5
