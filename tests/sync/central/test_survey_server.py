"""Survey responses on the server: stored once, with the date only, and checked to full shape.

On SQLite and PostgreSQL (the ``central`` fixture runs each test on both).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.ids import new_id
from kiosk.protocol.kinds import SURVEY_ANSWERED
from kiosk.survey.definition import SurveyError, load_surveys
from sync.central.surveys import install_survey_file
from tests.sync.central.conftest import Central, Desk

SURVEY = load_surveys(None).newest()
DAY = "2026-11-28"  # the server clock's date in these tests


def survey_payload(**changes: Any) -> dict[str, Any]:
    """A response as ``kiosk.survey.service`` writes it: every question, some skipped."""
    answers: dict[str, str | None] = {q.code: None for q in SURVEY.questions}
    answers.update(helped="yes", found_via="library", age_band="75_plus")
    payload: dict[str, Any] = {
        "response_id": new_id(),
        "survey_version": SURVEY.version,
        "language": "uk",
        "day": DAY,
        "answers": answers,
    }
    payload.update(changes)
    return payload


def survey_op(desk: Desk, payload: dict[str, Any], **changes: Any) -> dict[str, Any]:
    day = payload.get("day", DAY)
    try:
        at = f"{date.fromisoformat(day).isoformat()}T00:00:00.000Z"
    except ValueError:  # a malformed day: the envelope names the test's day
        at = f"{DAY}T00:00:00.000Z"
    changes.setdefault("occurred_at_device", at)
    return desk.op(SURVEY_ANSWERED, payload, None, **changes)


def test_a_response_is_stored_with_its_date_and_answered_questions(
    central: Central, desk: Desk
) -> None:
    payload = survey_payload()
    body = desk.send([desk.visit(), survey_op(desk, payload)])
    assert [r["status"] for r in body["results"]] == ["accepted", "accepted"]

    [response] = central.table("survey_response")
    assert (response.branch_id, response.survey_version, response.language) == ("b1", 1, "uk")
    assert response.day == date(2026, 11, 28)
    # No time of any kind, and no id that links the row to its op or to the desk's record.
    assert set(response._fields) == {"id", "branch_id", "survey_version", "language", "day"}
    [applied] = central.rows(
        "SELECT op_id, entity_id FROM applied_op WHERE kind = 'survey.answered'"
    )
    assert response.id not in (payload["response_id"], applied.op_id)
    assert applied.entity_id is None
    answers = {(a.question, a.choice) for a in central.table("survey_answer")}
    assert answers == {("helped", "yes"), ("found_via", "library"), ("age_band", "75_plus")}


def test_a_replay_and_a_duplicate_store_the_response_once(central: Central, desk: Desk) -> None:
    op = survey_op(desk, survey_payload())
    batch = desk.batch([op])
    first = desk.post(batch).json()
    assert desk.post(batch).json() == first  # the same batch: its stored answer
    again = desk.send([op])  # the op in a new batch: a duplicate
    assert again["results"][0]["status"] == "duplicate"
    assert central.count("survey_response") == 1
    assert central.count("survey_answer") == 3


def _without_question(payload: dict[str, Any]) -> None:
    del payload["answers"]["recommend"]


BAD: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "an unknown choice": (lambda p: p["answers"].update(helped="maybe"), "payload.answers.helped"),
    "an unknown question": (lambda p: p["answers"].update(mood="good"), "payload.answers"),
    "a question left out": (_without_question, "payload.answers"),
    "nothing answered": (
        lambda p: p.update(answers={q.code: None for q in SURVEY.questions}),
        "payload.answers",
    ),
    "an unknown version": (lambda p: p.update(survey_version=99), "payload.survey_version"),
    "an unknown language": (lambda p: p.update(language="de"), "payload.language"),
    "an extra member": (lambda p: p.update(visit_id=new_id()), "payload.visit_id"),
    "a time in the date": (lambda p: p.update(day="2026-11-28T10:15"), "payload.day"),
    "a date in the future": (lambda p: p.update(day="2026-12-05"), "payload.day"),
    "a date before the survey": (lambda p: p.update(day="2025-12-31"), "payload.day"),
    "a number as answer": (lambda p: p["answers"].update(helped=1), "payload.answers.helped"),
}


def test_an_op_that_names_its_response_is_rejected(central: Central, desk: Desk) -> None:
    payload = survey_payload()
    op = desk.op(SURVEY_ANSWERED, payload, payload["response_id"])
    op["occurred_at_device"] = f"{DAY}T00:00:00.000Z"
    [outcome] = desk.send([op])["results"]
    assert outcome["status"] == "rejected"
    assert {e["path"] for e in outcome["errors"]} == {"entity_id"}


@pytest.mark.parametrize("case", BAD.values(), ids=list(BAD))
def test_a_malformed_response_is_rejected_with_its_path(
    central: Central, desk: Desk, case: tuple[Callable[[dict[str, Any]], None], str]
) -> None:
    change, path = case
    payload = survey_payload()
    change(payload)
    body = desk.send([survey_op(desk, payload)])
    [outcome] = body["results"]
    assert (outcome["status"], outcome["code"]) == ("rejected", "validation_failed")
    assert path in {e["path"] for e in outcome["errors"]}, outcome["errors"]
    assert central.count("survey_response") == 0


def test_a_time_of_day_in_the_envelope_is_rejected(central: Central, desk: Desk) -> None:
    payload = survey_payload()
    body = desk.send([survey_op(desk, payload, occurred_at_device=f"{DAY}T14:05:00.000Z")])
    [outcome] = body["results"]
    assert outcome["status"] == "rejected"
    assert {e["path"] for e in outcome["errors"]} == {"occurred_at_device"}
    assert central.count("survey_response") == 0


def test_the_survey_is_on_the_feed_for_every_branch(central: Central, desk: Desk) -> None:
    page = desk.client.get("/v1/changes", headers=desk.headers).json()
    surveys = {c["id"]: c for c in page["changes"] if c["type"] == "survey"}
    assert str(SURVEY.version) in surveys
    assert surveys[str(SURVEY.version)]["data"]["questions"][0]["code"] == "helped"


def test_a_new_version_is_installed_checked_and_never_replaced(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).parents[3] / "resources/survey/survey-1.json").read_text())
    data["version"] = 2
    source = tmp_path / "new.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    data_dir = tmp_path / "central"
    assert install_survey_file(source, data_dir) == 2
    assert (data_dir / "survey" / "survey-2.json").is_file()
    with pytest.raises(SurveyError):
        install_survey_file(source, data_dir)  # version 2 exists now
    del data["texts"]["privacy"]
    data["version"] = 3
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SurveyError):
        install_survey_file(source, data_dir)
    assert not (data_dir / "survey" / "survey-3.json").exists()


def test_the_cli_installs_a_checked_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sync.central.cli import main

    data = json.loads((Path(__file__).parents[3] / "resources/survey/survey-1.json").read_text())
    data["version"] = 7
    source = tmp_path / "survey-7.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    folder = tmp_path / "data"
    assert main(["survey-publish", str(source), "--data-dir", str(folder)]) == 0
    assert "7" in capsys.readouterr().out
    assert (folder / "survey" / "survey-7.json").is_file()
    source.write_text("{}", encoding="utf-8")
    assert main(["survey-publish", str(source), "--data-dir", str(folder)]) == 1
    assert "format" in capsys.readouterr().err
