"""``POST /v1/batches``: check the envelope and ops, then store the batch in one transaction.

:func:`prepare` does everything that needs no database (sizes, header and payload shapes,
hashes, catalogue codes). :func:`store_batch` then runs ONE transaction: lock the branch's
counter row (batches of a branch serialise; commit order = ``server_seq`` order), read the
facts the ops depend on (a handful of set-based SELECTs), let :func:`sync.central.decide.decide`
rule on every op, and write the outcome with one set-based statement per table. It commits
before the answer is built; any exception rolls the whole batch back (the route answers 500).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import orjson
import psycopg
import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import ARRAY

from kiosk.catalogue import CatalogueSet
from kiosk.clock import to_utc_text
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.canonical import canonical_json
from kiosk.protocol.fields import UUID_PATTERN
from kiosk.protocol.kinds import KINDS, VISIT_VOIDED
from kiosk.protocol.limits import SCHEMA
from kiosk.protocol.visit_rules import Violation, check_visit, wire_errors
from kiosk.protocol.visits import VisitPayload, VoidPayload
from sync.central import decide as rules
from sync.central.db import Database, copy_rows, insert_new, insert_rows, update_rows
from sync.central.payloads import canonical_bytes, compact_size
from sync.central.planning import handler as planning
from sync.central.problems import ProblemError, validation_errors
from sync.central.tables import (
    applied_op,
    batch,
    branch,
    change,
    device,
    question,
    rejection,
    visit,
)
from sync.central.throttle import batch_in_progress, key_reused

log = logging.getLogger(__name__)
_ATTEMPTS = 3
_WALK = 5000  # local_seqs read per step of the contiguity walk
_SEPARATOR = "\x1f"  # joins the values of a set-based lookup (see _rows_in)


class LostRaceError(Exception):
    """Another transaction stored one of our op_ids first: redo the batch, it now sees it."""


def prepare(
    raw_ops: Sequence[Any], catalogues: CatalogueSet, max_op_bytes: int
) -> list[rules.Incoming]:
    """Check each op without the database; raise 400/413 for what breaks the envelope."""
    uuid = re.compile(UUID_PATTERN)
    ops: list[rules.Incoming] = []
    for index, raw in enumerate(raw_ops):
        op_id = raw.get("op_id") if isinstance(raw, dict) else None
        if not isinstance(op_id, str) or not uuid.match(op_id):
            # Without an op_id there is nothing to answer per op: the envelope is broken.
            raise ProblemError(
                400,
                "bad_request",
                f"ops[{index}] has no valid op_id.",
                extra={"errors": [{"path": f"ops[{index}].op_id", "msg": "a lower-case UUID"}]},
            )
        assert isinstance(raw, dict)
        try:
            size, payload_bytes = _canonical_size(raw)
        except UnicodeEncodeError as exc:  # a lone surrogate: not text a desk can have written
            raise ProblemError(
                400,
                "bad_request",
                f"ops[{index}] is not valid Unicode.",
                extra={"errors": [{"path": f"ops[{index}]", "msg": str(exc)}]},
            ) from exc
        if size > max_op_bytes:
            raise ProblemError(
                413,
                "payload_too_large",
                f"ops[{index}] is {size} bytes; at most {max_op_bytes} per op.",
                extra={"limits": {"max_op_bytes": max_op_bytes}, "op_index": index},
            )
        ops.append(_prepare_one(index, raw, op_id, catalogues, payload_bytes))
    return ops


_PAYLOAD_KEY_BYTES = len('"payload":')


def _canonical_size(raw: dict[str, Any]) -> tuple[int, bytes | None]:
    """Return the op's canonical JSON size and, when it is an object, its payload's bytes.

    The size of compact JSON does not depend on the order of the keys. The payload's
    canonical bytes (what the hash is checked against) are made anyway, so the op is measured
    as its other members plus those bytes: the payload, nearly all of the op, is serialised
    once instead of twice.
    """
    payload = raw.get("payload")
    if not isinstance(payload, dict):
        return compact_size(raw), None
    payload_bytes = canonical_bytes(payload)
    rest = {key: value for key, value in raw.items() if key != "payload"}
    comma = 1 if rest else 0
    return compact_size(rest) + comma + _PAYLOAD_KEY_BYTES + len(payload_bytes), payload_bytes


def _prepare_one(
    index: int,
    raw: dict[str, Any],
    op_id: str,
    catalogues: CatalogueSet,
    payload_bytes: bytes | None = None,
) -> rules.Incoming:
    op = rules.Incoming(index=index, raw=raw, op_id=op_id)
    try:
        header = OpHeader.model_validate(raw)
    except ValidationError as exc:
        op.verdict = rules.result(
            op_id, "rejected", "validation_failed", errors=validation_errors(exc.errors())
        )
        return op
    op.local_seq = header.local_seq
    op.kind = header.kind
    op.entity_id = header.entity_id
    op.occurred_at_device = header.occurred_at_device
    op.redacted = header.redacted
    if payload_bytes is None:
        payload_bytes = canonical_bytes(header.payload)
    op.sha256 = hashlib.sha256(payload_bytes).hexdigest()
    if op.sha256 != header.sha256:
        # Belt and braces: the standard library's serialisation is the desk's own.
        op.sha256 = hashlib.sha256(canonical_json(header.payload).encode("utf-8")).hexdigest()
    if op.sha256 != header.sha256:
        op.verdict = rules.result(
            op_id,
            "rejected",
            "payload_hash_mismatch",
            errors=[{"path": "sha256", "msg": f"the payload hashes to {op.sha256}"}],
        )
    elif header.kind not in KINDS:
        op.verdict = rules.result(op_id, "deferred", "unsupported_kind")
    elif header.schema_version > SCHEMA:
        op.verdict = rules.result(op_id, "deferred", "schema_too_new")
    else:
        errors = _check_payload(op, header, catalogues)
        if errors:
            op.verdict = rules.result(op_id, "rejected", "validation_failed", errors=errors)
    return op


def _check_payload(
    op: rules.Incoming, header: OpHeader, catalogues: CatalogueSet
) -> list[dict[str, str]]:
    if header.kind in planning.KINDS:
        return planning.check_payload(header)
    try:
        if header.kind == VISIT_VOIDED:
            void = VoidPayload.model_validate(header.payload)
            op.payload = void
            if header.entity_id != void.visit_id:
                return wire_errors([Violation("visit_id", "entity_mismatch")])
            return []
        visit_payload = VisitPayload.model_validate(header.payload)
    except ValidationError as exc:
        return validation_errors(exc.errors(), "payload")
    op.payload = visit_payload
    return check_visit(header.kind, header.entity_id, visit_payload, catalogues)


def store_batch(
    db: Database,
    ctx: rules.Context,
    ops: list[rules.Incoming],
    *,
    body_sha256: str,
    skew_seconds: int,
    clock_flag: str | None,
) -> dict[str, Any]:
    """Store the batch in one transaction and return the 200 answer (after the commit).

    On PostgreSQL the first attempt trusts the batch's new op, visit and question ids to be
    new (a desk mints them as UUIDv7) and lets the unique indexes prove it, saving a lookup
    of every op, visit and question id of the batch. An op the same device stored before
    is still found first (its ``local_seq`` is taken by it), so a desk's resend costs
    nothing extra.
    Any other id stored before aborts that attempt and the next one looks them all up, so
    the op concerned gets its precise answer.
    """
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            with db.write() as conn:
                trusting = attempt == 1 and conn.dialect.name == "postgresql"
                response = _store(
                    conn, ctx, ops, body_sha256, skew_seconds, clock_flag, trusting=trusting
                )
            return response
        except LostRaceError:
            if attempt == _ATTEMPTS:
                raise
            log.info("Batch %s: a key was taken; retrying with lookups", ctx.batch_id)
    raise AssertionError("unreachable")


def _store(
    conn: Connection,
    ctx: rules.Context,
    ops: list[rules.Incoming],
    body_sha256: str,
    skew_seconds: int,
    clock_flag: str | None,
    *,
    trusting: bool,
) -> dict[str, Any]:
    if conn.dialect.name == "postgresql":
        # Two server processes handed the same batch: the second answers 409 (same as in-process).
        got = conn.execute(
            sa.text("SELECT pg_try_advisory_xact_lock(hashtextextended(:b, 0))"),
            {"b": ctx.batch_id},
        ).scalar_one()
        if not got:
            raise batch_in_progress()
    last_seq = conn.execute(
        sa.select(branch.c.last_seq)
        .where(branch.c.id == ctx.branch_id)
        .with_for_update(key_share=True)
    ).scalar_one()
    earlier = conn.execute(
        sa.select(batch.c.body_sha256, batch.c.response).where(batch.c.batch_id == ctx.batch_id)
    ).first()
    if earlier is not None:
        if earlier.body_sha256 != body_sha256:
            raise key_reused()
        # An exact replay (the desk never heard the answer): the stored answer, word for word
        # (protocol §2.5 rule 3). Correctness does not depend on it: re-running the batch
        # would find every op stored (rule 2); this just says the same thing twice.
        stored: dict[str, Any] = orjson.loads(earlier.response)
        return stored
    snap = _snapshot(conn, ctx, ops, int(last_seq), trusting=trusting)
    plan = rules.decide(planning.others(ops), snap, ctx)
    planning.store(conn, ctx, planning.mine(ops), plan)  # Belastinghulp ops, after the visits
    _write(conn, plan)
    contiguous = _advance_contiguous(
        conn, ctx.device_id, {row["local_seq"] for row in plan.applied}
    )
    conn.execute(
        sa.update(device)
        .where(device.c.id == ctx.device_id)
        .values(
            last_batch_at=ctx.now,
            last_seen_at=ctx.now,
            clock_skew_seconds=skew_seconds,
            clock_flag=clock_flag,
            max_contiguous_local_seq=contiguous,
        )
    )
    if plan.last_seq != last_seq:
        conn.execute(
            sa.update(branch).where(branch.c.id == ctx.branch_id).values(last_seq=plan.last_seq)
        )
    response = {
        "batch_id": ctx.batch_id,
        "results": [plan.results[op.index] for op in ops],
        "branch_change_seq": branch_change_seq(conn, ctx.branch_id),
        "server_time": to_utc_text(ctx.now),
        "clock": {"skew_seconds": skew_seconds, "flag": clock_flag},
    }
    conn.execute(
        sa.insert(batch).values(
            batch_id=ctx.batch_id,
            device_id=ctx.device_id,
            body_sha256=body_sha256,
            op_count=len(ops),
            skew_seconds=skew_seconds,
            response=orjson.dumps(response).decode(),
            created_at=ctx.now,
        )
    )
    return response


def _snapshot(
    conn: Connection,
    ctx: rules.Context,
    ops: list[rules.Incoming],
    last_seq: int,
    *,
    trusting: bool = False,
) -> rules.Snapshot:
    """Read what the batch's ops depend on; *trusting* skips looking up new ids (see above)."""
    seqs = sorted({op.local_seq for op in ops if op.local_seq is not None})
    targets: set[str] = set()  # visits the batch records or changes
    changed: set[str] = set()  # visits the batch voids or corrects
    question_ids: set[str] = set()
    for op in ops:
        if isinstance(op.payload, VoidPayload):
            changed.add(op.payload.visit_id)
        elif isinstance(op.payload, VisitPayload):
            targets.add(op.payload.visit_id)
            if op.payload.corrects is not None:
                changed.add(op.payload.corrects)
            if not trusting:
                question_ids.update(q.question_id for q in op.payload.questions)
    targets = changed if trusting else targets | changed
    owners = _seq_owners(conn, ctx.device_id, seqs)
    # Trusting, only an op this device stored before is looked up: it holds its own
    # local_seq, so _seq_owners just found it. Any other stored op_id is left to the index.
    op_ids = sorted(
        {
            op.op_id
            for op in ops
            if op.local_seq is not None and (not trusting or owners.get(op.local_seq) == op.op_id)
        }
    )
    stored = {
        r.op_id: rules.StoredOp(r.sha256, r.status, r.code, r.errors, r.server_seq)
        for r in _rows_in(conn, applied_op, "op_id", op_ids)
    }
    visits = {
        r.visit_id: rules.VisitState(
            r.branch_id, r.voided_at is not None, r.superseded_by is not None
        )
        for r in _rows_in(conn, visit, "visit_id", sorted(targets))
    }
    blocked = {
        r.entity_id
        for r in _rows_in(
            conn,
            applied_op,
            "entity_id",
            # Only a void or correction asks whether its visit's op was refused: a batch of
            # new visits (the common case) needs no lookup here.
            sorted(changed - set(visits)),
            applied_op.c.status.in_(("rejected", "conflict")),
        )
    }
    taken = {r.question_id for r in _rows_in(conn, question, "question_id", sorted(question_ids))}
    return rules.Snapshot(stored, owners, visits, blocked, taken, last_seq)


def _seq_owners(conn: Connection, device_id: str, seqs: list[int]) -> dict[int, str]:
    """Which op_id holds each of *seqs* (sorted) for this device, where one does.

    A desk's batch is usually a run of consecutive numbers: one index range scan (normally
    finding nothing) then beats probing every number. A batch spread far apart (old
    deferred ops sent with new ones) probes each number instead.
    """
    if not seqs:
        return {}
    if seqs[-1] - seqs[0] < 4 * len(seqs):
        wanted = set(seqs)
        rows = conn.execute(
            sa.select(applied_op.c.local_seq, applied_op.c.op_id).where(
                applied_op.c.device_id == device_id,
                applied_op.c.local_seq.between(seqs[0], seqs[-1]),
            )
        ).all()
        return {r.local_seq: r.op_id for r in rows if r.local_seq in wanted}
    found = _rows_in(conn, applied_op, "local_seq", seqs, applied_op.c.device_id == device_id)
    return {r.local_seq: r.op_id for r in found}


def _rows_in(
    conn: Connection, table: sa.Table, column: str, values: Sequence[Any], *where: Any
) -> Iterable[Any]:
    """Rows of *table* whose *column* is one of *values*, in one query."""
    if not values:
        return []
    col = table.c[column]
    if conn.dialect.name == "postgresql":
        # One parameter instead of an IN list with a parameter per value. The values
        # (validated uuids, codes and numbers: never a control character) travel as one
        # string split by PostgreSQL; psycopg would adapt a list element by element in Python.
        texts = [str(v) for v in values]
        if any(_SEPARATOR in t for t in texts):
            array: Any = sa.bindparam(f"any_{column}", list(values), type_=ARRAY(col.type))
        else:
            joined = sa.bindparam(f"any_{column}", _SEPARATOR.join(texts), type_=sa.Text())
            array = sa.cast(sa.func.string_to_array(joined, _SEPARATOR), ARRAY(col.type))
        # Joined to unnest(), not "col = ANY(array)": psycopg prepares repeated statements,
        # and a generic plan made while the table was small filtered every row with
        # ANY(string_to_array(...)), splitting the parameter again per row (half a second
        # per batch at 20,000 rows). The join splits it once and probes the index per value.
        keys = sa.func.unnest(array).table_valued("value").render_derived(name="keys")
        query = sa.select(table).join_from(keys, table, col == keys.c.value).where(*where)
        return conn.execute(query).all()
    rows: list[Any] = []
    for start in range(0, len(values), 500):  # SQLite's bound-parameter limit
        chunk = values[start : start + 500]
        rows += conn.execute(sa.select(table).where(col.in_(chunk), *where)).all()
    return rows


def _write(conn: Connection, plan: rules.Plan) -> None:
    if conn.dialect.name == "postgresql":
        _copy_new(conn, plan)
    else:
        inserted = insert_new(conn, applied_op, plan.applied, "op_id")
        if len(inserted) != len(plan.applied):
            raise LostRaceError()
        insert_rows(conn, visit, plan.visits)
        insert_rows(conn, question, plan.questions)
    update_rows(conn, visit, "visit_id", plan.voids)
    update_rows(conn, visit, "visit_id", plan.supersedes)
    insert_rows(conn, rejection, plan.rejections)


def _copy_new(conn: Connection, plan: rules.Plan) -> None:
    """Write the batch's new ops, visits and questions with one COPY per table (PostgreSQL).

    The snapshot, read under the branch lock, said none of these keys is stored. A key that
    exists anyway was stored by a transaction that committed after our snapshot (another
    branch's batch carrying the same op or visit id): PostgreSQL waited for it on the unique
    index and refuses ours. That aborts this transaction, so the batch is redone from the
    start and its new snapshot sees the stored rows (:class:`LostRaceError`).
    """
    try:
        copy_rows(conn, applied_op, plan.applied)
        copy_rows(conn, visit, plan.visits)
        copy_rows(conn, question, plan.questions)
    except psycopg.errors.UniqueViolation as exc:
        raise LostRaceError() from exc


def _advance_contiguous(conn: Connection, device_id: str, written: set[int]) -> int:
    """Return the highest local_seq below which this device has no gap in ``applied_op``.

    *written* are the numbers this transaction just stored. A desk sends its ops in order, so
    they usually continue the stored value: that part of the walk needs no reading. The rest
    walks the device's numbers upward in the database (an index range scan; normally one
    empty read). Each number is walked over once: past a gap the walk stops until it is filled.
    """
    current = int(
        conn.execute(
            sa.select(device.c.max_contiguous_local_seq).where(device.c.id == device_id)
        ).scalar_one()
    )
    while current + 1 in written:
        current += 1
    while True:
        seqs = conn.execute(
            sa.select(applied_op.c.local_seq)
            .where(applied_op.c.device_id == device_id, applied_op.c.local_seq > current)
            .order_by(applied_op.c.local_seq)
            .limit(_WALK)
        ).scalars()
        walked = 0
        for seq in seqs:
            if seq != current + 1:
                return current
            current += 1
            walked += 1
        if walked < _WALK:
            return current


def branch_change_seq(conn: Connection, branch_id: str) -> int:
    """Return the newest change number a desk of *branch_id* can pull (its write checkpoint)."""
    value = conn.execute(
        sa.select(sa.func.max(change.c.change_seq)).where(
            sa.or_(change.c.branch_id == branch_id, change.c.branch_id.is_(None))
        )
    ).scalar_one()
    return int(value or 0)


def measure_skew(sent_at_device: datetime, now: datetime, threshold: int) -> tuple[int, str | None]:
    """Return the device's clock skew in whole seconds and its flag (None within *threshold*)."""
    skew = round((sent_at_device - now).total_seconds())
    return skew, ("device_clock_skew" if abs(skew) > threshold else None)


def skew_delta(skew_seconds: int) -> timedelta:
    """The skew as a timedelta (device time minus this is the corrected time)."""
    return timedelta(seconds=skew_seconds)
