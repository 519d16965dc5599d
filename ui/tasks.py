"""Background work for the UI: one serial worker for the database, results via a signal.

Database calls run one at a time on a worker thread, so writes never race and the GUI thread
never waits on SQLite's fsync. The callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.errors import InputError, StorageError

log = logging.getLogger(__name__)
T = TypeVar("T")
UserError = InputError | StorageError


class TaskRunner(QObject):
    """Runs callables on the database worker and calls back on the GUI thread.

    Signals:
        busy_changed(bool): work is queued or running (True) or the queue is empty (False).
        bug(object): an unexpected exception from a task (the app's crash handler shows it).
    """

    busy_changed = Signal(bool)
    bug = Signal(object)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Start the worker thread."""
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db")
        self._pending = 0
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
    ) -> None:
        """Run *work* on the worker; then *on_done* (result) or *on_error* on the GUI thread.

        *on_error* receives the errors a clerk can act on (invalid input, disk full, locked
        database); any other exception is a bug and goes to :attr:`bug`.
        """
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._finished.emit((f, on_done, on_error)))

    @Slot(object)
    def _on_finished(self, item: tuple[Future[Any], Any, Any]) -> None:
        future, on_done, on_error = item
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        error = future.exception()
        if error is None:
            if on_done is not None:
                on_done(future.result())
        elif isinstance(error, InputError | StorageError) and on_error is not None:
            log.info("Refused: %s", error)
            on_error(error)
        else:
            self.bug.emit(error)

    def wait_idle(self) -> None:
        """Block until every submitted task has run (tests, screenshots and shutdown)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish queued work, then stop the worker (saves in progress complete)."""
        self._executor.shutdown(wait=True)
