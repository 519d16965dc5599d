"""One batch from body to answer: the envelope, the ops' checks, the transaction, the JSON.

:func:`handle_batch` is the whole of ``POST /v1/batches`` after the front has authenticated the
device, applied its limits and read the body. It runs in a worker thread of the server
process, or in an ingestion worker process (:mod:`sync.central.workers`): everything it needs
travels in an :class:`Ingestion` and its arguments, and everything it gives back is bytes or
a :class:`~sync.central.problems.ProblemError`.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from pydantic import ValidationError

from sync.central.auth import DeviceIdentity
from sync.central.catalogues import ServerCatalogues
from sync.central.db import Database
from sync.central.ingest import measure_skew, prepare, skew_delta, store_batch
from sync.central.payloads import Envelope, loads
from sync.central.pipeline.ops import Context
from sync.central.problems import ProblemError, validation_errors
from sync.central.settings import PROTOCOL_MAX, PROTOCOL_MIN, Settings
from sync.central.throttle import InFlightBatches

log = logging.getLogger(__name__)


@dataclass
class Ingestion:
    """What storing a batch needs: the settings, the database, the catalogues."""

    settings: Settings
    db: Database
    catalogues: ServerCatalogues
    inflight: InFlightBatches = field(default_factory=InFlightBatches)


def handle_batch(ingestion: Ingestion, who: DeviceIdentity, body: bytes, now: datetime) -> bytes:
    """Check and store the batch in *body* (received at *now*); return the 200 answer's JSON.

    Raises :class:`ProblemError` for whatever is not a 200: a broken envelope (400, 413,
    426), another device's batch (403), the same batch in progress (409) or its id reused
    (422), a server fault (500, nothing stored).
    """
    envelope = parse_envelope(body, ingestion.settings.limits.max_ops)
    if envelope.device_id != who.device_id:
        raise ProblemError(403, "device_mismatch", "The batch names another device than the token.")
    body_sha256 = hashlib.sha256(body).hexdigest()
    with ingestion.inflight.claim(envelope.batch_id, body_sha256):
        return orjson.dumps(_process(ingestion, who, envelope, body_sha256, now))


def parse_envelope(body: bytes, max_ops: int) -> Envelope:
    """Parse the batch envelope, refusing what is not one (400, 413, 426)."""
    try:
        data = loads(body)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise ProblemError(400, "bad_request", f"The body is not JSON ({exc}).") from exc
    if not isinstance(data, dict):
        raise ProblemError(400, "bad_request", "The body must be a JSON object.")
    protocol = data.get("protocol")
    if isinstance(protocol, int) and not PROTOCOL_MIN <= protocol <= PROTOCOL_MAX:
        raise ProblemError(
            426,
            "protocol_unsupported",
            f"Protocol {protocol} is not supported; this server speaks "
            f"{PROTOCOL_MIN}..{PROTOCOL_MAX}.",
            extra={"protocol": {"min": PROTOCOL_MIN, "max": PROTOCOL_MAX}},
        )
    ops = data.get("ops")
    if isinstance(ops, list) and len(ops) > max_ops:
        raise ProblemError(
            413,
            "payload_too_large",
            f"The batch has {len(ops)} ops; at most {max_ops}.",
            extra={"limits": {"max_ops": max_ops}},
        )
    try:
        if isinstance(ops, list) and all(type(op) is dict for op in ops):
            # The common case, made cheap: the ops as parsed are already what the model
            # would make of them (dicts with text keys), so only the rest is validated
            # instead of copying every op. Anything else takes the full model, which also
            # says what is wrong.
            envelope = Envelope.model_validate({**data, "ops": []})
            envelope.ops = ops
            return envelope
        return Envelope.model_validate(data)
    except ValidationError as exc:
        raise ProblemError(
            400,
            "bad_request",
            "The batch envelope does not have the expected shape.",
            extra={"errors": validation_errors(exc.errors())},
        ) from exc


def _process(
    ingestion: Ingestion,
    who: DeviceIdentity,
    envelope: Envelope,
    body_sha256: str,
    now: datetime,
) -> dict[str, Any]:
    """Check and store one batch; any fault becomes a 500, rolled back."""
    settings = ingestion.settings
    ops = prepare(envelope.ops, ingestion.catalogues.catalogues, settings.limits.max_op_bytes)
    skew, flag = measure_skew(envelope.sent_at_device, now, settings.skew_threshold_seconds)
    if flag is not None:
        log.warning("Device %s clock is %+d s off the server's", who.device_id, skew)
    ctx = Context(who.device_id, who.branch_id, envelope.batch_id, now, skew_delta(skew))
    try:
        return store_batch(
            ingestion.db, ctx, ops, body_sha256=body_sha256, skew_seconds=skew, clock_flag=flag
        )
    except ProblemError:
        raise
    except Exception as exc:
        # The transaction is rolled back already: nothing of this batch is stored.
        log.exception("Batch %s from device %s failed", envelope.batch_id, who.device_id)
        raise ProblemError(
            500, "internal", "The server failed; nothing of this batch was stored. Retry later."
        ) from exc
