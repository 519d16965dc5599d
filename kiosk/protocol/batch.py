"""A batch as a desk posts it (``POST /v1/batches``): the envelope and each op's header.

The server validates every batch with these models (and documents them: the OpenAPI
``BatchRequest`` and ``Op`` schemas are made from them); a desk writes the same shapes
(``sync.wire``, ``sync.push``), and the contract test holds what it writes to them. The
payload inside an op has its kind's own model (:mod:`kiosk.protocol.visits`,
:mod:`kiosk.protocol.planning`).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, InstanceOf, StrictBool, StrictInt

from kiosk.protocol.fields import MAX_BIGINT, MAX_INT, Code, Moment, Seq, Sha256, Uuid


class Envelope(BaseModel):
    """A batch as posted; ops stay raw here so one bad op never fails the whole batch."""

    model_config = ConfigDict(extra="ignore")

    protocol: StrictInt
    batch_id: Uuid
    device_id: Uuid
    sent_at_device: Moment
    ops: list[dict[str, Any]]


class OpHeader(BaseModel):
    """The part of an op the server needs to store it, whatever its kind."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    op_id: Uuid
    local_seq: Seq
    kind: Code
    schema_version: Annotated[StrictInt, Field(alias="schema", ge=1, le=MAX_INT)]
    entity_id: Code | None = None
    base_version: Annotated[StrictInt, Field(ge=0, le=MAX_BIGINT)] | None = None
    occurred_at_device: Moment
    # Checked to be an object, not copied (a model's dict field copies every op's payload).
    payload: InstanceOf[dict]  # type: ignore[type-arg]
    sha256: Sha256
    # The desk's retention purge removed the payload's contact details (docs/sync-v1.md,
    # "Redacted ops"); only planning ops that carry contact fields make use of it.
    redacted: StrictBool = False
