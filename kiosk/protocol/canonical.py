"""Canonical JSON of a payload and its hash: what both ends hash, byte for byte.

A desk stores every op's payload as canonical JSON with the SHA-256 of that text
(``kiosk.outbox``) and sends both; the server serialises the payload it received the same way
and compares the hashes (``payload_hash_mismatch`` when they differ). Canonical means sorted
keys, no spaces, UTF-8 without escaping, and no floats (a float does not round-trip exactly).

This is the one definition. The server has a faster serialiser for the same bytes
(``sync.central.payloads.canonical_bytes``, orjson); a test holds the two equal.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(payload: Any) -> str:
    """Serialise *payload* canonically (``json.dumps(..., sort_keys=True, compact, UTF-8)``).

    It takes whatever JSON holds, floats too: the server hashes what it was sent, good or
    bad. A desk refuses floats before it writes an op (:func:`refuse_floats`).
    """
    return _ENCODER.encode(payload)


def payload_hash(canonical: str) -> str:
    """Return the hex SHA-256 of canonical JSON text (encoded UTF-8)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def refuse_floats(value: Any) -> None:
    """Raise TypeError if *value* holds a float anywhere (no payload a desk writes may)."""
    if isinstance(value, float):
        raise TypeError("floats are not allowed in outbox payloads")
    if isinstance(value, dict):
        for item in value.values():
            refuse_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            refuse_floats(item)
