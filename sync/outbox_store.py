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
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
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
from sync.wire import Batch, WireOp, wire_op

ALL_STATES = ("pending", "inflight", "acked", "rejected", "conflicted", "quarantined")
PROBLEM_STATES = ("rejected", "conflicted", "quarantined")
# Room for the batch envelope around the ops (protocol, ids, timestamp, brackets).
ENVELOPE_BYTES = 512
MAX_DETAIL_CHARS = 8000
_ACKED = frozenset({"accepted", "duplicate"})


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
                    "occurred_at, payload, payload_sha256, redacted FROM outbox "
                    "WHERE state = 'pending' "
                    "AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
                    "ORDER BY local_seq LIMIT :n"
                ),
                {"now": now, "n": max(max_ops, 1)},
            ).all()
            ops: list[WireOp] = []
            used = 0
            for row in rows:
                try:
                    op = wire_op(*row)
                except ValueError as exc:
                    _set_quarantined(session, row.local_seq, "unreadable_payload", str(exc))
                    continue
                size = op.size + 1  # the comma between ops
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
            _assign_claimed(session, batch, now)
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
            connection = session.connection()
            waiting = {
                op_id: (local_seq, attempts)
                for op_id, local_seq, attempts in connection.exec_driver_sql(
                    "SELECT op_id, local_seq, attempts FROM outbox "
                    "WHERE batch_id = ? AND state = 'inflight'",
                    (batch_id,),
                ).fetchall()
            }
            # Acked ops grouped by (status, code), each group {local_seq: server_seq}: one
            # set-based UPDATE per group (nearly always one group: accepted, no code).
            acked: dict[tuple[str, str | None], dict[int, int | None]] = {}
            updates: list[tuple[Any, ...]] = []  # _APPLY_OUTCOME parameters, one op each
            # The common result (acked, no code, a plain server_seq) takes no function call:
            # this loop runs for every op of a drain (2,000 a batch).
            for result in results:
                key = result.get("op_id")
                if not isinstance(key, str):
                    continue  # not an op id
                found = waiting.pop(key, None)
                if found is None:
                    continue  # not ours, or already handled (a repeated result)
                local_seq, attempts = found
                status = result.get("status")
                code = result.get("code")
                if code is not None:
                    code = _text_or_none(code)
                if status in _ACKED:
                    # A number beyond SQLite's INTEGER is no server_seq this desk can keep.
                    server_seq = result.get("server_seq")
                    if type(server_seq) is not int or not (_INT64_MIN <= server_seq <= _INT64_MAX):
                        server_seq = _int_or_none(server_seq)
                    if _SET_BASED:
                        group = acked.get((status, code))
                        if group is None:
                            group = acked[(str(status), code)] = {}
                        group[local_seq] = server_seq
                    else:
                        updates.append(
                            (local_seq, "acked", str(status), code, None, server_seq, stamp, None)
                        )
                    counts["acked"] += 1
                elif status in ("rejected", "conflict"):
                    state = "rejected" if status == "rejected" else "conflicted"
                    updates.append(
                        (local_seq, state, str(status), code, _detail(result), None, None, None)
                    )
                    counts[state] += 1
                else:
                    later = to_utc_text(moment + timedelta(seconds=deferred_delay(attempts)))
                    updates.append(
                        (
                            local_seq,
                            "pending",
                            str(status) if isinstance(status, str) else "deferred",
                            code,
                            _detail(result),
                            None,
                            None,
                            later,
                        )
                    )
                    counts["deferred"] += 1
            for local_seq, attempts in waiting.values():  # the server said nothing about these
                later = to_utc_text(moment + timedelta(seconds=deferred_delay(attempts)))
                updates.append((local_seq, "pending", None, "no_result", None, None, None, later))
                counts["deferred"] += 1
            for (status, code), server_seqs in acked.items():
                connection.exec_driver_sql(
                    _APPLY_ACKED,
                    (status, code, stamp, json.dumps(server_seqs, separators=(",", ":"))),
                )
            if updates:
                # Plain driver-level executemany: SQLAlchemy's per-row parameter processing
                # for a text() statement cost more than SQLite's work on the rows.
                connection.exec_driver_sql(_APPLY_OUTCOME, updates)
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


def _assign_claimed(session: Session, batch: Batch, now: str) -> None:
    """Mark the rows :meth:`OutboxStore.claim` just chose inflight, with one range UPDATE.

    Same effect as :func:`_assign` from ``pending``, without binding every ``local_seq``.
    The claim read the due pending rows in ``local_seq`` order and took a prefix of them,
    quarantining (so no longer pending) any it could not send, all in this transaction;
    so the due pending rows between the first and last claimed ``local_seq`` are exactly
    the batch. The count check still guards that reasoning.
    """
    result = session.connection().exec_driver_sql(
        "UPDATE outbox SET state = 'inflight', batch_id = ?, attempts = attempts + 1 "
        "WHERE local_seq >= ? AND local_seq <= ? AND state = 'pending' "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
        (batch.batch_id, batch.ops[0].local_seq, batch.ops[-1].local_seq, now),
    )
    if result.rowcount != len(batch.ops):
        raise OutboxRaceError(f"outbox rows of batch {batch.batch_id} changed state under us")


# One op's outcome; the parameters are the tuples :meth:`OutboxStore.apply_results` builds:
# (local_seq, state, result_status, result_code, result_detail, server_seq, acked_at,
# next_attempt_at). A None detail, server_seq or acked_at keeps what the row had.
_APPLY_OUTCOME = (
    "UPDATE outbox SET state = ?2, result_status = ?3, result_code = ?4, "
    "result_detail = COALESCE(?5, result_detail), server_seq = COALESCE(?6, server_seq), "
    "acked_at = COALESCE(?7, acked_at), next_attempt_at = ?8 WHERE local_seq = ?1"
)
# :data:`_APPLY_OUTCOME` for every acked op sharing (status, code), in one statement: ?4 is
# a JSON object {"local_seq": server_seq or null}. As there, the detail is kept (acked ops
# bring none), acked_at is the stamp, next_attempt_at is cleared.
_APPLY_ACKED = (
    "UPDATE outbox SET state = 'acked', result_status = ?1, result_code = ?2, "
    "server_seq = COALESCE(r.value, outbox.server_seq), acked_at = ?3, next_attempt_at = NULL "
    "FROM json_each(?4) AS r WHERE outbox.local_seq = CAST(r.key AS INTEGER)"
)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _set_based_supported() -> bool:
    """Tell whether this SQLite runs :data:`_APPLY_ACKED` (UPDATE ... FROM, json_each).

    UPDATE ... FROM needs SQLite 3.33 (2020); JSON functions are built in from 3.38 and were
    a compile option before (enabled in the python.org and usual distribution builds). Any
    SQLite without them takes the per-op statement for acked ops too: same result, slower.
    """
    if sqlite3.sqlite_version_info < (3, 33, 0):
        return False
    try:
        with closing(sqlite3.connect(":memory:")) as probe:
            probe.execute("SELECT key, value FROM json_each('{\"1\":2}')").fetchall()
    except sqlite3.Error:
        return False
    return True


_SET_BASED = _set_based_supported()


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
    # ASCII-escaped: whatever the server sent (a lone surrogate included) can be stored.
    return _clip(json.dumps(extra, sort_keys=True)) if extra else None


def _clip(detail: str | None) -> str | None:
    # The server's explanation is for support; a runaway one must not bloat the database.
    if detail is None or len(detail) <= MAX_DETAIL_CHARS:
        return detail
    return detail[:MAX_DETAIL_CHARS] + "…"


def _text_or_none(value: Any) -> str | None:
    """*value* when it is text (cut to 100 characters, storable as UTF-8), else None."""
    if not isinstance(value, str):
        return None
    return value[:100].encode("utf-8", "backslashreplace").decode("utf-8")


def _int_or_none(value: Any) -> int | None:
    """*value* when it is an integer SQLite can store, else None."""
    if isinstance(value, int) and not isinstance(value, bool) and _INT64_MIN <= value <= _INT64_MAX:
        return value
    return None
