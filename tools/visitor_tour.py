"""The visitor mode's screens for the screenshots: the languages, a question, Arabic, thanks.

:func:`visitor_shots` starts the visitor mode from a main window that has been through
:func:`tools.screen_tour.visit_screens` (it unlocks the idle screen that tour ends on) and calls
``shot(name, mode, alone=True)`` at each screen. The visitor's words come from the survey data
in the visitor's language, so the language tests that walk the tour leave these out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: The question shown in Dutch and in Arabic: the one with the most answers (two columns).
_QUESTION = 2


def visitor_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """Render the visitor mode: 21 Arabic (right to left), 22 languages, 23 Dutch, 24 thanks."""
    if not hasattr(window, "open_visitor_mode"):
        return
    lock = window.idle_lock
    if lock is not None and lock.locked:
        lock.unlock()
    window.open_visitor_mode()
    launcher = window.visitor
    settle(lambda: launcher is not None and launcher.mode is not None)
    mode = launcher.mode
    assert mode is not None
    shot("22-bezoeker-talen", mode, alone=True)
    for language, name in (("nl", "23-bezoeker-vraag"), ("ar", "21-bezoeker-arabisch")):
        mode.show_start()
        mode.begin(language)
        for _ in range(_QUESTION):
            mode.question_screen.answers[0].click()
        settle()
        shot(name, mode, alone=True)
    while mode.run is not None:
        mode.question_screen.skip.click()
    mode.show_start()
    mode.begin("nl")
    while mode.run is not None:
        mode.question_screen.answers[0].click()
    shot("24-bezoeker-bedankt", mode, alone=True)
    mode.leave()
    settle()
