"""The registration screen's flow: no silent carry-over, feedback, errors, undo, corrections."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.outbox import Backlog
from kiosk.visits import QuestionInput, VisitInput
from tests.ui.conftest import open_page
from tests.ui.test_registration_page import Actions, stored
from tests.ui.test_registration_page import dutch as dutch  # the app in Dutch (autouse)
from ui.registration import action_bar
from ui.registration_page import RegistrationPage
from ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def active(page: RegistrationPage, qtbot: QtBot) -> RegistrationPage:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.editor.topics.filter.setFocus()
    qtbot.waitUntil(lambda: page.editor.topics.filter.hasFocus(), timeout=2000)
    return page


def marks(page: RegistrationPage) -> dict[str, str]:
    sections = {**page.editor.sections, **page.visit.sections}
    return {n: s.mark.text() for n, s in sections.items() if s.mark.text()}


def statuses(kiosk: Kiosk) -> list[str]:
    with kiosk.db.read() as session:
        rows = session.execute(
            text(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM visit_void d WHERE d.visit_id = v.id) "
                "THEN 'void' WHEN EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = v.id) "
                "THEN 'corrected' ELSE 'active' END FROM visit v ORDER BY v.recorded_at, v.id"
            )
        ).all()
    return [r[0] for r in rows]


def huurtoeslag(actions: Actions, page: RegistrationPage) -> None:
    """A question from the frequent buttons: topic, help, save (three actions today)."""
    actions.click(page.editor.topics.frequent.button("toeslag_huur"))
    actions.click(page.editor.help.button("informatie"))
    actions.save(page)


def test_a_new_visitor_gets_an_empty_form_with_marked_defaults(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    ui_kiosk.registration.record(
        ui_desk.desk_id,
        VisitInput(
            questions=(
                QuestionInput(
                    topic="toeslag_zorg", organisation="toeslagen", help=("wegwijs",), note="x"
                ),
            ),
            channel="phone",
            duration="15_30",
        ),
    )
    page = open_page(qtbot, ui_kiosk, ui_desk, runner)
    question = page.editor.question()
    assert (question.topic, question.organisation, question.help, question.note) == (
        "",
        None,
        (),
        "",
    )
    assert page.visit.answers()["channel"] == "in_person"
    assert marks(page) == {"channel": "(standaard)", "duration": "(standaard)"}
    assert "standaard" in page.visit.channel.accessibleDescription()
    assert not page.visit.channel.property("carried")


def test_after_a_save_the_form_is_empty_again(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    page = active
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie", "wegwijs"])
    page.editor.note.setText("formulier mee")
    page.visit.channel.set_selected(["phone"])
    page.visit.duration.set_selected(["15_30"])
    page.visit.count.setValue(2)
    assert "channel" not in marks(page)  # chosen by the clerk: no longer "standaard"
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    assert page.editor.question() == QuestionInput(topic="", organisation=None)
    assert page.visit.answers()["channel"] == "in_person"
    assert page.visit.answers()["duration"] == "lt5"
    assert page.visit.count.value() == 1
    assert marks(page) == {"channel": "(standaard)", "duration": "(standaard)"}
    assert page.editor.topics.filter.hasFocus()


def test_repeat_marks_what_it_carried_over(active: RegistrationPage, qtbot: QtBot) -> None:
    page = active
    huurtoeslag(Actions(qtbot), page)
    qtbot.keyClick(page.editor.topics.filter, Qt.Key.Key_R, CTRL)
    assert page.editor.topics.topic() == "toeslag_huur"
    assert marks(page) == {
        "topic": "(overgenomen)",
        "organisation": "(overgenomen)",
        "help": "(overgenomen)",
        "channel": "(overgenomen)",
        "duration": "(overgenomen)",
    }
    assert page.editor.help.property("carried") is True
    assert "overgenomen" in page.editor.help.accessibleDescription()
    assert page.editor.sections["help"].mark.isVisible()
    page.editor.help.button("wegwijs").click()  # the clerk answers again: that mark goes
    assert "help" not in marks(page) and not page.editor.help.property("carried")
    assert "topic" in marks(page)


def test_key_counts_stay_within_todays(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    """Today (before the form emptied itself) a frequent topic took 3 actions, a DigiD one 4."""
    page = active
    first = Actions(qtbot)
    huurtoeslag(first, page)
    assert first.count <= 3
    again = Actions(qtbot)  # the same question again: Ctrl+R, Ctrl+Enter
    again.key(page.editor.topics.filter, Qt.Key.Key_R, CTRL)
    again.save(page)
    assert again.count <= 2
    digid = Actions(qtbot)
    digid.click(page.editor.topics.frequent.button("digid_aanvragen"))
    digid.click(page.editor.followup.button("aangevraagd"))
    digid.click(page.editor.help.button("samen_gedaan"))
    digid.save(page)
    assert digid.count <= 4
    assert [row[0] for row in stored(ui_kiosk)] == [
        "toeslag_huur",
        "toeslag_huur",
        "digid_aanvragen",
    ]


def test_each_confirmation_differs_and_is_announced(
    active: RegistrationPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []

    class Spy:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event: Any) -> None:
            told.append(event.message())

    monkeypatch.setattr(action_bar, "QAccessible", Spy)
    page = active
    huurtoeslag(Actions(qtbot), page)
    first = page.feedback.text()
    page.repeat_previous()
    Actions(qtbot).save(page)
    second = page.feedback.text()
    assert "opgeslagen (vandaag 1 bezoek)" in first
    assert "opgeslagen (vandaag 2 bezoeken)" in second
    assert f"{datetime.now():%H}:" in second
    assert first in told and second in told


def test_the_feedback_line_reads_as_a_status(page: RegistrationPage) -> None:
    interface = QAccessible.queryAccessibleInterface(page.feedback)
    assert interface is not None
    assert interface.role() == QAccessible.Role.StatusBar


def test_the_privacy_refusal_shows_under_the_note(active: RegistrationPage, qtbot: QtBot) -> None:
    page = active
    page.editor.topics.set_topic("toeslag_huur")
    page.editor.help.set_selected(["informatie"])
    page.editor.note.setText("bel 0612345678 terug")
    with qtbot.waitSignal(page.refused, timeout=5000):
        page.save()
    error = page.editor.sections["note"].error
    assert error.isVisible() and "telefoonnummer" in error.text()
    assert error.text() in page.editor.note.accessibleDescription()
    below = error.mapTo(page, QPoint(0, 0)).y() - page.editor.note.mapTo(page, QPoint(0, 0)).y()
    assert 0 < below <= page.editor.note.height() + 12  # directly under the field
    assert page.editor.note.hasFocus()
    qtbot.keyClicks(page.editor.note, "x")  # typing again takes the message away
    assert not error.isVisible()


def test_a_missing_topic_shows_beside_the_topic(active: RegistrationPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(active.refused, timeout=5000):
        active.save()
    error = active.editor.sections["topic"].error
    assert error.isVisible() and "onderwerp" in error.text()


def test_undo_voids_the_visit_and_gives_the_answers_back(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    page = active
    waiting: list[int] = []
    backlogs: list[Backlog] = []
    page.waiting_changed.connect(backlogs.append)
    page.waiting_changed.connect(lambda backlog: waiting.append(backlog.operations))
    huurtoeslag(Actions(qtbot), page)
    assert page.undo_button.isVisible()
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 1 and waiting[-1:] == [1], timeout=5000)
    with qtbot.waitSignal(page.voided, timeout=5000):
        qtbot.keyClick(page.editor.topics.filter, Qt.Key.Key_Z, CTRL)
    assert statuses(ui_kiosk) == ["void"]
    assert page.editor.topics.topic() == "toeslag_huur"
    assert page.editor.help.selected() == ["informatie"]
    assert not page.undo_button.isVisible()
    assert "ongedaan gemaakt" in page.feedback.text()
    qtbot.waitUntil(lambda: waiting[-1:] == [2], timeout=5000)  # the void op waits too
    assert backlogs[-1].visits == 1  # saved and undone: one visit to send, two operations
    qtbot.waitUntil(lambda: page.day.model.row_at(0).status == "void", timeout=5000)
    with ui_kiosk.db.read() as session:
        reason = session.execute(text("SELECT reason FROM visit_void")).scalar_one()
    assert reason == "ongedaan gemaakt"
    Actions(qtbot).save(page)  # fixed and saved again
    assert statuses(ui_kiosk) == ["void", "active"]


def test_the_count_in_the_confirmation_is_the_day_lists(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    """Today's count is read in one query after a save; it agrees with the day list's."""
    page, registration, desk = active, ui_kiosk.registration, ui_desk.desk_id
    huurtoeslag(Actions(qtbot), page)
    page.repeat_previous()
    page.visit.count.setValue(3)  # a tally of three
    Actions(qtbot).save(page)
    yesterday = datetime.now().astimezone().replace(microsecond=0) - timedelta(days=1)
    registration.record(
        desk,
        VisitInput(
            questions=(
                QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("informatie",)),
            ),
            channel="phone",
            duration="lt5",
            occurred_at=yesterday,
        ),
    )
    first = registration.day(desk).rows[-1].id
    registration.void(desk, first, "dubbel")
    assert registration.day_count(desk) == registration.day(desk).visits == 3
    assert registration.day_count(desk, yesterday.date()) == 1
    assert "vandaag 4 bezoeken" in page.feedback.text()


def test_undo_only_takes_back_the_last_save(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    page = active
    huurtoeslag(Actions(qtbot), page)
    page.repeat_previous()
    Actions(qtbot).save(page)
    with qtbot.waitSignal(page.voided, timeout=5000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert statuses(ui_kiosk) == ["active", "void"]
    qtbot.keyClick(page.editor.topics.filter, Qt.Key.Key_Z, CTRL)  # nothing more to undo
    page.runner.wait_idle()
    assert statuses(ui_kiosk) == ["active", "void"]


def test_undo_keeps_the_next_visit_already_begun(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    page = active
    huurtoeslag(Actions(qtbot), page)
    page.editor.topics.set_topic("toeslag_zorg")  # the next visitor's question, begun
    with qtbot.waitSignal(page.voided, timeout=5000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert statuses(ui_kiosk) == ["void"]
    assert page.editor.topics.topic() == "toeslag_zorg"
    assert "blijft staan" in page.feedback.text()


def test_correct_visit_loads_a_visit_of_another_day(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    earlier = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(days=3)
    saved = ui_kiosk.registration.record(
        ui_desk.desk_id,
        VisitInput(
            questions=(
                QuestionInput(topic="toeslag_zorg", organisation="toeslagen", help=("wegwijs",)),
            ),
            channel="phone",
            duration="15_30",
            occurred_at=earlier,
        ),
    )
    page = active
    page.correct_visit(saved.visit_ids[0])
    qtbot.waitUntil(page.correcting_banner.isVisible, timeout=5000)
    assert earlier.strftime("%d-%m-%Y %H:%M") in page.correcting_banner.text()
    assert page.editor.topics.topic() == "toeslag_zorg"
    page.editor.help.set_selected(["samen_gedaan"])
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    assert sorted(statuses(ui_kiosk)) == ["active", "corrected"]
    assert not page.correcting_banner.isVisible()


def test_history_opens_and_its_correction_comes_here(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    history = pytest.importorskip("ui.history_dialog")
    page = active
    huurtoeslag(Actions(qtbot), page)
    qtbot.keyClick(page.editor.topics.filter, Qt.Key.Key_H, CTRL)
    dialog = page.findChild(history.HistoryDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    with ui_kiosk.db.read() as session:
        visit_id = session.execute(text("SELECT id FROM visit")).scalar_one()
    dialog.correct_requested.emit(visit_id)
    qtbot.waitUntil(page.correcting_banner.isVisible, timeout=5000)
    dialog.close()


def _inside(widget: QWidget, window: QWidget) -> bool:
    area = QRect(QPoint(0, 0), window.size())
    return area.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def test_a_laptop_at_150_percent_keeps_save_and_focus_in_sight(
    active: RegistrationPage, qtbot: QtBot
) -> None:
    page = active
    assert page.minimumSizeHint().width() <= 910
    page.resize(910, 485)
    qtbot.waitUntil(page.day_collapsed, timeout=2000)
    assert page.width() == 910
    assert _inside(page.save_button, page)
    viewport = page.question_scroll.viewport()
    for control in (page.editor.note, page.visit.walking, page.editor.topics.filter):
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus, timeout=2000)
        assert _inside(control, viewport), control.objectName()
        assert _inside(page.save_button, page)


def test_a_correction_outside_the_branchs_window_is_refused_and_changes_nothing(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    earlier = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(days=10)
    saved = ui_kiosk.registration.record(
        ui_desk.desk_id,
        VisitInput(
            questions=(
                QuestionInput(topic="toeslag_zorg", organisation="toeslagen", help=("wegwijs",)),
            ),
            channel="phone",
            duration="15_30",
            occurred_at=earlier,
        ),
    )
    page = active
    page.correct_visit(saved.visit_ids[0])
    qtbot.waitUntil(page.correcting_banner.isVisible, timeout=5000)
    ui_kiosk.settings.save(history_days=7)  # the branch narrows the window meanwhile
    with qtbot.waitSignal(page.refused, timeout=5000) as refused:
        page.save()
    assert "7 dagen" in refused.args[0]
    assert statuses(ui_kiosk) == ["active"]
