"""The chart on view, drawn for its room: asked in the background, kept, and the rest ahead.

:class:`ChartDrawer` asks :class:`~ui.overview.render.ChartRenderer` for the chart on view at
the size of its :class:`~ui.overview.chart_view.ChartArea`, shows it when it comes (or a line
of text: being drawn, nothing to count, could not be drawn), and keeps every drawing per chart,
size and language until the figures change (:meth:`ChartDrawer.forget`). Once the chart on view
is shown and the clerk pauses, the other charts are drawn ahead, so choosing one shows it at
once; whatever is asked next goes before them.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.i18n import current_language
from ui.overview.chart_view import ChartArea
from ui.overview.charts import Chart
from ui.overview.render import ChartRenderer

Key = tuple[str, tuple[int, int], str]
# How long the clerk leaves a chart before the others are drawn ahead (milliseconds).
AHEAD_AFTER_MS = 400


class ChartDrawer(QObject):
    """Draws the chart on view into its area, keeps the drawings, draws the others ahead.

    Signals:
        drawn(): the chart on view is shown (its drawing or a line of text).
    """

    drawn = Signal()

    def __init__(self, area: ChartArea, parent: QObject | None = None) -> None:
        """Draw into *area* on a renderer of its own."""
        super().__init__(parent)
        self.area = area
        self.renderer = ChartRenderer(self)
        self.busy = False
        self._svgs: dict[Key, str] = {}
        self._generation = 0
        self._token = 0
        self._charts: list[Chart] = []
        self._ahead: list[Future[Any]] = []
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._draw_ahead)

    @property
    def kept(self) -> int:
        """Return how many drawings are kept for the figures shown."""
        return len(self._svgs)

    def forget(self, charts: list[Chart]) -> None:
        """New figures (or words): drop every drawing; *charts* are the ones to draw now."""
        self._generation += 1
        self._svgs.clear()
        self._charts = list(charts)

    def _size(self) -> tuple[tuple[int, int], str]:
        return (self.area.room(), self.area.plot_height()), current_language()

    def draw(self, chart: Chart | None) -> None:
        """Show *chart* in the area: kept, or drawn in the background (None: nothing)."""
        self._ahead_timer.stop()
        for future in self._ahead:  # what is asked now goes first
            future.cancel()
        self._ahead = []
        self._token += 1
        token, self.busy = self._token, False
        if chart is None:
            return
        if chart.empty:
            self.area.show_note(
                QCoreApplication.translate("OverviewPage", "Niets te tellen in deze periode.")
            )
            self.drawn.emit()
            return
        size, language = self._size()
        key = (chart.key, size, language)
        if key in self._svgs:
            self.area.chart.show_svg(self._svgs[key], size[0])
            self._ahead_timer.start()
            self.drawn.emit()
            return
        self.area.show_note(
            QCoreApplication.translate("OverviewPage", "De grafiek wordt getekend …")
        )
        self.busy = True
        generation = self._generation

        def done(svg: str | None) -> None:
            if svg is not None and generation == self._generation:
                self._svgs[key] = svg
            if token != self._token:  # another chart, size or period asked meanwhile
                return
            self.busy = False
            if svg is None:
                self.area.show_note(
                    QCoreApplication.translate(
                        "OverviewPage",
                        "Deze grafiek kon niet worden getekend; de tabel heeft de cijfers.",
                    )
                )
            else:
                self.area.chart.show_svg(svg, size[0])
                self._ahead_timer.start()
            self.drawn.emit()

        self.renderer.svg(chart.spec, size, language, done, owner=self)

    def _draw_ahead(self) -> None:
        """Draw the other charts in the background, one at a time."""
        size, language = self._size()
        generation = self._generation

        def keep(key: Key) -> Callable[[str | None], None]:
            def kept(svg: str | None) -> None:
                if svg is not None and generation == self._generation:
                    self._svgs[key] = svg

            return kept

        for chart in self._charts:
            key = (chart.key, size, language)
            if not chart.empty and key not in self._svgs:
                future = self.renderer.svg(chart.spec, size, language, keep(key), owner=self)
                self._ahead.append(future)
