"""The desk's sync client: enroll once, then :meth:`SyncClient.sync_once` on a timer.

A run is ``GET /v1/config`` (limits, protocol range; cached for an hour), then the push loop
(:mod:`sync.push`) until nothing due is pending, then the pull loop (:mod:`sync.pull`), then
the bookkeeping in ``sync_state``. Before it sends, a run writes the ops of the visitors' survey
answers of earlier days (:func:`kiosk.survey.release.release_responses`). It is blocking and
meant for a worker thread (or the command line); one run at a time per database, across
processes (:mod:`sync.lock`). It never raises for network or server trouble: the
:class:`SyncResult` says what happened (a message code the UI has words for) and when to try
again.

Around that core, at most once a day each: the purge of old acked rows
(:mod:`sync.retention`), the ack-state check that finds ops a restored server lost
(:mod:`sync.reconcile`, also after a ``410``), and the rotation of an old device token
(:mod:`sync.rotation`; a rotation a crash left half done is finished before anything else).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx

from kiosk.app import Kiosk
from kiosk.cleantext import clean_text
from kiosk.clock import Now, from_utc_text, system_now, to_utc_text
from kiosk.db import Database
from kiosk.errors import InputError, Message, StorageError
from kiosk.locations import current_is_demo
from kiosk.paths import AppPaths
from kiosk.survey.release import release_responses
from sync.api import DEFAULT_POLL_SECONDS, check_app_version, fetch_config, request_enrollment
from sync.app_update import APP_VERSION, AdviceStore, paused_version
from sync.backoff import Backoff
from sync.credentials import TokenStore
from sync.http import SyncError, check_server_url, new_client
from sync.lock import SyncLock
from sync.outbox_store import OutboxRaceError, OutboxStore
from sync.pull import Puller
from sync.push import Limits, Pusher, PushTally
from sync.reconcile import reconcile, requeue_after_refusal
from sync.restored import settle_after_restore
from sync.result import EnrollResult, SyncResult
from sync.retention import purge_if_due
from sync.rotation import TokenRotator
from sync.schedule import JobTimes
from sync.state import (
    PAUSED_REENROLL,
    PAUSED_REVOKED,
    PAUSED_UPDATE,
    StateStore,
    SyncStatus,
    read_status,
    stored_message,
)

log = logging.getLogger(__name__)

CONFIG_MAX_AGE = timedelta(hours=1)
# A desk paused for its version asks the server's config again this often (a server rolled
# back, a minimum lowered); an updated app asks at once.
UPDATE_RECHECK = timedelta(minutes=15)
SKEW_FLAG_SECONDS = 300
_PAUSE_MESSAGES = {
    PAUSED_REENROLL: Message("sync.reenroll"),
    PAUSED_REVOKED: Message("sync.revoked"),
    PAUSED_UPDATE: Message("sync.update_required"),
}


@dataclass
class _Extras:
    """What a run's occasional jobs did (reported in the result)."""

    requeued: int = 0
    purged: int = 0
    rotated: bool = False


class SyncClient:
    """Enrolls this database's desk and syncs its outbox with the central endpoint.

    *transport* replaces the network (``httpx.MockTransport`` in unit tests); *now* and
    *backoff* make time and jitter controllable; *version* is the app's (tests pretend to be
    another). Constructing one touches neither the database
    nor the network, so the UI may do it on its own thread.
    """

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        *,
        tokens: TokenStore | None = None,
        transport: httpx.BaseTransport | None = None,
        now: Now = system_now,
        backoff: Backoff | None = None,
        version: str = APP_VERSION,
    ) -> None:
        """Bind to *db* and the app's *paths*; see the class docstring for the rest."""
        self.db = db
        self.paths = paths
        self.tokens = tokens if tokens is not None else TokenStore(paths.config_dir)
        self.transport = transport
        self.now = now
        self.backoff = backoff if backoff is not None else Backoff()
        self.version = version
        self.advice = AdviceStore(db.path.parent)
        self.store = OutboxStore(db, now)
        self.states = StateStore(db)
        self.poll_seconds = DEFAULT_POLL_SECONDS
        self._lock = threading.Lock()
        # The lock and the job times live beside the database the client syncs.
        self.sync_lock = SyncLock(db.path)
        self.jobs = JobTimes(db.path.parent)
        self._extras = _Extras()
        self._http: httpx.Client | None = None
        self._limits: Limits | None = None
        self._config_at: datetime | None = None

    @classmethod
    def for_kiosk(cls, app: Kiosk, **options: Any) -> SyncClient:
        """Return a client on an opened :class:`~kiosk.app.Kiosk` (same database and paths)."""
        return cls(app.db, app.paths, **options)

    def close(self) -> None:
        """Close the HTTP connections."""
        if self._http is not None:
            self._http.close()
            self._http = None

    def status(self) -> SyncStatus:
        """Return the sync status from the database (no network)."""
        return read_status(self.db, self.version)

    # -- enrollment -------------------------------------------------------------------------

    def enroll(
        self, server_url: str, code: str, device_name: str, kind: str = "counter"
    ) -> EnrollResult:
        """Exchange a one-time *code* for a device identity and token; raise SyncError if not.

        Keeps the server's device and branch ids in ``sync_state`` and the token in the OS
        credential store. The local setup records (organisation, branch, desk) stay as the
        first start made them: their ids are referenced by every visit, which is never
        rewritten. Re-enrolling keeps the outbox: pending ops go out under the new device;
        after this server refused the old token, acked ones too (``sync/reconcile.py``).
        """
        try:
            url = check_server_url(server_url)
        except InputError as exc:
            raise SyncError(
                "refused", exc.problems[0].message, log_detail="bad server URL"
            ) from exc
        if kind not in ("counter", "walking"):
            raise ValueError(f"device kind must be 'counter' or 'walking', not {kind!r}")
        # A name kept from before the desk cleaned its input may hold invisible characters.
        device_name = clean_text(device_name)
        if not device_name:
            raise SyncError("refused", Message("sync.name_missing"), log_detail="no device name")
        if current_is_demo(self.db):
            # Practice registrations must never reach the national statistics.
            raise SyncError(
                "refused", Message("sync.demo_not_enrollable"), log_detail="demo location"
            )
        with self._lock:
            answer = request_enrollment(
                url, code, device_name, kind, now=self.now(), transport=self.transport
            )
            before = self.states.get()
            previous = before.device_id
            # The token first: a desk recorded as enrolled without its token could not sync.
            location = self.tokens.save(answer.device_id, answer.token)
            self.states.update(
                device_id=answer.device_id,
                device_name=device_name,
                branch_id=answer.branch_id,
                branch_name=answer.branch_name,
                server_url=url,
                enrolled_at=to_utc_text(self.now()),
                pull_cursor=None,
                write_checkpoint=None,
                backoff_attempt=0,
                not_before=None,
                retry_after_until=None,
                paused_reason=None,
                last_error=None,
            )
            if previous and previous != answer.device_id:
                self.tokens.delete(previous)
                if before.paused_reason == PAUSED_REENROLL and before.server_url == url:
                    # Refused by this server: it may have lost the old device (a restore).
                    requeue_after_refusal(self.db, self.jobs)
            self.close()  # the next run connects to the (possibly new) server URL
            self._limits = None
        log.info("Enrolled as device %s of branch %s", answer.device_id, answer.branch_id)
        return EnrollResult(answer.device_id, answer.branch_id, answer.branch_name, location)

    # -- one run ----------------------------------------------------------------------------

    def sync_once(self, *, force: bool = False) -> SyncResult:
        """Push what is due, pull what changed, and record the outcome; never raises for I/O.

        Ops left ``inflight`` by an earlier run (a crash, a kill) go back to ``pending`` first.
        ``force`` (a "sync now" button, the command line) ignores the backoff schedule but
        still honours a server's ``Retry-After``. When another process is syncing the same
        database, the run changes nothing and its result says so (``elsewhere``).
        """
        with self._lock, self.sync_lock.hold() as held:
            if not held:
                log.info("Another process is syncing this database; run skipped")
                return self._elsewhere()
            self._extras = _Extras()
            try:
                return self._run(force=force)
            except OutboxRaceError as exc:
                log.warning("Sync run overtaken by another run: %s", exc)
                return SyncResult(ok=False, error=Message("sync.raced"))
            except (StorageError, OSError) as exc:
                # The database or the disk refused a write (full, locked, read-only). Ops keep
                # their state or go back to pending at the next run; nothing is lost.
                log.warning("Sync stopped by local storage: %r", exc)
                return SyncResult(ok=False, error=_stopped_by(exc))

    def _run(self, *, force: bool) -> SyncResult:
        state = self.states.get()
        now = self.now()
        if state.device_id is None or state.server_url is None:
            return self._result(False, error=Message("sync.not_enrolled"))
        if state.paused_reason in (PAUSED_REENROLL, PAUSED_REVOKED):
            return self._result(
                False, error=_PAUSE_MESSAGES[state.paused_reason], paused=state.paused_reason
            )
        # A pause for the app's version that another version made: this one asks at once.
        updated = paused_version(stored_message(state.last_error)) not in (None, self.version)
        wait_until = _not_due_until(
            None if updated else state.not_before, state.retry_after_until, now, force=force
        )
        if wait_until is not None:
            return self._result(
                False,
                error=stored_message(state.last_error) or Message("sync.busy"),
                next_attempt_at=wait_until,
                paused=state.paused_reason,
                skipped=True,
            )
        token = self.tokens.load(state.device_id)
        if token is None:
            return self._stop(
                SyncError(
                    "paused",
                    Message("sync.token_missing"),
                    log_detail="no device token stored",
                    paused_reason=PAUSED_REENROLL,
                ),
                now,
                PushTally(),
            )
        # Runs never overlap (the locks), so whatever is inflight now was left by a run that
        # crashed or was killed: its answer is unknown, and resending is safe (dedup by op_id).
        self.store.reset_inflight()
        # Survey answers of earlier days get their ops now, shuffled, never beside a visit's.
        release_responses(self.db, now.date())
        self.states.update(last_attempt_at=to_utc_text(now))
        self._extras.purged = purge_if_due(self.db, self.jobs, now)
        http = self._client(state.server_url)
        tally = PushTally()
        puller: Puller | None = None
        rotator = self._rotator(http, state.device_id, state.enrolled_at)
        try:
            token = rotator.settle(token)  # a rotation left half done comes first
            limits = self._config(http, token, refresh=state.paused_reason == PAUSED_UPDATE)
            settle_after_restore(http, self.db, token=token, now=now)  # before any send
            token = rotator.rotate(token)
            self._extras.rotated = rotator.rotated
            self._extras.requeued = reconcile(
                http, self.db, self.jobs, token=token, since=state.enrolled_at, now=now
            )
            pusher = Pusher(
                http,
                self.store,
                device_id=state.device_id,
                token=token,
                limits=limits,
                now=self.now,
            )
            tally = pusher.tally
            pusher.run()
            puller = Puller(http, self.states, self.paths.catalogue_dir, token=token, now=self.now)
            puller.run(state.pull_cursor)
            if puller.cursor_expired:  # the server's history was renumbered: a restore
                lost = reconcile(
                    http,
                    self.db,
                    self.jobs,
                    token=token,
                    since=state.enrolled_at,
                    now=now,
                    after_restore=True,
                )
                self._extras.requeued += lost
                if lost:
                    pusher.run()
        except SyncError as failure:
            self._extras.rotated = rotator.rotated
            if failure.paused_reason == PAUSED_REENROLL and self._fell_back(rotator):
                return self._run(force=True)  # with the token the restored server knows
            return self._stop(failure, now, tally, puller)
        return self._done(now, tally, puller)

    def _fell_back(self, rotator: TokenRotator) -> bool:
        """Tell whether the token before the last rotation is in use again (the server took it)."""
        try:
            return rotator.fall_back()
        except SyncError as failure:
            log.warning("Previous device token not tried: %s", failure.log_detail)
            return False

    def _rotator(self, http: httpx.Client, device_id: str, enrolled_at: str | None) -> TokenRotator:
        return TokenRotator(
            http, self.tokens, self.jobs, device_id=device_id, enrolled_at=enrolled_at, now=self.now
        )

    # -- token rotation on request ----------------------------------------------------------

    def rotate_token(self) -> SyncResult:
        """Renew the device token now, whatever its age (``ido-kiosk rotate-token``).

        The same safe order as the scheduled rotation (:mod:`sync.rotation`); ``ok`` with
        ``token_rotated`` on success, else ``error`` says why (the old token still works).
        """
        with self._lock, self.sync_lock.hold() as held:
            if not held:
                return self._elsewhere()
            self._extras = _Extras()
            state = self.states.get()
            if state.device_id is None or state.server_url is None:
                return self._result(False, error=Message("sync.not_enrolled"))
            token = self.tokens.load(state.device_id)
            if token is None:
                return self._result(
                    False, error=Message("sync.token_missing"), paused=PAUSED_REENROLL
                )
            rotator = self._rotator(
                self._client(state.server_url), state.device_id, state.enrolled_at
            )
            try:
                token = rotator.settle(token)
                if not rotator.rotated:
                    rotator.rotate(token, force=True)
            except SyncError as failure:
                log.warning("Token rotation failed: %s", failure.log_detail)
                return self._result(False, error=failure.message, paused=failure.paused_reason)
            except (StorageError, OSError) as exc:
                log.warning("Token rotation stopped by local storage: %r", exc)
                return self._result(False, error=_stopped_by(exc))
            self._extras.rotated = rotator.rotated
            if not rotator.rotated:
                return self._result(False, error=Message("sync.token_not_rotated"))
            return self._result(True)

    def _elsewhere(self) -> SyncResult:
        """The result of a run that found another process syncing: nothing done or changed."""
        return SyncResult(
            ok=False,
            skipped=True,
            elsewhere=True,
            error=Message("sync.elsewhere"),
            pending_left=self.store.waiting(),
            next_attempt_at=self.now() + timedelta(seconds=self.poll_seconds),
        )

    def _config(self, http: httpx.Client, token: str, *, refresh: bool) -> Limits:
        """Return the server's limits, asking at most once an hour (or when told to)."""
        now = self.now()
        fresh = self._config_at is not None and now - self._config_at < CONFIG_MAX_AGE
        if self._limits is not None and fresh and not refresh:
            return self._limits
        config = fetch_config(http, token, now)
        self.advice.save(config.advice)
        check_app_version(config.advice, self.version)  # below the minimum: paused
        self._limits, self._config_at = config.limits, now
        self.poll_seconds = config.poll_seconds
        if config.server_time is not None:
            self._record_clock_from(config.server_time, now)
        return config.limits

    def _client(self, server_url: str) -> httpx.Client:
        if self._http is None or str(self._http.base_url).rstrip("/") != server_url.rstrip("/"):
            self.close()
            self._http = new_client(server_url, transport=self.transport)
        return self._http

    # -- bookkeeping ------------------------------------------------------------------------

    def _done(self, now: datetime, tally: PushTally, puller: Puller) -> SyncResult:
        self._record_push(tally)
        self.states.update(
            backoff_attempt=0,
            not_before=None,
            retry_after_until=None,
            paused_reason=None,
            last_success_at=to_utc_text(now),
            last_error=None,
        )
        log.info(
            "Sync done: %d pushed, %d acked, %d pulled", tally.pushed, tally.acked, puller.pulled
        )
        return self._result(
            True,
            tally=tally,
            puller=puller,
            next_attempt_at=now + timedelta(seconds=self.poll_seconds),
        )

    def _stop(
        self, failure: SyncError, now: datetime, tally: PushTally, puller: Puller | None = None
    ) -> SyncResult:
        self._record_push(tally)
        log.warning("Sync stopped (%s): %s", failure.kind, failure.log_detail)
        if failure.kind == "paused":
            # Only "update_required" is looked at again without a person (a server may be
            # rolled back, its minimum version lowered).
            recheck = now + UPDATE_RECHECK if failure.paused_reason == PAUSED_UPDATE else None
            self.states.update(
                paused_reason=failure.paused_reason,
                last_error=failure.message.to_json(),
                not_before=None if recheck is None else to_utc_text(recheck),
            )
            return self._result(
                False,
                tally=tally,
                puller=puller,
                error=failure.message,
                paused=failure.paused_reason,
                next_attempt_at=recheck,
            )
        attempt = self.states.get().backoff_attempt
        delay = self.backoff.delay(attempt, failure.retry_after)
        not_before = now + timedelta(seconds=delay)
        honoured = None
        if failure.retry_after is not None:
            floor = min(failure.retry_after, self.backoff.retry_after_cap)
            honoured = to_utc_text(now + timedelta(seconds=floor))
        # When the next attempt is goes with the message; the UI shows it in local time.
        error = Message(
            failure.message.code, {**failure.message.params, "retry_at": to_utc_text(not_before)}
        )
        self.states.update(
            backoff_attempt=attempt + 1,
            not_before=to_utc_text(not_before),
            retry_after_until=honoured,
            last_error=error.to_json(),
        )
        return self._result(
            False, tally=tally, puller=puller, error=error, next_attempt_at=not_before
        )

    def _record_push(self, tally: PushTally) -> None:
        values: dict[str, Any] = {}
        if tally.write_checkpoint is not None:
            previous = self.states.get().write_checkpoint or 0
            values["write_checkpoint"] = max(previous, tally.write_checkpoint)
        skew = tally.clock.get("skew_seconds")
        if isinstance(skew, int | float) and not isinstance(skew, bool):
            flag = tally.clock.get("flag")
            values["last_skew_seconds"] = round(skew)
            values["clock_flag"] = flag if isinstance(flag, str) else None
        if tally.server_time is not None:
            values["last_server_time"] = tally.server_time
        if values:
            self.states.update(**values)

    def _record_clock_from(self, server_time: str, now: datetime) -> None:
        """Measure the clock offset from the config answer (device minus server, seconds)."""
        try:
            skew = round((now - from_utc_text(server_time)).total_seconds())
        except ValueError:
            return
        self.states.update(
            last_server_time=server_time,
            last_skew_seconds=skew,
            clock_flag="device_clock_skew" if abs(skew) > SKEW_FLAG_SECONDS else None,
        )

    def _result(
        self,
        ok: bool,
        *,
        tally: PushTally | None = None,
        puller: Puller | None = None,
        error: Message | None = None,
        next_attempt_at: datetime | None = None,
        paused: str | None = None,
        skipped: bool = False,
    ) -> SyncResult:
        tally = tally or PushTally()
        return SyncResult(
            ok=ok,
            pushed=tally.pushed,
            acked=tally.acked,
            rejected=tally.rejected,
            conflicted=tally.conflicted,
            deferred=tally.deferred,
            quarantined=tally.quarantined,
            pending_left=self.store.waiting(),
            pulled=puller.pulled if puller else 0,
            new_catalogues=tuple(puller.new_catalogues) if puller else (),
            error=error,
            next_attempt_at=next_attempt_at,
            paused_reason=paused,
            skipped=skipped,
            clock_flag=self.states.get().clock_flag,
            requeued=self._extras.requeued,
            purged=self._extras.purged,
            token_rotated=self._extras.rotated,
        )


def _stopped_by(exc: StorageError | OSError) -> Message:
    """Say that local storage stopped the run: the database (full, locked) or a file."""
    if isinstance(exc, StorageError):
        return Message("sync.stopped_storage", {"storage": exc.code})
    return Message("sync.stopped_disk")


def _not_due_until(
    not_before: str | None, retry_after_until: str | None, now: datetime, *, force: bool
) -> datetime | None:
    """Return when the next run may start, or None if it may start now."""
    floors = [retry_after_until] if force else [not_before, retry_after_until]
    due = [from_utc_text(t) for t in floors if t is not None]
    latest = max(due, default=None)
    return latest if latest is not None and latest > now else None
