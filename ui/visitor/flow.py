"""One visitor's way through the survey, and the visitor mode's timings (no Qt here).

:class:`SurveyRun` holds the chosen language, the question on screen and the answers given so
far; the screens only show it. A run lives from the language button to the thank-you screen,
or until the idle time sends the screen back to the start: then it is dropped, answers and
all (see :data:`IDLE_MS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.survey.definition import Question, Survey

#: How long the thank-you screen stays before the start screen comes back for the next visitor.
THANKS_MS = 8_000
#: How long a question waits without a touch or a key before the screen goes back to the start.
#: An unfinished survey is then dropped, not stored: only reaching the end counts as the
#: visitor's consent to send it, a visitor who walks away may not want it counted, and a
#: half-filled survey left on screen could be finished (or changed) by the next person. The
#: answers given so far leave memory with the run.
IDLE_MS = 60_000
#: The number keys that pick an answer: 1 for the first, up to 7.
MOST_CHOICES = 7


@dataclass
class SurveyRun:
    """One visitor's answers to *survey* in *language*, question by question.

    ``answers`` maps each question's code to the chosen choice's code; a skipped question is
    missing until :meth:`result` fills it in with ``None``.
    """

    survey: Survey
    language: str
    index: int = 0
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def question(self) -> Question:
        """The question on screen."""
        return self.survey.questions[self.index]

    @property
    def count(self) -> int:
        """How many questions the survey has."""
        return len(self.survey.questions)

    @property
    def finished(self) -> bool:
        """Whether every question has been answered or skipped."""
        return self.index >= self.count

    def chosen(self) -> str | None:
        """The choice code given to the question on screen (after going back), or None."""
        return self.answers.get(self.question.code)

    def answer(self, choice: str) -> None:
        """Give *choice* (a code of the question on screen) and go to the next question."""
        codes = [option.code for option in self.question.choices]
        if choice not in codes:
            raise ValueError(f"{choice!r} is not a choice of {self.question.code!r}")
        self.answers[self.question.code] = choice
        self.index += 1

    def skip(self) -> None:
        """Leave the question on screen without an answer and go to the next one."""
        self.answers.pop(self.question.code, None)
        self.index += 1

    def keep(self) -> None:
        """Go to the next question, keeping the answer given before (after going back)."""
        self.index += 1

    def back(self) -> bool:
        """Go to the previous question; return False on the first (the start screen is next)."""
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def result(self) -> Mapping[str, str | None]:
        """Every question's answer in the survey's order, ``None`` where it was skipped."""
        return {q.code: self.answers.get(q.code) for q in self.survey.questions}

    def any_answer(self) -> bool:
        """Whether at least one question has an answer (an all-skipped run is not stored)."""
        return bool(self.answers)
