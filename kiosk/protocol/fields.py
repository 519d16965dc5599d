"""Field types of the wire: ids, moments, bounded text without control characters, days, codes.

Every text a record carries is stored by the server (PostgreSQL cannot hold NUL in text or
JSONB) and applied by other desks; a value a database refuses would fail the whole batch again
on every retry. So single-line text has no control character at all, free text only line
breaks and tabs, and digits are ASCII digits (a regular expression's digit class also matches
Arabic-Indic digits, which no date or time parser reads).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, PlainSerializer, StrictInt, StrictStr

from kiosk.clock import to_utc_text

#: Single-line stored text: bounded elsewhere, never a control character.
TEXT_PATTERN = r"^[^\x00-\x1f\x7f]+$"
#: Free text may hold line breaks and tabs (a remark), never other control characters.
FREE_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f]*$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
#: The largest number a BIGINT column (and SQLite's INTEGER) holds.
MAX_BIGINT = 2**63 - 1
#: The largest number an INTEGER column holds.
MAX_INT = 2**31 - 1

#: The earliest and latest moment any op may name: days or years of clock skew are data, a
#: moment outside any real clock's range is garbage (and would overflow when a skew is
#: subtracted). Checked by pydantic-core itself.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)

#: A lower-case UUID (the desk mints UUIDv7: ``kiosk.ids.new_id``).
Uuid = Annotated[StrictStr, Field(pattern=UUID_PATTERN)]
#: Minutes east of UTC of the local time a moment was recorded in.
Offset = Annotated[StrictInt, Field(ge=-18 * 60, le=18 * 60)]
#: A positive number that fits a BIGINT column (``local_seq``).
Seq = Annotated[StrictInt, Field(ge=1, le=MAX_BIGINT)]
#: A moment with its UTC offset (RFC 3339), between :data:`EARLIEST` and :data:`LATEST`. Read
#: as an aware datetime; written as the desk stores moments (``kiosk.clock.to_utc_text``,
#: ``2026-11-28T17:10:30.123Z``), so what the desk sends is what it stored.
Moment = Annotated[
    AwareDatetime,
    Field(ge=EARLIEST, le=LATEST),
    PlainSerializer(to_utc_text, return_type=str),
]
#: The hex SHA-256 of a payload's canonical JSON (:mod:`kiosk.protocol.canonical`).
Sha256 = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]

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
