"""The view "Bezoekers aan het woord": the visitors' answers counted, by place and year.

Responses arrive through the batch endpoint as desks send them (two branches in two
municipalities and provinces); the view counts each question's answers and the skipped ones,
the filter's year and places pick the responses, and the public view hides small counts and
what would give them away. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.ids import new_id
from kiosk.protocol.kinds import SURVEY_ANSWERED
from kiosk.survey.definition import load_surveys
from sync.central import branches, organisations
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.figures import params
from sync.central.figures.views import View, build_view
from sync.central.surveys import installed
from tests.sync.central.conftest import Central, Desk

SURVEY = load_surveys(None).newest()
NATIONAL = Viewer(role=Role.NATIONAL)
TODAY = date(2027, 12, 1)  # the server clock's date in world()


def answer(desk: Desk, day: str, **given: str) -> dict[str, Any]:
    response_id = new_id()
    payload: dict[str, Any] = {
        "response_id": response_id,
        "survey_version": SURVEY.version,
        "language": "nl",
        "day": day,
        "answers": {q.code: given.get(q.code) for q in SURVEY.questions},
    }
    return desk.op(
        SURVEY_ANSWERED,
        payload,
        None,
        occurred_at_device=f"{day}T00:00:00.000Z",
    )


def world(central: Central) -> None:
    """b1 in Tilburg (Noord-Brabant), b2 in Amsterdam (Noord-Holland), answers in 2026-2027."""
    central.clock.advance(days=368)  # 2027-12-01
    central.add_branch("b1")
    now = central.clock.now()
    with central.db.write() as conn:
        organisations.add_organisation(conn, "oba", "OBA", now)
        values = {
            "id": "b2",
            "name": "Vestiging b2",
            "organisation": "oba",
            "municipality": "GM0363",
        }
        branches.add_branch(conn, values, now)
    tilburg, amsterdam = central.enroll("b1"), central.enroll("b2")
    ops = [answer(tilburg, "2026-06-02", helped="yes") for _ in range(3)]
    ops += [answer(tilburg, "2027-03-10", helped="yes", found_via="library") for _ in range(9)]
    ops += [answer(tilburg, "2027-04-01", helped="partly") for _ in range(2)]
    ops += [answer(tilburg, "2027-05-05", found_via="website")]  # helped skipped
    results = tilburg.send(ops)["results"]
    assert {r["status"] for r in results} == {"accepted"}, [r["errors"] for r in results]
    ops = [answer(amsterdam, "2027-02-14", helped="yes", found_via="library") for _ in range(4)]
    ops += [answer(amsterdam, "2027-11-28", helped="no") for _ in range(2)]
    assert {r["status"] for r in amsterdam.send(ops)["results"]} == {"accepted"}


def view(central: Central, viewer: Viewer, **query: str) -> View:
    visibility = Visibility.of(viewer, 5, day=TODAY)
    catalogues = central.central.catalogues.catalogues
    with central.db.read() as conn:
        f = params.parse({k: [v] for k, v in query.items()}, visibility, conn, catalogues)
        return build_view(conn, "bezoekers", f, visibility, catalogues)


def rows(found: View, table_id: str) -> dict[str, Any]:
    (table,) = [t for t in found.tables if t.id == table_id]
    return {str(row[0]): row[1] for row in table.rows}


def test_each_question_counts_its_answers_and_the_skipped(central: Central) -> None:
    world(central)
    found = view(central, NATIONAL, jaar="2027")
    assert found.title == "Bezoekers aan het woord"
    assert [t.title for t in found.tables][1:] == [q.text["nl"] for q in SURVEY.questions]
    assert rows(found, "reacties") == {"2027": 18}
    assert rows(found, "vraag-helped") == {
        "Ja": 13,
        "Gedeeltelijk": 2,
        "Nee": 2,
        "Niet beantwoord": 1,
    }
    found_via = rows(found, "vraag-found_via")
    assert (found_via["Via de bibliotheek"], found_via["Via internet"]) == (13, 1)
    assert found_via["Niet beantwoord"] == 4
    assert set(rows(found, "vraag-age_band").values()) == {0, 18}  # nobody gave an age

    every_year = view(central, NATIONAL)
    assert rows(every_year, "reacties") == {"2026": 3, "2027": 18}


def test_places_pick_the_responses_of_their_branches(central: Central) -> None:
    world(central)
    amsterdam = view(central, NATIONAL, jaar="2027", gemeente="GM0363")
    assert rows(amsterdam, "vraag-helped") == {
        "Ja": 4,
        "Gedeeltelijk": 0,
        "Nee": 2,
        "Niet beantwoord": 0,
    }
    brabant = view(central, NATIONAL, jaar="2027", provincie="PV30")
    assert rows(brabant, "reacties") == {"2027": 12}


def test_the_public_view_hides_small_counts_and_what_gives_them_away(central: Central) -> None:
    world(central)
    public = view(central, PUBLIC, jaar="2027")
    helped = rows(public, "vraag-helped")
    assert helped["Ja"] == 13
    assert helped["Gedeeltelijk"] is None and helped["Nee"] is None
    assert helped["Niet beantwoord"] is None
    (table,) = [t for t in public.tables if t.id == "vraag-helped"]
    assert "2" not in table.summary  # the summary tells no hidden number
    years = rows(view(central, PUBLIC), "reacties")
    assert years == {"2026": None, "2027": None}  # 3 is small, and 18 would give it away


def test_the_view_names_the_survey_as_the_central_has_it() -> None:
    assert installed().surveys.newest().version == SURVEY.version
