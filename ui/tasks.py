"""Background work for the UI: one runner, three lanes, results back on the GUI thread.

Every database call and every network call of the app runs through one :class:`TaskRunner`,
which the main window makes and hands to each screen that needs it (no module-level runner):

- the **database lane** is one thread (``kiosk-db``): opening the data, and every read and
  write of the screens, one at a time in the order asked, so writes never race and the GUI
  thread never waits on SQLite's fsync;
- the **network lane** is one thread (``kiosk-sync``): the sync client's calls, which talk to
  the server and keep their own books in the database;
- the **backup lane** is one thread (``kiosk-backup``): the daily backup and its check of
  every page (seconds on a large database), which must not hold up the clerk's saves.

A task's callbacks run on the GUI thread. After each task the runner also broadcasts what its
writes changed (:class:`~kiosk.changes.Changes`, taken on the lane's thread from
:meth:`kiosk.db.Database.take_changes`) on :attr:`TaskRunner.changed`: each screen redraws
when, and only when, the changes touch what it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

from kiosk.changes import NOTHING, Changes
from kiosk.errors import InputError, StorageError

if TYPE_CHECKING:
    from kiosk.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")
E = TypeVar("E", bound=BaseException)
UserError = InputError | StorageError
#: The failures a clerk can act on (invalid input, disk full, locked database).
USER_ERRORS: tuple[type[UserError], ...] = (InputError, StorageError)


class Lane(Enum):
    """Where a task runs; the value is its thread's name."""

    DATABASE = "kiosk-db"
    NETWORK = "kiosk-sync"
    BACKUP = "kiosk-backup"


@dataclass(slots=True)
class _Task(Generic[T]):
    """A submitted task and its callbacks (kept together until it reports).

    Not frozen: once it has reported, the GUI thread lets go of the callbacks and the owner
    (see :meth:`TaskRunner._on_finished`).
    """

    work: Callable[[], T]
    on_done: Callable[[T], None] | None
    on_error: Callable[[Any], None] | None
    expected: tuple[type[BaseException], ...]
    owner: QObject | None


@dataclass(frozen=True, slots=True)
class _Outcome(Generic[T]):
    """What a task gave: its value or its exception, and what its writes changed."""

    task: _Task[T]
    value: T | None = None
    error: BaseException | None = None
    changes: Changes = NOTHING


class TaskRunner(QObject):
    """Runs tasks on the database lane or the network lane; reports on the GUI thread.

    Signals:
        changed(object): the :class:`~kiosk.changes.Changes` a task's writes made (after its
            callback; only when something changed).
        bug(object): an unexpected exception from a task (the app's crash handler shows it).
        disk_full(bool): True when a task was refused because the disk is full, False when a
            task's writes went through again afterwards (:class:`ui.disk_notice.DiskNotice`).
    """

    changed = Signal(object)
    bug = Signal(object)
    disk_full = Signal(bool)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, database: Database | None = None) -> None:
        """Start the lanes; report the changes *database*'s writes make (see :meth:`track`)."""
        super().__init__(parent)
        self._lanes = {
            lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=lane.value) for lane in Lane
        }
        self._database = database
        self._pending = dict.fromkeys(Lane, 0)  # tasks whose callbacks have not run yet
        self._closed = False
        self._full = False  # the last write refused for lack of space, none went through since
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def track(self, database: Database) -> None:
        """Report the changes *database*'s writes make from now on (once the data is open)."""
        self._database = database

    @property
    def idle(self) -> bool:
        """Tell whether every database task has reported (its callbacks have run)."""
        return self._pending[Lane.DATABASE] == 0

    @overload
    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        *,
        lane: Lane = Lane.DATABASE,
        owner: QObject | None = None,
    ) -> Future[Any]: ...

    @overload
    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[E], None],
        *,
        lane: Lane = Lane.DATABASE,
        expected: tuple[type[E], ...],
        owner: QObject | None = None,
    ) -> Future[Any]: ...

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Any], None] | None = None,
        *,
        lane: Lane = Lane.DATABASE,
        expected: tuple[type[BaseException], ...] = USER_ERRORS,
        owner: QObject | None = None,
    ) -> Future[Any]:
        """Run *work* on *lane*; then *on_done* (its result) or *on_error* on the GUI thread.

        *on_error* receives the exceptions in *expected* (by default the errors a clerk can
        act on: invalid input, disk full, locked database); any other exception is a bug and
        goes to :attr:`bug`. The callbacks belong to *owner* (a dialog, a screen that can be
        replaced): once it is deleted they are dropped, and only the changes are broadcast.
        Returns the lane's future (done once *work* has run; cancelling it before it starts
        drops the task without callbacks). Once the runner is shut down (the window closes),
        nothing new starts: the future returned is cancelled.
        """
        if self._closed:
            log.debug("Not started after shutdown: %r", work)
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        task = _Task(work, on_done, on_error, expected, owner)
        future = self._lanes[lane].submit(self._run, task)
        self._pending[lane] += 1
        future.add_done_callback(lambda done: self._report(lane, done))
        return future

    def _run(self, task: _Task[T]) -> _Outcome[T]:
        # On the lane's thread: the changes are this thread's, taken whether or not it failed
        # (a task may commit some writes before a later one fails).
        try:
            value = task.work()
        except BaseException as error:  # reported on the GUI thread: refusal or bug
            return _Outcome(task, error=error, changes=self._take_changes())
        return _Outcome(task, value, changes=self._take_changes())

    def _report(self, lane: Lane, future: Future[_Outcome[Any]]) -> None:
        # On the lane's thread: hand over to the GUI thread (unless the runner itself is gone:
        # a sync call may outlive its window).
        if isValid(self):
            self._finished.emit((lane, future))

    def _take_changes(self) -> Changes:
        database = self._database
        return NOTHING if database is None else database.take_changes()

    @Slot(object)
    def _on_finished(self, item: tuple[Lane, Future[_Outcome[Any]]]) -> None:
        lane, future = item
        self._pending[lane] -= 1
        if future.cancelled():
            return
        outcome = future.result()
        task, error = outcome.task, outcome.error
        gone = task.owner is not None and not isValid(task.owner)  # nothing left to show
        try:
            if error is None:
                if task.on_done is not None and not gone:
                    task.on_done(outcome.value)
            elif isinstance(error, task.expected) and task.on_error is not None:
                log.info("Refused: %s", error)
                if not gone:
                    task.on_error(error)
            else:
                self.bug.emit(error)
        finally:
            # The lane's thread may hold the future a little longer than this thread does; were
            # the last reference to a callback (and the widget it holds) dropped there, Qt
            # would delete the widget off the GUI thread. Let go of them here.
            task.on_done = task.on_error = None
            task.owner = None
            self._note_room(error, outcome.changes)
            if outcome.changes:
                self.changed.emit(outcome.changes)

    def _note_room(self, error: BaseException | None, changes: Changes) -> None:
        """Say :attr:`disk_full` when a write is refused for lack of space, and when one works."""
        full = isinstance(error, StorageError) and error.code == "full"
        if full != self._full and (full or (error is None and changes)):
            self._full = full
            self.disk_full.emit(full)

    def wait_idle(self, lane: Lane = Lane.DATABASE) -> None:
        """Block until every task submitted to *lane* has run (tests, screenshots, shutdown).

        The callbacks run later, on the GUI thread's event loop.
        """
        self._lanes[lane].submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish the database lane's queued work (saves complete), then stop both lanes.

        Queued network calls are dropped; one that is running finishes on its own (the sync
        controller waits for it first, see :meth:`ui.sync_controller.SyncController.shutdown`).
        """
        self._closed = True
        self._lanes[Lane.NETWORK].shutdown(wait=False, cancel_futures=True)
        self._lanes[Lane.BACKUP].shutdown(wait=False, cancel_futures=True)
        self._lanes[Lane.DATABASE].shutdown(wait=True)
