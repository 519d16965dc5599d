"""The server's operation pipeline: one core for every op of a batch, one handler per op kind.

A batch's ops go through the same steps whatever their kind (``docs/sync-v1.md``):

1. :func:`sync.central.ingest.prepare` checks each op without the database: the header, the
   payload's hash, then the payload itself with its kind's :meth:`Handler.check
   <sync.central.pipeline.handler.Handler.check>` (an unknown kind is ``deferred
   unsupported_kind``).
2. Inside the batch's transaction, :class:`~sync.central.pipeline.core.Core` reads what the ops
   depend on, set-based: the ops stored under their ids and the owners of their ``local_seq``
   numbers, and then whatever each handler needs (:meth:`Handler.read`).
3. The core decides every op in ``local_seq`` order, the same way for every kind: an ``op_id``
   met before is a replay (same content: its first answer; other content: ``rejected
   op_id_reused``); a ``local_seq`` another op owns is ``rejected device_seq_reused``; a
   deferred op is answered and not recorded; otherwise the kind's handler applies it
   (:meth:`Handler.apply`). Every op that is not deferred gets its ``applied_op`` row, and a
   rejected or conflicting one a dead letter (``rejection``).
4. :func:`sync.central.pipeline.writes.write` stores the plan with one set-based statement per
   table (``COPY`` on PostgreSQL).

Which handler takes which kinds is said in one place, :mod:`sync.central.pipeline.registry`.
A new kind is a payload model in the wire contract (``kiosk/protocol/``) plus a handler
registered there.
"""
