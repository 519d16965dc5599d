"""The payload of a visitor's survey answers (``survey.answered``), and its full check.

One op per response: a new id, the survey version, the language the visitor chose, the local
date and every question's answer (a choice code, or null when skipped). Nothing else: no
time, no visit, no desk user, no free text (issue 18). The op's envelope says no time either:
its ``occurred_at_device`` is midnight UTC of the same date (:func:`day_moment`), and the
server refuses any other. The response id and the op id are random (UUIDv4, not the
time-ordered ids of other records) and the op names no ``entity_id``, so no id carries a time
and nothing the server keeps of the op (``applied_op``) names the response it stored.

Both ends check a payload with :func:`check_survey_payload`: the shape (no extra members),
every code against the lists of the version it names, at least one answer, and the date
within bounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.fields import MAX_INT, Code, Day, Uuid
from kiosk.protocol.kinds import SURVEY_ANSWERED as SURVEY_ANSWERED
from kiosk.survey.definition import SurveySet

Language = Literal["nl", "en", "ar", "tr", "pl", "uk"]
#: The earliest day a response may name (the survey did not exist before).
FIRST_DAY: Final = date(2026, 1, 1)
#: How far past the server's UTC date a response's local date may be (time zones, a fast clock).
AHEAD: Final = timedelta(days=1)


class SurveyPayload(BaseModel):
    """One anonymous response; ``answers`` has every question of the version, null = skipped."""

    model_config = ConfigDict(extra="forbid")

    response_id: Uuid
    survey_version: Annotated[StrictInt, Field(ge=1, le=MAX_INT)]
    language: Language
    day: Day
    answers: Annotated[dict[Code, Code | None], Field(min_length=1, max_length=7)]


def day_moment(day: str) -> datetime:
    """The moment an op of *day* names in its envelope: midnight UTC, no time of day."""
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=UTC)


def check_survey_payload(
    payload: Mapping[str, Any],
    entity_id: str | None,
    surveys: SurveySet,
    today: date | None,
    occurred_at: datetime | None = None,
) -> tuple[SurveyPayload | None, Errors]:
    """Check a ``survey.answered`` payload to its full shape; return it parsed, or the problems.

    Beyond the model: ``entity_id`` is null; the version is one *surveys* has;
    the answers name exactly its questions, each a choice of that question or null, at least
    one not null; the day lies between :data:`FIRST_DAY` and *today* + :data:`AHEAD` (see
    :func:`day_errors`; None: not checked here, the caller checks it with its own clock); and
    *occurred_at* (the envelope's moment, when given) is :func:`day_moment` of the day.
    """
    try:
        sent = SurveyPayload.model_validate(payload)
    except ValidationError as exc:
        return None, validation_errors(exc.errors(), "payload")
    errors: Errors = []
    if entity_id is not None:
        errors.append({"path": "entity_id", "msg": "must be null: an op names no response"})
    if today is not None:
        errors += day_errors(sent.day, today)
    if occurred_at is not None and occurred_at != day_moment(sent.day):
        errors.append(
            {"path": "occurred_at_device", "msg": "must be midnight UTC of the payload's day"}
        )
    try:
        survey = surveys.get(sent.survey_version)
    except KeyError:
        errors.append(_error("survey_version", f"unknown survey version {sent.survey_version}"))
        return None, errors
    codes = survey.codes()
    if set(sent.answers) != set(codes):
        errors.append(_error("answers", "must name every question of the survey, and no other"))
    for question, choice in sent.answers.items():
        if question in codes and choice is not None and choice not in codes[question]:
            errors.append(_error(f"answers.{question}", f"unknown choice {choice!r}"))
    if all(choice is None for choice in sent.answers.values()):
        errors.append(_error("answers", "at least one question is answered"))
    return (None, errors) if errors else (sent, [])


def day_errors(day: str, today: date) -> Errors:
    """The problem of a response's *day* that is before :data:`FIRST_DAY` or after *today*."""
    if FIRST_DAY <= date.fromisoformat(day) <= today + AHEAD:
        return []
    return [_error("day", "the date is out of bounds")]


def _error(path: str, msg: str) -> dict[str, str]:
    return {"path": f"payload.{path}", "msg": msg}
