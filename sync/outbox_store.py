"""The outbox seen from the sync client: claim a batch, record what the server said.

Pure SQL over kiosk's :class:`~kiosk.db.Database`; every method is one ``BEGIN IMMEDIATE``
transaction. The states follow ``docs/sync-v1.md``::

    pending -> inflight (committed before sending) -> acked | rejected | conflicted | pending
    inflight -> quarantined (a 1-op batch still refused as an envelope)

A row leaves ``inflight`` only through this module, and only for rows of the batch named, so
a late answer to an old batch can never overwrite the fate of a newer one. Nothing here ever
deletes a row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from kiosk.clock import Now, system_now, to_utc_text
from kiosk.db import Database
from kiosk.ids import new_id
from sync.backoff import deferred_delay

ALL_STATES = ("pending", "inflight", "acked", "rejected", "conflicted", "quarantined")
PROBLEM_STATES = ("rejected", "conflicted", "quarantined")
# Room for the batch envelope around the ops (protocol, ids, timestamp, brackets).
ENVELOPE_BYTES = 512
MAX_DETAIL_CHARS = 8000
_ACKED = frozenset({"accepted", "duplicate"})


def op_bytes(op: Mapping[str, Any]) -> int:
    """Return the size of one wire op as it appears in the request body (compact UTF-8)."""
    return len(json.dumps(op, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


@dataclass(frozen=True)
class Batch:
    """Ops claimed together under one ``batch_id`` (already committed as ``inflight``)."""

    batch_id: str
    ops: tuple[dict[str, Any], ...]

    @property
    def local_seqs(self) -> tuple[int, ...]:
        """Return the outbox keys of the ops, in order."""
        return tuple(int(op["local_seq"]) for op in self.ops)

    @property
    def op_ids(self) -> tuple[str, ...]:
        """Return the op ids, in order."""
        return tuple(str(op["op_id"]) for op in self.ops)


@dataclass(frozen=True)
class Applied:
    """How the ops of one answered batch ended up."""

    acked: int = 0
    rejected: int = 0
    conflicted: int = 0
    deferred: int = 0


class OutboxRaceError(RuntimeError):
    """Another sync run (e.g. the app and ``ido-kiosk sync`` at once) moved this batch's rows.

    Nothing is lost: the rows keep the state the other run gave them; this run stops and the
    next one starts from the outbox as it is.
    """


@dataclass(frozen=True)
class ProblemOp:
    """An operation in a problem state, as stored (the UI describes it for a clerk)."""

    local_seq: int
    kind: str
    state: str
    occurred_at: str
    payload: str
    result_code: str | None
    result_detail: str | None


class OutboxStore:
    """The sync client's access to the ``outbox`` table."""

    def __init__(self, db: Database, now: Now = system_now) -> None:
        """Bind to *db*; *now* stamps acks and schedules deferred ops."""
        self.db = db
        self.now = now

    def reset_inflight(self) -> int:
        """Put every ``inflight`` row back to ``pending`` (at start: its send may be lost)."""
        with self.db.write() as session:
            result = session.execute(
                text("UPDATE outbox SET state = 'pending' WHERE state = 'inflight'")
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    def claim(
        self, *, max_ops: int, max_bytes: int, max_op_bytes: int | None = None
    ) -> Batch | None:
        """Mark the oldest due pending ops ``inflight`` under a new batch id and commit.

        The batch holds at most *max_ops* ops whose serialised size fits *max_bytes* (minus
        the envelope). An op larger than *max_op_bytes* (or the byte budget) travels alone,
        so the server's verdict on it costs no bisection. A row whose payload no longer
        parses is quarantined here: it could never be sent.
        """
        now = to_utc_text(self.now())
        budget = max(max_bytes - ENVELOPE_BYTES, 1)
        with self.db.write() as session:
            rows = session.execute(
                text(
                    "SELECT local_seq, op_id, kind, schema_ver, entity_id, base_version, "
                    "occurred_at, payload, payload_sha256 FROM outbox "
                    "WHERE state = 'pending' "
                    "AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
                    "ORDER BY local_seq LIMIT :n"
                ),
                {"now": now, "n": max(max_ops, 1)},
            ).all()
            ops: list[dict[str, Any]] = []
            used = 0
            for row in rows:
                try:
                    op = _wire_op(dict(row._mapping))
                except ValueError as exc:
                    _set_quarantined(session, row.local_seq, "unreadable_payload", str(exc))
                    continue
                size = op_bytes(op) + 1  # the comma between ops
                oversize = size > budget or (max_op_bytes is not None and size > max_op_bytes)
                if ops and (oversize or used + size > budget):
                    break
                ops.append(op)
                used += size
                if oversize:
                    break
            if not ops:
                return None
            batch = Batch(new_id(), tuple(ops))
            _assign(session, batch, from_state="pending")
        return batch

    def split(self, batch: Batch) -> tuple[Batch, Batch]:
        """Split an inflight batch into two halves with new batch ids (committed)."""
        if len(batch.ops) < 2:
            raise ValueError("a batch of one op cannot be split")
        middle = len(batch.ops) // 2
        first = Batch(new_id(), batch.ops[:middle])
        second = Batch(new_id(), batch.ops[middle:])
        with self.db.write() as session:
            _assign(session, first, from_state="inflight", old_batch=batch.batch_id)
            _assign(session, second, from_state="inflight", old_batch=batch.batch_id)
        return first, second

    def remint(self, batch: Batch) -> Batch:
        """Give an inflight batch a new batch id (after the server saw the old id elsewhere)."""
        fresh = Batch(new_id(), batch.ops)
        with self.db.write() as session:
            _assign(session, fresh, from_state="inflight", old_batch=batch.batch_id)
        return fresh

    def release(self, batch_id: str, *, count_attempt: bool = True) -> int:
        """Return the inflight rows of *batch_id* to ``pending`` (outcome unknown or refused).

        With ``count_attempt=False`` the claim's attempt is taken back: the request never
        reached the point of being judged (401: authentication, not the ops).
        """
        undo = "" if count_attempt else ", attempts = max(attempts - 1, 0)"
        with self.db.write() as session:
            result = session.execute(
                text(
                    f"UPDATE outbox SET state = 'pending'{undo} "
                    "WHERE batch_id = :b AND state = 'inflight'"
                ),
                {"b": batch_id},
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    def apply_results(self, batch_id: str, results: Sequence[Mapping[str, Any]]) -> Applied:
        """Record the server's per-op results for *batch_id*, all in one transaction.

        accepted|duplicate -> acked; rejected -> rejected; conflict -> conflicted; deferred (or
        a status this client does not know, or no result at all) -> pending, offered again
        after :func:`~sync.backoff.deferred_delay`.
        """
        moment = self.now()
        stamp = to_utc_text(moment)
        counts = {"acked": 0, "rejected": 0, "conflicted": 0, "deferred": 0}
        with self.db.write() as session:
            waiting = {
                r.op_id: (r.local_seq, r.attempts)
                for r in session.execute(
                    text(
                        "SELECT op_id, local_seq, attempts FROM outbox "
                        "WHERE batch_id = :b AND state = 'inflight'"
                    ),
                    {"b": batch_id},
                ).all()
            }
            updates: list[dict[str, Any]] = []
            for result in results:
                key = result.get("op_id")
                if not isinstance(key, str) or key not in waiting:
                    continue  # not ours, or already handled (a repeated result)
                local_seq, attempts = waiting.pop(key)
                status = result.get("status")
                code = _text_or_none(result.get("code"))
                if status in _ACKED:
                    updates.append(
                        _outcome(
                            local_seq,
                            "acked",
                            str(status),
                            code,
                            server_seq=_int_or_none(result.get("server_seq")),
                            acked_at=stamp,
                        )
                    )
                    counts["acked"] += 1
                elif status in ("rejected", "conflict"):
                    state = "rejected" if status == "rejected" else "conflicted"
                    updates.append(
                        _outcome(local_seq, state, str(status), code, detail=_detail(result))
                    )
                    counts[state] += 1
                else:
                    later = moment + timedelta(seconds=deferred_delay(attempts))
                    updates.append(
                        _outcome(
                            local_seq,
                            "pending",
                            str(status) if isinstance(status, str) else "deferred",
                            code,
                            detail=_detail(result),
                            next_attempt_at=to_utc_text(later),
                        )
                    )
                    counts["deferred"] += 1
            for local_seq, attempts in waiting.values():  # the server said nothing about these
                later = moment + timedelta(seconds=deferred_delay(attempts))
                updates.append(
                    _outcome(
                        local_seq, "pending", None, "no_result", next_attempt_at=to_utc_text(later)
                    )
                )
                counts["deferred"] += 1
            if updates:
                # One statement for the whole batch (executemany): this runs for every 500 ops.
                session.execute(_APPLY_OUTCOME, updates)
        return Applied(**counts)

    def quarantine(self, local_seq: int, code: str, detail: str | None = None) -> bool:
        """Move one pending or inflight op to ``quarantined``; return whether it moved."""
        with self.db.write() as session:
            return _set_quarantined(session, local_seq, code, detail)

    def problems(self, limit: int = 1000) -> list[ProblemOp]:
        """Return the newest *limit* operations that were refused, conflicted or set aside."""
        query = text(
            "SELECT local_seq, kind, state, occurred_at, payload, result_code, result_detail "
            "FROM outbox WHERE state IN :states ORDER BY local_seq DESC LIMIT :n"
        ).bindparams(bindparam("states", expanding=True))
        with self.db.read() as session:
            rows = session.execute(query, {"states": list(PROBLEM_STATES), "n": limit}).all()
        return [
            ProblemOp(
                local_seq=int(r.local_seq),
                kind=r.kind,
                state=r.state,
                occurred_at=r.occurred_at,
                payload=r.payload,
                result_code=r.result_code,
                result_detail=r.result_detail,
            )
            for r in rows
        ]

    def counts(self) -> dict[str, int]:
        """Return the number of rows per state (every state present, zero or not)."""
        with self.db.read() as session:
            found = dict(
                session.execute(text("SELECT state, count(*) FROM outbox GROUP BY state")).all()
            )
        return {state: int(found.get(state, 0)) for state in ALL_STATES}

    def waiting(self) -> int:
        """Return how many ops still have to reach the server (pending or inflight)."""
        counts = self.counts()
        return counts["pending"] + counts["inflight"]

    def next_due(self) -> str | None:
        """Return the earliest ``next_attempt_at`` among deferred pending ops, or None."""
        with self.db.read() as session:
            value = session.execute(
                text("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'")
            ).scalar()
        return None if value is None else str(value)

    def export(
        self,
        path: Path,
        states: Iterable[str] = PROBLEM_STATES,
        *,
        context: Mapping[str, Any] | None = None,
    ) -> int:
        """Write the rows in *states* to a JSON file for support; return how many.

        *context* (device and branch ids) goes into the file's header. See :mod:`sync.export`.
        """
        # Imported here: sync.export needs this module's state names (no import cycle).
        from sync.export import export_outbox

        return export_outbox(self.db, path, tuple(states), context=context, now=self.now)

    def requeue_quarantined(self, local_seqs: Iterable[int] | None = None) -> int:
        """Give quarantined ops (all, or those named) another chance: back to ``pending``.

        For support, after the cause is fixed (a server limit raised, a server bug repaired):
        quarantine keeps an op out of the automatic loop, it never gives up on it.
        """
        query = "UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
        query += "WHERE state = 'quarantined'"
        params: dict[str, Any] = {}
        statement = text(query)
        if local_seqs is not None:
            statement = text(query + " AND local_seq IN :seqs").bindparams(
                bindparam("seqs", expanding=True)
            )
            params["seqs"] = list(local_seqs)
        with self.db.write() as session:
            return int(session.execute(statement, params).rowcount)  # type: ignore[attr-defined]


def _wire_op(row: Mapping[str, Any]) -> dict[str, Any]:
    """Build the op as ``POST /v1/batches`` carries it; ValueError if the payload is broken."""
    try:
        payload = json.loads(row["payload"])
    except (TypeError, ValueError) as exc:
        raise ValueError(f"payload is not JSON: {type(exc).__name__}") from exc
    if not isinstance(payload, dict):
        raise ValueError("payload is not a JSON object")
    return {
        "op_id": row["op_id"],
        "local_seq": row["local_seq"],
        "kind": row["kind"],
        "schema": row["schema_ver"],
        "entity_id": row["entity_id"],
        "base_version": row["base_version"],
        "occurred_at_device": row["occurred_at"],
        "payload": payload,
        "sha256": row["payload_sha256"],
    }


def _assign(
    session: Session, batch: Batch, *, from_state: str, old_batch: str | None = None
) -> None:
    """Mark the batch's rows inflight under its id, counting one more send attempt."""
    guard = "" if old_batch is None else " AND batch_id = :old"
    result = session.execute(
        text(
            "UPDATE outbox SET state = 'inflight', batch_id = :b, attempts = attempts + 1 "
            f"WHERE local_seq IN :seqs AND state = :from{guard}"
        ).bindparams(bindparam("seqs", expanding=True)),
        {"b": batch.batch_id, "seqs": list(batch.local_seqs), "from": from_state, "old": old_batch},
    )
    if result.rowcount != len(batch.ops):  # type: ignore[attr-defined]
        # Someone else moved these rows since they were read: refuse rather than send ops
        # whose state no longer says "inflight for this batch" (the write rolls back).
        raise OutboxRaceError(f"outbox rows of batch {batch.batch_id} changed state under us")


_APPLY_OUTCOME = text(
    "UPDATE outbox SET state = :state, result_status = :result_status, "
    "result_code = :result_code, result_detail = COALESCE(:result_detail, result_detail), "
    "server_seq = COALESCE(:server_seq, server_seq), acked_at = COALESCE(:acked_at, acked_at), "
    "next_attempt_at = :next_attempt_at WHERE local_seq = :seq"
)


def _outcome(
    local_seq: int,
    state: str,
    status: str | None,
    code: str | None,
    *,
    detail: str | None = None,
    server_seq: int | None = None,
    acked_at: str | None = None,
    next_attempt_at: str | None = None,
) -> dict[str, Any]:
    """Return the parameters of :data:`_APPLY_OUTCOME` for one op."""
    return {
        "seq": local_seq,
        "state": state,
        "result_status": status,
        "result_code": code,
        "result_detail": detail,
        "server_seq": server_seq,
        "acked_at": acked_at,
        "next_attempt_at": next_attempt_at,
    }


def _set_quarantined(session: Session, local_seq: int, code: str, detail: str | None) -> bool:
    result = session.execute(
        text(
            "UPDATE outbox SET state = 'quarantined', result_status = NULL, result_code = :code, "
            "result_detail = :detail, next_attempt_at = NULL "
            "WHERE local_seq = :seq AND state IN ('pending', 'inflight')"
        ),
        {"seq": local_seq, "code": code, "detail": _clip(detail)},
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _detail(result: Mapping[str, Any]) -> str | None:
    extra = {k: v for k, v in result.items() if k not in ("op_id", "status", "code", "server_seq")}
    return _clip(json.dumps(extra, sort_keys=True, ensure_ascii=False)) if extra else None


def _clip(detail: str | None) -> str | None:
    # The server's explanation is for support; a runaway one must not bloat the database.
    if detail is None or len(detail) <= MAX_DETAIL_CHARS:
        return detail
    return detail[:MAX_DETAIL_CHARS] + "…"


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
