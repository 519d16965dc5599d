"""Recording a visitor's answers: one anonymous response, checked, its op not yet written."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.outbox import payload_hash
from kiosk.protocol.kinds import SURVEY_ANSWERED
from kiosk.protocol.survey import SurveyPayload
from tests.conftest import FakeClock

# Late in the evening in Amsterdam: the UTC date is still the same, the time is not sent.
EVENING = datetime(2026, 12, 3, 23, 40, 12, tzinfo=timezone(timedelta(hours=1)))


def answers(app: Kiosk, **given: str | None) -> dict[str, str | None]:
    """Every question of the current survey, skipped unless *given*."""
    return {q.code: given.get(q.code) for q in app.survey.current().questions}


def rows(app: Kiosk, sql: str) -> list[Any]:
    with app.db.engine.connect() as conn:
        return list(conn.execute(text(sql)).all())


def record_in_the_evening(app: Kiosk, clock: FakeClock) -> dict[str, str | None]:
    """Record one response in Arabic late in the evening; return its answers."""
    clock.set(EVENING)
    given = answers(app, helped="yes", found_via="library", age_band="65_74")
    app.survey.record(app.survey.current().version, "ar", given)
    return given


def test_a_response_is_stored_with_the_date_only_and_no_op(
    kiosk_app: Kiosk, clock: FakeClock
) -> None:
    survey = kiosk_app.survey.current()
    given = record_in_the_evening(kiosk_app, clock)

    [response] = rows(
        kiosk_app,
        "SELECT id, survey_version, language, day, answers, released_on FROM survey_response",
    )
    assert response.day == "2026-12-03" and response.language == "ar"
    assert response.survey_version == survey.version
    assert json.loads(response.answers) == given
    assert response.released_on is None
    # Random ids: a time-ordered one (UUIDv7) would hold the moment of the response.
    assert uuid.UUID(response.id).version == 4
    # Its op waits for a later day: written now it would follow the op of the visit just made.
    assert rows(kiosk_app, "SELECT * FROM outbox") == []


def test_the_op_written_the_next_day_holds_the_date_only(
    kiosk_app: Kiosk, clock: FakeClock
) -> None:
    survey = kiosk_app.survey.current()
    given = record_in_the_evening(kiosk_app, clock)
    assert kiosk_app.survey.release(EVENING.date() + timedelta(days=1)) == 1

    [response] = rows(kiosk_app, "SELECT id, released_on FROM survey_response")
    assert response.released_on == "2026-12-04"
    [op] = rows(
        kiosk_app, "SELECT op_id, kind, entity_id, payload, payload_sha256, occurred_at FROM outbox"
    )
    assert (op.kind, op.entity_id) == (SURVEY_ANSWERED, None)
    assert uuid.UUID(op.op_id).version == 4
    assert op.occurred_at == "2026-12-03T00:00:00.000Z"  # midnight UTC of the local date
    assert payload_hash(op.payload) == op.payload_sha256
    payload = json.loads(op.payload)
    SurveyPayload.model_validate(payload)
    assert payload == {
        "response_id": response.id,
        "survey_version": survey.version,
        "language": "ar",
        "day": "2026-12-03",
        "answers": given,
    }
    assert "23" not in op.payload.replace(response.id, "")  # no hour anywhere


def test_a_response_where_everything_was_skipped_is_not_stored(kiosk_app: Kiosk) -> None:
    kiosk_app.survey.record(kiosk_app.survey.current().version, "nl", answers(kiosk_app))
    assert rows(kiosk_app, "SELECT * FROM survey_response") == []
    assert rows(kiosk_app, "SELECT * FROM outbox") == []


@pytest.mark.parametrize(
    ("language", "change"),
    [
        ("nl", {"helped": "maybe"}),  # a choice of another question
        ("nl", {"nonsense": "yes"}),  # a question the survey does not have
        ("fr", {}),  # a language the survey does not have
    ],
)
def test_an_unknown_code_is_refused_and_nothing_stored(
    kiosk_app: Kiosk, language: str, change: dict[str, str]
) -> None:
    given = {**answers(kiosk_app, recommend="yes"), **change}
    with pytest.raises(InputError) as raised:
        kiosk_app.survey.record(kiosk_app.survey.current().version, language, given)
    assert [p.code for p in raised.value.problems] == ["survey.unknown_answer"]
    assert rows(kiosk_app, "SELECT * FROM survey_response") == []
    assert rows(kiosk_app, "SELECT * FROM outbox") == []


def test_a_question_left_out_and_an_unknown_version_are_refused(kiosk_app: Kiosk) -> None:
    survey = kiosk_app.survey.current()
    given = answers(kiosk_app, helped="no")
    del given["age_band"]
    with pytest.raises(InputError):
        kiosk_app.survey.record(survey.version, "nl", given)
    with pytest.raises(InputError):
        kiosk_app.survey.record(survey.version + 1, "nl", answers(kiosk_app, helped="no"))
    assert rows(kiosk_app, "SELECT * FROM outbox") == []


def test_a_response_that_cannot_be_written_leaves_nothing(kiosk_app: Kiosk) -> None:
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON survey_response "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    with pytest.raises(IntegrityError):
        kiosk_app.survey.record(
            kiosk_app.survey.current().version, "tr", answers(kiosk_app, helped="yes")
        )
    assert rows(kiosk_app, "SELECT * FROM outbox") == []
    assert rows(kiosk_app, "SELECT * FROM survey_response") == []


def test_the_survey_is_not_loaded_until_asked(kiosk_app: Kiosk) -> None:
    assert "survey" not in vars(kiosk_app)
    assert kiosk_app.survey.current().version >= 1
    assert "survey" in vars(kiosk_app)


def test_counts_per_question_and_choice_within_the_dates(
    kiosk_app: Kiosk, clock: FakeClock
) -> None:
    version = kiosk_app.survey.current().version
    clock.set(EVENING)
    for _ in range(3):
        kiosk_app.survey.record(version, "nl", answers(kiosk_app, helped="yes"))
    kiosk_app.survey.record(version, "en", answers(kiosk_app, helped="no", age_band="25_44"))
    clock.set(EVENING + timedelta(days=2))
    kiosk_app.survey.record(version, "nl", answers(kiosk_app, helped="partly"))

    day = EVENING.date()
    counted = kiosk_app.survey.counts(day, day)
    assert counted["helped"] == {"yes": 3, "no": 1}
    assert counted["age_band"] == {None: 3, "25_44": 1}
    assert kiosk_app.survey.counts(day, day + timedelta(days=2))["helped"]["partly"] == 1
