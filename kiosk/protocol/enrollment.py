"""What the server answers about a device: its enrollment, a new token, what it holds of it.

Like :mod:`kiosk.protocol.answers`: the server documents these answers with the models, and a
desk reads them with :func:`kiosk.protocol.reading.read`. A desk needs little of each (the
device id, the branch id and the token; the highest op it can count on), so the rest has a
:class:`~kiosk.protocol.reading.Fallback`; a member marked so is still required of a server.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr
from pydantic.json_schema import SkipJsonSchema

from kiosk.protocol.reading import Fallback

#: Text with at least one visible character (an id, a token).
Visible = Annotated[StrictStr, Field(min_length=1, pattern=r"\S")]
#: A device token: kept out of ``repr`` (and so out of logs and tracebacks).
Token = Annotated[StrictStr, Field(min_length=1, pattern=r"\S", repr=False)]
#: A count of operations.
Tally = Annotated[StrictInt, Field(ge=0)]


class _Answer(BaseModel):
    # A newer server may add members: a desk reads what it knows.
    model_config = ConfigDict(extra="ignore")


class BranchInfo(_Answer):
    """A branch as a desk sees it (the desk keeps its id and name)."""

    id: Visible
    name: Annotated[StrictStr, Fallback("")]
    organisation: Annotated[StrictStr, Fallback("")]
    municipality: Annotated[StrictStr, Fallback("")]
    province: Annotated[StrictStr, Fallback("")]


class EnrollAnswer(_Answer):
    """``POST /v1/enroll``, 201: the new device, its branch and its token (shown once)."""

    device_id: Visible
    branch: BranchInfo
    token: Token
    server_time: Annotated[StrictStr | SkipJsonSchema[None], Fallback(None)]


class TokenAnswer(_Answer):
    """``POST /v1/token/rotate``, 200: a new device token."""

    token: Token


class AckStateAnswer(_Answer):
    """``GET /v1/devices/me/ack-state``, 200: what the server holds of this device's ops.

    ``max_contiguous_local_seq`` is the highest ``local_seq`` up to which the server holds
    every op of the device: the one member a desk cannot do without. ``max_local_seq`` is the
    highest it holds at all: a desk restored from its own backup numbers on above it.
    """

    device_id: Annotated[StrictStr, Fallback("")]
    max_contiguous_local_seq: Tally
    max_local_seq: Annotated[Tally | SkipJsonSchema[None], Fallback(None)]
    ops_stored: Annotated[Tally | SkipJsonSchema[None], Fallback(None)]
    by_kind: Annotated[dict[str, Tally], Fallback(factory=dict)]
    by_status: Annotated[dict[str, Tally], Fallback(factory=dict)]
    last_batch_at: Annotated[StrictStr | None, Fallback(None)]
