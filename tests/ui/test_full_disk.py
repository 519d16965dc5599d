"""A full disk at the desk: a plain message, nothing half-written, reading goes on, and saving
resumes by itself once there is room again (issue 17 §2).

The disk is made full for real, the way SQLite sees it: every connection the app opens may not
grow the database file past its size (``PRAGMA max_page_count``), and the same save is repeated
until SQLite answers SQLITE_FULL, so the pages the next save needs are not there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.errors import StorageError
from kiosk.history import HistoryQuery
from kiosk.locations import DeskInfo
from kiosk.overview.periods import period
from kiosk.planning.records import BookingInput, TemplateInput
from tests.conftest import make_visit_input
from tests.kiosk.test_db import counts, on_every_new_connection
from ui import words
from ui.disk_notice import DiskNotice
from ui.registration_page import RegistrationPage
from ui.settings_page import SettingsDialog
from ui.tasks import TaskRunner


def pages(app: Kiosk) -> int:
    """Return how many pages the database file has now."""
    with app.db.engine.connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA page_count").scalar())


def fill_disk(app: Kiosk, write: Callable[[], object]) -> Callable[[], None]:
    """Let the database grow no further, then repeat *write* until the disk is full.

    Returns the undo: room again (the app's connections are replaced, as after freeing space).
    """
    undo = on_every_new_connection(app, f"PRAGMA max_page_count = {pages(app)}")
    for _ in range(5000):
        try:
            write()
        except StorageError as error:
            assert error.code == "full"
            return undo
    undo()
    raise AssertionError("the disk never filled up")


def test_a_full_disk_keeps_the_entry_reading_goes_on_and_saving_resumes(
    page: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    planning = ui_kiosk.planning
    season = planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    helper = planning.save_helper("Anja", planning.save_partner("FNV").id, ("aangifte",))
    planning.save_template(season.id, TemplateInput(helper.id, 2, time(10), time(12), 30))
    planning.generate(season.id)
    cells = planning.grid(season.id).cells
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie"])
    entry = page.current_input()
    undo = fill_disk(ui_kiosk, lambda: ui_kiosk.registration.record(ui_desk.desk_id, entry))
    before = counts(ui_kiosk)
    try:
        with qtbot.waitSignal(page.refused, timeout=5000) as refused:
            page.save()
        said = refused.args[0]
        assert said.startswith("De schijf is vol: dit is niet opgeslagen.")
        assert "ICT-afdeling" in said and "Wat u hebt ingevuld, blijft staan." in said
        assert said in page.feedback.text()
        assert page.current_input() == entry  # nothing typed is lost
        assert counts(ui_kiosk) == before  # no visit without its outbox row, nor the reverse

        # Reading goes on: the day list, the history, the Overzicht, the Belastinghulp grid.
        page.refresh()
        qtbot.waitUntil(lambda: page.day.model.rowCount() == before["visit"], timeout=5000)
        found = ui_kiosk.history.search(ui_desk.desk_id, HistoryQuery(limit=50))
        assert len(found.rows) == before["visit"]
        figures = ui_kiosk.overview.figures(period("year", date.today()))
        assert figures.visits == before["visit"]
        assert planning.grid(season.id).cells == cells
    finally:
        undo()

    with qtbot.waitSignal(page.saved, timeout=5000):  # room again: no restart needed
        page.save()
    after = counts(ui_kiosk)
    assert after["visit"] == before["visit"] + 1 and after["outbox"] == before["outbox"] + 1


def test_the_other_saves_say_the_same(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    planning = ui_kiosk.planning
    season = planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    helper = planning.save_helper("Anja", planning.save_partner("FNV").id, ("aangifte",))
    planning.save_template(season.id, TemplateInput(helper.id, 2, time(10), time(12), 30))
    planning.generate(season.id)
    slots = list(planning.grid(season.id).cells.values())
    person = BookingInput(name="Jan", phone="0612345678", purpose=("aangifte",))
    taken = iter(slots)
    undo = fill_disk(ui_kiosk, lambda: planning.book(next(taken).id, person))
    try:
        with pytest.raises(StorageError) as caught:
            planning.book(next(taken).id, person)
        assert words.error_text(caught.value).startswith("De schijf is vol: dit is niet")
    finally:
        undo()

    filler = iter(range(100_000))

    def fill_settings() -> None:
        with ui_kiosk.db.write() as session:
            session.execute(
                text("INSERT INTO app_setting (key, value) VALUES (:k, 'x')"),
                {"k": f"test.filler.{next(filler):06d}"},
            )

    undo = fill_disk(ui_kiosk, fill_settings)
    try:
        dialog = SettingsDialog(ui_kiosk.settings, runner, ui_kiosk.settings.read(), "Centrum")
        qtbot.addWidget(dialog)
        dialog.idle.setValue(17)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: "schijf is vol" in dialog.message.text(), timeout=5000)
        assert dialog.idle.value() == 17 and dialog.save_button.isEnabled()  # kept for a retry
    finally:
        undo()
    assert ui_kiosk.settings.read().idle_minutes != 17


def test_the_overzicht_counts_what_it_kept_when_it_cannot_catch_up(
    ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    now = datetime.now().astimezone()
    year = period("year", now.date())
    overview = ui_kiosk.overview
    overview.figures(year)  # the rollup is up to date
    for days in range(1, 61):  # visits on 60 earlier days: their counts are not kept yet
        moment = now - timedelta(days=days)
        ui_kiosk.registration.record(ui_desk.desk_id, make_visit_input(occurred_at=moment))
    undo = on_every_new_connection(ui_kiosk, f"PRAGMA max_page_count = {pages(ui_kiosk)}")
    try:
        with pytest.raises(StorageError):  # keeping the 60 days' counts needs room
            overview.catch_up()
        kept = overview.figures(year)  # reading still answers, with the counts kept
    finally:
        undo()
    assert kept.visits == 0  # the 60 days are not counted yet: the figures lag, nothing fails
    expected = sum(1 for d in range(1, 61) if (now - timedelta(days=d)).year == now.year)
    assert overview.figures(year).visits == expected  # room again: caught up by itself


def test_the_notice_stays_in_sight_until_a_save_works_again(
    page: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    notice = DiskNotice()
    qtbot.addWidget(notice)
    runner.disk_full.connect(notice.set_full)
    assert notice.isHidden()  # shown only while the disk is full
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie"])
    entry = page.current_input()
    undo = fill_disk(ui_kiosk, lambda: ui_kiosk.registration.record(ui_desk.desk_id, entry))
    try:
        with qtbot.waitSignal(runner.disk_full, timeout=5000) as full:
            page.save()
        assert full.args == [True] and not notice.isHidden()
        assert notice.text().startswith("⚠ De schijf is vol") and notice.accessibleName()
        page.refresh()  # reading changes nothing: the notice stays
        qtbot.waitUntil(lambda: runner.idle, timeout=5000)
        assert not notice.isHidden()
    finally:
        undo()
    with qtbot.waitSignal(runner.disk_full, timeout=5000) as room:
        page.save()
    assert room.args == [False] and notice.isHidden()
