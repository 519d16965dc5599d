"""The central endpoint of the sync protocol (``docs/sync-v1.md``): FastAPI on SQLAlchemy.

Desks push their outbox operations here in batches; the server stores each operation exactly
once (the ``applied_op`` primary key is the permanent de-duplication key), keeps the visits and
questions for the national statistics and serves the pull feed. SQLite for a development or
single-machine server, PostgreSQL in production. Run it with ``ido-central serve``
(:mod:`sync.central.cli`). Never imports Qt or ``ui``.
"""
