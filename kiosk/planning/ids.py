"""Deterministic slot ids: the same template at two desks, or generated twice, makes one slot.

Every other planning id is a UUIDv7 minted on the desk (:func:`kiosk.ids.new_id`). A slot's id
is a UUIDv5 of the season, helper, day and start time, so the server can recognise a second
``slot.create`` for the same slot and answer it as a duplicate.
"""

from __future__ import annotations

import uuid
from datetime import date, time

#: The namespace of slot ids. Never change it: the ids of existing slots depend on it.
NAMESPACE = uuid.UUID("6f1b2c1e-5a8d-4c61-9d3e-2b7a0e4f9c15")


def slot_id(season_id: str, helper_id: str, day: date | str, starts: time | str) -> str:
    """Return the id of *helper_id*'s slot on *day* at *starts* in *season_id*.

    *day* may be a date or ISO text, *starts* a time or ``HH:MM`` text; both forms give the
    same id.
    """
    day_text = day.isoformat() if isinstance(day, date) else day
    starts_text = starts.strftime("%H:%M") if isinstance(starts, time) else starts
    return str(uuid.uuid5(NAMESPACE, f"{season_id}/{helper_id}/{day_text}/{starts_text}"))
