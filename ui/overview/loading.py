"""Reading the Overzicht's figures off the GUI thread: this desk's, or the branch's.

This desk's figures (with the Belastinghulp season of the period's year and the visitors'
survey answers) are read on the database lane (:attr:`kiosk.app.Kiosk.overview`,
:func:`ui.overview.survey_charts.read_survey`); the branch's come from the central server on
the network lane (:func:`sync.branch_figures.fetch`). When the branch cannot be shown, the
loader says why in words (:data:`ui.overview.texts.BRANCH_REASONS`) and reads this desk's
figures instead. Only the answer to the latest request is reported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.overview import texts
from ui.overview.survey_charts import SurveyAnswers, read_survey
from ui.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.overview.figures import DeskFigures, SeasonFigures
    from kiosk.overview.periods import Period

log = logging.getLogger(__name__)
BranchFetch = Callable[["Kiosk", "Period"], "DeskFigures"]


@dataclass(frozen=True)
class Shown:
    """What the page shows: the figures, the season's (if any), why not the branch, and more.

    *survey* holds this desk's survey answers: None for the branch, or when no visitor
    answered in the period.
    """

    figures: DeskFigures
    season: SeasonFigures | None
    reason: str = ""
    survey: SurveyAnswers | None = None


def read_desk(kiosk: Kiosk, period: Period, reason: str = "") -> Shown:
    """On the database lane: the period's figures, its season and this desk's survey answers.

    The season is that of the period's year, else the newest (:func:`read_season`).
    """
    figures = kiosk.overview.figures(period)
    return Shown(figures, read_season(kiosk, period), reason, read_survey(kiosk, period))


def read_season(kiosk: Kiosk, period: Period) -> SeasonFigures | None:
    """On the database lane: the season of the period's last year, else the newest, or None."""
    service = kiosk.overview
    seasons = service.seasons()
    chosen = next((sid for sid, year in seasons if year == period.last.year), None)
    if chosen is None and seasons:
        chosen = seasons[0][0]
    return service.season(chosen) if chosen is not None else None


def fetch_branch(kiosk: Kiosk, period: Period) -> DeskFigures:
    """On the network lane: the branch's figures from the central server."""
    from sync.branch_figures import fetch

    return fetch(kiosk, period)


class FiguresLoader(QObject):
    """Reads figures in the background and reports the latest on the GUI thread.

    Signals:
        loaded(object): a :class:`Shown` for the latest request.
        failed(str): the desk's figures could not be read (a message in words).
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        kiosk: Kiosk,
        runner: TaskRunner,
        branch_fetch: BranchFetch | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Read through *runner*; the branch through *branch_fetch* (tests pass their own)."""
        super().__init__(parent)
        self.kiosk, self.runner = kiosk, runner
        self.branch_fetch = branch_fetch or fetch_branch
        self._generation = 0

    def load(self, period: Period, scope: str) -> None:
        """Read *period* for *scope* (``desk`` or ``branch``); older requests are dropped."""
        self._generation += 1
        generation, kiosk = self._generation, self.kiosk
        if scope != "branch":
            self._read(generation, period)
            return
        fetch = self.branch_fetch
        self.runner.submit(
            lambda: fetch(kiosk, period),
            lambda figures: self._on_branch(generation, period, figures),
            lambda error: self._on_branch_failed(generation, period, error),
            lane=Lane.NETWORK,
            expected=(Exception,),
            owner=self,
        )

    def _read(self, generation: int, period: Period, reason: str = "") -> None:
        kiosk = self.kiosk
        self.runner.submit(
            lambda: read_desk(kiosk, period, reason),
            lambda shown: self._report(generation, shown),
            lambda error: self.failed.emit(str(error)),
            owner=self,
        )

    def _on_branch(self, generation: int, period: Period, figures: DeskFigures) -> None:
        if generation != self._generation:
            return
        kiosk = self.kiosk
        self.runner.submit(
            lambda: read_season(kiosk, period),
            lambda season: self._report(generation, Shown(figures, season)),
            owner=self,
        )

    def _on_branch_failed(self, generation: int, period: Period, error: Exception) -> None:
        code = getattr(error, "code", None)
        if type(error).__name__ != "BranchFiguresUnavailable" or code not in texts.BRANCH_REASONS:
            log.warning("The branch's figures could not be read: %s", type(error).__name__)
            code = "server"
        if generation == self._generation:
            self._read(generation, period, texts.tr(texts.BRANCH_REASONS[str(code)]))

    def _report(self, generation: int, shown: Shown) -> None:
        if generation == self._generation:
            self.loaded.emit(shown)
