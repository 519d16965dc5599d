"""Generation (docs/belastinghulp.md §2): templates cut into slots, holidays and closures
skipped, wall-clock times across the daylight-saving change, regeneration never changes
what exists."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st
from planning_helpers import World, last_seq, ops_since, person, query

from kiosk.app import Kiosk
from kiosk.planning.generation import cut, plan, public_holidays
from kiosk.planning.ids import slot_id
from kiosk.planning.records import Closure, TemplateInput
from kiosk.planning.service import PlanningService

TUESDAY, THURSDAY, SATURDAY, SUNDAY = 2, 4, 6, 7


def nl(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("NL", years=year, language="nl").items())


def test_the_package_gives_the_holiday_dates_we_rely_on() -> None:
    h2027, h2025 = nl(2027), nl(2025)
    assert h2027[date(2027, 4, 27)] == "Koningsdag"  # a Tuesday
    assert date(2027, 4, 27).isoweekday() == TUESDAY
    assert h2025[date(2025, 4, 26)] == "Koningsdag"  # the 27th is a Sunday
    assert date(2025, 4, 27) not in h2025
    assert h2027[date(2027, 3, 28)] == "Eerste paasdag"
    assert h2027[date(2027, 3, 29)] == "Tweede paasdag"
    assert h2027[date(2027, 5, 6)] == "Hemelvaartsdag"
    assert h2027[date(2027, 5, 16)] == "Eerste pinksterdag"
    assert h2027[date(2027, 5, 17)] == "Tweede pinksterdag"


def test_public_holidays_leave_out_good_friday() -> None:
    found = public_holidays(date(2027, 3, 1), date(2027, 6, 1))
    assert date(2027, 3, 26) in nl(2027)  # the package lists Goede vrijdag ...
    assert date(2027, 3, 26) not in found  # ... but libraries are open then
    assert found[date(2027, 4, 27)] == "Koningsdag"


def test_every_weekday_of_the_season_gets_slots_except_holidays(
    planning: PlanningService,
) -> None:
    season = planning.save_season("2027", date(2027, 3, 1), date(2027, 5, 31))
    helper = planning.save_helper("Anja", None, ("aangifte",))
    for weekday in range(1, 8):
        planning.save_template(season.id, TemplateInput(helper.id, weekday, time(10), time(11), 60))

    preview = planning.preview(season.id)

    days = {p.day for p in preview.new}
    skipped = {s.day: s.reason for s in preview.skipped}
    assert skipped == {
        date(2027, 3, 28): "Eerste paasdag",
        date(2027, 3, 29): "Tweede paasdag",
        date(2027, 4, 27): "Koningsdag",
        date(2027, 5, 6): "Hemelvaartsdag",
        date(2027, 5, 16): "Eerste pinksterdag",
        date(2027, 5, 17): "Tweede pinksterdag",
    }
    assert days.isdisjoint(skipped)
    assert date(2027, 3, 26) in days  # Goede vrijdag: open
    assert date(2027, 5, 5) in days  # Bevrijdingsdag is not listed for 2027
    assert len(days) == (date(2027, 5, 31) - date(2027, 3, 1)).days + 1 - len(skipped)


def test_koningsdag_2025_is_the_saturday_when_the_27th_is_a_sunday(
    planning: PlanningService,
) -> None:
    season = planning.save_season("2025", date(2025, 4, 20), date(2025, 5, 10))
    helper = planning.save_helper("Anja", None, ())
    planning.save_template(season.id, TemplateInput(helper.id, SATURDAY, time(10), time(11), 60))
    planning.save_template(season.id, TemplateInput(helper.id, SUNDAY, time(10), time(11), 60))

    preview = planning.preview(season.id)

    # Only Saturdays and Sundays have hours: Paasmaandag and Bevrijdingsdag 2025 are Mondays.
    assert {s.day: s.reason for s in preview.skipped} == {
        date(2025, 4, 20): "Eerste paasdag",
        date(2025, 4, 26): "Koningsdag",
    }
    assert date(2025, 4, 27) in {p.day for p in preview.new}  # Sunday the 27th: no holiday


def test_slots_stay_at_ten_oclock_across_the_daylight_saving_change(
    planning: PlanningService, kiosk_app: Kiosk
) -> None:
    season = planning.save_season("DST", date(2027, 3, 22), date(2027, 4, 4))
    helper = planning.save_helper("Anja", None, ())
    for weekday in (5, 6, 7):  # Friday 26, Saturday 27, Sunday 28 March (change at 02:00)
        planning.save_template(season.id, TemplateInput(helper.id, weekday, time(10), time(11), 30))
    planning.generate(season.id)

    grid = planning.grid(season.id)

    by_day: dict[date, list[time]] = {}
    for slot in grid.cells.values():
        by_day.setdefault(slot.day, []).append(slot.starts)
    assert by_day[date(2027, 3, 27)] == [time(10), time(10, 30)]
    assert date(2027, 3, 28) not in by_day  # Eerste paasdag 2027
    assert by_day[date(2027, 4, 3)] == [time(10), time(10, 30)]
    stored = query(kiosk_app, "SELECT DISTINCT starts FROM plan_slot ORDER BY starts")
    assert [r["starts"] for r in stored] == ["10:00", "10:30"]


def test_closures_are_skipped_with_their_reason(planning: PlanningService, world: World) -> None:
    planning.add_closure(world.season.id, date(2027, 3, 9), "Verbouwing")

    preview = planning.preview(world.season.id)

    assert date(2027, 3, 9) not in {p.day for p in preview.new}
    assert any(s.day == date(2027, 3, 9) and s.reason == "Verbouwing" for s in preview.skipped)


def test_template_cut_drops_a_short_last_piece_and_respects_validity(
    planning: PlanningService,
) -> None:
    season = planning.save_season("2027", date(2027, 3, 1), date(2027, 3, 31))
    helper = planning.save_helper("Anja", None, ())
    planning.save_template(
        season.id,
        TemplateInput(
            helper.id,
            TUESDAY,
            time(10),
            time(11, 40),
            45,
            valid_from=date(2027, 3, 9),
            valid_to=date(2027, 3, 16),
        ),
    )

    preview = planning.preview(season.id)

    assert [(p.day, p.starts, p.ends) for p in preview.new] == [
        (date(2027, 3, 9), time(10), time(10, 45)),
        (date(2027, 3, 9), time(10, 45), time(11, 30)),
        (date(2027, 3, 16), time(10), time(10, 45)),
        (date(2027, 3, 16), time(10, 45), time(11, 30)),
    ]


def test_preview_equals_generate_and_generate_writes_one_op_per_slot(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    preview = planning.preview(world.season.id)
    seq = last_seq(kiosk_app)

    created = planning.generate(world.season.id)

    assert created == len(preview.new) > 0
    grid = planning.grid(world.season.id)
    assert {s.id for s in grid.cells.values()} == {p.slot_id for p in preview.new}
    ops = ops_since(kiosk_app, seq)
    assert [o["kind"] for o in ops] == ["slot.create"] * created
    first = preview.new[0]
    assert ops[0]["entity_id"] == first.slot_id
    assert ops[0]["base_version"] == 0
    assert ops[0]["payload"] == {
        "slot_id": first.slot_id,
        "season_id": world.season.id,
        "helper_id": first.helper_id,
        "day": first.day.isoformat(),
        "starts": first.starts.strftime("%H:%M"),
        "ends": first.ends.strftime("%H:%M"),
        "capacity": first.capacity,
        "template_id": first.template_id,
    }
    assert first.slot_id == slot_id(world.season.id, first.helper_id, first.day, first.starts)


def test_regenerating_never_touches_existing_slots(
    planning: PlanningService, world: World, kiosk_app: Kiosk
) -> None:
    planning.generate(world.season.id)
    slot = planning.grid(world.season.id).cells[(0, 0)]
    planning.book(slot.id, person())
    planning.update_slot(slot.id, capacity=3)
    before = query(kiosk_app, "SELECT * FROM plan_slot ORDER BY id")
    [template] = [t for t in planning.templates(world.season.id) if t.helper_id == world.anja.id]
    # The template changes: shorter slots, other capacity.
    planning.save_template(
        world.season.id,
        TemplateInput(world.anja.id, TUESDAY, time(10), time(12), 20, capacity=2),
        id=template.id,
    )
    seq = last_seq(kiosk_app)

    again = planning.preview(world.season.id)
    created = planning.generate(world.season.id)

    assert created == len(again.new)
    after = {r["id"]: r for r in query(kiosk_app, "SELECT * FROM plan_slot")}
    for row in before:
        assert after[row["id"]] == row  # unchanged, booked or not
    assert len(ops_since(kiosk_app, seq)) == created
    assert planning.generate(world.season.id) == 0
    assert planning.preview(world.season.id).new == ()


def test_a_deleted_template_or_inactive_helper_makes_no_slots(
    planning: PlanningService, world: World
) -> None:
    [template] = [t for t in planning.templates(world.season.id) if t.helper_id == world.anja.id]
    planning.delete_template(template.id)
    planning.save_helper(
        "Kees Bakker", world.humanitas.id, ("kwijtschelding",), active=False, id=world.kees.id
    )

    assert planning.preview(world.season.id).new == ()


# -- invariants of the pure planner -------------------------------------------------------

templates_strategy = st.lists(
    st.tuples(
        st.integers(1, 7),  # weekday
        st.integers(7 * 4, 20 * 4),  # start in quarter hours
        st.integers(1, 16),  # length in quarter hours
        st.sampled_from([15, 20, 30, 45, 60]),
        st.integers(0, 2),  # helper
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(
    spec=templates_strategy,
    start=st.dates(date(2024, 1, 1), date(2030, 12, 1)),
    length=st.integers(0, 60),
    closed=st.sets(st.integers(0, 60), max_size=5),
)
def test_plan_invariants(
    spec: list[tuple[int, int, int, int, int]], start: date, length: int, closed: set[int]
) -> None:
    from kiosk.planning.records import Template

    end = start + timedelta(days=length)
    templates = []
    for n, (weekday, begin, quarters, minutes, helper) in enumerate(spec):
        first = time(begin // 4, begin % 4 * 15)
        stop_q = min(begin + quarters, 23 * 4)
        last = time(stop_q // 4, stop_q % 4 * 15)
        if last <= first:
            continue
        templates.append(Template(f"t{n}", "s", f"h{helper}", weekday, first, last, minutes))
    closures = [Closure(f"c{d}", "s", start + timedelta(days=d), "Dicht") for d in closed]
    holidays_ = public_holidays(start, end)

    result = plan("s", start, end, templates, closures, frozenset())

    ids = [p.slot_id for p in result.new]
    assert len(ids) == len(set(ids))
    off = {c.day for c in closures} | set(holidays_)
    for p in result.new:
        assert start <= p.day <= end
        assert p.day not in off
        assert p.starts < p.ends
        assert p.slot_id == slot_id("s", p.helper_id, p.day, p.starts)
    for s in result.skipped:
        assert s.day in off
    # Planning again with everything existing creates nothing and keeps the count.
    again = plan("s", start, end, templates, closures, frozenset(ids))
    assert again.new == ()
    assert again.existing == len(ids)


@given(begin=st.integers(0, 22 * 60), length=st.integers(0, 8 * 60), minutes=st.integers(5, 240))
def test_cut_pieces_are_whole_and_contiguous(begin: int, length: int, minutes: int) -> None:
    stop = min(begin + length, 23 * 60 + 59)
    pieces = cut(time(begin // 60, begin % 60), time(stop // 60, stop % 60), minutes)
    assert len(pieces) == max(0, (stop - begin) // minutes)
    for (a_start, a_end), (b_start, _) in itertools.pairwise(pieces):
        assert a_end == b_start
        assert a_start < a_end
