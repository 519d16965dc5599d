"""Each of the six languages shows its own words, in a font that has their letters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from pytestqt.qtbot import QtBot

from kiosk.survey.definition import LANGUAGES, Survey
from tests.ui.visitor.conftest import MakeMode
from ui.visitor.screens import progress_text


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_shows_its_own_texts(
    qtbot: QtBot, make_mode: MakeMode, survey: Survey, language: str
) -> None:
    mode = make_mode()
    qtbot.mouseClick(mode.start_screen.language_buttons[language], Qt.MouseButton.LeftButton)
    screen = mode.question_screen
    for question in survey.questions:
        assert screen.question.text() == question.text[language]
        assert [b.accessibleName() for b in screen.answers] == [
            " ".join(c.label[language].split()) for c in question.choices
        ]
        assert screen.back.words == survey.text("back", language)
        assert screen.skip.words == survey.text("skip", language)
        assert screen.privacy.text() == survey.text("privacy", language)
        qtbot.mouseClick(screen.answers[0], Qt.MouseButton.LeftButton)
    assert mode.thanks_screen.title.text() == survey.text("thanks", language)
    assert mode.thanks_screen.detail.text() == survey.text("thanks_detail", language)
    rtl = language == "ar"
    assert (screen.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl


def test_the_start_screen_greets_in_dutch_and_names_each_language_in_its_own(
    make_mode: MakeMode, survey: Survey
) -> None:
    mode = make_mode()
    start = mode.start_screen
    assert start.title.text() == survey.text("welcome", "nl")
    assert start.hint.text() == survey.text("choose_language", "nl")
    for language, button in start.language_buttons.items():
        assert button.accessibleDescription() == survey.text("start", language)
        rtl = language == "ar"
        assert (button.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl


def test_progress_says_which_question_in_each_language(survey: Survey) -> None:
    """The words come from the survey: Arabic reads "question 2 of 5", not "5 / 2"."""
    assert progress_text(survey, "nl", 2, 5) == "Vraag 2 van 5"
    assert progress_text(survey, "en", 2, 5) == "Question 2 of 5"
    assert progress_text(survey, "ar", 2, 5) == "السؤال 2 من 5"
    for language in LANGUAGES:
        words = progress_text(survey, language, 2, 5)
        assert "2" in words and "5" in words and "{" not in words


@pytest.mark.parametrize(
    ("system", "sample"),
    [
        (QFontDatabase.WritingSystem.Arabic, "العربية"),
        (QFontDatabase.WritingSystem.Cyrillic, "Українська"),
    ],
)
def test_the_machine_has_a_font_for_arabic_and_ukrainian(
    qtbot: QtBot, system: QFontDatabase.WritingSystem, sample: str
) -> None:
    """The screenshots and the tests draw real letters, not boxes (fonts-dejavu-core)."""
    families = QFontDatabase.families(system)
    assert families, f"no font with {system.name} letters: install fonts-dejavu-core"

    metrics = QFontMetrics(QFont(families[0]))
    assert all(metrics.inFontUcs4(ord(letter)) for letter in sample)
