"""Alembic migrations of the central database (SQLite and PostgreSQL).

``HEAD`` names the newest revision, so start-up sees that a database is current from one row,
without importing Alembic. ``tests/sync/central/test_central_schema.py`` checks it against the
scripts and compares the migrated schema with :mod:`sync.central.tables` on both backends.
"""

HEAD = "0007"
