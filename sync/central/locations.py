"""IDO set-ups in the batch pipeline (``location.setup``), and the set-up of a location on a day.

The handler the core (:mod:`sync.central.pipeline.core`) asks what a set-up op does, after
the rules every kind shares. A set-up op is a whole version of one location's set-up
(:mod:`kiosk.protocol.locations`); every version is kept in ``ido_setup``, never changed, so
the figures of a day use the set-up of that day (:func:`setup_on`, :func:`setups_on`).

Rules (``docs/sync-v1.md``, "IDO set-up"):

* the payload to its full shape, ``entity_id`` the location's id, ``ido_form`` a current code
  of the catalogue version it names (else ``rejected validation_failed`` with paths);
* a location belongs to the branch whose device first sent its set-up: a set-up of it from a
  device of another branch → ``rejected branch_forbidden``;
* a version of a location stored before (under another op) → ``rejected validation_failed``
  (``payload.version``); the same op again is a replay, answered by the core.

Versions need not arrive in order (two batches in flight): each is a whole set-up.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.catalogue import CatalogueSet
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.errors import Errors
from kiosk.protocol.kinds import LOCATION_KINDS
from kiosk.protocol.locations import SetupPayload, check_setup
from sync.central.pipeline.handler import Batch, Handler
from sync.central.pipeline.ops import Incoming, Result, Row, result
from sync.central.pipeline.reads import rows_in
from sync.central.tables import ido_setup


@dataclass(frozen=True)
class SetupVersion:
    """One stored version of a location's set-up (hours and staffing as the payload has them)."""

    location_id: str
    branch_id: str
    version: int
    valid_from: date
    ido_name: str
    ido_form: str
    inside_library: bool
    hours_kind: str
    hours: list[dict[str, Any]]
    staffing: list[dict[str, Any]]
    catalogue_version: int
    op_id: str

    @classmethod
    def of(cls, row: Any) -> SetupVersion:
        """Read an ``ido_setup`` row."""
        return cls(
            location_id=row.location_id,
            branch_id=row.branch_id,
            version=row.version,
            valid_from=row.valid_from,
            ido_name=row.ido_name,
            ido_form=row.ido_form,
            inside_library=bool(row.inside_library),
            hours_kind=row.hours_kind,
            hours=json.loads(row.hours),
            staffing=json.loads(row.staffing),
            catalogue_version=row.catalogue_version,
            op_id=row.op_id,
        )


def setup_on(conn: Connection, location_id: str, day: date) -> SetupVersion | None:
    """The set-up of *location_id* on *day*: the newest version holding by then, or None.

    A version holds from its ``valid_from`` on; of those holding on *day*, the highest
    version wins (a later version that holds from an earlier day corrects the ones before).
    """
    row = conn.execute(
        sa.select(ido_setup)
        .where(ido_setup.c.location_id == location_id, ido_setup.c.valid_from <= day)
        .order_by(ido_setup.c.version.desc())
        .limit(1)
    ).first()
    return None if row is None else SetupVersion.of(row)


def setups_on(
    conn: Connection, day: date, *, branch_id: str | None = None
) -> dict[str, SetupVersion]:
    """The set-up on *day* of every location (of *branch_id*) that had one, by location id."""
    newest = (
        sa.select(ido_setup.c.location_id, sa.func.max(ido_setup.c.version).label("version"))
        .where(ido_setup.c.valid_from <= day)
        .group_by(ido_setup.c.location_id)
    )
    if branch_id is not None:
        newest = newest.where(ido_setup.c.branch_id == branch_id)
    chosen = newest.subquery()
    rows = conn.execute(
        sa.select(ido_setup).join(
            chosen,
            sa.and_(
                ido_setup.c.location_id == chosen.c.location_id,
                ido_setup.c.version == chosen.c.version,
            ),
        )
    ).all()
    return {row.location_id: SetupVersion.of(row) for row in rows}


def history(conn: Connection, location_id: str) -> list[SetupVersion]:
    """Every stored version of *location_id*'s set-up, oldest version first."""
    rows = conn.execute(
        sa.select(ido_setup)
        .where(ido_setup.c.location_id == location_id)
        .order_by(ido_setup.c.version)
    ).all()
    return [SetupVersion.of(row) for row in rows]


class SetupHandler(Handler):
    """Stores every version of a location's set-up (see the module docstring)."""

    kinds = frozenset(LOCATION_KINDS)

    @classmethod
    def check(cls, op: Incoming, header: OpHeader, catalogues: CatalogueSet) -> Errors:
        """The payload's shape, its entity_id, and its IDO form against its catalogue."""
        setup, errors = check_setup(header.payload, header.entity_id, catalogues)
        op.payload = setup
        return errors

    def __init__(self, batch: Batch) -> None:
        """Decide the set-up ops of *batch*."""
        super().__init__(batch)
        self.owners: dict[str, str] = {}  # location id -> the branch it belongs to
        self.versions: set[tuple[str, int]] = set()  # (location id, version) stored
        self.rows = batch.plan.insert(ido_setup)

    def read(self, ops: Sequence[Incoming], *, trusting: bool) -> None:
        """Look up the stored versions of the locations the ops set up."""
        ids = sorted({op.payload.location_id for op in ops if isinstance(op.payload, SetupPayload)})
        for row in rows_in(self.batch.conn, ido_setup, "location_id", ids):
            self.owners.setdefault(row.location_id, row.branch_id)
            self.versions.add((row.location_id, row.version))

    def apply(self, op: Incoming) -> Result:
        """Store one version (the payload as :meth:`check` parsed it)."""
        setup = op.payload
        assert isinstance(setup, SetupPayload)
        ctx = self.batch.ctx
        owner = self.owners.get(setup.location_id, ctx.branch_id)
        if owner != ctx.branch_id:
            errors = [{"path": "payload.location_id", "msg": "a location of another branch"}]
            return result(op.op_id, "rejected", "branch_forbidden", errors=errors)
        if (setup.location_id, setup.version) in self.versions:
            msg = f"version {setup.version} of this location is already stored"
            errors = [{"path": "payload.version", "msg": msg}]
            return result(op.op_id, "rejected", "validation_failed", errors=errors)
        seq = self.batch.next_seq()
        self.owners[setup.location_id] = ctx.branch_id
        self.versions.add((setup.location_id, setup.version))
        self.rows.append(_row(op, setup, ctx.branch_id, ctx.device_id, ctx.now))
        return result(op.op_id, "accepted", server_seq=seq)


def _row(op: Incoming, setup: SetupPayload, branch_id: str, device_id: str, now: Any) -> Row:
    sent = setup.model_dump()
    return {
        "op_id": op.op_id,
        "branch_id": branch_id,
        "device_id": device_id,
        "location_id": setup.location_id,
        "version": setup.version,
        "valid_from": date.fromisoformat(setup.valid_from),
        "ido_name": setup.ido_name,
        "ido_form": setup.ido_form,
        "inside_library": setup.inside_library,
        "hours_kind": setup.hours_kind,
        "hours": json.dumps(sent["hours"], sort_keys=True),
        "staffing": json.dumps(sent["staffing"], sort_keys=True),
        "catalogue_version": setup.catalogue_version,
        "received_at": now,
    }
