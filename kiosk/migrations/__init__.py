"""Alembic migrations of the local database.

``HEAD`` names the newest revision, so start-up can see that a database is current by reading
one row, without importing Alembic. A test checks it against the scripts.
"""

HEAD = "0004"
