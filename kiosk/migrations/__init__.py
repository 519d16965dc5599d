"""Alembic migrations of the local database.

``HEAD`` names the newest revision, so start-up can see that a database is current by reading
one row, without importing Alembic. It is read from the scripts' file names
(``0004_pull_set_aside.py`` is revision ``0004``), so a new migration is its script and nothing
else. ``tests/kiosk/test_migrations.py`` holds every script's revision to its file name and
``HEAD`` to Alembic's head.
"""

from __future__ import annotations

import re
from importlib.resources import files

#: A script's file name: its revision (four digits) + ``_`` + what it does.
SCRIPT_NAME = re.compile(r"(?P<revision>\d{4})_\w+\.py")


def newest_revision(package: str, script_name: re.Pattern[str]) -> str:
    """Return the newest revision among *package*'s ``versions/`` scripts named *script_name*.

    The central server's migrations use it too (their names start with ``v``).
    """
    found = [
        match["revision"]
        for entry in files(package).joinpath("versions").iterdir()
        if (match := script_name.fullmatch(entry.name))
    ]
    if not found:
        raise RuntimeError(f"no migration scripts found next to {package}")
    return max(found)


HEAD = newest_revision(__name__, SCRIPT_NAME)
