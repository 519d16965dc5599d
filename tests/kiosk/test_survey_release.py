"""A response's op is written on a later day, shuffled, exactly once (kiosk.survey.release)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kiosk.app import Kiosk
from kiosk.db import Database
from kiosk.locations import DeskInfo, demo_location
from kiosk.paths import app_paths
from kiosk.protocol.kinds import SURVEY_ANSWERED
from kiosk.survey.release import release_responses
from tests.conftest import FakeClock, make_visit_input
from tests.kiosk.test_migrations import seeded_engine

DAY = date(2026, 11, 28)  # the FakeClock's date
NEXT = DAY + timedelta(days=1)


def record(app: Kiosk, responses: int) -> list[str]:
    """Store *responses* responses, each a different age band; return their ids in order."""
    survey = app.survey.current()
    bands = next(q for q in survey.questions if q.code == "age_band").choices
    for n in range(responses):
        given: dict[str, str | None] = {q.code: None for q in survey.questions}
        given["helped"] = "yes"
        given["age_band"] = bands[n % len(bands)].code
        app.survey.record(survey.version, "nl", given)
    return [str(r[0]) for r in rows(app, "SELECT id FROM survey_response ORDER BY rowid")]


def rows(app: Kiosk, sql: str) -> list[Any]:
    with app.db.engine.connect() as conn:
        return list(conn.execute(text(sql)).all())


def sent_order(app: Kiosk) -> list[str]:
    """The response ids the survey ops name, in the outbox's order."""
    ops = rows(
        app, f"SELECT payload FROM outbox WHERE kind = '{SURVEY_ANSWERED}' ORDER BY local_seq"
    )
    return [json.loads(op.payload)["response_id"] for op in ops]


def test_the_same_day_nothing_is_written(kiosk_app: Kiosk) -> None:
    record(kiosk_app, 2)
    assert kiosk_app.survey.release(DAY) == 0
    assert rows(kiosk_app, "SELECT * FROM outbox") == []
    assert rows(kiosk_app, "SELECT released_on FROM survey_response") == [(None,), (None,)]


def test_the_next_day_one_op_per_response_and_today_s_wait(
    kiosk_app: Kiosk, clock: FakeClock, desk: DeskInfo
) -> None:
    recorded = record(kiosk_app, 3)
    clock.advance(days=1)
    kiosk_app.registration.record(desk.desk_id, make_visit_input())  # a visit of the next day
    [later] = record(kiosk_app, 1)[3:]  # answered the next day: waits for the day after

    assert kiosk_app.survey.release(NEXT) == 3
    assert sorted(sent_order(kiosk_app)) == sorted(recorded)
    # The ops come after the next day's visit: nothing places them beside the visits of DAY.
    kinds = [r.kind for r in rows(kiosk_app, "SELECT kind FROM outbox ORDER BY local_seq")]
    assert kinds == ["visit.recorded", *[SURVEY_ANSWERED] * 3]
    held = rows(kiosk_app, "SELECT id FROM survey_response WHERE released_on IS NULL")
    assert [r.id for r in held] == [later]

    assert kiosk_app.survey.release(NEXT) == 0  # again the same day: nothing twice
    assert kiosk_app.survey.release(NEXT + timedelta(days=1)) == 1
    assert sorted(sent_order(kiosk_app)) == sorted([*recorded, later])
    assert kiosk_app.survey.release(NEXT + timedelta(days=5)) == 0


def test_the_ops_are_shuffled_by_the_random_given(tmp_path: Path, clock: FakeClock) -> None:
    orders = []
    for seed in range(4):
        app = Kiosk.open(app_paths(tmp_path / f"desk-{seed}"), now=clock.now)
        try:
            recorded = record(app, 8)
            assert release_responses(app.db, NEXT, random.Random(seed)) == 8
            sent = sent_order(app)
        finally:
            app.close()
        assert sorted(sent) == sorted(recorded)
        orders.append(sent != recorded)
        expected = sorted(recorded)  # read in id order (random ids), then shuffled
        random.Random(seed).shuffle(expected)
        assert sent == expected
    assert any(orders)  # the order of answering is not the order sent


def test_a_release_that_fails_halfway_writes_nothing_and_the_next_writes_all_once(
    kiosk_app: Kiosk,
) -> None:
    recorded = record(kiosk_app, 5)
    with kiosk_app.db.engine.begin() as conn:  # the disk fills up after the ops and one mark
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE UPDATE ON survey_response WHEN (SELECT count(*) "
            "FROM survey_response WHERE released_on IS NOT NULL) >= 1 "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    with pytest.raises(IntegrityError):
        kiosk_app.survey.release(NEXT)
    assert rows(kiosk_app, "SELECT * FROM outbox") == []
    assert rows(kiosk_app, "SELECT * FROM survey_response WHERE released_on IS NOT NULL") == []

    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER refuse")
    assert kiosk_app.survey.release(NEXT) == 5
    assert kiosk_app.survey.release(NEXT) == 0
    assert sorted(sent_order(kiosk_app)) == sorted(recorded)  # each response once


def test_responses_stored_with_their_op_before_0009_are_not_sent_again(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    seeded_engine(path, "0008").dispose()  # one response, its op in the outbox
    db = Database(path)  # upgrades to head
    try:
        with db.query() as conn:
            marks = conn.execute(text("SELECT day, released_on FROM survey_response")).all()
        assert [tuple(m) for m in marks] == [("2026-11-20", "2026-11-20")]
        assert release_responses(db, date(2026, 12, 3)) == 0
        with db.query() as conn:
            ops = conn.execute(
                text("SELECT count(*) FROM outbox WHERE kind = :k"), {"k": SURVEY_ANSWERED}
            )
            assert ops.scalar_one() == 1
    finally:
        db.close()


def test_answers_given_at_the_demo_desk_go_with_the_demo(
    kiosk_app: Kiosk, clock: FakeClock
) -> None:
    kiosk_app.locations.create(demo_location(), demo=True)
    record(kiosk_app, 2)
    clock.advance(days=1)
    assert kiosk_app.survey.release(NEXT) == 2  # their ops written ...
    record(kiosk_app, 1)  # ... and one response held
    kiosk_app.locations.replace_demo(replace(demo_location(), desk_name="Balie 2"))
    assert rows(kiosk_app, "SELECT * FROM survey_response") == []
    assert rows(kiosk_app, f"SELECT * FROM outbox WHERE kind = '{SURVEY_ANSWERED}'") == []
    clock.advance(days=1)
    assert kiosk_app.survey.release(NEXT + timedelta(days=1)) == 0  # practice never sent


def test_a_response_released_again_after_a_restore_is_the_same_op(kiosk_app: Kiosk) -> None:
    recorded = record(kiosk_app, 3)
    assert kiosk_app.survey.release(NEXT) == 3
    first = rows(kiosk_app, "SELECT op_id, payload FROM outbox ORDER BY op_id")
    # A backup made before that release knows the responses as held; its op was carried over.
    unmark = "UPDATE survey_response SET released_on = NULL"
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(unmark)
    assert kiosk_app.survey.release(NEXT) == 0  # the ops are there: none written twice
    assert rows(kiosk_app, "SELECT op_id, payload FROM outbox ORDER BY op_id") == first
    assert rows(kiosk_app, "SELECT count(*) FROM survey_response WHERE released_on IS NULL") == [
        (0,)
    ]
    # The ops were acked and purged, or sent after the backup: written again, the same ops
    # (the server stores an op id once).
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM outbox")
        conn.exec_driver_sql(unmark)
    assert kiosk_app.survey.release(NEXT + timedelta(days=1)) == 3
    assert rows(kiosk_app, "SELECT op_id, payload FROM outbox ORDER BY op_id") == first
    assert sorted(sent_order(kiosk_app)) == sorted(recorded)
