"""The numbers of the contract: protocol and schema versions, bounds of a visit, batch limits.

Bounds a payload model checks (:mod:`kiosk.protocol.visits`) and the desk's form enforces with
its own words (``kiosk.visits``) come from here, so the two never drift apart. The batch limits
are the server's to choose; :data:`LIMIT_NAMES` are the names ``GET /v1/config`` advertises
them under, and :data:`V1_LIMITS` what a desk assumes of a server that does not say.
"""

from __future__ import annotations

from typing import Final

#: The protocol version a desk speaks (``POST /v1/batches``' ``protocol``).
PROTOCOL: Final = 1
#: The payload schema version of every op kind of v1 (an op's ``schema``).
SCHEMA: Final = 1

#: Questions in one visit.
MAX_QUESTIONS: Final = 20
#: Characters of a question's note.
MAX_NOTE: Final = 280
#: Characters of the reason a visit was declared void.
MAX_VOID_REASON: Final = 200

#: What a desk assumes when ``GET /v1/config`` leaves a limit out (or says something
#: unreadable): the v1 values. ``max_inflight`` is how many batches one device may have on
#: the wire at once.
V1_LIMITS: Final[dict[str, int]] = {
    "max_ops": 500,
    "max_body_bytes": 1_048_576,
    "max_op_bytes": 16_384,
    "max_inflight": 1,
}
#: The limits a server advertises, by name (the members of ``limits`` in ``GET /v1/config``).
LIMIT_NAMES: Final = tuple(V1_LIMITS)
