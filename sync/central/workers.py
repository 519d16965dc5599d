"""Batch ingestion in worker processes, so the endpoint uses every core of its machine.

The server process stays the front: it authenticates, applies the per-device rate limit and
the concurrency gate, and reads each body within its limits. With ``--ingest-workers N`` the
rest of a batch (:func:`sync.central.batches.handle_batch`: parsing, checks, the transaction,
the answer's JSON) runs in one of N worker processes, each with its own database connection.
Python runs one thread at a time per process, and a batch is mostly Python: threads alone
leave the other cores idle while a backlog drains.

Only on PostgreSQL, where transactions of several processes can run side by side and the same
batch reaching two workers is caught by an advisory lock (409, as in one process). The
workers are started with ``spawn``: a fork would copy the front's event loop and threads.
Workers end with the front, however it ends. A worker that dies (killed, out of memory)
breaks the pool: the batches in progress in it are answered 500 (each transaction rolled
back, or committed and found again as duplicates when the desk sends it again), a new pool
takes over, and a batch that had not started yet goes to the new pool.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import Any

from sync.central.auth import DeviceIdentity
from sync.central.batches import Ingestion, handle_batch
from sync.central.catalogues import load_server_catalogues
from sync.central.db import Database
from sync.central.problems import ProblemError
from sync.central.settings import Settings
from sync.central.surveys import load_server_surveys

log = logging.getLogger(__name__)

GC_THRESHOLD = 20_000  # container allocations between young collections (default: 700)

# The worker process's own ingestion state, made once by _start_worker.
_worker: Ingestion | None = None

# What a worker sends back: ("answer", json) or ("problem", status, code, detail, headers, extra).
Outcome = tuple[Any, ...]


class IngestWorkers:
    """A pool of worker processes that store batches (see the module docstring)."""

    def __init__(self, settings: Settings, processes: int, log_level: int) -> None:
        """Start *processes* workers for *settings* (they connect and load catalogues)."""
        if processes < 1:
            raise ValueError("at least one worker process")
        self.settings = settings
        self.processes = processes
        self.log_level = log_level
        self._lock = threading.Lock()
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.settings, self.log_level),
        )

    async def start(self) -> None:
        """Start every worker now (not at the first batches); return once they are ready."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(loop.run_in_executor(self._pool, _ready) for _ in range(self.processes))
        )

    async def handle(self, who: DeviceIdentity, body: bytes, now: datetime) -> bytes:
        """Store the batch in a worker; return its answer or raise its ProblemError."""
        loop = asyncio.get_running_loop()
        pool = self._pool
        try:
            job = loop.run_in_executor(pool, _work, who, body, now)
        except BrokenProcessPool:  # a worker died since: this batch never started, so
            pool = self._replace(pool)  # it goes to the new pool
            job = loop.run_in_executor(pool, _work, who, body, now)
        try:
            outcome = await job
        except BrokenProcessPool as exc:
            self._replace(pool)
            log.error("An ingestion worker died storing a batch of device %s", who.device_id)
            raise ProblemError(
                500, "internal", "The server failed; nothing of this batch was stored. Retry later."
            ) from exc
        if outcome[0] == "answer":
            answer: bytes = outcome[1]
            return answer
        _kind, status, code, detail, headers, extra = outcome
        raise ProblemError(status, code, detail, headers=headers, extra=extra)

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """Swap a broken pool for a new one (once, however many requests saw it break)."""
        with self._lock:
            if self._pool is broken:
                log.warning("An ingestion worker ended; starting %d new ones", self.processes)
                self._pool = self._new_pool()
                for _ in range(self.processes):  # start them now, not one per batch
                    self._pool.submit(_ready)
            pool = self._pool
        broken.shutdown(wait=False, cancel_futures=True)
        return pool

    def close(self) -> None:
        """Let the batches in progress finish, then stop the workers."""
        self._pool.shutdown(wait=True)


def _start_worker(settings: Settings, log_level: int) -> None:
    """Initialise a worker process: logging, its database connection, the catalogues."""
    global _worker
    from sync.central import json_logs

    if json_logs.default_log_format() == "json":  # `serve --log-format json` passes it on
        json_logs.configure("json", log_level)
    else:
        logging.basicConfig(
            level=log_level, format="%(levelname)s %(name)s[%(process)d]: %(message)s"
        )
    db = Database(settings.database_url, pool_size=1, migrate_on_open=False)
    load_server_surveys(settings.data_dir)  # the versions SurveyHandler checks against
    _worker = Ingestion(settings, db, load_server_catalogues(settings.catalogue_dir))
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), name="front-watch", daemon=True).start()
    tune_gc()


def _end_with(front: multiprocessing.process.BaseProcess) -> None:
    """End this worker when the front process has ended, however it ended (even SIGKILL).

    Nobody would read the answer of the batch in progress: its transaction is rolled back
    as the connection drops, or has committed already (the desk's resend finds its ops).
    """
    front.join()
    os._exit(0)


def _ready() -> int:
    """Answer once a worker is initialised (each call submitted to an idle pool starts one)."""
    return os.getpid()


def _work(who: DeviceIdentity, body: bytes, now: datetime) -> Outcome:
    """Store one batch in this worker; a problem travels back as plain values."""
    if _worker is None:
        raise RuntimeError("ingestion worker not initialised")
    try:
        return ("answer", handle_batch(_worker, who, body, now))
    except ProblemError as exc:
        return ("problem", exc.status_code, exc.code, exc.detail, exc.headers, exc.extra)


def tune_gc() -> None:
    """Keep Python's cyclic garbage collector off the hot path of batch ingestion.

    A 1000-op batch allocates some hundred thousand dicts and models that live until its
    answer is sent, so they survive young collections and trigger full collections, each
    walking every object of the process (the loaded libraries: some 200,000): a fifth of the
    batch's check time went there. Freezing what start-up loaded moves it out of the
    collector's sight for good, and a larger first threshold collects less often. Reference
    counting still frees everything at once; only cycles wait a little longer.
    """
    gc.collect()
    gc.freeze()
    _threshold0, *older = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *older)
