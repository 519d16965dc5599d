"""Fixtures for the visitor mode: the shipped survey, and the mode's window on it.

The window's *save* here keeps what it is handed (the UI's side of the contract); the tests in
``test_visitor_desk.py`` store through the real ``SurveyService`` into SQLite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.survey.definition import LANGUAGES, Survey, load_surveys
from ui.visitor.mode import VisitorMode

#: The staff PIN the tests' PIN check accepts.
PIN = "4321"
#: Short times instead of the real 60 s and 8 s (no test waits real seconds).
IDLE_MS = 300
THANKS_MS = 200


@dataclass
class Saved:
    """What the visitor mode handed over to be stored, one tuple per finished survey."""

    calls: list[tuple[int, str, Mapping[str, str | None]]] = field(default_factory=list)

    def __call__(self, version: int, language: str, answers: Mapping[str, str | None]) -> None:
        self.calls.append((version, language, dict(answers)))


def check_pin(pin: str, done: Callable[[bool], None]) -> None:
    """The staff PIN check: right for :data:`PIN` only."""
    done(pin == PIN)


@pytest.fixture(scope="session")
def survey() -> Survey:
    return load_surveys(None).newest()


@pytest.fixture
def saved() -> Saved:
    return Saved()


MakeMode = Callable[..., VisitorMode]


@pytest.fixture
def make_mode(qtbot: QtBot, survey: Survey, saved: Saved) -> Iterator[MakeMode]:
    """Return a maker of a shown visitor mode (``pin_needed`` and the times may be given)."""
    made: list[VisitorMode] = []

    def make(*, pin_needed: bool = True, **times: int) -> VisitorMode:
        options = {"idle_ms": IDLE_MS, "thanks_ms": THANKS_MS} | times
        mode = VisitorMode(survey, LANGUAGES, saved, check_pin, pin_needed=pin_needed, **options)
        made.append(mode)
        mode.present()
        qtbot.waitExposed(mode)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return mode

    yield make
    for mode in made:
        if shiboken6.isValid(mode):
            mode.leave()
