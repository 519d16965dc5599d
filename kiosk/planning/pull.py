"""Applying the server's planning changes on the desk (``docs/belastinghulp.md`` §5).

The sync client reads the server's change feed and calls :func:`apply_change` for every
planning change inside its pull transaction. A change is ``{"type", "id", "version", "data"}``
where ``data`` is the whole record as the server has it (column names as in
:mod:`kiosk.planning.models`; code lists as JSON lists; ``sync`` and ``conflict_code`` for
slots and bookings; ``deleted`` for reference rows, in ``data`` or beside it). A branch
setting is ``{"type": "setting", "id": "retention_days", "version", "data": {"retention_days":
n}}`` (its version is its feed number) and goes to ``app_setting``.

A row (or setting) that still has operations of its own waiting in the outbox (pending or in
flight) keeps its local data: those operations will come back confirmed or conflicted on a
later pull. A change older than the row (a lower version) is ignored.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Final

from sqlalchemy import Table, insert, text, update
from sqlalchemy.exc import DataError, IntegrityError, InterfaceError, ProgrammingError
from sqlmodel import Session

from kiosk.clock import system_now, to_utc_text
from kiosk.planning import purge as retention
from kiosk.planning.models import (
    PlanBooking,
    PlanClosure,
    PlanHelper,
    PlanPartner,
    PlanSeason,
    PlanSlot,
    PlanTemplate,
    PlanWaiting,
)
from kiosk.planning.records import SYNC_STATES
from kiosk.protocol.planning_records import check_feed_record
from kiosk.set_aside import CANNOT_APPLY, INVALID, clear, put_aside

log = logging.getLogger(__name__)

TABLES: Final[dict[str, Table]] = {
    "season": PlanSeason.__table__,  # type: ignore[attr-defined]
    "partner": PlanPartner.__table__,  # type: ignore[attr-defined]
    "helper": PlanHelper.__table__,  # type: ignore[attr-defined]
    "template": PlanTemplate.__table__,  # type: ignore[attr-defined]
    "closure": PlanClosure.__table__,  # type: ignore[attr-defined]
    "waiting": PlanWaiting.__table__,  # type: ignore[attr-defined]
    "slot": PlanSlot.__table__,  # type: ignore[attr-defined]
    "booking": PlanBooking.__table__,  # type: ignore[attr-defined]
}
_JSON_COLUMNS: Final = frozenset({"topics", "purpose", "checklist"})
_WITH_SYNC: Final = frozenset({"slot", "booking"})


def apply_change(session: Session, change: dict[str, Any], received_at: str = "") -> bool:
    """Apply one server change to the local tables; return whether the row was written.

    Unknown record types are skipped (a newer server may send more kinds). A record this desk
    cannot apply (a shape the contract does not allow, or a value its tables refuse) is put
    aside (:mod:`kiosk.set_aside`) and the caller goes on with the next change; a version of
    the same record that applies later takes its note away.
    """
    received_at = received_at or to_utc_text(system_now())
    kind = change.get("type")
    if kind == "setting":
        return _apply_setting(session, change)
    table = TABLES.get(str(kind))
    if table is None:
        log.info("Skipping planning change of unknown type %r", kind)
        return False
    assert isinstance(kind, str)
    errors = check_feed_record(kind, change)
    if errors:
        log.warning("Planning %s %r set aside: %s", kind, change.get("id"), errors)
        put_aside(
            session, kind, change.get("id"), change.get("version"), INVALID, errors, received_at
        )
        return False
    # A plain SAVEPOINT (the ORM's nested transaction costs more than the change itself).
    connection = session.connection()
    connection.exec_driver_sql("SAVEPOINT apply_change")
    try:
        written = _write_change(session, kind, table, change)
    except (IntegrityError, DataError, ProgrammingError, InterfaceError) as exc:
        connection.exec_driver_sql("ROLLBACK TO SAVEPOINT apply_change")
        connection.exec_driver_sql("RELEASE SAVEPOINT apply_change")
        log.warning("Planning %s %r refused by the tables: %s", kind, change.get("id"), exc)
        errors = [{"path": "", "msg": type(exc.orig).__name__ if exc.orig else "refused"}]
        put_aside(
            session, kind, change["id"], change.get("version"), CANNOT_APPLY, errors, received_at
        )
        return False
    connection.exec_driver_sql("RELEASE SAVEPOINT apply_change")
    if written:
        clear(session, kind, str(change["id"]))
    return written


def _write_change(session: Session, kind: str, table: Table, change: dict[str, Any]) -> bool:
    """Write a change checked by :func:`check_feed_record` (inside a savepoint)."""
    record_id = str(change["id"])
    version = int(change.get("version") or 0)
    if _has_waiting_ops(session, record_id):
        return False
    purgeable = "purged_at" in table.c
    local = session.execute(
        text(
            f"SELECT version, {'purged_at' if purgeable else 'NULL'} FROM {table.name} "
            "WHERE id = :id"
        ),
        {"id": record_id},
    ).first()
    if local is not None and int(local[0]) > version:
        return False
    data = dict(change.get("data") or {})
    if "deleted" in change and "deleted" in table.c:
        data.setdefault("deleted", change["deleted"])
    values = {
        name: _column_value(name, data[name])
        for name in table.c.keys()  # noqa: SIM118 (column names)
        if name in data and name not in ("id", "version", "sync")
    }
    values["version"] = version
    if local is not None and local[1] is not None:
        # Purged on this desk: the server's copy never brings the contact details back.
        values.update(dict.fromkeys(retention.CONTACT_FIELDS))
        values.pop("purged_at", None)
    if kind in _WITH_SYNC:
        sync = data.get("sync")
        values["sync"] = sync if sync in SYNC_STATES else "confirmed"
        if kind == "booking":
            values["conflict_code"] = data.get("conflict_code")
    if local is not None:
        session.execute(update(table).where(table.c.id == record_id).values(**values))
    else:
        # A partial record from the server still makes a valid row: required text columns it
        # left out become empty (SQLite checks NOT NULL even on an upsert that would update).
        for column in table.c:
            if (
                not column.nullable
                and column.name not in values
                and column.name != "id"
                and column.default is None
            ):
                values[column.name] = ""
        session.execute(insert(table).values(id=record_id, **values))
    return True


def _apply_setting(session: Session, change: dict[str, Any]) -> bool:
    """A branch setting: ``id`` its name, ``data`` ``{name: value}``, ``version`` its feed number.

    Skipped like a record: while a local change of it waits in the outbox, when older than the
    one applied, and when unknown or out of range.
    """
    name = str(change.get("id"))
    if name != retention.NAME:
        log.info("Skipping unknown planning setting %r", name)
        return False
    version = change.get("version") or 0
    if not isinstance(version, int) or isinstance(version, bool):
        log.warning("Ignoring planning setting %s with version %r", name, version)
        return False
    if _has_waiting_ops(session, name) or version < retention.retention_version(session):
        return False
    days = (change.get("data") or {}).get(name)
    if (
        not isinstance(days, int)
        or isinstance(days, bool)
        or not retention.MIN_DAYS <= days <= retention.MAX_DAYS
    ):
        log.warning("Ignoring planning setting %s = %r", name, days)
        return False
    retention.apply_retention(session, days, version)
    return True


def _has_waiting_ops(session: Session, record_id: str) -> bool:
    return (
        session.execute(
            text(
                "SELECT 1 FROM outbox WHERE entity_id = :id "
                "AND state IN ('pending','inflight') LIMIT 1"
            ),
            {"id": record_id},
        ).first()
        is not None
    )


def _column_value(name: str, value: Any) -> Any:
    if name in _JSON_COLUMNS and isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))
    return value
