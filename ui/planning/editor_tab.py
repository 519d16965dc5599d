"""What the season editor's tabs share: the loaded data, a base tab and date/time helpers.

Each tab (:mod:`~ui.planning.season_tab`, :mod:`~ui.planning.helpers_tab`,
:mod:`~ui.planning.schedule_tab`, :mod:`~ui.planning.closures_tab`) shows the data the editor
loaded and stores its own changes on the runner's database lane; the editor
(:mod:`~ui.planning.template_editor`) shows the outcome and reads the data again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QTableView, QWidget

from kiosk.planning.records import Closure, Helper, Partner, Season, Template
from ui.planning.widgets import LiveTexts, Text
from ui.tasks import UserError
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner

T = TypeVar("T")


@dataclass
class EditorData:
    """What the season editor loaded: the seasons and the chosen one's schedule."""

    season_id: str | None
    seasons: list[Season]
    partners: list[Partner]
    helpers: list[Helper]
    templates: list[Template] = field(default_factory=list)
    closures: list[Closure] = field(default_factory=list)
    retention_days: int = 28

    def season(self) -> Season | None:
        """Return the chosen season (None for a new one)."""
        return next((s for s in self.seasons if s.id == self.season_id), None)


#: Narrower than this, a tab's form goes under its table.
STACK_BELOW = 900


class EditorTab(QWidget):
    """A tab of the season editor: it shows the loaded data and stores its own changes.

    Signals:
        stored(str): a change was stored; the text tells the clerk which.
        problem(str): nothing was stored; the text tells the clerk why.
    """

    stored = Signal(str)
    problem = Signal(str)

    def __init__(
        self, service: PlanningService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """Bind the tab to the planning service and the runner."""
        super().__init__(parent)
        self.words = LiveTexts(self)  # the tab's texts, set again on a language switch
        self.service, self.runner = service, runner
        self.data = EditorData(None, [], [], [])
        self.season_id: str | None = None  # the season the editor works on; it keeps this set
        self._split: QBoxLayout | None = None

    def split(self, table: QTableView, form: QLayout, table_share: int = 1) -> QBoxLayout:
        """Lay out *table* beside *form*, or above it when the tab is narrow.

        Below :data:`STACK_BELOW` logical pixels (a laptop at 150 %) the table gets the whole
        width (it shows its columns instead of one) and the form comes under it; the tab scrolls.
        """
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.addWidget(table, table_share)
        layout.addLayout(form, 1)
        table.setMinimumHeight(table.fontMetrics().lineSpacing() * 8)
        self._split = layout
        return layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the form beside the table, or under it when narrow."""
        super().resizeEvent(event)
        if self._split is not None:
            wide = event.size().width() >= STACK_BELOW
            direction = (
                QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            )
            if self._split.direction() != direction:
                self._split.setDirection(direction)

    def show_data(self, data: EditorData) -> None:
        """Show freshly loaded *data* (subclasses fill their widgets too)."""
        self.data = data

    def submit(self, work: Callable[[], T], message: Callable[[T], str]) -> None:
        """Run *work* on the database lane; then ``stored(message(result))`` or the error."""
        self.runner.submit(
            work, lambda result: self.stored.emit(message(result)), self.fail, owner=self
        )

    def fail(self, error: UserError) -> None:
        """Report *error* (shown in red at the bottom of the editor)."""
        self.problem.emit(f"✖ {error_text(error)}")

    def label(self, text: Text, buddy: QWidget) -> QLabel:
        """Return a label with mnemonic *text* for *buddy*, which gets it as accessible name.

        The text follows the language (:class:`~ui.planning.widgets.LiveTexts`).
        """
        label = QLabel(self)
        label.setBuddy(buddy)

        def show(words: str) -> None:
            label.setText(words)
            buddy.setAccessibleName(words.replace("&", ""))

        self.words.set(show, text)
        return label


def qdate(day: date) -> QDate:
    """Return *day* as a QDate."""
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    """Return a QDate as a date."""
    return date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> time:
    """Return a QTime as a time (hours and minutes)."""
    return time(value.hour(), value.minute())
