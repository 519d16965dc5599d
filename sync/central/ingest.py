"""``POST /v1/batches``: check the envelope and ops, then store the batch in one transaction.

:func:`prepare` does everything that needs no database (sizes, header shape, hashes, and each
payload with its kind's handler: shapes, catalogue codes). :func:`store_batch` then runs ONE
transaction: lock the branch's counter row (batches of a branch serialise; commit order =
``server_seq`` order), let the operation pipeline (:mod:`sync.central.pipeline`) read the facts
the ops depend on (a handful of set-based SELECTs) and rule on every op, and write the plan it
returns with one set-based statement per table. It commits before the answer is built; any
exception rolls the whole batch back (the route answers 500).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import orjson
import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy import Connection

from kiosk.catalogue import CatalogueSet
from kiosk.clock import to_utc_text
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.canonical import canonical_json
from kiosk.protocol.fields import UUID_PATTERN
from kiosk.protocol.limits import SCHEMA
from sync.central.db import Database
from sync.central.payloads import canonical_bytes, compact_size
from sync.central.pipeline import core, registry
from sync.central.pipeline.ops import Context, Incoming, result
from sync.central.pipeline.writes import LostRaceError, write
from sync.central.problems import ProblemError, validation_errors
from sync.central.tables import applied_op, batch, branch, change, device
from sync.central.throttle import batch_in_progress, key_reused

log = logging.getLogger(__name__)
_ATTEMPTS = 3
_WALK = 5000  # local_seqs read per step of the contiguity walk


def prepare(raw_ops: Sequence[Any], catalogues: CatalogueSet, max_op_bytes: int) -> list[Incoming]:
    """Check each op without the database; raise 400/413 for what breaks the envelope."""
    uuid = re.compile(UUID_PATTERN)
    ops: list[Incoming] = []
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
) -> Incoming:
    op = Incoming(index=index, raw=raw, op_id=op_id)
    try:
        header = OpHeader.model_validate(raw)
    except ValidationError as exc:
        op.verdict = result(
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
        op.verdict = result(
            op_id,
            "rejected",
            "payload_hash_mismatch",
            errors=[{"path": "sha256", "msg": f"the payload hashes to {op.sha256}"}],
        )
    elif (handler := registry.REGISTRY.handler_for(header.kind)) is None:
        op.verdict = result(op_id, "deferred", "unsupported_kind")
    elif header.schema_version > SCHEMA:
        op.verdict = result(op_id, "deferred", "schema_too_new")
    else:
        errors = handler.check(op, header, catalogues)
        if errors:
            op.verdict = result(op_id, "rejected", "validation_failed", errors=errors)
    return op


def store_batch(
    db: Database,
    ctx: Context,
    ops: list[Incoming],
    *,
    body_sha256: str,
    skew_seconds: int,
    clock_flag: str | None,
) -> dict[str, Any]:
    """Store the batch in one transaction and return the 200 answer (after the commit).

    On PostgreSQL the first attempt trusts the batch's new op, visit and question ids to be
    new (a desk mints them as UUIDv7) and lets the unique indexes prove it, saving a lookup
    of every op, visit and question id of the batch (for the kinds whose handler allows it,
    :attr:`~sync.central.pipeline.handler.Handler.trusts_new_ids`). An op the same device
    stored before is still found first (its ``local_seq`` is taken by it), so a desk's resend
    costs nothing extra.
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
    ctx: Context,
    ops: list[Incoming],
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
    plan = core.decide(conn, ctx, ops, int(last_seq), trusting=trusting)
    write(conn, plan)
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
