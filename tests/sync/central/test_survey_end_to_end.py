"""A visitor's answers from the desk to the central and a new survey version back, exactly once.

A real desk (its own folder, database and sync client) against the central on uvicorn, on
SQLite and PostgreSQL: answers recorded at the desk leave it with the first sync of a later
day (never beside the day's visits) and reach ``survey_response`` once however often they are
sent (a lost answer, a repeated run), and a survey version published on the central reaches
the desk's ``survey`` folder and is asked from the desk's next start.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from kiosk.survey.definition import shipped_files
from sync.central.app import create_app
from sync.central.settings import Settings
from sync.central.surveys import install_survey_file
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import FakeClock, make_visit_input
from tests.sync.central.conftest import Central, ServerClock
from tests.sync.central.test_catalogue_v2 import DeskApp
from tests.sync.central.test_central_planning_race import Server

NEXT = 1 + max(json.loads(t)["version"] for _, t in shipped_files())


@pytest.fixture
def next_version(settings: Settings, tmp_path: Path) -> int:
    """Install the next survey version on the central before it starts (the CLI's way)."""
    data = json.loads(shipped_files()[-1][1])
    data["version"] = NEXT
    data["questions"][0]["text"]["nl"] = "Bent u vandaag goed geholpen door ons?"
    source = tmp_path / "new-survey.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return install_survey_file(source, settings.data_dir)


def open_desk(folder: DeskApp) -> tuple[Kiosk, SyncClient]:
    """Open the desk and its sync client, both on the desk's clock (a day can pass)."""
    app = Kiosk.open(folder.paths, now=folder.clock.now)
    tokens = TokenStore(folder.config, backend=fail.Keyring())
    return app, SyncClient.for_kiosk(app, tokens=tokens, now=folder.clock.now)


@pytest.fixture
def server(
    next_version: int, central: Central, settings: Settings, server_clock: ServerClock
) -> Iterator[Server]:
    with Server(create_app(settings, now=server_clock.now)) as running:
        yield running


def test_answers_reach_the_central_once_and_the_new_version_reaches_the_desk(
    central: Central, server: Server, server_clock: ServerClock, tmp_path: Path
) -> None:
    desk_folder = DeskApp(app_paths(tmp_path / "desk"), FakeClock(), tmp_path / "config")
    app, client = open_desk(desk_folder)
    try:
        desk = app.locations.create(demo_location())
        client.enroll(server.url, central.code(), "Balie 1")
        survey = app.survey.current()
        answers = {q.code: None for q in survey.questions}
        app.registration.record(desk.desk_id, make_visit_input())
        app.survey.record(survey.version, "ar", {**answers, "helped": "yes"})
        app.survey.record(survey.version, "nl", {**answers, "found_via": "municipality"})

        same_day = client.sync_once(force=True)
        assert same_day.ok, same_day.error
        assert central.count("visit") == 1
        assert central.count("survey_response") == 0  # the answers wait for the next day

        desk_folder.clock.advance(days=1)
        server_clock.advance(days=1)
        first = client.sync_once(force=True)
        assert first.ok, first.error
        assert central.count("survey_response") == 2

        # The answer to that batch was lost: the desk sends its ops again.
        with app.db.engine.begin() as conn:
            conn.execute(text("UPDATE outbox SET state = 'pending', server_seq = NULL"))
        again = client.sync_once(force=True)
        assert again.ok, again.error
        client.sync_once(force=True)  # and a run with nothing new

        # Restored from a backup of before the release: the responses held again, their ops
        # gone (acked and purged). Released again, they are the same ops: duplicates.
        with app.db.engine.begin() as conn:
            conn.execute(text("DELETE FROM outbox WHERE kind = 'survey.answered'"))
            conn.execute(text("UPDATE survey_response SET released_on = NULL"))
        restored = client.sync_once(force=True)
        assert restored.ok, restored.error
        with app.db.engine.connect() as conn:
            statuses = conn.execute(
                text("SELECT result_status FROM outbox WHERE kind = 'survey.answered'")
            ).all()
        assert [s for (s,) in statuses] == ["duplicate", "duplicate"]
    finally:
        client.close()
        app.close()

    assert central.count("survey_response") == 2
    assert central.count("survey_answer") == 2
    rows = central.rows("SELECT language, day FROM survey_response ORDER BY language")
    assert [(r.language, str(r.day)) for r in rows] == [("ar", "2026-11-28"), ("nl", "2026-11-28")]
    pulled = desk_folder.paths.data_dir / "survey" / f"survey-{NEXT}.json"
    assert pulled.is_file()

    app, client = open_desk(desk_folder)  # the next start asks the new version
    try:
        newest = app.survey.current()
        assert newest.version == NEXT
        assert newest.questions[0].text["nl"] == "Bent u vandaag goed geholpen door ons?"
        app.survey.record(
            NEXT, "uk", {q.code: "no" if q.code == "helped" else None for q in newest.questions}
        )
        assert client.sync_once(force=True).ok
        assert central.count("survey_response") == 2
        desk_folder.clock.advance(days=1)
        server_clock.advance(days=1)
        assert client.sync_once(force=True).ok
    finally:
        client.close()
        app.close()
    versions = central.rows("SELECT survey_version, day FROM survey_response ORDER BY day")
    assert [(r.survey_version, str(r.day)) for r in versions] == [
        (1, "2026-11-28"),
        (1, "2026-11-28"),
        (NEXT, "2026-11-29"),
    ]
