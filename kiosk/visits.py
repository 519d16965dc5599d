"""What a clerk enters for a visit, and its validation against the catalogue.

:func:`validate_visit` turns a :class:`VisitInput` into a :class:`ValidVisit` or raises
:class:`~kiosk.errors.InputError` listing every problem as a code with parameters (the words
are the UI's: ``ui/words/registration.py``). It decides nothing about storage;
:mod:`kiosk.registration` saves what it returns. A question's note is tidied by
:func:`kiosk.cleantext.clean_text` (line breaks kept) before the privacy check reads it.

The rules of the codes are the contract's (:mod:`kiosk.protocol.visit_rules`), the same the
server applies; this module adds what only the desk can judge (the clock, the tally, the
privacy of a note) and a message code for every rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from kiosk.catalogue import Catalogue
from kiosk.cleantext import clean_text
from kiosk.errors import InputError, Message, Problem
from kiosk.privacy import PersonalDataError, check_free_text
from kiosk.protocol.limits import MAX_NOTE, MAX_QUESTIONS
from kiosk.protocol.visit_rules import (
    DIGITAL_GOVERNMENT,
    MODES,
    NOT_APPLICABLE,
    REFERRED,
    Violation,
    answer_violations,
    question_violations,
)

__all__ = [
    "DIGITAL_GOVERNMENT",
    "FUTURE_SLACK",
    "MAX_BACKDATE",
    "MAX_NOTE",
    "MAX_QUESTIONS",
    "MAX_TALLY",
    "MODES",
    "NOT_APPLICABLE",
    "REFERRED",
    "QuestionInput",
    "ValidQuestion",
    "ValidVisit",
    "VisitInput",
    "validate_visit",
]

MAX_TALLY = 200
MAX_BACKDATE = timedelta(days=62)
FUTURE_SLACK = timedelta(minutes=2)

# What the clerk is told for a visit-level code that is not in the catalogue.
_ANSWER_MESSAGES: Final = {
    "channel": Message("visit.channel_unknown"),
    "duration": Message("visit.duration_unknown"),
}
# What the clerk is told for each rule a question breaks (kiosk.protocol.visit_rules), by
# rule and, for an unknown code, by list; in the order the form reports them.
_QUESTION_MESSAGES: Final = {
    "unknown_topic": Message("visit.question.topic_unknown"),
    "kind_mismatch": Message("visit.question.topic_unknown"),
    "organisation_required": Message("visit.question.organisation_required"),
    "unknown_code:organisation": Message("visit.question.organisation_unknown"),
    "followup_required": Message("visit.question.followup_required"),
    "followup_not_allowed": Message("visit.question.followup_not_allowed"),
    "unknown_followup": Message("visit.question.followup_unknown"),
    "help_required": Message("visit.question.help_required"),
    "unknown_code:help": Message("visit.question.help_unknown"),
    "unknown_code:referral": Message("visit.question.referral_unknown"),
    "code_repeated": Message("visit.question.code_repeated"),
    "referral_required": Message("visit.question.referral_required"),
    "referred_help_required": Message("visit.question.referred_help_required"),
}
#: The parameters of a rule that its message passes on (codes only, never free text).
_RULE_PARAMS: Final = {
    "unknown_code:help": ("code",),
    "unknown_code:referral": ("code",),
}
_QUESTION_ORDER: Final = {key: rank for rank, key in enumerate(_QUESTION_MESSAGES)}


@dataclass(frozen=True)
class QuestionInput:
    """One question as entered. ``organisation`` may stay None for non-government questions."""

    topic: str
    organisation: str | None = None
    digid_followup: str | None = None
    help: tuple[str, ...] = ()
    referral: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class VisitInput:
    """A visit as entered: its questions and the visit-level answers.

    ``occurred_at`` None means "now"; ``count`` above 1 records that many identical visits
    (tally entry, e.g. after a paper fallback).
    """

    questions: tuple[QuestionInput, ...]
    channel: str
    duration: str
    mode: str = "counter"
    occurred_at: datetime | None = None
    count: int = 1


@dataclass(frozen=True)
class ValidQuestion:
    """A checked question, with its kind taken from the topic."""

    kind: str
    organisation: str
    topic: str
    digid_followup: str | None
    help: tuple[str, ...]
    referral: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class ValidVisit:
    """A checked visit, ready to store."""

    occurred_at: datetime
    channel: str
    duration: str
    mode: str
    count: int
    catalogue_version: int
    questions: tuple[ValidQuestion, ...] = field(default_factory=tuple)


def validate_visit(visit: VisitInput, catalogue: Catalogue, now: datetime) -> ValidVisit:
    """Check *visit* against *catalogue* at time *now*; raise InputError with every problem."""
    problems: list[Problem] = []
    if not visit.questions:
        problems.append(Problem("questions", "visit.questions_missing"))
    elif len(visit.questions) > MAX_QUESTIONS:
        problems.append(Problem("questions", "visit.questions_too_many", {"max": MAX_QUESTIONS}))
    problems += [
        Problem(v.path, _ANSWER_MESSAGES[v.path].code)
        for v in answer_violations(
            catalogue, (("channel", visit.channel), ("duration", visit.duration))
        )
    ]
    if visit.mode not in MODES:
        problems.append(Problem("mode", "visit.mode_unknown"))
    if not 1 <= visit.count <= MAX_TALLY:
        problems.append(Problem("count", "visit.count_out_of_range", {"max": MAX_TALLY}))
    occurred = visit.occurred_at or now
    if occurred.utcoffset() is None:
        problems.append(Problem("occurred_at", "visit.time_without_zone"))
        occurred = now
    elif occurred > now + FUTURE_SLACK:
        problems.append(Problem("occurred_at", "visit.time_in_future"))
    elif occurred < now - MAX_BACKDATE:
        problems.append(Problem("occurred_at", "visit.time_too_old", {"days": MAX_BACKDATE.days}))
    questions = []
    for position, question in enumerate(visit.questions, start=1):
        checked = _validate_question(question, catalogue, position, problems)
        if checked is not None:
            questions.append(checked)
    if problems:
        raise InputError(problems)
    # The payload models load with the first save, not with the form (start-up).
    from kiosk.protocol.visits import CLERK_ANSWERS

    return ValidVisit(
        occurred_at=occurred,
        count=visit.count,
        catalogue_version=catalogue.version,
        questions=tuple(questions),
        # The clerk's answers under the contract's names (channel, duration, mode, ...).
        **{name: getattr(visit, name) for name in CLERK_ANSWERS},
    )


def _validate_question(
    question: QuestionInput, catalogue: Catalogue, position: int, problems: list[Problem]
) -> ValidQuestion | None:
    where = f"questions[{position}]"

    def problem(field: str, message: Message) -> Problem:
        # The first (usually only) question's problem as it is; a later one names its number
        # ("Vraag 2: kies ..."), with the problem's code and parameters inside (none of them
        # is called "position" or "problem").
        if position == 1:
            return Problem(f"{where}.{field}", message.code, message.params)
        return Problem(
            f"{where}.{field}",
            "visit.question.numbered",
            {**message.params, "position": position, "problem": message.code},
        )

    before = len(problems)
    topic = catalogue.get("topic", question.topic)
    kind = (topic.kind or "") if topic is not None else ""
    organisation = NOT_APPLICABLE if question.organisation is None else question.organisation
    violations = question_violations(
        catalogue,
        topic=question.topic,
        kind=kind,
        organisation=question.organisation,
        digid_followup=question.digid_followup,
        help=question.help,
        referral=question.referral,
    )
    if topic is None or topic.retired:
        problems += [problem(v.path, _question_message(v)) for v in violations]
        return None
    seen: set[tuple[str, Message]] = set()
    for violation in sorted(violations, key=_question_rank):
        # A code listed twice is one problem of the question's choices, whichever list.
        path = "help" if violation.code == "code_repeated" else violation.path
        message = _question_message(violation)
        if (path, message) not in seen:
            seen.add((path, message))
            problems.append(problem(path, message))
    followup = question.digid_followup
    note = clean_text(question.note, multiline=True)
    if len(note) > MAX_NOTE:
        problems.append(problem("note", Message("visit.question.note_too_long", {"max": MAX_NOTE})))
    try:
        check_free_text(note)
    except PersonalDataError as exc:
        problems.append(problem("note", exc.message))
    if len(problems) > before:
        return None
    return ValidQuestion(
        kind=kind,
        organisation=organisation,
        topic=topic.code,
        digid_followup=followup,
        help=tuple(question.help),
        referral=tuple(question.referral),
        note=note or None,
    )


def _question_key(violation: Violation) -> str:
    if violation.code == "unknown_code":
        return f"unknown_code:{violation.params['list']}"
    return violation.code


def _question_message(violation: Violation) -> Message:
    key = _question_key(violation)
    names = _RULE_PARAMS.get(key, ())
    return Message(
        _QUESTION_MESSAGES[key].code, {name: str(violation.params[name]) for name in names}
    )


def _question_rank(violation: Violation) -> int:
    return _QUESTION_ORDER[_question_key(violation)]
