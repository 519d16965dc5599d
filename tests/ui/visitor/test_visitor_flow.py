"""The visitor mode by touch: languages, questions, skip, back, thanks, and the idle reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.survey.definition import LANGUAGES, Survey
from tests.ui.visitor.conftest import IDLE_MS, THANKS_MS, MakeMode, Saved
from ui.visitor.flow import IDLE_MS as REAL_IDLE_MS
from ui.visitor.flow import THANKS_MS as REAL_THANKS_MS
from ui.visitor.mode import VisitorMode
from ui.visitor.touch_button import MIN_TARGET, TouchButton


def tap(qtbot: QtBot, button: TouchButton) -> None:
    """A finger on the button (a mouse click in its middle)."""
    assert button.isVisible(), button.words
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_button(mode: VisitorMode, code: str) -> TouchButton:
    screen = mode.question_screen
    return screen.answers[screen.codes.index(code)]


def test_the_start_screen_offers_six_languages_dutch_first_in_their_own_words(
    make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    buttons = mode.start_screen.buttons()
    assert mode.stack.currentWidget() is mode.start_screen
    assert [b.accessibleName() for b in buttons] == [
        survey.text("language_name", language) for language in LANGUAGES
    ]
    assert buttons[0].accessibleName() == "Nederlands"
    assert "العربية" in buttons[2].words and "Українська" in buttons[5].words
    assert all(b.height() >= MIN_TARGET for b in buttons)


def test_a_whole_survey_by_touch_with_skip_and_back(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey, saved: Saved
) -> None:
    mode = make_mode()
    codes = [q.code for q in survey.questions]
    tap(qtbot, mode.start_screen.language_buttons["nl"])
    screen = mode.question_screen
    assert mode.stack.currentWidget() is screen
    assert screen.question.text() == survey.questions[0].text["nl"]
    assert screen.progress.text() == f"Vraag 1 van {len(codes)}"
    assert screen.skip.words == survey.text("skip", "nl")

    first = survey.questions[0].choices[0].code
    tap(qtbot, answer_button(mode, first))
    assert screen.progress.text() == f"Vraag 2 van {len(codes)}"
    tap(qtbot, screen.skip)  # question 2 without an answer
    assert screen.question.text() == survey.questions[2].text["nl"]

    tap(qtbot, screen.back)  # back to question 2: still no answer
    assert screen.question.text() == survey.questions[1].text["nl"]
    assert not any(b.isChecked() for b in screen.answers)
    tap(qtbot, screen.back)  # back to question 1: its answer is marked, "Volgende" keeps it
    assert answer_button(mode, first).isChecked()
    assert screen.skip.words == survey.text("next", "nl")
    tap(qtbot, screen.skip)
    tap(qtbot, screen.skip)
    for question in survey.questions[2:]:
        tap(qtbot, answer_button(mode, question.choices[-1].code))

    assert mode.stack.currentWidget() is mode.thanks_screen
    assert mode.thanks_screen.title.text() == survey.text("thanks", "nl")
    expected = {code: None for code in codes}
    expected[codes[0]] = first
    for question in survey.questions[2:]:
        expected[question.code] = question.choices[-1].code
    assert saved.calls == [(survey.version, "nl", expected)]
    assert mode.run is None  # nothing of the visitor stays in the window
    qtbot.waitUntil(lambda: mode.stack.currentWidget() is mode.start_screen, timeout=THANKS_MS * 10)


def test_a_survey_with_every_question_skipped_is_not_handed_on(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey, saved: Saved
) -> None:
    mode = make_mode()
    tap(qtbot, mode.start_screen.language_buttons["pl"])
    for _question in survey.questions:
        tap(qtbot, mode.question_screen.skip)
    assert mode.stack.currentWidget() is mode.thanks_screen
    assert mode.thanks_screen.title.text() == survey.text("thanks", "pl")
    assert saved.calls == []


def test_back_on_the_first_question_goes_to_the_languages_and_forgets(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    tap(qtbot, mode.start_screen.language_buttons["tr"])
    tap(qtbot, answer_button(mode, survey.questions[0].choices[0].code))
    tap(qtbot, mode.question_screen.back)
    tap(qtbot, mode.question_screen.back)
    assert mode.stack.currentWidget() is mode.start_screen
    assert mode.run is None
    tap(qtbot, mode.start_screen.language_buttons["nl"])
    assert not any(b.isChecked() for b in mode.question_screen.answers)


def test_a_minute_without_a_touch_drops_the_unfinished_survey(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey, saved: Saved
) -> None:
    mode = make_mode()
    tap(qtbot, mode.start_screen.language_buttons["en"])
    tap(qtbot, answer_button(mode, survey.questions[0].choices[0].code))
    assert mode.run is not None and mode.run.answers
    qtbot.waitUntil(lambda: mode.stack.currentWidget() is mode.start_screen, timeout=IDLE_MS * 10)
    assert mode.run is None
    assert saved.calls == []
    assert mode.start_screen.language_buttons["nl"].hasFocus()
    # Nothing of the answer is left behind on the screen that is hidden now.
    assert mode.question_screen.answers == [] and not mode.question_screen.question.text()


def test_touches_in_the_middle_of_the_survey_keep_it_open(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode(idle_ms=400)
    tap(qtbot, mode.start_screen.language_buttons["uk"])
    for _ in range(4):  # 4 x 200 ms, each touch within the idle time: the survey stays
        qtbot.wait(200)
        qtbot.mousePress(mode.question_screen.question, Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.question_screen
    qtbot.waitUntil(lambda: mode.stack.currentWidget() is mode.start_screen, timeout=4000)


def test_the_real_times_are_a_minute_and_eight_seconds() -> None:
    assert (REAL_IDLE_MS, REAL_THANKS_MS) == (60_000, 8_000)


def test_every_answer_has_a_pictogram_and_a_large_target(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    tap(qtbot, mode.start_screen.language_buttons["nl"])
    screen = mode.question_screen
    for question in survey.questions:
        assert screen.answers[0].isVisible()
        for button in screen.answers:
            assert not button.icon().isNull(), button.words
            assert button.height() >= MIN_TARGET
        for button in (screen.back, screen.skip):
            assert not button.icon().isNull() and button.height() >= MIN_TARGET
        tap(qtbot, screen.answers[0])
        assert question.code in (mode.run.answers if mode.run else {question.code: ""})
