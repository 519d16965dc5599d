"""Which handler decides which op kinds: the one place an op kind joins the server.

A new kind (location set-up, survey answers, ...) is its payload model in the wire contract
(``kiosk/protocol/``), a :class:`~sync.central.pipeline.handler.Handler` that names the kind
and says what an op of it does, and one more handler in :data:`REGISTRY`. Everything else
(the checks of the header and hash, replays, ``local_seq`` ownership, ``applied_op``, dead
letters, the answer) comes from the core. A kind no handler takes is answered ``deferred
unsupported_kind``.
"""

from __future__ import annotations

from sync.central.locations import SetupHandler
from sync.central.pipeline.handler import Handler
from sync.central.planning.handler import PlanningHandler
from sync.central.surveys import SurveyHandler
from sync.central.visits import VisitHandler


class Registry:
    """Handlers and the kinds they take (each kind exactly one handler)."""

    def __init__(self, *handlers: type[Handler]) -> None:
        """Register *handlers*, in the order they take a batch's ops."""
        self.handlers = handlers
        self.by_kind: dict[str, type[Handler]] = {}
        for handler in handlers:
            for kind in handler.kinds:
                other = self.by_kind.setdefault(kind, handler)
                if other is not handler:
                    raise ValueError(f"{kind} is taken by {other.__name__} and {handler.__name__}")
        #: The op kinds this server stores.
        self.kinds = frozenset(self.by_kind)
        #: Each kind's handler's place: a batch's ops are decided handler by handler.
        self.order = {kind: handlers.index(handler) for kind, handler in self.by_kind.items()}

    def handler_for(self, kind: str) -> type[Handler] | None:
        """The handler of *kind*, or None when this server does not know the kind."""
        return self.by_kind.get(kind)


#: The server's handlers: visits first, then Belastinghulp planning, then IDO set-ups, then
#: visitors' survey responses (each its own ops in local_seq order).
REGISTRY = Registry(VisitHandler, PlanningHandler, SetupHandler, SurveyHandler)
