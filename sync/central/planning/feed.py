"""The planning records as the desks pull them (``docs/belastinghulp.md`` §5).

Every stored change of a planning record appends one ``change`` row for its branch: ``type``
is the record type (``season`` .. ``waiting``, ``slot``, ``booking``), ``entity_id`` and
``version`` the record's, ``data`` the whole record as the server has it. A branch setting
(``setting``) has its name as ``entity_id``, ``{name: value}`` as ``data`` and its feed number
(``change_seq``) as ``version``: one name is shared by every branch, the feed number is unique
and grows with every change of the branch. The rows of a batch
take their numbers at the end of its transaction (:func:`next_change_seqs` locks the feed's
counter row until the commit, so the feed commits in number order).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.clock import to_utc_text
from sync.central.catalogues import next_change_seqs
from sync.central.tables import change

TYPES = (
    "season",
    "partner",
    "helper",
    "template",
    "closure",
    "waiting",
    "slot",
    "booking",
    "setting",
)
BOOKING_FIELDS = (
    "id",
    "slot_id",
    "name",
    "phone",
    "email",
    "purpose",
    "checklist",
    "remark",
    "status",
    "walk_in",
    "overbook_reason",
    "created_at",
    "cancelled_at",
    "cancelled_by",
    "purged_at",
    "version",
    "conflict_code",
)
SLOT_FIELDS = (
    "id",
    "season_id",
    "helper_id",
    "day",
    "starts",
    "ends",
    "capacity",
    "closed",
    "template_id",
    "version",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def booking_data(row: Any) -> dict[str, Any]:
    """The whole booking as desks see it (``sync`` is ``confirmed`` or ``conflict``)."""
    data = {name: _plain(row[name]) for name in BOOKING_FIELDS}
    data["sync"] = row["sync_state"]
    return data


def slot_data(row: Any) -> dict[str, Any]:
    """The whole slot as desks see it (a slot on the server is always ``confirmed``)."""
    data = {name: _plain(row[name]) for name in SLOT_FIELDS}
    data["sync"] = "confirmed"
    return data


def record_data(row: Any) -> dict[str, Any]:
    """A reference record: its columns as the desk sent them, plus id, version and deleted."""
    data = dict(row["data"])
    data.update(id=row["id"], version=row["version"], deleted=row["deleted"])
    if row["purged_at"] is not None:
        data["purged_at"] = to_utc_text(row["purged_at"])
    return data


class Feed:
    """The change rows one batch adds for its branch, numbered and written at the end."""

    def __init__(self, branch_id: str, now: datetime) -> None:
        """Collect changes for *branch_id*, stamped *now*."""
        self.branch_id = branch_id
        self.now = now
        self.rows: list[dict[str, Any]] = []

    def add(self, kind: str, row: Any, data: dict[str, Any], *, deleted: bool = False) -> None:
        """Append the change of record *row* (of type *kind*) at its current version."""
        assert kind in TYPES
        self.rows.append(
            {
                "branch_id": self.branch_id,
                "type": kind,
                "entity_id": row["id"],
                "version": row["version"],
                "deleted": deleted,
                "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
                "created_at": self.now,
            }
        )

    def add_setting(self, name: str, value: Any) -> None:
        """Append the change of the branch setting *name* (its version: its feed number)."""
        self.rows.append(
            {
                "branch_id": self.branch_id,
                "type": "setting",
                "entity_id": name,
                "version": None,  # numbered in write()
                "deleted": False,
                "data": json.dumps({name: value}, sort_keys=True),
                "created_at": self.now,
            }
        )

    def write(self, conn: Connection) -> None:
        """Number the collected changes and insert them (nothing to do when there are none)."""
        if not self.rows:
            return
        first = next_change_seqs(conn, len(self.rows))
        for offset, row in enumerate(self.rows):
            row["change_seq"] = first + offset
            if row["version"] is None:
                row["version"] = row["change_seq"]
        conn.execute(sa.insert(change), self.rows)
        self.rows = []
