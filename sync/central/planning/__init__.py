"""Belastinghulp planning on the server (``docs/belastinghulp.md``), the desk planning's other end.

* :mod:`~sync.central.planning.handler`: the planning op kinds in the batch pipeline (their
  server-side payload check and how an op is applied);
* :mod:`~sync.central.planning.rules`: what each op does to the planning tables;
* :mod:`~sync.central.planning.feed`: the records as the branch's desks pull them;
* :mod:`~sync.central.planning.purge`: retention of contact details, and old batch answers.

The payload shapes are the wire contract's (:mod:`kiosk.protocol.planning`), shared with the
desk.
"""
