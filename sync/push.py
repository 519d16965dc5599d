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
from dataclasses import dataclass, field
from typing import Any

import httpx

from kiosk.clock import Now, to_utc_text
from sync import messages
from sync.http import (
    GZIP_ABOVE_BYTES,
    PROTOCOL,
    PROTOCOL_CODES,
    SyncError,
    bearer,
    encode_json,
    failure_from_exception,
    failure_from_response,
    problem_of,
)
from sync.outbox_store import Batch, OutboxStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """The server's limits from ``GET /v1/config`` (defaults: the v1 values)."""

    max_ops: int = 500
    max_body_bytes: int = 1_048_576
    max_op_bytes: int = 16_384


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


class Pusher:
    """Sends the due pending ops of one database, one batch at a time."""

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
        """Push until nothing due is pending; raise SyncError when the run has to stop."""
        while True:
            batch = self.store.claim(
                max_ops=self.limits.max_ops,
                max_bytes=self.limits.max_body_bytes,
                max_op_bytes=self.limits.max_op_bytes,
            )
            if batch is None:
                return
            self._send_all(batch)

    def _send_all(self, first: Batch) -> None:
        """Send *first* and any halves it splits into, oldest ops first."""
        stack = [first]
        try:
            while stack:
                batch = stack.pop()
                stack.extend(reversed(self._send(batch)))
        except BaseException:
            # Halves not sent yet are inflight under their own ids: give them back.
            for batch in stack:
                self.store.release(batch.batch_id)
            raise

    def _send(self, batch: Batch, *, reminted: bool = False) -> list[Batch]:
        """Send one batch; return the halves still to send after a split (else [])."""
        try:
            return self._exchange(batch, reminted=reminted)
        except BaseException:
            # Whatever stopped us, the batch's ops must not stay inflight. Releasing is
            # idempotent: rows already acked, split or released are no longer inflight
            # under this batch id.
            self.store.release(batch.batch_id)
            raise

    def _exchange(self, batch: Batch, *, reminted: bool) -> list[Batch]:
        try:
            response = self._post(batch)
        except httpx.TransportError as exc:
            raise failure_from_exception(exc) from exc
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

    def _post(self, batch: Batch) -> httpx.Response:
        body = {
            "protocol": PROTOCOL,
            "batch_id": batch.batch_id,
            "device_id": self.device_id,
            "sent_at_device": to_utc_text(self.now()),
            "ops": list(batch.ops),
        }
        content, headers = encode_json(body, gzip_above=GZIP_ABOVE_BYTES if self.gzip else None)
        self.tally.pushed += len(batch.ops)
        return self.http.post(
            "/v1/batches", content=content, headers={**headers, **bearer(self._token)}
        )

    def _apply(self, batch: Batch, response: httpx.Response) -> None:
        try:
            data = response.json()
            results = data["results"]
            if not isinstance(results, list):
                raise TypeError("results is not a list")
        except (ValueError, KeyError, TypeError) as exc:
            # A 200 we can't read: the server may have stored the ops, or a proxy answered.
            # Either way resending is safe (duplicates are recognised), so treat as no answer.
            self.store.release(batch.batch_id)
            raise SyncError(
                "transient",
                messages.UNEXPECTED.format(status=200),
                log_detail=f"unreadable batch answer: {type(exc).__name__}",
            ) from exc
        applied = self.store.apply_results(
            batch.batch_id, [r for r in results if isinstance(r, dict)]
        )
        self.tally.acked += applied.acked
        self.tally.rejected += applied.rejected
        self.tally.conflicted += applied.conflicted
        self.tally.deferred += applied.deferred
        checkpoint = data.get("branch_change_seq")
        if isinstance(checkpoint, int) and not isinstance(checkpoint, bool):
            self.tally.write_checkpoint = max(checkpoint, self.tally.write_checkpoint or 0)
        if isinstance(data.get("server_time"), str):
            self.tally.server_time = data["server_time"]
        if isinstance(data.get("clock"), dict):
            self.tally.clock = data["clock"]
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


def _envelope_refused(response: httpx.Response) -> bool:
    """Tell whether a 400 is our server judging the envelope (not a proxy or portal page).

    Only a problem-details answer with a code proves the server read the batch and found it
    malformed; bisecting on anything else could quarantine good ops because of a captive
    portal, so that is treated as a transient failure instead. A protocol-version refusal is
    about the client, not an op: it pauses (see :func:`~sync.http.failure_from_response`).
    """
    problem = problem_of(response)
    return problem.is_problem_json and problem.code not in PROTOCOL_CODES
