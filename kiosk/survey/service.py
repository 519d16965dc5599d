"""Storing a visitor's survey answers: one anonymous response and its op, in one transaction.

Reached as ``Kiosk.survey`` (created on first use, never on the start path). A response keeps
the survey version, the language and the local date only: no time of day, no visit and no
desk user. Its ``survey.answered`` op names the same date as its moment (midnight UTC,
:func:`kiosk.protocol.survey.day_moment`), and the response and op ids are random (UUIDv4,
where other records take time-ordered ids), so nothing sent holds the time either. The payload
is checked with the contract's own check before it is stored.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import text

from kiosk import outbox
from kiosk.clock import Now, to_utc_text
from kiosk.db import Database
from kiosk.errors import InputError
from kiosk.survey.definition import Survey, SurveySet, load_surveys


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
        """Store one anonymous response and its outbox op in one durable transaction.

        *answers* maps every question code of survey *version* to a choice code, or None
        when the visitor skipped it. A response where every question was skipped is not
        stored. Raises :class:`~kiosk.errors.InputError` (``survey.unknown_answer``) for an
        unknown version, language, question or choice, or a question left out.
        """
        from kiosk.protocol.survey import SURVEY_ANSWERED, check_survey_payload, day_moment

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
        sent = parsed.model_dump()
        op = outbox.new_op(
            kind=SURVEY_ANSWERED,
            payload=sent,
            occurred_at=to_utc_text(day_moment(parsed.day)),
        )
        op["op_id"] = str(uuid.uuid4())
        from kiosk.models import SurveyResponse

        with self.db.write() as session:
            outbox.insert(session, [op])
            session.add(
                SurveyResponse(
                    id=response_id,
                    survey_version=parsed.survey_version,
                    language=parsed.language,
                    day=parsed.day,
                    answers=json.dumps(sent["answers"], sort_keys=True, separators=(",", ":")),
                    op_id=op["op_id"],
                )
            )

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
