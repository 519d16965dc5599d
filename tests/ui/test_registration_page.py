"""The registration screen, driven like a clerk would: clicks and keys, counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.errors import StorageError
from kiosk.locations import DeskInfo
from kiosk.outbox import Backlog
from kiosk.visits import QuestionInput, VisitInput
from tests.ui.conftest import open_page
from ui.i18n import install_language, uninstall_language
from ui.registration_page import RegistrationPage
from ui.tasks import TaskRunner


class Actions:
    """Performs clicks and key presses on widgets and counts them (one chord = one action)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type(self, widget: QWidget, text_: str) -> None:
        self.qtbot.keyClicks(widget, text_)
        self.count += len(text_)

    def save(self, page: RegistrationPage) -> None:
        with self.qtbot.waitSignal(page.saved, timeout=5000):
            self.key(
                page.focusWidget() or page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )


def stored(kiosk: Kiosk) -> list[tuple[str, str, str, str | None]]:
    with kiosk.db.read() as session:
        rows = session.execute(
            text(
                "SELECT q.topic, q.organisation, q.help, q.digid_followup FROM question q "
                "JOIN visit v ON v.id = q.visit_id ORDER BY v.recorded_at, q.position"
            )
        ).all()
    return [tuple(r) for r in rows]


def counts(kiosk: Kiosk) -> tuple[int, int, int]:
    with kiosk.db.read() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("visit", "question", "outbox")
        )


@pytest.fixture(autouse=True)
def dutch(qapp: QApplication) -> Iterator[None]:
    """The app's Dutch, as it starts: the translator gives the Dutch plural forms."""
    install_language(qapp, "nl")
    yield
    uninstall_language(qapp)


@pytest.fixture
def active(page: RegistrationPage, qtbot: QtBot) -> RegistrationPage:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.editor.topics.filter.setFocus()
    qtbot.waitUntil(lambda: page.editor.topics.filter.hasFocus(), timeout=2000)
    return page


def first_visit(actions: Actions, page: RegistrationPage) -> None:
    """DigiD aanvragen, done together: topic, follow-up, help, save."""
    actions.click(page.editor.topics.frequent.button("digid_aanvragen"))
    actions.click(page.editor.followup.button("aangevraagd"))
    actions.click(page.editor.help.button("samen_gedaan"))
    actions.save(page)


def test_first_digid_question_takes_four_actions(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    actions = Actions(qtbot)
    first_visit(actions, active)
    assert actions.count == 4
    assert stored(ui_kiosk) == [("digid_aanvragen", "logius", '["samen_gedaan"]', "aangevraagd")]
    assert "opgeslagen (vandaag 1 bezoek)" in active.feedback.text()


def test_the_same_question_again_takes_two_keys(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    first_visit(Actions(qtbot), active)
    assert active.editor.topics.topic() is None  # nothing carried over silently
    actions = Actions(qtbot)
    actions.key(active.editor.topics.filter, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    actions.save(active)
    assert actions.count == 2
    rows = stored(ui_kiosk)
    assert len(rows) == 2 and rows[0] == rows[1]


def test_the_previous_visit_is_repeatable_after_a_restart(
    qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    ui_kiosk.registration.record(
        ui_desk.desk_id,
        VisitInput(
            questions=(
                QuestionInput(topic="toeslag_zorg", organisation="toeslagen", help=("wegwijs",)),
            ),
            channel="phone",
            duration="15_30",
        ),
    )
    page = open_page(qtbot, ui_kiosk, ui_desk, runner)
    page.activateWindow()
    page.editor.topics.filter.setFocus()
    assert page.editor.topics.topic() is None  # a new visitor: an empty form
    assert page.visit.answers()["channel"] == "in_person"  # the desk's default, marked
    assert page.visit.sections["channel"].mark.text() == "(standaard)"
    actions = Actions(qtbot)
    actions.key(page.editor.topics.filter, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    actions.save(page)
    assert actions.count == 2
    visit = ui_kiosk.registration.last_visit(ui_desk.desk_id)
    assert visit is not None
    assert (visit.channel, visit.duration) == ("phone", "15_30")
    assert visit.questions[0].topic == "toeslag_zorg"


def test_repeat_previous_brings_back_every_question(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    actions = Actions(qtbot)
    actions.click(active.editor.topics.frequent.button("toeslag_huur"))
    actions.click(active.editor.help.button("informatie"))
    actions.click(active.another_button)
    actions.type(active.editor.topics.filter, "pasp")
    actions.key(active.editor.topics.filter, Qt.Key.Key_Return)
    actions.click(active.editor.help.button("wegwijs"))
    actions.save(active)
    assert len(stored(ui_kiosk)) == 2
    assert not active.tabs.isVisible()  # back to one question for the next visit
    again = Actions(qtbot)
    again.key(active.editor.topics.filter, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert active.tabs.count() == 2
    again.save(active)
    assert again.count == 2
    topics = [row[0] for row in stored(ui_kiosk)]
    assert topics == ["toeslag_huur", "paspoort_id", "toeslag_huur", "paspoort_id"]


@pytest.mark.parametrize(
    "scenario",
    ["typed_topic_other_organisation", "digid_with_referral", "library_question"],
)
def test_any_question_takes_at_most_eight_actions(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, scenario: str
) -> None:
    page, actions = active, Actions(qtbot)
    if scenario == "typed_topic_other_organisation":
        actions.type(page.editor.topics.filter, "kin")
        actions.key(page.editor.topics.filter, Qt.Key.Key_Return)
        combo = page.editor.more_organisations
        actions.click(combo)  # opens the list ...
        index = combo.findData("gemeente")
        combo.hidePopup()
        combo.setCurrentIndex(index)  # ... and picking an entry is the second action
        combo.activated.emit(index)
        actions.count += 1
        actions.click(page.editor.help.button("informatie"))
        expected = ("toeslag_kinderopvang", "gemeente", '["informatie"]', None)
    elif scenario == "digid_with_referral":
        actions.click(page.editor.topics.frequent.button("digid_kwijt"))
        actions.click(page.editor.followup.button("naar_balie"))
        actions.click(page.editor.help.button("doorverwezen"))
        actions.click(page.editor.referral.button("dienstverlener"))
        expected = ("digid_kwijt", "logius", '["doorverwezen"]', "naar_balie")
    else:
        actions.type(page.editor.topics.filter, "print")
        actions.key(page.editor.topics.filter, Qt.Key.Key_Return)
        actions.click(page.editor.help.button("samen_gedaan"))
        expected = ("bieb_printen", "nvt", '["samen_gedaan"]', None)
    actions.save(page)
    assert actions.count <= 8, scenario
    assert stored(ui_kiosk) == [expected]


def test_keyboard_only_registration(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk
) -> None:
    page = active
    filter_ = page.editor.topics.filter
    qtbot.keyClicks(filter_, "zorgt")
    qtbot.keyClick(filter_, Qt.Key.Key_Return)
    assert page.editor.topics.topic() == "toeslag_zorg"
    qtbot.keyClick(filter_, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "Geboden &hulp"
    focused = page.focusWidget()
    assert focused is page.editor.help.button("informatie")
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    assert page.focusWidget() is page.editor.help.button("wegwijs")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Space)
    assert page.editor.help.selected() == ["wegwijs"]
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(ui_kiosk) == [("toeslag_zorg", "toeslagen", '["wegwijs"]', None)]
    assert page.editor.topics.filter.hasFocus()  # ready for the next visitor


def test_tally_and_backdating(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo
) -> None:
    page = active
    page.editor.topics.set_topic("apparaat_smartphone")
    page.editor.help.set_selected(["samen_gedaan"])
    page.visit.count.setValue(5)
    earlier = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(hours=1)
    page.visit.set_occurred_at(earlier)
    with qtbot.waitSignal(page.saved, timeout=5000) as blocker:
        page.save()
    assert len(blocker.args[0].visit_ids) == 5
    assert "5 bezoeken" in page.feedback.text()
    # The day the visits happened on (just after midnight an hour back is yesterday).
    day = ui_kiosk.registration.day(ui_desk.desk_id, earlier.date())
    assert day.visits == 5
    assert {row.occurred_local.replace(second=0, microsecond=0) for row in day.rows} == {earlier}
    assert page.visit.count.value() == 1 and page.visit.occurred_at() is None


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda p: p.editor.set_question(None), "Kies een onderwerp"),
        (
            lambda p: (
                p.editor.topics.set_topic("toeslag_huur"),
                p.editor.help.set_selected(["informatie"]),
                p.editor.note.setText("BSN 111222333 gaf ze op"),
            ),
            "BSN",
        ),
        (
            lambda p: (
                p.editor.topics.set_topic("digid_app"),
                p.editor.help.set_selected(["informatie"]),
            ),
            "DigiD",
        ),
    ],
)
def test_refused_input_shows_dutch_message_and_saves_nothing(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, prepare, message: str
) -> None:
    prepare(active)
    before = counts(ui_kiosk)
    with qtbot.waitSignal(active.refused, timeout=5000) as blocker:
        active.save()
    assert message in blocker.args[0]
    assert message in active.feedback.text()
    assert "Traceback" not in active.feedback.text()
    assert counts(ui_kiosk) == before
    assert active.save_button.isEnabled()


def test_empty_visit_is_refused(active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk) -> None:
    active.clear()
    with qtbot.waitSignal(active.refused, timeout=5000) as blocker:
        active.save()
    assert "onderwerp" in blocker.args[0]
    assert counts(ui_kiosk) == (0, 0, 0)


def test_storage_error_is_reported_plainly(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, monkeypatch
) -> None:
    def full(*_args, **_kwargs):
        raise StorageError("full")

    monkeypatch.setattr(ui_kiosk.registration, "record", full)
    active.editor.topics.set_topic("toeslag_huur")
    active.editor.help.set_selected(["informatie"])
    with qtbot.waitSignal(active.refused, timeout=5000):
        active.save()
    assert "schijf is vol" in active.feedback.text()
    assert active.editor.topics.topic() == "toeslag_huur"  # the entry is kept for a retry


def test_correct_and_void_from_the_day_list(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, monkeypatch
) -> None:
    page = active
    first_visit(Actions(qtbot), page)
    page.repeat_previous()  # the same question again
    Actions(qtbot).save(page)
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 2, timeout=5000)
    page.day.table.selectRow(0)
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.mouseClick(page.day.correct_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.correcting_banner.isVisible(), timeout=5000)
        page.editor.topics.set_topic("digid_kwijt")
        page.editor.followup.set_selected(["hersteld"])
        page.save()
    qtbot.waitUntil(lambda: page.day.model.rowCount() == 3, timeout=5000)
    statuses = sorted(page.day.model.row_at(r).status for r in range(3))
    assert statuses == ["active", "active", "corrected"]
    assert "2 bezoeken" in page.day.count.text()

    monkeypatch.setattr(page, "confirm_void", lambda _description: "dubbel")
    active_rows = [r for r in range(3) if page.day.model.row_at(r).status == "active"]
    page.day.table.selectRow(active_rows[0])
    qtbot.mouseClick(page.day.void_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 bezoek," in page.day.count.text(), timeout=5000)
    assert ui_kiosk.registration.day(ui_desk.desk_id).visits == 1


def test_cancelled_void_changes_nothing(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, monkeypatch
) -> None:
    first_visit(Actions(qtbot), active)
    qtbot.waitUntil(lambda: active.day.model.rowCount() == 1, timeout=5000)
    monkeypatch.setattr(active, "confirm_void", lambda _description: None)
    before = counts(ui_kiosk)
    active.day.table.selectRow(0)
    qtbot.mouseClick(active.day.void_button, Qt.MouseButton.LeftButton)
    active.runner.wait_idle()
    assert counts(ui_kiosk) == before


def test_waiting_count_follows_saves(active: RegistrationPage, qtbot: QtBot) -> None:
    seen: list[Backlog] = []
    active.waiting_changed.connect(seen.append)
    first_visit(Actions(qtbot), active)
    qtbot.waitUntil(
        lambda: bool(seen) and seen[-1] == Backlog(visits=1, operations=1), timeout=5000
    )


def test_the_day_list_follows_the_outbox_and_keeps_the_chosen_visit(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    first_visit(Actions(qtbot), active)
    active.repeat_previous()
    Actions(qtbot).save(active)
    qtbot.waitUntil(lambda: active.day.model.rowCount() == 2, timeout=5000)
    active.day.table.selectRow(1)
    chosen = active.day.selected()
    assert chosen is not None and not chosen.sent

    def acked() -> None:  # what a sync run's answer does, on the database lane
        with ui_kiosk.db.write() as session:
            session.execute(text("UPDATE outbox SET state = 'acked'"))

    with qtbot.waitSignal(active.refreshed, timeout=5000):
        runner.submit(acked)
    assert all(active.day.model.row_at(r).sent for r in range(2))
    assert active.day.selected() is not None and active.day.selected().id == chosen.id


def test_changes_elsewhere_leave_the_registration_screen_be(
    active: RegistrationPage, qtbot: QtBot, ui_kiosk: Kiosk, runner: TaskRunner
) -> None:
    def setting() -> None:  # neither visits nor the outbox
        with ui_kiosk.db.write() as session:
            session.execute(text("INSERT INTO app_setting (key, value) VALUES ('x', 'y')"))

    with (
        qtbot.assertNotEmitted(active.refreshed, wait=300),
        qtbot.waitSignal(runner.changed, timeout=5000),
    ):
        runner.submit(setting)


def test_the_visit_panel_gives_and_shows_every_answer_the_clerk_gives(
    page: RegistrationPage,
) -> None:
    """The screen passes the panel's answers on by name: the panel has every one of the form's."""
    from kiosk.protocol.visits import CLERK_ANSWERS

    assert set(page.visit.answers()) == set(CLERK_ANSWERS)
    shown = VisitInput(questions=(), channel="phone", duration="15_30", mode="walking")
    page.visit.show_answers(shown)
    assert page.visit.answers() == {name: getattr(shown, name) for name in CLERK_ANSWERS}
    entered = page.current_input()
    assert {name: getattr(entered, name) for name in CLERK_ANSWERS} == page.visit.answers()
