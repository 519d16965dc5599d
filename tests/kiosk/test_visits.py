"""Validation of an entered visit against the catalogue (pure: no database)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from kiosk.catalogue import Catalogue
from kiosk.errors import InputError
from kiosk.visits import (
    FUTURE_SLACK,
    MAX_BACKDATE,
    MAX_NOTE,
    MAX_QUESTIONS,
    MAX_TALLY,
    NOT_APPLICABLE,
    QuestionInput,
    ValidVisit,
    VisitInput,
    validate_visit,
)
from ui import words

NOW = datetime(2026, 11, 28, 14, 0, tzinfo=timezone(timedelta(hours=1)))

MakeVisit = Callable[..., VisitInput]
MakeQuestion = Callable[..., QuestionInput]


def problems_of(visit: VisitInput, catalogue: Catalogue) -> dict[str, str]:
    """Validate and return {field: words} of every problem (fails if the visit is valid)."""
    with pytest.raises(InputError) as caught:
        validate_visit(visit, catalogue, NOW)
    problems = caught.value.problems
    assert words.error_text(caught.value) == " ".join(words.problem_text(p) for p in problems)
    assert all(words.has_words(p.code) for p in problems)
    return {p.field: words.problem_text(p) for p in problems}


def codes_of(visit: VisitInput, catalogue: Catalogue) -> dict[str, str]:
    """Validate and return {field: code} of every problem (fails if the visit is valid)."""
    with pytest.raises(InputError) as caught:
        validate_visit(visit, catalogue, NOW)
    return {p.field: p.code for p in caught.value.problems}


def valid(visit: VisitInput, catalogue: Catalogue) -> ValidVisit:
    return validate_visit(visit, catalogue, NOW)


# -- valid visits ---------------------------------------------------------------------------


def test_valid_visit_is_checked_with_kind_and_now(
    catalogue: Catalogue, make_visit: MakeVisit
) -> None:
    result = valid(make_visit(), catalogue)

    assert result.occurred_at == NOW
    assert result.catalogue_version == catalogue.version
    assert result.count == 1
    [q] = result.questions
    assert (q.kind, q.organisation, q.topic, q.help, q.note) == (
        "digital_government",
        "toeslagen",
        "toeslag_huur",
        ("informatie",),
        None,
    )


def test_library_topic_without_organisation_gets_not_applicable(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    result = valid(make_visit(question(topic="bieb_printen", organisation=None)), catalogue)
    assert result.questions[0].organisation == NOT_APPLICABLE
    assert result.questions[0].kind == "library"


def test_other_topic_without_organisation_gets_not_applicable(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    result = valid(make_visit(question(topic="overig_anders", organisation=None)), catalogue)
    assert result.questions[0].organisation == NOT_APPLICABLE


def test_digid_topic_with_followup_is_valid(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    q = question(topic="digid_activeren", organisation="logius", digid_followup="geactiveerd")
    assert valid(make_visit(q), catalogue).questions[0].digid_followup == "geactiveerd"


def test_referral_with_doorverwezen_is_valid(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    q = question(help=("informatie", "doorverwezen"), referral=("sociaal_raadslieden",))
    assert valid(make_visit(q), catalogue).questions[0].referral == ("sociaal_raadslieden",)


def test_note_is_stripped_and_an_empty_note_is_none(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    result = valid(
        make_visit(question(note="  brief van 12-03-2025 uitgelegd  "), question(note="   ")),
        catalogue,
    )
    assert [q.note for q in result.questions] == ["brief van 12-03-2025 uitgelegd", None]


def test_note_of_exactly_the_maximum_length_is_valid(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    assert valid(make_visit(question(note="a" * MAX_NOTE)), catalogue).questions[0].note


# -- time -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [
        pytest.param(NOW + FUTURE_SLACK, id="future-within-slack"),
        pytest.param(NOW - MAX_BACKDATE, id="oldest-allowed"),
        pytest.param(NOW.astimezone(UTC) - timedelta(hours=3), id="other-offset"),
    ],
)
def test_time_within_bounds_is_kept(
    catalogue: Catalogue, make_visit: MakeVisit, moment: datetime
) -> None:
    assert valid(make_visit(occurred_at=moment), catalogue).occurred_at == moment


def test_future_time_beyond_slack_is_refused(catalogue: Catalogue, make_visit: MakeVisit) -> None:
    late = NOW + FUTURE_SLACK + timedelta(seconds=1)
    problems = problems_of(make_visit(occurred_at=late), catalogue)
    assert problems.keys() == {"occurred_at"}
    assert "toekomst" in problems["occurred_at"]


def test_time_too_far_back_is_refused(catalogue: Catalogue, make_visit: MakeVisit) -> None:
    early = NOW - MAX_BACKDATE - timedelta(seconds=1)
    problems = problems_of(make_visit(occurred_at=early), catalogue)
    assert problems.keys() == {"occurred_at"}
    assert f"{MAX_BACKDATE.days} dagen" in problems["occurred_at"]


def test_naive_time_is_refused(catalogue: Catalogue, make_visit: MakeVisit) -> None:
    problems = problems_of(make_visit(occurred_at=datetime(2026, 11, 28, 13, 0)), catalogue)
    assert problems.keys() == {"occurred_at"}
    assert "tijdzone" in problems["occurred_at"]


# -- visit-level lists ----------------------------------------------------------------------


def test_empty_visit_is_refused(catalogue: Catalogue, make_visit: MakeVisit) -> None:
    problems = problems_of(make_visit(questions=()), catalogue)
    assert problems == {"questions": "Kies minstens één vraag voordat u opslaat."}
    assert codes_of(make_visit(questions=()), catalogue) == {"questions": "visit.questions_missing"}


def test_too_many_questions_are_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    problems = problems_of(make_visit(*[question()] * (MAX_QUESTIONS + 1)), catalogue)
    assert problems.keys() == {"questions"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channel": "fax"}, "channel"),
        ({"duration": "forever"}, "duration"),
        ({"mode": "drive_through"}, "mode"),
    ],
)
def test_unknown_visit_code_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, changes: dict[str, str], field: str
) -> None:
    assert problems_of(make_visit(**changes), catalogue).keys() == {field}


@pytest.mark.parametrize("count", [1, 2, MAX_TALLY])
def test_tally_count_within_bounds_is_valid(
    catalogue: Catalogue, make_visit: MakeVisit, count: int
) -> None:
    assert valid(make_visit(count=count), catalogue).count == count


@pytest.mark.parametrize("count", [0, -1, MAX_TALLY + 1])
def test_tally_count_out_of_bounds_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, count: int
) -> None:
    problems = problems_of(make_visit(count=count), catalogue)
    assert problems.keys() == {"count"}
    assert str(MAX_TALLY) in problems["count"]


# -- question-level -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"topic": "ufo_sightings"}, "questions[1].topic"),
        ({"organisation": "nasa"}, "questions[1].organisation"),
        ({"help": ("toverij",)}, "questions[1].help"),
        ({"help": ("doorverwezen",), "referral": ("hogwarts",)}, "questions[1].referral"),
        ({"digid_followup": "geactiveerd"}, "questions[1].digid_followup"),
    ],
    ids=["topic", "organisation", "help", "referral", "followup-on-non-digid-topic"],
)
def test_unknown_or_misplaced_question_code_is_refused(
    catalogue: Catalogue,
    make_visit: MakeVisit,
    question: MakeQuestion,
    changes: dict[str, object],
    field: str,
) -> None:
    assert problems_of(make_visit(question(**changes)), catalogue).keys() == {field}


def test_digid_topic_without_followup_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    q = question(topic="digid_aanvragen", organisation="logius")
    problems = problems_of(make_visit(q), catalogue)
    assert problems.keys() == {"questions[1].digid_followup"}


def test_unknown_digid_followup_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    q = question(topic="digid_app", organisation="logius", digid_followup="gehackt")
    assert problems_of(make_visit(q), catalogue).keys() == {"questions[1].digid_followup"}


def test_government_topic_without_organisation_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    problems = problems_of(make_visit(question(organisation=None)), catalogue)
    assert problems.keys() == {"questions[1].organisation"}


def test_question_without_help_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    assert problems_of(make_visit(question(help=())), catalogue).keys() == {"questions[1].help"}


def test_doorverwezen_without_referral_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    q = question(help=("doorverwezen",))
    assert problems_of(make_visit(q), catalogue).keys() == {"questions[1].referral"}


def test_referral_without_doorverwezen_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    q = question(help=("informatie",), referral=("taalhuis",))
    problems = problems_of(make_visit(q), catalogue)
    assert problems.keys() == {"questions[1].help"}
    assert "Doorverwezen" in problems["questions[1].help"]


@pytest.mark.parametrize(
    "changes",
    [
        {"help": ("informatie", "informatie")},
        {"help": ("doorverwezen",), "referral": ("taalhuis", "taalhuis")},
    ],
    ids=["help", "referral"],
)
def test_duplicate_choices_are_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion, changes: dict[str, object]
) -> None:
    problems = problems_of(make_visit(question(**changes)), catalogue)
    assert problems.keys() == {"questions[1].help"}
    assert "dubbel" in problems["questions[1].help"]


def test_note_too_long_is_refused(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    problems = problems_of(make_visit(question(note="a" * (MAX_NOTE + 1))), catalogue)
    assert problems.keys() == {"questions[1].note"}
    assert str(MAX_NOTE) in problems["questions[1].note"]


def test_note_with_a_bsn_is_refused_showing_what_was_found(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    problems = problems_of(make_visit(question(note="bsn 111222333 gevonden")), catalogue)
    assert problems.keys() == {"questions[1].note"}
    message = problems["questions[1].note"]
    assert "BSN" in message
    assert "111222333" in message


def test_later_questions_are_named_by_number(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    problems = problems_of(make_visit(question(), question(help=())), catalogue)
    assert problems.keys() == {"questions[2].help"}
    assert problems["questions[2].help"].startswith("Vraag 2: ")
    assert problems["questions[2].help"] == "Vraag 2: kies welke hulp u hebt gegeven."
    assert problems_of(make_visit(question(help=())), catalogue) == {
        "questions[1].help": "Kies welke hulp u hebt gegeven."
    }


def test_a_later_question_carries_its_problem_code_and_parameters(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    visit = make_visit(question(), question(help=("toverij",)), question(note="bsn 111222333"))
    with pytest.raises(InputError) as caught:
        validate_visit(visit, catalogue, NOW)
    help_problem, note_problem = caught.value.problems
    assert (help_problem.code, dict(help_problem.params)) == (
        "visit.question.numbered",
        {"position": 2, "problem": "visit.question.help_unknown", "code": "toverij"},
    )
    assert words.problem_text(help_problem) == "Vraag 2: onbekende hulp 'toverij'."
    assert note_problem.params["problem"] == "privacy.personal_data"
    assert words.problem_text(note_problem).startswith("Vraag 3: De notitie bevat")


def test_every_problem_is_reported_at_once(
    catalogue: Catalogue, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    visit = make_visit(
        question(topic="digid_kwijt", organisation=None),  # no organisation, no followup
        question(topic="bieb_pas", organisation=None, help=(), note="bsn 111222333"),
        question(topic="onbekend"),
        channel="fax",
        duration="forever",
        count=0,
        occurred_at=NOW + timedelta(hours=1),
    )
    assert set(problems_of(visit, catalogue)) == {
        "channel",
        "duration",
        "count",
        "occurred_at",
        "questions[1].organisation",
        "questions[1].digid_followup",
        "questions[2].help",
        "questions[2].note",
        "questions[3].topic",
    }
