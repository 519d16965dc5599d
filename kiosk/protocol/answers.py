"""What the server answers a desk: a batch's results, its config, a page of changes.

The server documents its answers with these models (``/openapi.json``), and its tests hold
what it sends to them; a desk reads them with :func:`kiosk.protocol.reading.read`, which
takes the :class:`~kiosk.protocol.reading.Fallback` of a member it can do without and skips a
result that is not one. Members marked so are still required of a server: the fallbacks are
the desk's way of surviving a newer, older or broken one.
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr
from pydantic.json_schema import SkipJsonSchema

from kiosk.protocol.app_versions import AppVersion, DownloadUrl
from kiosk.protocol.limits import V1_LIMITS
from kiosk.protocol.reading import Fallback

#: What became of one op (``docs/sync-v1.md``): the first two mean the server has it.
STATUSES: Final = ("accepted", "duplicate", "conflict", "rejected", "deferred")
Status = Literal["accepted", "duplicate", "conflict", "rejected", "deferred"]
#: How often a desk asks for changes when the server does not say (seconds).
V1_POLL_SECONDS: Final = 60

Count = Annotated[StrictInt, Field(gt=0)]


class _Answer(BaseModel):
    # A newer server may add members: a desk reads what it knows.
    model_config = ConfigDict(extra="ignore")


class ErrorItem(_Answer):
    """Where a request or op is wrong: a path like ``payload.questions[0].topic``, and why."""

    path: StrictStr
    msg: StrictStr


class OpResult(_Answer):
    """The fate of one op; ``retryable`` is true for ``deferred`` (send it again later)."""

    op_id: StrictStr
    status: Status
    code: Annotated[StrictStr | None, Fallback(None)]
    server_seq: Annotated[StrictInt | None, Fallback(None)]
    retryable: Annotated[StrictBool, Fallback(False)]
    errors: Annotated[list[ErrorItem], Fallback(factory=list)]


class ClockInfo(_Answer):
    """The device's clock as measured from the batch's ``sent_at_device``."""

    skew_seconds: StrictInt
    flag: Annotated[Literal["device_clock_skew"] | None, Fallback(None)]


class BatchAnswer(_Answer):
    """``POST /v1/batches``, 200: a result per op, in the order sent."""

    batch_id: Annotated[StrictStr, Fallback("")]
    results: list[OpResult]
    branch_change_seq: Annotated[
        Annotated[StrictInt, Field(ge=0)] | SkipJsonSchema[None], Fallback(None)
    ]
    server_time: Annotated[StrictStr | SkipJsonSchema[None], Fallback(None)]
    clock: Annotated[ClockInfo | SkipJsonSchema[None], Fallback(None)]


class ProtocolRange(_Answer):
    """The protocol versions a server speaks."""

    min: int
    max: int


class AdvertisedLimits(_Answer):
    """What one batch may carry (:data:`kiosk.protocol.limits.LIMIT_NAMES`).

    ``max_inflight``: batches one device may have on the wire at once (absent: 1).
    """

    max_ops: Annotated[Count, Fallback(V1_LIMITS["max_ops"])]
    max_body_bytes: Annotated[Count, Fallback(V1_LIMITS["max_body_bytes"])]
    max_op_bytes: Annotated[Count, Fallback(V1_LIMITS["max_op_bytes"])]
    max_inflight: Annotated[Count, Fallback(V1_LIMITS["max_inflight"])] = V1_LIMITS["max_inflight"]

    @classmethod
    def v1(cls) -> AdvertisedLimits:
        """The limits a desk assumes of a server that does not say."""
        return cls(**V1_LIMITS)


class ConfigAnswer(_Answer):
    """``GET /v1/config``.

    The app versions (:mod:`kiosk.protocol.app_versions`) are optional: null or absent when
    the server's operator has not set them (an older server has no such members).
    """

    protocol: ProtocolRange
    limits: Annotated[AdvertisedLimits, Fallback(factory=AdvertisedLimits.v1)]
    server_time: Annotated[StrictStr | SkipJsonSchema[None], Fallback(None)]
    poll_seconds: Annotated[Count, Fallback(V1_POLL_SECONDS)]
    #: Below it a desk says "Nieuwe versie beschikbaar" and goes on.
    recommended_version: Annotated[AppVersion | None, Fallback(None)] = None
    #: Below it a desk stops sending (it keeps recording) until it is updated.
    minimum_version: Annotated[AppVersion | None, Fallback(None)] = None
    #: Where IT gets the app (http or https).
    download_url: Annotated[DownloadUrl | None, Fallback(None)] = None


class Change(_Answer):
    """One entry of the change feed: a catalogue (v1) or a Belastinghulp record."""

    change_seq: StrictInt
    type: StrictStr
    id: StrictStr
    version: StrictInt
    deleted: StrictBool
    data: dict[str, Any]


C = TypeVar("C")


class _ChangesPage(_Answer, Generic[C]):
    changes: list[C]
    next_cursor: Annotated[StrictStr | SkipJsonSchema[None], Fallback(None)]
    has_more: Annotated[StrictBool, Fallback(False)]
    server_time: Annotated[StrictStr | SkipJsonSchema[None], Fallback(None)]


class ChangesPage(_ChangesPage[Change]):
    """``GET /v1/changes``: one page of the feed, and where the next one starts."""


class FeedPage(_ChangesPage[dict[str, Any]]):
    """A page of changes as a desk reads it: each change stays as sent.

    The desk checks each change with the record models when it applies it (a catalogue with
    its parser, a planning record with :mod:`kiosk.protocol.planning_records`), so one it
    cannot apply is set aside with its reason, never silently dropped here.
    """
