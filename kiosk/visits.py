"""What a clerk enters for a visit, and its validation against the catalogue.

:func:`validate_visit` turns a :class:`VisitInput` into a :class:`ValidVisit` or raises
:class:`~kiosk.errors.InputError` listing every problem in Dutch. It decides nothing about
storage; :mod:`kiosk.registration` saves what it returns. A question's note is tidied by
:func:`kiosk.cleantext.clean_text` (line breaks kept) before the privacy check reads it.

The rules of the codes are the contract's (:mod:`kiosk.protocol.visit_rules`), the same the
server applies; this module adds what only the desk can judge (the clock, the tally, the
privacy of a note) and the clerk's words for every rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from kiosk.catalogue import Catalogue
from kiosk.cleantext import clean_text
from kiosk.errors import InputError, Problem
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

# The clerk's words for the visit-level codes that are not in the catalogue.
_ANSWER_WORDS: Final = {
    "channel": "Kies hoe de vraag binnenkwam.",
    "duration": "Kies hoe lang het duurde.",
}
# The clerk's words for each rule a question breaks (kiosk.protocol.visit_rules), by rule
# and, for an unknown code, by list; in the order the form reports them.
_QUESTION_WORDS: Final = {
    "unknown_topic": "kies een onderwerp uit de lijst.",
    "kind_mismatch": "kies een onderwerp uit de lijst.",
    "organisation_required": "kies om welke organisatie het ging.",
    "unknown_code:organisation": "kies een organisatie uit de lijst.",
    "followup_required": "kies wat er met de DigiD is gebeurd.",
    "followup_not_allowed": "een DigiD-vervolg hoort alleen bij een DigiD-onderwerp.",
    "unknown_followup": "kies een DigiD-vervolg uit de lijst.",
    "help_required": "kies welke hulp u hebt gegeven.",
    "unknown_code:help": "onbekende hulp {code!r}.",
    "unknown_code:referral": "onbekende verwijzing {code!r}.",
    "code_repeated": "een keuze staat er dubbel in.",
    "referral_required": "kies waarheen u hebt doorverwezen.",
    "referred_help_required": "kies ook 'Doorverwezen' bij de geboden hulp.",
}
_QUESTION_ORDER: Final = {key: rank for rank, key in enumerate(_QUESTION_WORDS)}


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
        problems.append(Problem("questions", "Kies minstens één vraag voordat u opslaat."))
    elif len(visit.questions) > MAX_QUESTIONS:
        problems.append(
            Problem("questions", f"Eén bezoek kan hoogstens {MAX_QUESTIONS} vragen hebben.")
        )
    problems += [
        Problem(v.path, _ANSWER_WORDS[v.path])
        for v in answer_violations(
            catalogue, (("channel", visit.channel), ("duration", visit.duration))
        )
    ]
    if visit.mode not in MODES:
        problems.append(Problem("mode", "Onbekende werkwijze (balie of lopend IDO)."))
    if not 1 <= visit.count <= MAX_TALLY:
        problems.append(Problem("count", f"Het aantal moet tussen 1 en {MAX_TALLY} liggen."))
    occurred = visit.occurred_at or now
    if occurred.utcoffset() is None:
        problems.append(Problem("occurred_at", "De tijd mist een tijdzone."))
        occurred = now
    elif occurred > now + FUTURE_SLACK:
        problems.append(
            Problem(
                "occurred_at",
                "Het tijdstip ligt in de toekomst. Kies een tijd van vandaag of eerder.",
            )
        )
    elif occurred < now - MAX_BACKDATE:
        problems.append(
            Problem("occurred_at", f"Het tijdstip ligt meer dan {MAX_BACKDATE.days} dagen terug.")
        )
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

    def problem(field: str, text: str) -> Problem:
        # "Vraag 2: kies ..." for later questions, "Kies ..." for the first (usually only) one.
        message = f"Vraag {position}: {text}" if position > 1 else text[:1].upper() + text[1:]
        return Problem(f"{where}.{field}", message)

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
        problems += [problem(v.path, _question_words(v)) for v in violations]
        return None
    seen: set[tuple[str, str]] = set()
    for violation in sorted(violations, key=_question_rank):
        # A code listed twice is one problem of the question's choices, whichever list.
        path = "help" if violation.code == "code_repeated" else violation.path
        words = _question_words(violation)
        if (path, words) not in seen:
            seen.add((path, words))
            problems.append(problem(path, words))
    followup = question.digid_followup
    note = clean_text(question.note, multiline=True)
    if len(note) > MAX_NOTE:
        problems.append(problem("note", f"de notitie is langer dan {MAX_NOTE} tekens."))
    try:
        check_free_text(note)
    except PersonalDataError as exc:
        problems.append(problem("note", str(exc)))
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


def _question_words(violation: Violation) -> str:
    return _QUESTION_WORDS[_question_key(violation)].format(**violation.params)


def _question_rank(violation: Violation) -> int:
    return _QUESTION_ORDER[_question_key(violation)]
