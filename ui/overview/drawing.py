"""The chart on view, drawn for its room: asked in the background, kept, and the rest ahead.

:class:`ChartDrawer` asks :class:`~ui.overview.render.ChartRenderer` for the chart on view at
the size of its :class:`~ui.overview.chart_view.ChartArea`, shows it when it comes (or a line
of text: being drawn, nothing to count, could not be drawn), and keeps every drawing per chart,
size, language and contents (the last :data:`KEEP` of them: going back to a period shows its
charts at once, and a chart whose numbers changed is drawn again). Once the chart on view is
shown and the clerk pauses, the other charts are drawn ahead, so choosing one shows it at once;
whatever is asked next goes before them.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.i18n import current_language
from ui.overview.chart_view import ChartArea
from ui.overview.charts import Chart
from ui.overview.render import ChartRenderer

#: A drawing's key: the chart's key, a digest of its specification, its size and language.
Key = tuple[str, str, tuple[int, int], str]
# How long the clerk leaves a chart before the others are drawn ahead (milliseconds).
AHEAD_AFTER_MS = 400
#: How many drawings are kept (some 20 KB each): the charts of a dozen periods.
KEEP = 160


def digest(chart: Chart) -> str:
    """Return a digest of *chart*'s specification (its data included)."""
    text = json.dumps(chart.spec, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


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
        self._svgs: OrderedDict[Key, str] = OrderedDict()
        self._digests: dict[int, str] = {}
        self._token = 0
        self._charts: list[Chart] = []
        self._shown: Chart | None = None
        self._asked: tuple[tuple[int, int], str] | None = None
        self._ahead: list[Future[Any]] = []
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._draw_ahead)

    @property
    def kept(self) -> int:
        """Return how many of the charts shown are kept drawn for the room they have now."""
        size, language = self._size()
        return sum(self._key(chart, size, language) in self._svgs for chart in self._charts)

    def forget(self, charts: list[Chart]) -> None:
        """New figures (or words): *charts* are the ones to draw now (drawings kept by content)."""
        self._charts = list(charts)
        self._digests = {id(chart): digest(chart) for chart in self._charts}

    def clear(self) -> None:
        """Drop every drawing kept (they are drawn again when asked)."""
        self._svgs.clear()

    def fits(self) -> bool:
        """Tell whether the chart on view was asked for the room the area has now."""
        return self._asked == self._size()

    def _size(self) -> tuple[tuple[int, int], str]:
        return (self.area.room(), self.area.plot_height()), current_language()

    def _key(self, chart: Chart, size: tuple[int, int], language: str) -> Key:
        found = self._digests.get(id(chart))
        return (chart.key, found if found is not None else digest(chart), size, language)

    def _keep(self, key: Key, svg: str | None) -> None:
        if svg is None:
            return
        self._svgs[key] = svg
        self._svgs.move_to_end(key)
        while len(self._svgs) > KEEP:
            self._svgs.popitem(last=False)

    def draw(self, chart: Chart | None) -> None:
        """Show *chart* in the area: kept, or drawn in the background (None: nothing)."""
        self._ahead_timer.stop()
        for future in self._ahead:  # what is asked now goes first
            future.cancel()
        self._ahead = []
        self._token += 1
        token, self.busy = self._token, False
        self._shown = chart
        if chart is None:
            return
        if chart.empty:
            self.area.show_note(
                QCoreApplication.translate("OverviewPage", "Niets te tellen in deze periode.")
            )
            self.drawn.emit()
            return
        size, language = self._asked = self._size()
        key = self._key(chart, size, language)
        if key in self._svgs:
            self._svgs.move_to_end(key)
            self.area.chart.show_svg(self._svgs[key], size[0])
            self._ahead_timer.start()
            self.drawn.emit()
            return
        self.area.show_note(
            QCoreApplication.translate("OverviewPage", "De grafiek wordt getekend …")
        )
        self.busy = True

        def done(svg: str | None) -> None:
            self._keep(key, svg)
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
        """Draw the other charts in the background, one at a time, the next ones in the list first.

        One drawing is asked at a time, the next when it is in: ``vl_convert`` holds Python's
        lock while it draws, so between two drawings the page answers the clerk, and what the
        clerk asks then is drawn next, not after a queue of drawings ahead.
        """
        size, language = self._size()
        shown = self._shown
        index = next((i for i, chart in enumerate(self._charts) if chart is shown), -1)
        order = self._charts[index + 1 :] + self._charts[: max(index, 0)]
        todo = [
            (chart, key)
            for chart in order
            if not chart.empty and (key := self._key(chart, size, language)) not in self._svgs
        ]
        token = self._token

        def next_one() -> None:
            while todo and todo[0][1] in self._svgs:
                todo.pop(0)
            if not todo or token != self._token:
                return
            chart, key = todo.pop(0)

            def kept(svg: str | None) -> None:
                self._keep(key, svg)
                next_one()

            self._ahead = [self.renderer.svg(chart.spec, size, language, kept, owner=self)]

        next_one()
