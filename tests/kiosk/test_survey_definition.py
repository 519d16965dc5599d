"""The visitor survey as data: the shipped file, bad files refused, a pulled newer version."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.survey.definition import (
    LANGUAGES,
    TEXT_KEYS,
    SurveyError,
    file_name,
    load_surveys,
    parse_survey,
    shipped_files,
)

SHIPPED = {json.loads(text)["version"]: json.loads(text) for _, text in shipped_files()}
NEWEST = max(SHIPPED)
PICTOGRAMS = Path(__file__).parents[2] / "resources" / "survey" / "README.md"


def shipped() -> dict[str, Any]:
    """The newest shipped survey, decoded (a fresh copy each call)."""
    return copy.deepcopy(SHIPPED[NEWEST])


def test_shipped_survey_has_the_issues_questions_in_six_languages() -> None:
    survey = load_surveys(None).newest()
    codes = [q.code for q in survey.questions]
    assert codes[:3] == ["helped", "self_next_time", "found_via"]
    assert "age_band" in codes and 5 <= len(codes) <= 7
    assert survey.codes()["found_via"] == (
        "library",
        "municipality",
        "family",
        "organisation",
        "website",
        "other",
    )
    for question in survey.questions:
        assert set(question.text) == set(LANGUAGES)
        for choice in question.choices:
            assert set(choice.label) == set(LANGUAGES)
    assert survey.text("language_name", "uk") == "Українська"
    assert survey.direction("ar") == "rtl" and survey.direction("tr") == "ltr"
    assert set(survey.texts) == set(TEXT_KEYS)


def test_every_pictogram_is_listed_in_the_readme() -> None:
    readme = PICTOGRAMS.read_text(encoding="utf-8")
    survey = load_surveys(None).newest()
    for question in survey.questions:
        for choice in question.choices:
            name = choice.pictogram
            assert f"`{name}`" in readme or name.startswith("age-"), name


def _drop_language(data: dict[str, Any]) -> None:
    del data["questions"][0]["choices"][1]["label"]["uk"]


def _repeat_choice(data: dict[str, Any]) -> None:
    data["questions"][1]["choices"][1]["code"] = data["questions"][1]["choices"][0]["code"]


def _repeat_question(data: dict[str, Any]) -> None:
    data["questions"][1]["code"] = data["questions"][0]["code"]


def _too_few_questions(data: dict[str, Any]) -> None:
    data["questions"] = data["questions"][:4]


def _too_many_questions(data: dict[str, Any]) -> None:
    data["questions"] += copy.deepcopy(data["questions"][:3])
    for n, question in enumerate(data["questions"]):
        question["code"] = f"q{n}"


def _one_choice(data: dict[str, Any]) -> None:
    data["questions"][0]["choices"] = data["questions"][0]["choices"][:1]


BAD: dict[str, Callable[[dict[str, Any]], None]] = {
    "a missing language": _drop_language,
    "an empty text": lambda d: d["questions"][2]["text"].update(ar="  "),
    "a padded text": lambda d: d["texts"]["skip"].update(pl=" Pomiń"),
    "a missing chrome text": lambda d: d["texts"].pop("privacy"),
    "a repeated choice code": _repeat_choice,
    "a repeated question code": _repeat_question,
    "four questions": _too_few_questions,
    "eight questions": _too_many_questions,
    "one choice": _one_choice,
    "a code with a capital": lambda d: d["questions"][0].update(code="Helped"),
    "a pictogram path": lambda d: d["questions"][0]["choices"][0].update(pictogram="../x.svg"),
    "a pictogram that is no svg": lambda d: d["questions"][0]["choices"][0].update(
        pictogram="face.png"
    ),
    "an unknown format": lambda d: d.update(format=2),
    "a version of zero": lambda d: d.update(version=0),
    "a version that is true": lambda d: d.update(version=True),
    "a text that is a number": lambda d: d["texts"]["back"].update(nl=3),
    "a text far too long": lambda d: d["texts"]["welcome"].update(en="x" * 301),
    "questions that are an object": lambda d: d.update(questions={}),
    "a progress without the total": lambda d: d["texts"]["progress"].update(ar="السؤال {number}"),
}


@pytest.mark.parametrize("change", BAD.values(), ids=list(BAD))
def test_a_bad_survey_is_refused(change: Callable[[dict[str, Any]], None]) -> None:
    data = shipped()
    parse_survey(data, "ok.json")  # the unchanged file is fine
    change(data)
    with pytest.raises(SurveyError):
        parse_survey(data, "bad.json")


def test_a_pulled_newer_version_is_newest_and_a_bad_one_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "survey"
    folder.mkdir()
    newer = shipped()
    newer["version"] = NEWEST + 1
    newer["questions"][0]["text"]["nl"] = "Bent u goed geholpen?"
    newer["unknown_member"] = {"ignored": True}  # format 1 grows by members it ignores
    (folder / file_name(NEWEST + 1)).write_text(json.dumps(newer), encoding="utf-8")
    (folder / file_name(NEWEST + 2)).write_text("{not json", encoding="utf-8")
    broken = shipped()
    broken["version"] = NEWEST + 3
    del broken["texts"]["thanks"]["ar"]
    (folder / file_name(NEWEST + 3)).write_text(json.dumps(broken), encoding="utf-8")
    surveys = load_surveys(tmp_path)
    assert surveys.newest().version == NEWEST + 1
    assert surveys.newest().questions[0].text["nl"] == "Bent u goed geholpen?"
    assert surveys.get(NEWEST).version == NEWEST
    assert len(surveys.problems) == 2
    with pytest.raises(KeyError):
        surveys.get(NEWEST + 3)


def test_a_pulled_file_cannot_replace_a_shipped_version(tmp_path: Path) -> None:
    folder = tmp_path / "survey"
    folder.mkdir()
    other = shipped()
    other["questions"][0]["text"]["nl"] = "Anders"
    (folder / file_name(NEWEST)).write_text(json.dumps(other), encoding="utf-8")
    assert load_surveys(tmp_path).get(NEWEST).questions[0].text["nl"] != "Anders"
