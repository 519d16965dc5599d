"""Carrying the visitors' survey responses over from a damaged database.

A response's op is written the day after it was given (:mod:`kiosk.survey.release`), so a
response recorded since the restored backup may exist only as its row in the damaged file.
After :mod:`kiosk.salvage` has carried the waiting ops, the ``survey_response`` rows the
restored database lacks are read from the damaged file and added, each only when it is whole
(an id, a version, a language, a ``YYYY-MM-DD`` day, a JSON object of answers, and an empty or
``YYYY-MM-DD`` release date): a held one is then released as it would have been, under the
same op id (derived from the response id, so an op the server has is answered duplicate), and
a released one counts again on the desk's own Overzicht.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from kiosk.db import Database

log = logging.getLogger(__name__)

_COLUMNS: Final = ("id", "survey_version", "language", "day", "answers", "released_on")
_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def carry_over_responses(damaged: Path, db: Database) -> int:
    """Add the whole survey responses of *damaged* that *db* lacks; return how many."""
    found = _read(damaged)
    carried = 0
    with db.write() as session:
        connection = session.connection()
        for row in found:
            known = connection.exec_driver_sql(
                "SELECT 1 FROM survey_response WHERE id = ?", (row["id"],)
            ).first()
            if known is None:
                connection.exec_driver_sql(
                    f"INSERT INTO survey_response ({', '.join(_COLUMNS)}) VALUES "
                    f"({', '.join('?' for _ in _COLUMNS)})",
                    tuple(row[name] for name in _COLUMNS),
                )
                carried += 1
    return carried


def _read(damaged: Path) -> list[dict[str, Any]]:
    if not damaged.is_file():
        return []
    try:
        connection = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        log.warning("Damaged database not readable for survey responses: %r", exc)
        return []
    found: list[dict[str, Any]] = []
    try:
        cursor = connection.execute(f"SELECT {', '.join(_COLUMNS)} FROM survey_response")
        for values in iter(cursor.fetchone, None):
            row = dict(zip(_COLUMNS, values, strict=True))
            if _whole(row):
                found.append(row)
    except sqlite3.Error as exc:  # a damaged page: keep what was read before it
        log.warning("Survey responses read up to a damaged page: %r", exc)
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()
    return found


def _whole(row: dict[str, Any]) -> bool:
    """Tell whether a row read from a damaged file is a response as the desk writes one."""
    released = row["released_on"]
    if not (
        isinstance(row["id"], str)
        and row["id"]
        and isinstance(row["survey_version"], int)
        and isinstance(row["language"], str)
        and isinstance(row["day"], str)
        and _DAY.fullmatch(row["day"])
        and (released is None or (isinstance(released, str) and _DAY.fullmatch(released)))
        and isinstance(row["answers"], str)
    ):
        return False
    try:
        answers = json.loads(row["answers"])
    except ValueError:
        return False
    return isinstance(answers, dict) and all(
        isinstance(code, str) and (choice is None or isinstance(choice, str))
        for code, choice in answers.items()
    )
