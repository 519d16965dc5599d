"""The server's side of the contract: fast JSON for batches, and the contract's names.

The shapes of a batch and of every payload, the op kinds, the limits, canonical JSON and the
rules of a visit's codes live in :mod:`kiosk.protocol`, which the desk builds with and the
server validates with (a few of its names are re-exported here). What stays here is the
server's own: parsing request bodies and serialising payloads with orjson, ten times
faster than the standard library and, for what a desk writes, byte for byte the same (tests
hold :func:`canonical_bytes` to :func:`kiosk.protocol.canonical.canonical_json`).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from kiosk.protocol.batch import Envelope
from kiosk.protocol.canonical import canonical_json
from kiosk.protocol.kinds import KINDS
from kiosk.protocol.visit_rules import active_codes

# The contract's names the server's modules and tests take from here.
__all__ = [
    "KINDS",
    "Envelope",
    "active_codes",
    "canonical_bytes",
    "canonical_json",
    "compact_size",
    "loads",
]


def canonical_bytes(payload: Any) -> bytes:
    """UTF-8 bytes of :func:`canonical_json`, made by orjson (ten times faster).

    For what a desk writes (objects, text, integers, booleans, null) orjson's sorted compact
    output is byte for byte the standard library's; tests hold the two equal. What orjson
    can't serialise (an integer beyond 64 bits, text with a lone surrogate) takes the
    standard library, which raises ``UnicodeEncodeError`` for the latter as before.
    """
    try:
        return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return canonical_json(payload).encode("utf-8")


def compact_size(value: Any) -> int:
    """Bytes of *value* as compact JSON (key order does not change the length)."""
    try:
        return len(orjson.dumps(value))
    except orjson.JSONEncodeError:
        return len(canonical_json(value).encode("utf-8"))


def loads(body: bytes | str) -> Any:
    """Parse JSON with orjson; what orjson refuses, the standard library tries.

    The standard library is what desks write with; it also reads text holding a lone
    surrogate, which the checks after parsing then refuse with a precise answer. ``NaN`` and
    ``Infinity`` are not JSON and stay refused (ValueError).
    """
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return json.loads(body, parse_constant=_not_json)


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON value")
