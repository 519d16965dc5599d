"""The registration screen and its dialogs switch language live, keeping the form in progress."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.history import HistoryRow
from kiosk.locations import DeskInfo
from kiosk.registration import DaySummary
from kiosk.visits import QuestionInput, VisitInput
from tests.ui.conftest import open_page
from tests.ui.test_registration_page import Actions, stored
from ui.day_list import DayPanel
from ui.history_model import HistoryModel
from ui.i18n import install_language, uninstall_language
from ui.registration_page import RegistrationPage
from ui.tasks import TaskRunner
from ui.void_dialog import VoidDialog

#: Words that read the same in both languages (names, codes of the trade, key names).
SAME = {"DigiD", "IDO", "BSN", "Ctrl", "Status"}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The app in Dutch; back to Dutch (and no translator) after the test."""
    install_language(qapp, "nl")
    try:
        yield qapp
    finally:
        install_language(qapp, "nl")
        uninstall_language(qapp)


def switch(app: QApplication, language: str) -> None:
    """Install *language* and let Qt deliver its LanguageChange events (they are posted)."""
    install_language(app, language)
    QApplication.processEvents()


def _same_in_both(text: str) -> bool:
    """A text that may rightly stay as it is: empty, a number, a time, a shared name."""
    words = "".join(c if c.isalpha() else " " for c in text).split()
    same_labels = {
        o.nl for c in load_catalogues() for lst in c.lists.values() for o in lst if o.nl == o.en
    }
    return (
        not words
        or text in same_labels
        or text.strip("() ✔") in same_labels
        or all(w in SAME for w in words)
    )


def visible_texts(root: QWidget) -> dict[int, tuple[str, str]]:
    """Return id -> (object name, text) of every visible label and button under *root*."""
    found: dict[int, tuple[str, str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found[id(widget)] = (widget.objectName(), widget.text())
    return found


def fill_form(page: RegistrationPage, qtbot: QtBot) -> datetime:
    """Topic, help, a note, three visits, an earlier time; the focus ends in the note."""
    actions = Actions(qtbot)
    actions.click(page.editor.topics.frequent.button("toeslag_huur"))
    actions.click(page.editor.help.button("samen_gedaan"))
    page.editor.note.setFocus()
    actions.type(page.editor.note, "formulier mee")
    page.visit.count.setValue(3)
    page.visit.now.setChecked(False)
    earlier = QDateTime.currentDateTime().addSecs(-3600)
    page.visit.when.setDateTime(earlier)
    page.editor.note.setFocus()
    qtbot.waitUntil(page.editor.note.hasFocus, timeout=2000)
    moment = earlier.toPython()
    assert isinstance(moment, datetime)
    return moment


def test_switching_keeps_the_form_and_every_word_turns_english(
    app: QApplication, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    page = open_page(qtbot, ui_kiosk, ui_desk, runner)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    fill_form(page, qtbot)
    page.visit.show_error(
        "duration", lambda: QCoreApplication.translate("registration", "Kies hoe lang het duurde.")
    )
    dutch = visible_texts(page)
    before = page.current_input()

    switch(app, "en")

    assert page.current_input() == before  # answers, note, count, time: all kept
    assert page.editor.note.hasFocus()
    assert page.editor.help.button("samen_gedaan").isChecked()
    assert page.visit.sections["channel"].mark.text() == "(default)"
    assert page.save_button.text() == "Save  (Ctrl+Enter)"
    assert page.editor.sections["topic"].heading.accessibleName() == "Topic"
    huur = load_catalogues().current.get("topic", "toeslag_huur")
    assert huur is not None
    assert page.editor.topics.frequent.button("toeslag_huur").text() == huur.en
    assert page.editor.topics.filter.placeholderText().startswith("Type to search")
    assert page.day.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert page.day.count.text().startswith("Today")
    assert "/" in page.visit.when.text()  # en_GB: 03/12/2026 14:05
    english = visible_texts(page)
    unchanged = [
        dutch[key]
        for key in dutch
        if key in english and english[key][1] == dutch[key][1] and not _same_in_both(dutch[key][1])
    ]
    assert unchanged == []

    switch(app, "nl")
    assert page.current_input() == before
    assert page.save_button.text() == "Opslaan  (Ctrl+Enter)"
    assert visible_texts(page) == dutch


def test_saving_works_in_both_languages(
    app: QApplication, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    page = open_page(qtbot, ui_kiosk, ui_desk, runner)
    actions = Actions(qtbot)
    switch(app, "en")
    actions.click(page.editor.topics.frequent.button("toeslag_huur"))
    actions.click(page.editor.help.button("samen_gedaan"))
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    assert "saved (today 1 visit)" in page.feedback.text()
    qtbot.waitUntil(lambda: page.day.count.text() == "Today: 1 visit, 1 question", timeout=5000)
    switch(app, "nl")
    assert "opgeslagen (vandaag 1 bezoek)" in page.feedback.text()  # the message follows
    assert page.day.count.text() == "Vandaag: 1 bezoek, 1 vraag"
    actions.click(page.editor.topics.frequent.button("toeslag_huur"))
    actions.click(page.editor.help.button("samen_gedaan"))
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    assert "opgeslagen (vandaag 2 bezoeken)" in page.feedback.text()
    assert len(stored(ui_kiosk)) == 2


def test_the_alt_keys_follow_the_language(
    app: QApplication, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    page = open_page(qtbot, ui_kiosk, ui_desk, runner)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    switch(app, "en")
    qtbot.keyClick(page.editor.note, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.editor.topics.filter.hasFocus()  # "&Topic" in English
    qtbot.keyClick(page.editor.topics.filter, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert page.editor.note.hasFocus()  # "Not&e"
    switch(app, "nl")
    qtbot.keyClick(page.editor.note, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert page.editor.topics.filter.hasFocus()  # "Onder&werp" in Dutch


@pytest.mark.parametrize(
    ("visits", "questions", "shown"),
    [
        (1, 1, "Vandaag: 1 bezoek, 1 vraag"),
        (2, 3, "Vandaag: 2 bezoeken, 3 vragen"),
    ],
)
def test_todays_count_has_the_right_plural(
    app: QApplication, qtbot: QtBot, visits: int, questions: int, shown: str
) -> None:
    panel = DayPanel()
    qtbot.addWidget(panel)
    panel.show_day(DaySummary(rows=(), visits=visits, questions=questions))
    assert panel.count.text() == shown
    switch(app, "en")
    english = shown.replace("Vandaag", "Today").replace("bezoeken", "visits")
    english = english.replace("bezoek", "visit").replace("vragen", "questions")
    assert panel.count.text() == english.replace("vraag", "question")


def test_void_dialog_speaks_plainly_in_both_languages(app: QApplication, qtbot: QtBot) -> None:
    dialog = VoidDialog("10:00 (Huurtoeslag)")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Bezoek niet meetellen"
    assert dialog.confirm.text() == "Niet meetellen"
    assert "telt dan niet meer mee" in dialog.text.text()
    dialog.reason.setText("dubbel")
    switch(app, "en")
    assert dialog.windowTitle() == "Stop counting the visit"
    assert dialog.confirm.text() == "Don't count"
    assert dialog.cancel.text() == "Cancel"
    assert "10:00 (Huurtoeslag)" in dialog.text.text()
    assert dialog.reason.text() == "dubbel"


def test_history_rows_in_the_current_language(app: QApplication) -> None:
    model = HistoryModel()
    catalogue = load_catalogues().current
    huur = catalogue.get("topic", "toeslag_huur")
    assert huur is not None
    labels = {huur.nl: huur.en}
    model.set_labels(lambda _list, label: labels.get(label, label) if _english() else label)
    when = datetime(2026, 11, 26, 10, 0).astimezone()
    row = HistoryRow("v", when, (huur.nl,), ("",), "Aan de balie", "void", False, None, False, None)
    model.set_rows((row,))
    assert model.text(row, 0) == "do 26-11-2026"
    assert model.text(row, 4) == "Telt niet mee · nog niet verzonden"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
    switch(app, "en")
    assert model.text(row, 0) == "Thu 26/11/2026"
    assert model.text(row, 1) == "10:00"
    assert model.text(row, 2) == huur.en
    assert model.text(row, 4) == "Not counted · not sent yet"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def _english() -> bool:
    from ui.i18n import current_language

    return current_language() == "en"


def test_a_correction_banner_follows_the_language(
    app: QApplication, qtbot: QtBot, ui_kiosk: Kiosk, ui_desk: DeskInfo, runner: TaskRunner
) -> None:
    earlier = datetime.now().astimezone() - timedelta(days=2)
    visit_id = ui_kiosk.registration.record(
        ui_desk.desk_id,
        VisitInput(
            questions=(
                QuestionInput(
                    topic="toeslag_huur", organisation="toeslagen", help=("samen_gedaan",)
                ),
            ),
            channel="in_person",
            duration="lt5",
            occurred_at=earlier,
        ),
    ).visit_ids[0]
    page = open_page(qtbot, ui_kiosk, ui_desk, runner)
    page.correct_visit(visit_id)
    qtbot.waitUntil(page.correcting_banner.isVisible, timeout=5000)
    assert earlier.strftime("%d-%m-%Y %H:%M") in page.correcting_banner.text()
    switch(app, "en")
    assert page.correcting_banner.text().startswith("You are correcting the visit of")
    assert earlier.strftime("%d/%m/%Y %H:%M") in page.correcting_banner.text()
    assert page.cancel_correction_button.text() == "Cancel correction"
