"""Field types of the wire: bounded text without control characters, days, clock times, codes.

Every text a record carries is stored by the server (PostgreSQL cannot hold NUL in text or
JSONB) and applied by other desks; a value a database refuses would fail the whole batch again
on every retry. So single-line text has no control character at all, free text only line
breaks and tabs, and digits are ASCII digits (a regular expression's digit class also matches
Arabic-Indic digits, which no date or time parser reads).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field, StrictInt, StrictStr

#: Single-line stored text: bounded elsewhere, never a control character.
TEXT_PATTERN = r"^[^\x00-\x1f\x7f]+$"
#: Free text may hold line breaks and tabs (a remark), never other control characters.
FREE_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f]*$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
#: The largest number a BIGINT column (and SQLite's INTEGER) holds.
MAX_BIGINT = 2**63 - 1
#: The largest number an INTEGER column holds.
MAX_INT = 2**31 - 1

Id = Annotated[StrictStr, Field(min_length=1, max_length=64, pattern=TEXT_PATTERN)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=TEXT_PATTERN)]
Phone = Annotated[StrictStr, Field(max_length=40, pattern=r"^[0-9+(). -]*$")]
_MAIL_PART = r"[^@\s\x00-\x1f\x7f]+"
Email = Annotated[
    StrictStr,
    Field(max_length=254, pattern=rf"^$|^{_MAIL_PART}@{_MAIL_PART}\.{_MAIL_PART}$"),
]
Free = Annotated[StrictStr, Field(max_length=1000, pattern=FREE_PATTERN)]
Clock = Annotated[StrictStr, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
Capacity = Annotated[StrictInt, Field(ge=1, le=1000)]
Code = Annotated[StrictStr, Field(min_length=1, max_length=64, pattern=TEXT_PATTERN)]
Codes = Annotated[list[Code], Field(max_length=20)]
#: A UTC moment as the desk writes it (``kiosk.clock.to_utc_text``), kept as text.
Stamp = Annotated[
    StrictStr,
    Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"),
]


def _calendar_day(text: str) -> str:
    date.fromisoformat(text)  # ValueError: pydantic reports "Value error, ..."
    return text


#: A calendar date as ISO text (``2027-03-02``).
Day = Annotated[
    StrictStr, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), AfterValidator(_calendar_day)
]
