"""Time-ordered record ids (UUIDv7, RFC 9562).

Ids are minted on the device, once, when a record is created; they are the idempotency keys of
the sync protocol. Version 7 keeps them sortable by creation time, which keeps SQLite's and
PostgreSQL's indexes compact.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_seq = 0


def uuid7() -> uuid.UUID:
    """Return a new UUIDv7, monotonic within this process.

    Within one millisecond a 12-bit counter (RFC 9562 §6.2, method 1) keeps ids increasing; if
    it overflows, or the clock steps back, the timestamp is carried forward instead.
    """
    global _last_ms, _last_seq
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > _last_ms:
            _last_ms = now_ms
            _last_seq = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        else:
            _last_seq += 1
            if _last_seq > 0xFFF:
                _last_ms += 1
                _last_seq = 0
        ms, seq = _last_ms, _last_seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= seq << 64
    value |= 0b10 << 62
    value |= rand
    return uuid.UUID(int=value)


def new_id() -> str:
    """Return a new UUIDv7 as the canonical lower-case string used in the database."""
    return str(uuid7())
