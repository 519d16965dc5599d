"""Background sync for the app: the sync client on its own worker thread, on a timer.

The controller owns one :class:`~sync.client.SyncClient`. Every call into the client
(``sync_once``, ``enroll``, ``status``, requeueing) runs on the runner's network lane
(:class:`ui.tasks.TaskRunner`), one at a time, so the GUI thread never waits on the network or
on SQLite; results come back as typed callbacks on the GUI thread. The ``sync`` package (httpx,
TLS, keyring) is imported on that lane too, after the window is ready, so it costs the start-up
nothing.

When the next run happens: the result of each run says (``next_attempt_at``: the poll interval
after a success, the backoff after a failure); a paused or not enrolled desk is looked at
again every poll interval, which is a local check without network. "Nu synchroniseren" runs at
once (``force``: past the backoff, not past a server's ``Retry-After``); a saved visit runs a
sync a few seconds later, so records leave quickly when the desk is online. It never gives up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from kiosk.errors import Message, StorageError
from ui.tasks import Lane, TaskRunner
from ui.words import error_text, text

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from sync.client import SyncClient
    from sync.result import EnrollResult, SyncResult
    from sync.state import SyncStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

ClientFactory = Callable[["Kiosk"], "SyncClient"]
DEFAULT_POLL_SECONDS = 60.0
MIN_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 60 * 60.0
SHUTDOWN_WAIT_SECONDS = 10.0


def default_client(kiosk: Kiosk) -> SyncClient:
    """Return the app's sync client on *kiosk* (imports ``sync`` on the calling thread)."""
    from sync.client import SyncClient

    return SyncClient.for_kiosk(kiosk)


class SyncController(QObject):
    """Runs the sync client on the network lane, on a timer, after saves and on request.

    Signals:
        status_changed(object): a fresh :class:`~sync.state.SyncStatus` (at start, after every
            run, enrollment and requeue).
        running_changed(bool): a sync run started (True) or ended (False).
        finished(object): the :class:`~sync.result.SyncResult` of a run.
        enrolled(object): the :class:`~sync.result.EnrollResult` of a successful enrollment.
        enroll_failed(str): enrollment did not succeed; the reason, in words (Dutch).
        requeued(int): how many set-aside records were offered again.
        failed(str): the worker itself failed (not the network: a local error or a bug); Dutch.
    """

    status_changed = Signal(object)
    running_changed = Signal(bool)
    finished = Signal(object)
    enrolled = Signal(object)
    enroll_failed = Signal(str)
    requeued = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        kiosk: Kiosk,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        client_factory: ClientFactory = default_client,
        first_delay_ms: int = 2000,
        debounce_ms: int = 3000,
        automatic: bool = True,
    ) -> None:
        """Prepare the controller; nothing runs until :meth:`start`.

        *runner* runs the client's calls on its network lane. *client_factory* builds the
        client there (tests pass one with a file-only token store). *first_delay_ms* is the
        pause between :meth:`start` and the first run, *debounce_ms* the pause between a save
        and its sync. With ``automatic=False`` runs happen only on request (screenshots).
        """
        super().__init__(parent)
        self._kiosk = kiosk
        self._runner = runner
        self._factory = client_factory
        self._client: SyncClient | None = None
        self._futures: set[Future[Any]] = set()
        self._first_delay_ms = first_delay_ms
        self._automatic = automatic
        self._running = False
        self._enrolling = False
        self._again = False
        self._closed = False
        self.status: SyncStatus | None = None  # the last status seen (None until the first read)
        self.poll_seconds = DEFAULT_POLL_SECONDS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._run(force=False))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(lambda: self._run(force=False))

    # -- what the UI asks for ---------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Tell whether a sync run is queued or running."""
        return self._running

    @property
    def enrolling(self) -> bool:
        """Tell whether an enrollment is queued or running."""
        return self._enrolling

    def next_run_in_ms(self) -> int | None:
        """Return the milliseconds until the timed run, or None when none is scheduled."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def start(self) -> None:
        """Read the status now and schedule the first run (after the window is ready)."""
        self.refresh()
        if self._automatic:
            self._timer.start(self._first_delay_ms)

    def refresh(self) -> None:
        """Read the status again (no network)."""
        self._call(lambda client: client.status(), self._publish, self._failed_call)

    def sync_now(self) -> bool:
        """Run a sync at once, past the backoff; False if one is already running."""
        return self._run(force=True)

    def schedule_soon(self) -> None:
        """Run a sync in a few seconds (after a save; several saves make one run)."""
        if self._closed:
            return
        if self._running:
            self._again = True  # the running one may have claimed its batch already
            return
        self._debounce.start()

    def enroll(self, server_url: str, code: str, device_name: str, kind: str) -> bool:
        """Enroll this desk on the network lane; :attr:`enrolled` or :attr:`enroll_failed`."""
        if self._enrolling or self._closed:
            return False
        self._enrolling = True

        def work(client: SyncClient) -> tuple[EnrollResult | Message, SyncStatus]:
            from sync.http import SyncError

            try:
                result = client.enroll(server_url, code, device_name, kind)
            except SyncError as exc:
                return exc.message, client.status()
            return result, client.status()

        def done(outcome: tuple[EnrollResult | Message, SyncStatus]) -> None:
            self._enrolling = False
            result, status = outcome
            self._publish(status)
            if isinstance(result, Message):
                self.enroll_failed.emit(text(result))
                return
            self.enrolled.emit(result)
            if not self._run(force=True):  # send what waited, under the new identity
                self._again = True

        def failed(error: Exception) -> None:
            self._enrolling = False
            self._report(error, self.enroll_failed)

        self._call(work, done, failed)
        return True

    def requeue(self, local_seqs: Sequence[int] | None = None) -> None:
        """Offer set-aside (quarantined) records again: all, or those in *local_seqs*."""
        seqs = None if local_seqs is None else list(local_seqs)

        def done(outcome: tuple[int, SyncStatus]) -> None:
            count, status = outcome
            self._publish(status)
            self.requeued.emit(count)
            if count:
                self._run(force=True)

        self._call(
            lambda client: (client.store.requeue_quarantined(seqs), client.status()),
            done,
            self._failed_call,
        )

    def shutdown(self, timeout: float = SHUTDOWN_WAIT_SECONDS) -> bool:
        """Stop the timers and drop queued calls; wait up to *timeout* s for a running one.

        Returns whether the calls finished. A run still going after that keeps its thread
        until it ends (the process waits for it at exit); nothing is lost either way: the
        outbox is crash-safe and anything left ``inflight`` is resent at the next start.
        """
        if self._closed:
            return True
        self._closed = True
        self._timer.stop()
        self._debounce.stop()
        for future in list(self._futures):
            future.cancel()  # only those not started yet
        busy = [f for f in list(self._futures) if not f.done()]
        if busy:
            wait_for(busy, timeout=timeout)
        idle = all(f.done() for f in busy)
        if idle and self._client is not None:
            self._client.close()
        elif not idle:
            log.warning("A sync call was still running at shutdown; it finishes on its own")
        return idle

    # -- the network lane ---------------------------------------------------------------------

    def _run(self, *, force: bool) -> bool:
        if self._closed or self._running:
            return False
        self._timer.stop()
        self._debounce.stop()
        self._running = True
        self.running_changed.emit(True)

        def work(client: SyncClient) -> tuple[SyncResult, SyncStatus, float]:
            result = client.sync_once(force=force)
            return result, client.status(), _next_delay(client, result)

        def done(outcome: tuple[SyncResult, SyncStatus, float]) -> None:
            self._running = False
            result, status, delay = outcome
            self._publish(status)
            self.finished.emit(result)
            self._schedule(delay)
            self._run_ended()

        def failed(error: Exception) -> None:
            self._running = False
            self._report(error, self.failed)
            self._schedule(self.poll_seconds)  # never give up
            self._run_ended()

        self._call(work, done, failed)
        return True

    def _run_ended(self) -> None:
        self.running_changed.emit(False)
        if self._again:
            self._again = False
            self._debounce.start()

    def _call(
        self,
        work: Callable[[SyncClient], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run *work* with the client on the network lane; *done* or *failed* unless closed."""
        if self._closed:
            return

        def call() -> T:
            return work(self._ensure_client())

        def if_open(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: None if self._closed else callback(value)

        future = self._runner.submit(
            call, if_open(done), if_open(failed), lane=Lane.NETWORK, expected=(Exception,)
        )
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _ensure_client(self) -> SyncClient:
        # On the network lane: the first call imports sync (httpx, TLS, keyring) here.
        if self._client is None:
            self._client = self._factory(self._kiosk)
        self.poll_seconds = float(self._client.poll_seconds)
        return self._client

    def _failed_call(self, error: Exception) -> None:
        self._report(error, self.failed)

    def _report(self, error: BaseException, signal: SignalInstance) -> None:
        """Log *error* with its traceback and emit the Dutch message on *signal*."""
        log.error("Sync worker failed", exc_info=(type(error), error, error.__traceback__))
        message = (
            error_text(error)
            if isinstance(error, StorageError)
            else self.tr(
                "Synchroniseren is onverwacht gestopt; het wordt later opnieuw geprobeerd. "
                "De registraties blijven bewaard op deze computer."
            )
        )
        signal.emit(message)

    def _publish(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _schedule(self, delay_seconds: float) -> None:
        if self._automatic and not self._closed:
            self._timer.start(round(delay_seconds * 1000))


def _next_delay(client: SyncClient, result: SyncResult) -> float:
    """Return seconds until the next run after *result* (on the worker: the client's clock)."""
    if result.next_attempt_at is None:
        # Paused, not enrolled, or stopped by local storage: a cheap local look again later.
        return float(client.poll_seconds)
    seconds: float = (result.next_attempt_at - client.now()).total_seconds()
    return min(max(seconds, MIN_DELAY_SECONDS), MAX_DELAY_SECONDS)
