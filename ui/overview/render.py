"""Charts drawn as SVG by ``vl_convert``, on a thread of their own, never on the GUI thread.

``vl_convert`` (the Vega-Lite compiler and renderer, offline, in one wheel) is imported on
that thread the first time a chart is drawn (about 0.7 s once, then some 40 ms a chart), so
neither start-up nor the page's first paint waits for it. :func:`svg_for` is the drawing
itself (also used for the printed pages); :class:`ChartRenderer` runs it in the background
and hands the SVG back on the GUI thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontInfo, QGuiApplication
from shiboken6 import isValid

log = logging.getLogger(__name__)

#: The Vega-Lite version vl_convert compiles with (the newest it carries of the 6 line).
VL_VERSION = "6.1"
#: Number formats per language (d3-format locales): Dutch is the builders' own.
_NUMBERS = {
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["£", ""]},
}
_CONTAINER = "containerSize()[0]"
#: The lowest plot of a chart made to fit its room (smaller, and the numbers crowd).
MIN_HEIGHT = 140
#: The family Qt draws the charts' text in (set on the GUI thread by :class:`ChartRenderer`):
#: vl_convert measures the labels in it too, so a long label fits the room made for it.
_font: list[str] = []


def prepared(
    spec: Mapping[str, Any], width: int, language: str, height: int | None = None
) -> dict[str, Any]:
    """Return *spec* for a drawing *width* pixels wide, its numbers in *language*.

    The builders size themselves to their container (the dashboard's page); here the width
    is known, so it is written into the chart wherever the container's width was asked. A
    chart of a fixed height (over time, hours) gets *height* for its plot when given (at least
    :data:`MIN_HEIGHT`); one whose height grows with its bars keeps it.
    """
    text = json.dumps(spec).replace(_CONTAINER, str(max(width, 120)))
    ready: dict[str, Any] = json.loads(text)
    ready["width"] = max(width, 120)
    if height is not None and isinstance(ready.get("height"), int):
        ready["height"] = max(height, MIN_HEIGHT)
    config = dict(ready.get("config", {}))
    if language in _NUMBERS:
        config["locale"] = {**config.get("locale", {}), "number": _NUMBERS[language]}
    if _font:
        config["font"] = _font[0]
    ready["config"] = config
    return ready


def svg_for(spec: Mapping[str, Any], width: int, language: str, height: int | None = None) -> str:
    """Draw *spec* as SVG, *width* pixels wide, numbers in *language* (call it off the GUI)."""
    import vl_convert

    ready = prepared(spec, width, language, height)
    return str(vl_convert.vegalite_to_svg(ready, vl_version=VL_VERSION))


class _Job:
    """What to call with a drawing, and whose it is (let go of once answered)."""

    __slots__ = ("on_done", "owner")

    def __init__(self, on_done: Callable[[Any], None], owner: QObject | None) -> None:
        self.on_done: Callable[[Any], None] | None = on_done
        self.owner: QObject | None = owner


class ChartRenderer(QObject):
    """Draws charts one at a time on the ``kiosk-chart`` thread; answers on the GUI thread."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Start the drawing thread (it is idle until the first chart)."""
        super().__init__(parent)
        if not _font:
            _font.append(QFontInfo(QGuiApplication.font()).family())
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-chart")
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(lambda: self._pool.shutdown(wait=False, cancel_futures=True))

    def draw(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        owner: QObject | None = None,
    ) -> Future[Any]:
        """Run *work* (drawing) in the background, then ``on_done(result or None)`` here.

        A failed drawing is logged and answered with None (the page shows the table instead);
        once *owner* is deleted the answer is dropped.
        """
        job = _Job(on_done, owner)
        future = self._pool.submit(work)
        future.add_done_callback(lambda done: self._report(done, job))
        return future

    def svg(
        self,
        spec: Mapping[str, Any],
        size: tuple[int, int | None],
        language: str,
        on_done: Callable[[str | None], None],
        owner: QObject | None = None,
    ) -> Future[Any]:
        """Draw one chart of *size* (width, plot height; see :func:`svg_for`): its SVG text."""
        width, height = size
        return self.draw(lambda: svg_for(spec, width, language, height), on_done, owner)

    def _report(self, future: Future[Any], job: _Job) -> None:
        # On the drawing thread (or the GUI thread, for a cancelled drawing): hand over.
        if isValid(self):
            self._finished.emit((future, job))

    @Slot(object)
    def _deliver(self, item: tuple[Future[Any], _Job]) -> None:
        future, job = item
        on_done, owner = job.on_done, job.owner
        # The drawing thread may hold the future (and so the job) a little longer than this
        # thread: were the last reference to a callback (and the widgets it holds) dropped
        # there, Qt would delete them off the GUI thread. Let go of them here.
        job.on_done = job.owner = None
        if on_done is None or future.cancelled() or (owner is not None and not isValid(owner)):
            return
        error = future.exception()
        if error is not None:
            log.error("A chart could not be drawn", exc_info=(type(error), error, None))
        on_done(None if error is not None else future.result())

    def wait_idle(self) -> None:
        """Block until every drawing asked so far is done (tests, screenshots)."""
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Drop the drawings not started; let the running one finish on its own."""
        self._pool.shutdown(wait=False, cancel_futures=True)
