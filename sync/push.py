"""The push half of a sync run: claim a batch, POST it, record what the server said.

Per ``docs/sync-v1.md`` and protocol §5.2: a 200 carries a result per op; 400/413 split the
batch in halves until the op that breaks the envelope stands alone and is quarantined (it
never blocks the others); 422 gets a fresh batch id once; everything else returns the batch to
``pending`` and stops the run with a :class:`~sync.http.SyncError` that says how long to wait.

A batch id names one request body (protocol §2.5 rule 3): a claim, a split, a 422 and a 415
each mint a new one, and ops given back to ``pending`` return under a new id, so the server
may answer any repeat of an id with the answer it stored for it.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import httpx

from kiosk.clock import Now
from kiosk.errors import Message
from kiosk.protocol.answers import BatchAnswer, OpResult
from kiosk.protocol.batch import Envelope
from kiosk.protocol.limits import V1_LIMITS
from kiosk.protocol.reading import read_json
from sync.http import (
    GZIP_ABOVE_BYTES,
    PROTOCOL,
    PROTOCOL_CODES,
    SyncError,
    bearer,
    encode_body,
    failure_from_exception,
    failure_from_response,
    problem_of,
)
from sync.outbox_store import OutboxStore
from sync.wire import Batch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """The server's limits from ``GET /v1/config`` (defaults: the contract's v1 values)."""

    max_ops: int = V1_LIMITS["max_ops"]
    max_body_bytes: int = V1_LIMITS["max_body_bytes"]
    max_op_bytes: int = V1_LIMITS["max_op_bytes"]
    # Batches this desk may have on the wire at once (a server that does not say: one).
    max_inflight: int = V1_LIMITS["max_inflight"]


@dataclass
class PushTally:
    """What one run's pushes did, plus what the server told about its clock."""

    pushed: int = 0
    acked: int = 0
    rejected: int = 0
    conflicted: int = 0
    deferred: int = 0
    quarantined: int = 0
    write_checkpoint: int | None = None
    server_time: str | None = None
    clock: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Outgoing:
    """A claimed batch with its request body, ready to go out."""

    batch: Batch
    content: bytes
    headers: dict[str, str]


class _Courier:
    """Background threads that only do HTTP: up to *depth* batch exchanges at a time.

    They let the push loop overlap its own SQLite work (recording an answer, claiming and
    serialising the next batch) with the server's work on the batches in flight. The outbox
    is only ever touched by the loop's thread. Answers are collected in the order sent.
    """

    def __init__(self, depth: int) -> None:
        """Start idle; threads are made as requests go out."""
        self.depth = depth
        self._pool = ThreadPoolExecutor(max_workers=depth, thread_name_prefix="sync-push")
        self._jobs: deque[tuple[Batch, Future[httpx.Response]]] = deque()

    @property
    def flying(self) -> list[Batch]:
        """The batches sent whose answers have not been collected, oldest first."""
        return [batch for batch, _job in self._jobs]

    def has_room(self) -> bool:
        """Tell whether another batch may go out now."""
        return len(self._jobs) < self.depth

    def start(self, batch: Batch, exchange: Callable[[], httpx.Response]) -> None:
        """Run *exchange* for *batch* on a courier thread (there must be room)."""
        if not self.has_room():
            raise RuntimeError(f"at most {self.depth} batches in flight")
        self._jobs.append((batch, self._pool.submit(exchange)))

    def next_answer(self) -> tuple[Batch, Future[httpx.Response]]:
        """Wait for the oldest exchange in flight; return its batch and finished job."""
        if not self._jobs:
            raise RuntimeError("no batch in flight")
        batch, job = self._jobs[0]
        wait([job])  # still listed while waiting: an interruption here leaves it to close()
        self._jobs.popleft()
        return batch, job

    def close(self) -> list[tuple[Batch, Future[httpx.Response]]]:
        """Wait for the exchanges still in flight, stop, and return them (oldest first)."""
        left = list(self._jobs)
        self._jobs.clear()
        wait([job for _batch, job in left])
        self._pool.shutdown(wait=True)
        return left


class Pusher:
    """Sends the due pending ops of one database, batch after batch, in ``local_seq`` order."""

    def __init__(
        self,
        http: httpx.Client,
        store: OutboxStore,
        *,
        device_id: str,
        token: str,
        limits: Limits,
        now: Now,
    ) -> None:
        """Push through *http* for *device_id*; *now* stamps ``sent_at_device``."""
        self.http = http
        self.store = store
        self.device_id = device_id
        self._token = token
        self.limits = limits
        self.now = now
        self.gzip = True
        self.tally = PushTally()

    def run(self) -> None:
        """Push until nothing due is pending; raise SyncError when the run has to stop.

        Pipelined, in ``local_seq`` order, with up to ``limits.max_inflight`` requests on the
        wire: while the server works on the batches in flight, this thread records the
        answer to the one before and claims (and serialises) the next. Only a plain 200 is
        recorded late; any other answer is dealt with at once, before another batch goes
        out, so a split's halves travel before every batch not sent yet. When the run
        stops, batches still in flight are waited for (a 200 among them is recorded) and
        whatever was claimed but not recorded goes back to ``pending``.
        """
        courier = _Courier(max(1, self.limits.max_inflight))
        upcoming: _Outgoing | None = None  # claimed, not sent
        answered: tuple[Batch, httpx.Response] | None = None  # a 200 not recorded yet
        try:
            upcoming = self._claim()
            while upcoming is not None or courier.flying:
                while upcoming is not None and courier.has_room():
                    self.tally.pushed += len(upcoming.batch.ops)
                    courier.start(upcoming.batch, partial(self._deliver, upcoming))
                    upcoming = None
                    if answered is not None:
                        self._apply(*answered)
                        answered = None
                    upcoming = self._claim()
                batch, job = courier.next_answer()
                if answered is not None:
                    self._apply(*answered)
                    answered = None
                response = self._answer_of(batch, job)
                if response.status_code == 200:
                    answered = (batch, response)
                    continue
                self._send_all(batch, response)
                if upcoming is not None:  # a new body: fresh clock, gzip as now decided
                    upcoming = self._encode(upcoming.batch)
            if answered is not None:
                self._apply(*answered)
                answered = None
        except BaseException:
            # The requests in flight end first (never more on the wire than allowed); what
            # they brought back is kept where it can be, everything else is given back.
            left = courier.close()
            if upcoming is not None:
                self.store.release(upcoming.batch.batch_id, count_attempt=False)
            if answered is not None:
                self._record_quietly(*answered)
            self._settle_quietly(left)
            raise
        finally:
            courier.close()

    def _answer_of(self, batch: Batch, job: Future[httpx.Response]) -> httpx.Response:
        """The response of *batch*'s finished exchange; a transport error gives it back."""
        try:
            return job.result()
        except httpx.TransportError as exc:
            self.store.release(batch.batch_id)
            raise failure_from_exception(exc) from exc
        except BaseException:
            self.store.release(batch.batch_id)
            raise

    def _settle_quietly(self, left: list[tuple[Batch, Future[httpx.Response]]]) -> None:
        """Record the 200s among finished exchanges of a stopped run; release the rest."""
        for batch, job in left:
            try:
                response = job.result()
            except Exception:  # the error that stops the run is the one to report
                log.debug("Batch %s: no answer at stop", batch.batch_id, exc_info=True)
                self.store.release(batch.batch_id)
                continue
            self._record_quietly(batch, response)

    def _record_quietly(self, batch: Batch, response: httpx.Response) -> None:
        """Record a 200 that came back while the run stops, else release its batch.

        The run is stopping for another reason already, so nothing here may raise over it:
        a batch whose answer cannot be recorded is released (resending it is safe, the
        server knows its ops by ``op_id``). A 401 judged the token, not the ops: no attempt.
        """
        if response.status_code == 200:
            try:
                self._apply(batch, response)
                return
            except Exception:  # the error that stops the run is the one to report
                log.debug("Batch %s: answer not recorded at stop", batch.batch_id, exc_info=True)
        self.store.release(batch.batch_id, count_attempt=response.status_code != 401)

    def _claim(self) -> _Outgoing | None:
        """Claim the next batch (committed inflight) and build its request body."""
        batch = self.store.claim(
            max_ops=self.limits.max_ops,
            max_bytes=self.limits.max_body_bytes,
            max_op_bytes=self.limits.max_op_bytes,
        )
        return None if batch is None else self._encode(batch)

    def _send_all(self, first: Batch, answer: httpx.Response | None = None) -> None:
        """Settle *first* (whose *answer* may be in) and any halves it splits into, in order."""
        stack = [first]
        try:
            while stack:
                batch = stack.pop()
                stack.extend(reversed(self._send(batch, answer=answer)))
                answer = None
        except BaseException:
            # Halves not sent yet are inflight under their own ids: give them back.
            for batch in stack:
                self.store.release(batch.batch_id)
            raise

    def _send(
        self, batch: Batch, *, reminted: bool = False, answer: httpx.Response | None = None
    ) -> list[Batch]:
        """Send one batch (unless its *answer* is in); return the halves still to send."""
        try:
            if answer is None:
                answer = self._post(batch)
            return self._exchange(batch, answer, reminted=reminted)
        except BaseException:
            # Whatever stopped us, the batch's ops must not stay inflight. Releasing is
            # idempotent: rows already acked, split or released are no longer inflight
            # under this batch id.
            self.store.release(batch.batch_id)
            raise

    def _exchange(self, batch: Batch, response: httpx.Response, *, reminted: bool) -> list[Batch]:
        status = response.status_code
        if status == 200:
            self._apply(batch, response)
            return []
        if status == 413 or (status == 400 and _envelope_refused(response)):
            return self._isolate(batch, response)
        if status == 422 and not reminted:
            # The server saw this batch id with another body: a client bug, but the ops are
            # still deduplicated by op_id, so the same ops under a fresh id are safe.
            log.warning("Batch %s: HTTP 422; resending under a new id", batch.batch_id)
            return self._send(self.store.remint(batch), reminted=True)
        if status == 415 and self.gzip:
            log.warning("Server refused gzip (415); sending uncompressed from now on")
            self.gzip = False
            # Another body is another composition: it travels under a new batch id, so the
            # server can answer any repeat of a batch id with the answer it stored for it.
            return self._send(self.store.remint(batch), reminted=reminted)
        failure = failure_from_response(response, self.now())
        # A 401 judged the token, not the ops: that send does not count as an attempt.
        self.store.release(batch.batch_id, count_attempt=status != 401)
        log.warning("Batch %s (%d ops): %s", batch.batch_id, len(batch.ops), failure.log_detail)
        raise failure

    def _encode(self, batch: Batch) -> _Outgoing:
        """Build the request body: the envelope around the ops' stored JSON, spliced as is.

        The envelope is the contract's model, filled without checking (the server judges what
        it gets, and answers); its ops are the stored texts (``sync.wire``), never parsed on
        the way out.
        """
        envelope = Envelope.model_construct(
            protocol=PROTOCOL,
            batch_id=batch.batch_id,
            device_id=self.device_id,
            sent_at_device=self.now(),
            ops=[],
        )
        head = json.dumps(
            envelope.model_dump(exclude={"ops"}), separators=(",", ":"), ensure_ascii=False
        )
        raw = f'{head[:-1]},"ops":{batch.ops_json()}}}'.encode()
        content, headers = encode_body(raw, gzip_above=GZIP_ABOVE_BYTES if self.gzip else None)
        return _Outgoing(batch, content, {**headers, **bearer(self._token)})

    def _deliver(self, outgoing: _Outgoing) -> httpx.Response:
        """POST one batch (on either thread); transport errors are the caller's to judge."""
        return self.http.post("/v1/batches", content=outgoing.content, headers=outgoing.headers)

    def _post(self, batch: Batch) -> httpx.Response:
        """POST *batch* now, from this thread (the split and re-sent paths)."""
        self.tally.pushed += len(batch.ops)
        try:
            return self._deliver(self._encode(batch))
        except httpx.TransportError as exc:
            raise failure_from_exception(exc) from exc

    def _apply(self, batch: Batch, response: httpx.Response) -> None:
        try:
            # The contract's model, read leniently: a result this desk cannot read is
            # skipped (its op waits for the next run), a member it can do without falls back.
            answer = read_json(BatchAnswer, response.content)
        except ValueError as exc:
            # A 200 we can't read: the server may have stored the ops, or a proxy answered.
            # Either way resending is safe (duplicates are recognised), so treat as no answer.
            self.store.release(batch.batch_id)
            raise SyncError(
                "transient",
                Message("sync.unexpected", {"status": 200}),
                log_detail=f"unreadable batch answer: {type(exc).__name__}",
            ) from exc
        applied = self.store.apply_results(batch.batch_id, _sent(answer.results))
        self.tally.acked += applied.acked
        self.tally.rejected += applied.rejected
        self.tally.conflicted += applied.conflicted
        self.tally.deferred += applied.deferred
        checkpoint = answer.branch_change_seq
        if checkpoint is not None:
            self.tally.write_checkpoint = max(checkpoint, self.tally.write_checkpoint or 0)
        if answer.server_time is not None:
            self.tally.server_time = answer.server_time
        if answer.clock is not None:
            self.tally.clock = answer.clock.model_dump()
        log.info(
            "Batch %s: %d ops, %d acked, %d rejected, %d conflicted, %d deferred",
            batch.batch_id,
            len(batch.ops),
            applied.acked,
            applied.rejected,
            applied.conflicted,
            applied.deferred,
        )

    def _isolate(self, batch: Batch, response: httpx.Response) -> list[Batch]:
        """Split a refused batch, or quarantine its only op."""
        problem = problem_of(response)
        if len(batch.ops) > 1:
            log.info("Batch %s refused (%s); splitting", batch.batch_id, problem.describe())
            return list(self.store.split(batch))
        [local_seq] = batch.local_seqs
        code = problem.code or ("payload_too_large" if problem.status == 413 else "bad_request")
        detail = json.dumps({"status": problem.status, "detail": problem.detail})
        if self.store.quarantine(local_seq, code, detail):
            self.tally.quarantined += 1
        log.warning("Op %s quarantined: %s", batch.op_ids[0], problem.describe())
        return []


_RESULT_MEMBERS = len(OpResult.model_fields)


def _sent(results: list[OpResult]) -> list[dict[str, Any]]:
    """The members the server sent of each result, as ``model_dump(exclude_unset=True)``.

    A batch answer holds up to 2,000 results, nearly all without errors and read strictly,
    so with every member set: the model's own ``__dict__`` is then that mapping already (the
    outbox only reads it), 0.1 against 1.2 ms a batch for taking the members one by one.
    """
    full = _RESULT_MEMBERS
    return [
        r.__dict__ if not r.errors and len(r.__pydantic_fields_set__) == full else _members(r)
        for r in results
    ]


def _members(result: OpResult) -> dict[str, Any]:
    """The members of one result the server sent (one with errors, or read leniently)."""
    if result.errors:
        return result.model_dump(exclude_unset=True)
    return {name: getattr(result, name) for name in result.model_fields_set}


def _envelope_refused(response: httpx.Response) -> bool:
    """Tell whether a 400 is our server judging the envelope (not a proxy or portal page).

    Only a problem-details answer with a code proves the server read the batch and found it
    malformed; bisecting on anything else could quarantine good ops because of a captive
    portal, so that is treated as a transient failure instead. A protocol-version refusal is
    about the client, not an op: it pauses (see :func:`~sync.http.failure_from_response`).
    """
    problem = problem_of(response)
    return problem.is_problem_json and problem.code not in PROTOCOL_CODES
