"""The wire contract between desk and central server, in one place both ends import.

Qt-free and httpx-free: the desk builds what it sends with it and reads the server's answers
with it, the server validates what it stores with it and documents itself from it
(``/openapi.json``). ``docs/sync-v1.md`` describes it; a contract test holds the document's
examples and what the desk actually writes to these models.

- :mod:`~kiosk.protocol.kinds`: the op kinds of v1.
- :mod:`~kiosk.protocol.limits`: protocol and schema versions, a visit's bounds, the names
  of the server's advertised limits and their v1 values.
- :mod:`~kiosk.protocol.batch`: a batch as posted (envelope, op header).
- :mod:`~kiosk.protocol.visits`: the visit, correction and void payloads;
  :mod:`~kiosk.protocol.planning` the Belastinghulp planning payloads, and
  :mod:`~kiosk.protocol.planning_records` the records they and the feed carry.
- :mod:`~kiosk.protocol.visit_rules`: the rules of a visit's codes, as codes with
  parameters (the desk words them for the clerk, the server for its answer).
- :mod:`~kiosk.protocol.canonical`: canonical JSON of a payload and its SHA-256.
- :mod:`~kiosk.protocol.answers` and :mod:`~kiosk.protocol.reading`: the server's answers
  (batch results, config, changes) and how a desk reads them without falling over.
- :mod:`~kiosk.protocol.enrollment`: the answers to enrollment, token rotation and the
  ack-state check.
- :mod:`~kiosk.protocol.app_versions`: the desk app's versions and download address a
  server advises in its config, and how both ends check and compare them.
- :mod:`~kiosk.protocol.locations`: an IDO's set-up (``location.setup``: form, inside the
  library, hours, staffing), each version kept by the server.
- :mod:`~kiosk.protocol.fields` and :mod:`~kiosk.protocol.errors`: field types of the wire,
  and the ``{"path", "msg"}`` form of a problem.
"""
