"""Belastinghulp planning ops in the batch pipeline (``docs/belastinghulp.md`` §3).

The handler the core (:mod:`sync.central.pipeline.core`) asks what a planning op does, after
the rules every kind shares (replays, ``local_seq`` ownership, ``applied_op``, dead letters).
Its part:

* :meth:`PlanningHandler.check`: the payload against the contract's models and rules
  (:mod:`kiosk.protocol.planning`), with the op header's ``entity_id`` and ``redacted``;
* :meth:`PlanningHandler.apply`: :class:`sync.central.planning.rules.Rules` applies the op to
  the planning tables at once (slot rows locked, places counted) and says what became of it;
* :meth:`PlanningHandler.same_op`: an op_id stored before with other content is the stored op
  all the same when it is that op (same device, kind and record) marked ``redacted`` with
  every contact field null: the desk's purge cleared them after the server's answer was lost;
* :meth:`PlanningHandler.finish`: every stored change goes on the branch's change feed
  (:mod:`sync.central.planning.feed`), numbered at the end of the batch.
"""

from __future__ import annotations

from typing import cast

from pydantic import ValidationError

from kiosk.catalogue import CatalogueSet
from kiosk.planning.purge import cleared
from kiosk.protocol.batch import OpHeader
from kiosk.protocol.errors import Errors, validation_errors
from kiosk.protocol.planning import KINDS, PlanningPayload, parse, problems
from sync.central.pipeline.handler import Batch, Handler
from sync.central.pipeline.ops import Incoming, Result, StoredOp
from sync.central.planning.feed import Feed
from sync.central.planning.rules import Rules


class PlanningHandler(Handler):
    """Applies the planning ops of a batch (see the module docstring)."""

    kinds = KINDS

    @classmethod
    def check(cls, op: Incoming, header: OpHeader, catalogues: CatalogueSet) -> Errors:
        """The payload's shape and what a shape cannot say (``kiosk.protocol.planning``)."""
        try:
            payload = parse(header.kind, header.payload)
        except ValidationError as exc:
            return validation_errors(exc.errors(), "payload")
        op.payload = payload
        return problems(payload, entity_id=header.entity_id, redacted=header.redacted)

    def __init__(self, batch: Batch) -> None:
        """Apply the planning ops of *batch*; their changes go on its branch's feed."""
        super().__init__(batch)
        self.feed = Feed(batch.ctx.branch_id, batch.ctx.now)
        self.rules = Rules(batch, self.feed)

    def apply(self, op: Incoming) -> Result:
        """Apply the op to the planning tables (the payload as :meth:`check` parsed it)."""
        assert op.payload is not None and op.occurred_at_device is not None
        return self.rules.apply(op, cast(PlanningPayload, op.payload))

    def same_op(self, op: Incoming, stored: StoredOp) -> bool:
        """A redacted resend of the stored op (the desk's purge; its answer was lost)."""
        return (
            op.redacted
            and (stored.device_id, stored.kind, stored.entity_id)
            == (self.batch.ctx.device_id, op.kind, op.entity_id)
            and cleared(op.raw["payload"])
        )

    def finish(self) -> None:
        """Number the batch's planning changes on the feed and write them."""
        self.feed.write(self.batch.conn)
