"""The interface an op kind implements, and what the core lends a handler for one batch.

A handler holds the rules of one family of op kinds (visits, planning, ...). It never decides
what every op shares (replays, ``local_seq`` ownership, the ``applied_op`` row, dead
letters): :mod:`sync.central.pipeline.core` does, the same for every kind, and asks the
handler only what the op does. It is registered in :mod:`sync.central.pipeline.registry`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import Connection

from kiosk.catalogue import CatalogueSet
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.errors import Errors
from sync.central.pipeline.ops import Context, Incoming, Plan, Result, StoredOp


@dataclass
class Batch:
    """What a handler may use of the batch being decided (inside its transaction)."""

    conn: Connection
    ctx: Context
    plan: Plan  # a handler adds the rows of its own tables (Plan.insert, Plan.update)
    # Entities whose op was rejected or conflicted: this batch's, and those a handler read.
    # An op on such an entity that does not exist is ``conflict depends_on_conflicted``.
    refused: set[str]

    def next_seq(self) -> int:
        """Take the branch's next ``server_seq`` (for an op that is stored)."""
        self.plan.last_seq += 1
        return self.plan.last_seq


class Handler:
    """The rules of some op kinds, for one batch: the core makes one per batch that has any.

    A subclass names its :attr:`kinds` and implements :meth:`check` and :meth:`apply`; the
    other methods are there when needed.
    """

    #: The op kinds this handler decides.
    kinds: ClassVar[frozenset[str]] = frozenset()
    #: On PostgreSQL's first attempt at a batch the core looks up only those of these ops
    #: whose ``local_seq`` this device stored them under, and trusts the other ids to be new
    #: (the unique index proves it, :mod:`sync.central.pipeline.writes`). Only for kinds whose
    #: :meth:`apply` writes nothing before :func:`~sync.central.pipeline.writes.write`.
    trusts_new_ids: ClassVar[bool] = False

    def __init__(self, batch: Batch) -> None:
        """Work on *batch* (its connection, context and plan)."""
        self.batch = batch

    @classmethod
    def check(cls, op: Incoming, header: OpHeader, catalogues: CatalogueSet) -> Errors:
        """Return the problems of *op*'s payload found without the database (empty: valid).

        Runs before the transaction, for an op whose header, hash and schema are in order.
        May keep the parsed payload in ``op.payload`` for :meth:`apply`.
        """
        raise NotImplementedError

    def read(self, ops: Sequence[Incoming], *, trusting: bool) -> None:
        """Read, set-based, what this batch's *ops* of these kinds depend on.

        Called once, before any op is decided; *trusting*: PostgreSQL's first attempt, where
        new ids are left to the unique indexes (see :attr:`trusts_new_ids`).
        """

    def apply(self, op: Incoming) -> Result:
        """Apply one valid op that is neither a replay nor deferred before; return its answer.

        ``accepted`` and ``duplicate`` take a ``server_seq`` (:meth:`Batch.next_seq`); a
        ``deferred`` answer leaves no trace; anything else is recorded by the core.
        """
        raise NotImplementedError

    def same_op(self, op: Incoming, stored: StoredOp) -> bool:
        """Whether *op*, stored before under its id with other content, is that op all the same.

        Then it is answered as the stored op rather than ``rejected op_id_reused``.
        """
        return False

    def finish(self) -> None:
        """Write what must follow the batch's last op of these kinds (after every decision)."""
