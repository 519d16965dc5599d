"""Invisible characters pasted or imported into planning input never reach a row or an op.

A NUL, an escape, a zero-width space or a byte-order mark in a name, remark, reason or sheet
cell is gone from the stored row and from the outbox payload; the visible text is kept. A value
with nothing visible left gets the message of an empty one. (kiosk.cleantext.clean_text.)
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from planning_helpers import World, last_seq, ops_since, person, query

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.planning.availability import parse_availability, read_availability
from kiosk.planning.availability_apply import apply_availability
from kiosk.planning.records import Slot
from kiosk.planning.service import PlanningService
from kiosk.planning.sheet_cells import blank, parse_day, parse_time, parse_whole, shown
from ui import words

INVISIBLES = ("\x00", "\x1b", "\u200b", "\ufeff")
NOTHING_VISIBLE = "\x00\u200b \ufeff\x1b"


def sprinkle(text: str, char: str) -> str:
    """*text* with *char* before, inside (after the first letter and every space) and after."""
    return char + text[0] + char + text[1:].replace(" ", f" {char}") + char


def assert_clean(*values: Any) -> None:
    """No invisible character in any string of *values* (nested in dicts and lists too)."""
    for value in values:
        if isinstance(value, dict):
            assert_clean(*value.values())
        elif isinstance(value, list):
            assert_clean(*value)
        elif isinstance(value, str):
            assert not any(c in value for c in INVISIBLES), repr(value)


def messages(error: pytest.ExceptionInfo[InputError]) -> dict[str, str]:
    return {p.field: words.problem_text(p) for p in error.value.problems}


@pytest.fixture
def slots(planning: PlanningService, world: World) -> list[Slot]:
    """Anja's slots of Tuesday 2 March 2027 (one place each), by time."""
    planning.generate(world.season.id)
    cells = planning.grid(world.season.id).cells.values()
    return sorted((s for s in cells if s.day == date(2027, 3, 2)), key=lambda s: s.starts)


# -- seasons, partners, helpers, closures ------------------------------------------------------


@pytest.mark.parametrize("char", INVISIBLES)
def test_reference_names_are_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, char: str
) -> None:
    seq = last_seq(kiosk_app)

    season = planning.save_season(
        sprinkle("Belastinghulp 2027", char), date(2027, 3, 1), date(2027, 5, 1)
    )
    partner = planning.save_partner(sprinkle("FNV Belastingservice", char))
    helper = planning.save_helper(sprinkle("Anja de Vries", char), partner.id, (f"aangifte{char}",))
    renamed = planning.save_partner(sprinkle("Humanitas Utrecht", char), id=partner.id)

    assert (season.name, partner.name, helper.name, renamed.name) == (
        "Belastinghulp 2027",
        "FNV Belastingservice",
        "Anja de Vries",
        "Humanitas Utrecht",
    )
    assert helper.topics == ("aangifte",)
    rows = {
        t: query(kiosk_app, f"SELECT name FROM {t}")[0]["name"]
        for t in ("plan_season", "plan_partner", "plan_helper")
    }
    assert rows == {
        "plan_season": "Belastinghulp 2027",
        "plan_partner": "Humanitas Utrecht",
        "plan_helper": "Anja de Vries",
    }
    assert query(kiosk_app, "SELECT topics FROM plan_helper")[0]["topics"] == '["aangifte"]'
    ops = ops_since(kiosk_app, seq)
    assert [op["payload"]["data"]["name"] for op in ops] == [
        "Belastinghulp 2027",
        "FNV Belastingservice",
        "Anja de Vries",
        "Humanitas Utrecht",
    ]
    assert_clean(*(op["payload"] for op in ops))


@pytest.mark.parametrize(
    ("save", "field", "message"),
    [
        (lambda p, n: p.save_season(n, date(2027, 3, 1), date(2027, 5, 1)), "name", "naam"),
        (lambda p, n: p.save_partner(n), "name", "Vul de naam van de organisatie in."),
        (lambda p, n: p.save_helper(n, None, ()), "name", "Vul de naam van de hulp in."),
    ],
)
def test_a_name_with_nothing_visible_is_refused_like_an_empty_one(
    planning: PlanningService, kiosk_app: Kiosk, save: Any, field: str, message: str
) -> None:
    with pytest.raises(InputError) as empty:
        save(planning, "")
    with pytest.raises(InputError) as invisible:
        save(planning, NOTHING_VISIBLE)

    assert messages(invisible) == messages(empty)
    assert message in messages(invisible)[field]
    assert last_seq(kiosk_app) == 0


@pytest.mark.parametrize("char", INVISIBLES)
def test_closure_reason_is_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, world: World, char: str
) -> None:
    seq = last_seq(kiosk_app)

    closure = planning.add_closure(
        world.season.id, date(2027, 3, 9), sprinkle("Verbouwing van de zaal", char)
    )
    blank_reason = planning.add_closure(world.season.id, date(2027, 3, 10), NOTHING_VISIBLE)

    assert closure.reason == "Verbouwing van de zaal"
    assert blank_reason.reason == "Gesloten"  # as for an empty reason
    assert [
        r["reason"] for r in query(kiosk_app, "SELECT reason FROM plan_closure ORDER BY day")
    ] == ["Verbouwing van de zaal", "Gesloten"]
    ops = ops_since(kiosk_app, seq)
    assert [op["payload"]["data"]["reason"] for op in ops] == [
        "Verbouwing van de zaal",
        "Gesloten",
    ]


# -- bookings and the waiting list -------------------------------------------------------------


@pytest.mark.parametrize("char", INVISIBLES)
def test_booking_input_is_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], char: str
) -> None:
    planning.book(slots[0].id, person())  # the slot is full: the next one needs a reason
    seq = last_seq(kiosk_app)

    booking = planning.book(
        slots[0].id,
        person(
            name=sprinkle("Fatima el Amrani", char),
            phone=f"06{char}12345678{char}",
            email=f"{char}fatima{char}@example.nl",
            purpose=(f"{char}aangifte",),
            checklist=(f"jaaropgaven{char}",),
            remark=sprinkle("Komt met haar dochter\r\nbelt vooraf", char),
            overbook_reason=sprinkle("Afgesproken met Anja", char),
        ),
    )

    expected = {
        "name": "Fatima el Amrani",
        "phone": "0612345678",
        "email": "fatima@example.nl",
        "remark": "Komt met haar dochter\nbelt vooraf",
        "overbook_reason": "Afgesproken met Anja",
    }
    [row] = query(
        kiosk_app,
        "SELECT name, phone, email, remark, overbook_reason, purpose, checklist "
        "FROM plan_booking WHERE id = ?",
        booking.id,
    )
    assert {k: row[k] for k in expected} == expected
    assert (row["purpose"], row["checklist"]) == ('["aangifte"]', '["jaaropgaven"]')
    [op] = ops_since(kiosk_app, seq)
    assert op["kind"] == "booking.create"
    assert {k: op["payload"][k] for k in expected} == expected
    assert (op["payload"]["purpose"], op["payload"]["checklist"]) == (["aangifte"], ["jaaropgaven"])
    assert_clean(op["payload"])


@pytest.mark.parametrize("char", INVISIBLES)
def test_booking_update_is_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], char: str
) -> None:
    booking = planning.book(slots[0].id, person())
    seq = last_seq(kiosk_app)

    updated = planning.update_booking(
        booking.id,
        name=sprinkle("Jan  Jansen", char),  # the same name once tidied: not sent
        remark=sprinkle("Neemt de brief mee", char),
    )

    assert (updated.name, updated.remark) == ("Jan Jansen", "Neemt de brief mee")
    [row] = query(kiosk_app, "SELECT name, remark FROM plan_booking WHERE id = ?", booking.id)
    assert row == {"name": "Jan Jansen", "remark": "Neemt de brief mee"}
    [op] = ops_since(kiosk_app, seq)
    assert op["payload"]["fields"] == {"remark": "Neemt de brief mee"}


def test_booking_text_with_nothing_visible_is_refused_like_an_empty_one(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    planning.book(slots[0].id, person())
    seq = last_seq(kiosk_app)
    empty = person(name="", phone="", overbook_reason="")
    invisible = person(name=NOTHING_VISIBLE, phone=NOTHING_VISIBLE, overbook_reason=NOTHING_VISIBLE)

    with pytest.raises(InputError) as refused_empty:
        planning.book(slots[0].id, empty)
    with pytest.raises(InputError) as refused_invisible:
        planning.book(slots[0].id, invisible)

    assert messages(refused_invisible) == messages(refused_empty)
    assert set(messages(refused_invisible)) == {"name", "phone", "overbook_reason"}
    assert planning.book(slots[1].id, person(remark=NOTHING_VISIBLE)).remark is None
    assert ops_since(kiosk_app, seq)[0]["payload"]["remark"] is None


def test_privacy_and_code_checks_read_the_cleaned_remark(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    seq = last_seq(kiosk_app)
    # A BSN or a machtigingscode split by zero-width spaces is still one once they are gone.
    for remark in ("BSN 1112\u200b22333", "machtigingscode\x00 AB12\u200bCD34"):
        with pytest.raises(InputError) as refused:
            planning.book(slots[0].id, person(remark=remark))
        assert "remark" in messages(refused)
    assert ops_since(kiosk_app, seq) == []


@pytest.mark.parametrize("char", INVISIBLES)
def test_waiting_entry_is_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, world: World, char: str
) -> None:
    seq = last_seq(kiosk_app)

    entry = planning.add_waiting(
        world.season.id,
        person(
            name=sprinkle("Piet Pietersen", char),
            phone=f"{char}06 12345678",
            email=f"piet@example.nl{char}",
            remark=sprinkle("Alleen 's ochtends", char),
        ),
    )

    expected = {
        "name": "Piet Pietersen",
        "phone": "06 12345678",
        "email": "piet@example.nl",
        "remark": "Alleen 's ochtends",
    }
    assert {k: getattr(entry, k) for k in expected} == expected
    [row] = query(kiosk_app, "SELECT name, phone, email, remark FROM plan_waiting")
    assert row == expected
    [op] = ops_since(kiosk_app, seq)
    assert {k: op["payload"]["data"][k] for k in expected} == expected
    assert_clean(op["payload"])


# -- cancel, move, resolve -----------------------------------------------------------------------


def set_desk_name(app: Kiosk, name: str) -> None:
    with app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE desk SET name = ?", (name,))


@pytest.mark.parametrize("char", INVISIBLES)
def test_cancel_reason_and_by_are_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], char: str
) -> None:
    booking = planning.book(slots[0].id, person())
    set_desk_name(kiosk_app, sprinkle("Balie 1", char))  # e.g. from before desks were tidied
    seq = last_seq(kiosk_app)

    cancelled = planning.cancel(booking.id, sprinkle("Belde af\nwordt beter", char))

    assert cancelled.cancelled_by == "Balie 1"
    [row] = query(
        kiosk_app, "SELECT cancelled_by, cancel_reason FROM plan_booking WHERE id = ?", booking.id
    )
    assert row == {"cancelled_by": "Balie 1", "cancel_reason": "Belde af wordt beter"}
    [op] = ops_since(kiosk_app, seq)
    assert op["payload"] == {
        "booking_id": booking.id,
        "by": "Balie 1",
        "reason": "Belde af wordt beter",
    }


def test_a_desk_name_with_nothing_visible_cancels_as_this_desk(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot]
) -> None:
    booking = planning.book(slots[0].id, person())
    set_desk_name(kiosk_app, NOTHING_VISIBLE)
    seq = last_seq(kiosk_app)

    assert planning.cancel(booking.id, NOTHING_VISIBLE).cancelled_by == "Deze balie"
    [op] = ops_since(kiosk_app, seq)
    assert op["payload"]["by"] == "Deze balie" and op["payload"]["reason"] == ""


@pytest.mark.parametrize("char", INVISIBLES)
def test_move_and_resolve_reasons_are_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, slots: list[Slot], char: str
) -> None:
    first = planning.book(slots[0].id, person())
    second = planning.book(slots[1].id, person(name="Piet"))
    seq = last_seq(kiosk_app)

    with pytest.raises(InputError):  # a reason with nothing visible is no reason
        planning.move(first.id, slots[1].id, overbook_reason=NOTHING_VISIBLE)
    moved = planning.move(first.id, slots[1].id, overbook_reason=sprinkle("Met Anja", char))
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE plan_booking SET sync = 'conflict', conflict_code = 'slot_full', version = 1 "
            "WHERE id = ?",
            (second.id,),
        )
    resolved = planning.resolve(second.id, "overbook", reason=sprinkle("Komt van ver", char))

    assert (moved.overbook_reason, resolved.overbook_reason) == ("Met Anja", "Komt van ver")
    rows = query(kiosk_app, "SELECT id, overbook_reason FROM plan_booking ORDER BY created_at, id")
    assert {r["id"]: r["overbook_reason"] for r in rows} == {
        first.id: "Met Anja",
        second.id: "Komt van ver",
    }
    move_op, resolve_op = ops_since(kiosk_app, seq)
    assert move_op["payload"]["overbook_reason"] == "Met Anja"
    assert resolve_op["payload"]["reason"] == "Komt van ver"


# -- the availability import ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "kept"),
    [
        ("\ufeff9:30\u200b", "9:30"),
        ("\x00dinsdag", "dinsdag"),
        ("30\x1b min", "30 min"),
        (NOTHING_VISIBLE, ""),
    ],
)
def test_sheet_cells_are_read_without_invisibles(cell: str, kept: str) -> None:
    assert shown(cell) == kept
    assert blank(cell) is (kept == "")
    assert parse_time(cell) == parse_time(kept)
    assert parse_day(cell) == parse_day(kept)
    assert parse_whole(cell) == parse_whole(kept)


def test_a_helper_cell_with_nothing_visible_is_empty() -> None:
    sheet = parse_availability(
        [["helper", "dag", "van", "tot", "duur"], [NOTHING_VISIBLE, "di", "9:00", "12:00", "30"]]
    )

    assert sheet.rows == ()
    assert [words.text(e.message) for e in sheet.errors] == ["Rij 2: 'helper' is leeg."]


@pytest.mark.parametrize("char", INVISIBLES)
def test_imported_names_are_stored_and_sent_without_invisibles(
    planning: PlanningService, kiosk_app: Kiosk, world: World, tmp_path: Path, char: str
) -> None:
    # Anja (FNV) exists: a name with invisible characters still matches her; Bram is new.
    path = tmp_path / "beschikbaarheid.csv"
    path.write_text(
        "helper;organisatie;dag;van;tot;duur\n"
        f"{sprinkle('Anja de Vries', char)};FNV Belastingservice{char};{char}woensdag;"
        f"9:00{char};12:00;30\n"
        f"{sprinkle('Bram Smit', char)};{sprinkle('Ouderenbond Noord', char)};vrijdag;"
        f"{char}13:00;15:00;60{char}\n",
        encoding="utf-8",
    )
    sheet = read_availability(path)
    assert sheet.errors == ()
    seq = last_seq(kiosk_app)

    result = apply_availability(planning, world.season.id, sheet)

    assert (result.templates, result.helpers, result.partners) == (2, 1, 1)
    names = {r["name"] for r in query(kiosk_app, "SELECT name FROM plan_helper")}
    assert names == {"Anja de Vries", "Kees Bakker", "Bram Smit"}
    partners = {r["name"] for r in query(kiosk_app, "SELECT name FROM plan_partner")}
    assert partners == {"FNV Belastingservice", "Humanitas", "Ouderenbond Noord"}
    ops = ops_since(kiosk_app, seq)
    assert [op["payload"]["record"] for op in ops] == ["template", "partner", "helper", "template"]
    assert ops[1]["payload"]["data"]["name"] == "Ouderenbond Noord"
    assert ops[2]["payload"]["data"]["name"] == "Bram Smit"
    starts = {(t.weekday, t.starts) for t in planning.templates(world.season.id)}
    assert {(3, time(9)), (5, time(13))} <= starts
    assert_clean(*(op["payload"] for op in ops))
