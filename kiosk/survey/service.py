"""Storing a visitor's anonymous survey answers; their ops are written on a later day.

Reached as ``Kiosk.survey`` (created on first use, never on the start path). A response keeps
the survey version, the language and the local date only: no time of day, no visit and no
desk user. :meth:`SurveyService.record` stores the response alone; a sync run of a later
local day writes its ``survey.answered`` op, with those of the other held responses in random
order (:mod:`kiosk.survey.release`, which says why). The response id is random (UUIDv4,
where other records take time-ordered ids), the op id is made from it, and the op names the
date as its moment (midnight UTC), so nothing sent holds a time. The payload is checked with
the contract's own check when the response is stored.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import text

from kiosk.clock import Now
from kiosk.db import Database
from kiosk.errors import InputError
from kiosk.survey.definition import Survey, SurveySet, load_surveys
from kiosk.survey.release import release_responses


class SurveyService:
    """The newest survey, and recording a visitor's answers to it."""

    def __init__(self, db: Database, data_dir: Path | None, now: Now) -> None:
        """Work on *db*; surveys are the shipped ones plus those pulled into *data_dir*."""
        self.db = db
        self.surveys: SurveySet = load_surveys(data_dir)
        self.now = now

    def current(self) -> Survey:
        """The survey a visitor is asked: the newest installed version."""
        return self.surveys.newest()

    def record(self, version: int, language: str, answers: Mapping[str, str | None]) -> None:
        """Store one anonymous response in one durable transaction (its op comes later).

        *answers* maps every question code of survey *version* to a choice code, or None
        when the visitor skipped it. A response where every question was skipped is not
        stored. Raises :class:`~kiosk.errors.InputError` (``survey.unknown_answer``) for an
        unknown version, language, question or choice, or a question left out. The response's
        op is written on a later local day (:mod:`kiosk.survey.release`).
        """
        from kiosk.protocol.survey import check_survey_payload

        if all(choice is None for choice in answers.values()):
            return
        today = self.now().date()  # the local date: the only time a response keeps
        # Random ids, not time-ordered ones (UUIDv7 holds the moment it was made).
        response_id = str(uuid.uuid4())
        payload = {
            "response_id": response_id,
            "survey_version": version,
            "language": language,
            "day": today.isoformat(),
            "answers": dict(answers),
        }
        parsed, errors = check_survey_payload(payload, None, self.surveys, today)
        if parsed is None:
            field = errors[0]["path"].removeprefix("payload.") if errors else "answers"
            raise InputError.single(field, "survey.unknown_answer")
        from kiosk.models import SurveyResponse

        with self.db.write() as session:
            session.add(
                SurveyResponse(
                    id=response_id,
                    survey_version=parsed.survey_version,
                    language=parsed.language,
                    day=parsed.day,
                    answers=_answers_json(parsed.model_dump()["answers"]),
                )
            )

    def release(self, today: date, rng: random.Random | None = None) -> int:
        """Write the ops of responses held from before *today* (:mod:`kiosk.survey.release`)."""
        return release_responses(self.db, today, rng)

    def counts(self, first: date, last: date) -> dict[str, dict[str | None, int]]:
        """Answers per question and choice of the responses from *first* to *last* (local dates).

        ``{question code: {choice code: responses, None: skipped}}``, for the desk's own
        figures (the Overzicht); questions of every version stored, each response counted once
        per question it has.
        """
        found: dict[str, dict[str | None, int]] = {}
        with self.db.query() as conn:
            rows = conn.execute(
                text(
                    "SELECT a.key, a.value, count(*) FROM survey_response r, "
                    "json_each(r.answers) a WHERE r.day BETWEEN :first AND :last "
                    "GROUP BY a.key, a.value"
                ),
                {"first": first.isoformat(), "last": last.isoformat()},
            ).all()
        for question, choice, number in rows:
            found.setdefault(str(question), {})[None if choice is None else str(choice)] = int(
                number
            )
        return found


def _answers_json(answers: Mapping[str, str | None]) -> str:
    """The answers as stored: compact JSON, sorted by question code."""
    return json.dumps(dict(answers), sort_keys=True, separators=(",", ":"))
