"""The support export: outbox rows as one JSON file a person can read and replay.

Refused, conflicted and quarantined ops stay in the database forever; this file is how they
reach a support desk, with the records from the server this desk set aside. Payloads are the
anonymous visit records as sent (free text was screened for personal data before it was
saved). The file is written whole or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text

from kiosk import set_aside
from kiosk.clock import Now, system_now, to_utc_text
from kiosk.db import Database
from kiosk.files import write_durably
from sync.outbox_store import ALL_STATES

FORMAT = "ido-kiosk-outbox-export/1"


def export_outbox(
    db: Database,
    path: Path,
    states: Sequence[str],
    *,
    context: Mapping[str, Any] | None = None,
    now: Now = system_now,
) -> int:
    """Write the outbox rows in *states* to *path* as JSON; return how many were written."""
    unknown = set(states) - set(ALL_STATES)
    if unknown:
        raise ValueError(f"unknown outbox states: {sorted(unknown)}")
    query = text("SELECT * FROM outbox WHERE state IN :states ORDER BY local_seq").bindparams(
        bindparam("states", expanding=True)
    )
    with db.read() as session:
        rows = [dict(r._mapping) for r in session.execute(query, {"states": list(states)}).all()]
        received = [asdict(note) for note in set_aside.listed(session)]
    for row in rows:
        row["payload"] = _parsed(row["payload"])
        row["result_detail"] = _parsed(row["result_detail"])
    document = {
        "format": FORMAT,
        "exported_at": to_utc_text(now()),
        "states": list(states),
        **dict(context or {}),
        "count": len(rows),
        "ops": rows,
        # Records from the server this desk could not apply (kiosk.set_aside): no data kept.
        "received_set_aside": received,
    }
    write_durably(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return len(rows)


def _parsed(value: Any) -> Any:
    """Return stored JSON text as data (readable in the file), anything else as it is."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
