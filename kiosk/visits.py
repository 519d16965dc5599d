"""What a clerk enters for a visit, and its validation against the catalogue.

:func:`validate_visit` turns a :class:`VisitInput` into a :class:`ValidVisit` or raises
:class:`~kiosk.errors.InputError` listing every problem in Dutch. It decides nothing about
storage; :mod:`kiosk.registration` saves what it returns. A question's note is tidied by
:func:`kiosk.cleantext.clean_text` (line breaks kept) before the privacy check reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.catalogue import Catalogue
from kiosk.cleantext import clean_text
from kiosk.errors import InputError, Problem
from kiosk.privacy import PersonalDataError, check_free_text

MAX_QUESTIONS = 20
MAX_TALLY = 200
MAX_NOTE = 280
MAX_BACKDATE = timedelta(days=62)
FUTURE_SLACK = timedelta(minutes=2)
NOT_APPLICABLE = "nvt"
DIGITAL_GOVERNMENT = "digital_government"
REFERRED = "doorverwezen"
MODES = ("counter", "walking")


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
    _check_code(problems, catalogue, "channel", visit.channel, "Kies hoe de vraag binnenkwam.")
    _check_code(problems, catalogue, "duration", visit.duration, "Kies hoe lang het duurde.")
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
    return ValidVisit(
        occurred_at=occurred,
        channel=visit.channel,
        duration=visit.duration,
        mode=visit.mode,
        count=visit.count,
        catalogue_version=catalogue.version,
        questions=tuple(questions),
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
    if topic is None or topic.retired:
        problems.append(problem("topic", "kies een onderwerp uit de lijst."))
        return None
    kind = topic.kind or ""
    organisation = question.organisation
    if organisation is None:
        if kind == DIGITAL_GOVERNMENT:
            problems.append(problem("organisation", "kies om welke organisatie het ging."))
        organisation = NOT_APPLICABLE
    elif not catalogue.is_active("organisation", organisation):
        problems.append(problem("organisation", "kies een organisatie uit de lijst."))
    followup = question.digid_followup
    if topic.digid and followup is None:
        problems.append(problem("digid_followup", "kies wat er met de DigiD is gebeurd."))
    elif not topic.digid and followup is not None:
        problems.append(
            problem("digid_followup", "een DigiD-vervolg hoort alleen bij een DigiD-onderwerp.")
        )
    elif followup is not None and not catalogue.is_active("digid_followup", followup):
        problems.append(problem("digid_followup", "kies een DigiD-vervolg uit de lijst."))
    if not question.help:
        problems.append(problem("help", "kies welke hulp u hebt gegeven."))
    for code in question.help:
        if not catalogue.is_active("help", code):
            problems.append(problem("help", f"onbekende hulp {code!r}."))
    for code in question.referral:
        if not catalogue.is_active("referral", code):
            problems.append(problem("referral", f"onbekende verwijzing {code!r}."))
    if len(set(question.help)) != len(question.help) or len(set(question.referral)) != len(
        question.referral
    ):
        problems.append(problem("help", "een keuze staat er dubbel in."))
    if REFERRED in question.help and not question.referral:
        problems.append(problem("referral", "kies waarheen u hebt doorverwezen."))
    if question.referral and REFERRED not in question.help:
        problems.append(problem("help", "kies ook 'Doorverwezen' bij de geboden hulp."))
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


def _check_code(
    problems: list[Problem], catalogue: Catalogue, list_name: str, code: str, message: str
) -> None:
    if not catalogue.is_active(list_name, code):
        problems.append(Problem(list_name, message))
