"""Carrying what the server has not acknowledged over from a damaged database.

After a repair (:mod:`kiosk.repair`) the restored database lacks the operations recorded
since its backup. Those the server acknowledged are safe there; the others are read from the
damaged file, as far as it can still be read: first in one pass, and where SQLite gives up
(a damaged page) one ``local_seq`` at a time, skipping what cannot be read. A row is taken
only when it is whole: a known state and a payload that still matches its SHA-256 (a row
read from garbage never reaches the server). Each keeps its ``op_id``, the server's
idempotency key, and its ``local_seq`` (a number the server may already hold for it); an
``op_id`` the restored outbox already has is never added twice.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from kiosk.protocol.canonical import payload_hash

if TYPE_CHECKING:
    from kiosk.db import Database

log = logging.getLogger(__name__)

#: How many ``local_seq`` numbers past the last readable one are tried one by one at most.
PROBE_LIMIT: Final = 200_000
_COLUMNS: Final = (
    "local_seq",
    "op_id",
    "kind",
    "schema_ver",
    "entity_id",
    "base_version",
    "payload",
    "payload_sha256",
    "occurred_at",
    "state",
    "attempts",
    "result_status",
    "result_code",
    "result_detail",
    "redacted",
)
_STATES: Final = frozenset({"pending", "inflight", "rejected", "conflicted", "quarantined"})


@dataclass(frozen=True)
class Salvaged:
    """What :func:`carry_over` did: ops carried, rows that could not be read, highest number."""

    ops: int
    unreadable: int
    highest: int


@dataclass
class _Read:
    rows: list[dict[str, Any]]
    unreadable: int = 0
    highest: int = 0


def carry_over(damaged: Path, db: Database) -> Salvaged:
    """Add the readable, unacknowledged ops of the *damaged* file to *db*'s outbox.

    Only ops numbered after the restored outbox's last one are read: an op the backup
    already held is in the restored outbox (nothing but acked rows is ever deleted).
    """
    with db.query() as reading:
        after = int(
            reading.exec_driver_sql("SELECT coalesce(max(local_seq), 0) FROM outbox").scalar_one()
        )
    found = read_waiting(damaged, after=after)
    carried = 0
    with db.write() as session:
        connection = session.connection()
        wanted = {str(row[1]) for row in connection.exec_driver_sql("PRAGMA table_info(outbox)")}
        for row in found.rows:
            known = connection.exec_driver_sql(
                "SELECT 1 FROM outbox WHERE op_id = ?", (row["op_id"],)
            ).first()
            if known is not None:
                continue
            values = {name: value for name, value in row.items() if name in wanted}
            taken = connection.exec_driver_sql(
                "SELECT 1 FROM outbox WHERE local_seq = ?", (row["local_seq"],)
            ).first()
            if taken is not None:  # cannot happen for a backup of this file; number it anew
                del values["local_seq"]
            if values["state"] == "inflight":
                values["state"] = "pending"
            names = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            connection.exec_driver_sql(
                f"INSERT INTO outbox ({names}) VALUES ({marks})", tuple(values.values())
            )
            carried += 1
    return Salvaged(carried, found.unreadable, found.highest)


def read_waiting(damaged: Path, *, after: int = 0) -> _Read:
    """Return the whole unacknowledged ops numbered above *after* readable from *damaged*.

    The highest number counts every row read, and the file's own sequence.
    """
    found = _Read([])
    if not damaged.is_file():
        return found
    try:
        connection = sqlite3.connect(damaged, isolation_level=None)
    except sqlite3.Error as exc:
        log.warning("Damaged database not readable at all: %r", exc)
        return found
    try:
        _read(connection, found, after)
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()
    return found


def _read(connection: sqlite3.Connection, found: _Read, after: int) -> None:
    for query in (
        "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'",
        "SELECT max(local_seq) FROM outbox",
    ):
        with contextlib.suppress(sqlite3.Error, TypeError, ValueError):
            found.highest = max(found.highest, int(connection.execute(query).fetchone()[0]))
    try:
        present = {str(row[1]) for row in connection.execute("PRAGMA table_info(outbox)")}
    except sqlite3.Error:
        present = set()
    columns = [name for name in _COLUMNS if name in present]
    if "op_id" not in present or "payload" not in present:
        log.warning("No outbox readable in the damaged database")
        return
    select = f"SELECT {', '.join(columns)} FROM outbox NOT INDEXED"
    last = after
    try:
        query = select + " WHERE local_seq > ? ORDER BY local_seq"
        for values in connection.execute(query, (after,)):
            last = _take(found, dict(zip(columns, values, strict=True)))
        return
    except sqlite3.DatabaseError as exc:
        log.warning("Damaged outbox read up to local_seq %d (%r); trying row by row", last, exc)
    end = min(max(found.highest, last + 10_000), last + PROBE_LIMIT)
    for seq in range(last + 1, end + 1):
        try:
            row = connection.execute(select + " WHERE local_seq = ?", (seq,)).fetchone()
        except sqlite3.DatabaseError:
            found.unreadable += 1
            continue
        if row is not None:
            _take(found, dict(zip(columns, row, strict=True)))


def _take(found: _Read, row: dict[str, Any]) -> int:
    """Keep *row* if it waits and is whole; return its number."""
    seq = row.get("local_seq")
    number = seq if isinstance(seq, int) else 0
    found.highest = max(found.highest, number)
    state = row.get("state")
    if state == "acked":
        return number
    payload, sha = row.get("payload"), row.get("payload_sha256")
    whole = (
        number > 0
        and state in _STATES
        and isinstance(row.get("op_id"), str)
        and isinstance(row.get("kind"), str)
        and isinstance(payload, str)
        and isinstance(sha, str)
        and _hash_matches(payload, sha)
    )
    if whole:
        found.rows.append(row)
    else:
        found.unreadable += 1
    return number


def _hash_matches(payload: str, sha: str) -> bool:
    try:
        return payload_hash(payload) == sha
    except (UnicodeError, ValueError):
        return False
