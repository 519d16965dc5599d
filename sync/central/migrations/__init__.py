"""Alembic migrations of the central database (SQLite and PostgreSQL).

``HEAD`` names the newest revision, so start-up sees that a database is current from one row,
without importing Alembic. It is read from the scripts' file names (``v0007_accounts.py`` is
revision ``0007``), so a new migration is its script and nothing else.
``tests/sync/central/test_central_schema.py`` holds every script's revision to its file name
and ``HEAD`` to Alembic's head, and compares the migrated schema with
:mod:`sync.central.tables` on both backends.
"""

from __future__ import annotations

import re

from kiosk.migrations import newest_revision

#: A script's file name: ``v`` + its revision (four digits) + ``_`` + what it does.
SCRIPT_NAME = re.compile(r"v(?P<revision>\d{4})_\w+\.py")

HEAD = newest_revision(__name__, SCRIPT_NAME)
