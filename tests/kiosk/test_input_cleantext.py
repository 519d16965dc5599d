"""Invisible characters typed or pasted at the desk never reach a visit, a void or the set-up.

A NUL, an escape, a zero-width space or a byte-order mark in a question's note, a void reason
or a location name is gone from the stored row and from the outbox payload; the visible text is
kept, and the privacy guard reads the cleaned text. (kiosk.cleantext.clean_text.)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.locations import DeskInfo, demo_location
from kiosk.visits import QuestionInput, VisitInput
from ui import words

INVISIBLES = ("\x00", "\x1b", "\u200b", "\ufeff")
NOTHING_VISIBLE = "\x00\u200b \ufeff\x1b"


def sprinkle(text: str, char: str) -> str:
    """*text* with *char* before, inside (after the first letter and every space) and after."""
    return char + text[0] + char + text[1:].replace(" ", f" {char}") + char


def rows(app: Kiosk, sql: str, *params: Any) -> list[dict[str, Any]]:
    with app.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql(sql, params)]


def payload_of(app: Kiosk, op_id: str) -> dict[str, Any]:
    [row] = rows(app, "SELECT payload FROM outbox WHERE op_id = ?", op_id)
    payload: dict[str, Any] = json.loads(row["payload"])
    return payload


@pytest.mark.parametrize("char", INVISIBLES)
def test_a_note_is_stored_and_sent_without_invisibles(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    make_visit: Callable[..., VisitInput],
    question: Callable[..., QuestionInput],
    char: str,
) -> None:
    typed = sprinkle("Formulier uitgelegd\r\nkomt volgende week terug", char)
    registration = kiosk_app.registration

    [visit_id] = registration.record(desk.desk_id, make_visit(question(note=typed))).visit_ids
    [corrected_id] = registration.correct(
        desk.desk_id, visit_id, make_visit(question(note=typed + "\t(gecorrigeerd)"))
    ).visit_ids

    expected = {
        visit_id: "Formulier uitgelegd\nkomt volgende week terug",
        corrected_id: "Formulier uitgelegd\nkomt volgende week terug (gecorrigeerd)",
    }
    for stored_id, note in expected.items():
        [row] = rows(kiosk_app, "SELECT note FROM question WHERE visit_id = ?", stored_id)
        assert row["note"] == note
        [visit] = rows(kiosk_app, "SELECT op_id FROM visit WHERE id = ?", stored_id)
        [sent] = payload_of(kiosk_app, visit["op_id"])["questions"]
        assert sent["note"] == note


def test_a_note_with_nothing_visible_is_no_note(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    make_visit: Callable[..., VisitInput],
    question: Callable[..., QuestionInput],
) -> None:
    visit = make_visit(question(note=NOTHING_VISIBLE + "\r\n\t"))

    [visit_id] = kiosk_app.registration.record(desk.desk_id, visit).visit_ids

    [row] = rows(kiosk_app, "SELECT note, visit_id FROM question WHERE visit_id = ?", visit_id)
    assert row["note"] is None
    [stored] = rows(kiosk_app, "SELECT op_id FROM visit WHERE id = ?", visit_id)
    assert payload_of(kiosk_app, stored["op_id"])["questions"][0]["note"] is None


def test_the_privacy_guard_reads_the_cleaned_note(
    kiosk_app: Kiosk,
    desk: DeskInfo,
    make_visit: Callable[..., VisitInput],
    question: Callable[..., QuestionInput],
) -> None:
    # A BSN split by a zero-width space (or a NUL) is a BSN once they are gone.
    for note in ("BSN 1112\u200b22333", "bel 06\x0012345678"):
        with pytest.raises(InputError) as refused:
            kiosk_app.registration.record(desk.desk_id, make_visit(question(note=note)))
        assert [p.field for p in refused.value.problems] == ["questions[1].note"]
    with pytest.raises(InputError) as refused:
        kiosk_app.registration.void(desk.desk_id, "x", "BSN 1112\ufeff22333")
    assert [p.field for p in refused.value.problems] == ["reason"]
    assert "BSN" in words.error_text(refused.value)
    assert rows(kiosk_app, "SELECT count(*) AS n FROM outbox") == [{"n": 0}]


@pytest.mark.parametrize("char", INVISIBLES)
def test_a_void_reason_is_stored_and_sent_without_invisibles(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: Callable[..., VisitInput], char: str
) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids

    kiosk_app.registration.void(desk.desk_id, visit_id, sprinkle("Dubbel\ningevoerd", char))

    [void] = rows(kiosk_app, "SELECT reason, op_id FROM visit_void WHERE visit_id = ?", visit_id)
    assert void["reason"] == "Dubbel ingevoerd"
    assert payload_of(kiosk_app, void["op_id"])["reason"] == "Dubbel ingevoerd"


def test_a_void_reason_with_nothing_visible_is_no_reason(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: Callable[..., VisitInput]
) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids

    kiosk_app.registration.void(desk.desk_id, visit_id, NOTHING_VISIBLE)

    [void] = rows(kiosk_app, "SELECT reason, op_id FROM visit_void WHERE visit_id = ?", visit_id)
    assert void["reason"] == ""
    assert payload_of(kiosk_app, void["op_id"])["reason"] == ""


# -- the location set-up ----------------------------------------------------------------------


@pytest.mark.parametrize("char", INVISIBLES)
def test_set_up_names_are_stored_without_invisibles(kiosk_app: Kiosk, char: str) -> None:
    answers = replace(
        demo_location(),
        organisation=sprinkle("Bibliotheek Utrecht", char),
        branch=sprinkle("Vestiging Overvecht", char),
        municipality=sprinkle("Utrecht", char),
        ido_name=sprinkle("IDO Overvecht", char),
        desk_name=sprinkle("Balie 1", char),
    )

    info = kiosk_app.locations.create(answers)

    assert (info.organisation, info.branch, info.municipality, info.ido_name, info.desk_name) == (
        "Bibliotheek Utrecht",
        "Vestiging Overvecht",
        "Utrecht",
        "IDO Overvecht",
        "Balie 1",
    )
    stored = rows(
        kiosk_app,
        "SELECT o.name AS o, b.name AS b, b.municipality AS m, l.name AS l, d.name AS d "
        "FROM desk d JOIN ido_location l ON l.id = d.location_id "
        "JOIN branch b ON b.id = l.branch_id "
        "JOIN library_organisation o ON o.id = b.organisation_id",
    )
    assert stored == [
        {
            "o": "Bibliotheek Utrecht",
            "b": "Vestiging Overvecht",
            "m": "Utrecht",
            "l": "IDO Overvecht",
            "d": "Balie 1",
        }
    ]


def test_a_set_up_name_with_nothing_visible_is_refused_like_an_empty_one(
    kiosk_app: Kiosk,
) -> None:
    with pytest.raises(InputError) as empty:
        kiosk_app.locations.create(replace(demo_location(), branch=""))
    with pytest.raises(InputError) as invisible:
        kiosk_app.locations.create(replace(demo_location(), branch=NOTHING_VISIBLE))

    assert invisible.value.problems == empty.value.problems
    assert invisible.value.problems[0].code == "location.fields_missing"
    assert words.problem_text(invisible.value.problems[0]) == "Vul alle velden in."
    assert kiosk_app.locations.current() is None
