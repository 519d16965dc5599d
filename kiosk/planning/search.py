"""Find bookings by the citizen's name or phone number ("wanneer is mijn afspraak?").

Only bookings whose contact details are still kept can be found: a purged booking
(``docs/belastinghulp.md`` §6) has no name or phone any more. The query narrows in SQL
(bookings with a name; for a number, ``LIKE`` on the phone's digits), then matches names
case- and accent-insensitively in Python ("Celik" finds "Çelik"); the rows left are the few
hundred bookings a branch keeps within its retention term.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import text
from sqlmodel import Session

from kiosk.planning.store import time_of

#: At most this many hits; the clerk types more of the name for fewer.
LIMIT = 50
#: A query of at least this many digits (and nothing but digits, spaces, +, - and brackets)
#: searches the phone numbers.
PHONE_DIGITS = 3
_PHONE = re.compile(r"^[\d\s+\-()./]+$")
_DIGITS_SQL = (
    "replace(replace(replace(replace(replace(b.phone, ' ', ''), '-', ''), '(', ''), ')', ''), "
    "'.', '')"
)


@dataclass(frozen=True, slots=True)
class BookingHit:
    """One booking found: where and when, for whom, and its state."""

    booking_id: str
    slot_id: str
    season_id: str
    day: date
    starts: time
    ends: time
    helper_name: str
    partner_name: str
    name: str
    phone: str | None
    status: str
    sync: str
    walk_in: bool


def fold(value: str) -> str:
    """Return *value* lower-cased without accents and with single spaces ("Çelik" → "celik")."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def phone_digits(value: str) -> str:
    """Return the digits of a Dutch phone number, +31 / 0031 written as a leading 0."""
    digits = "".join(c for c in value if c.isdigit())
    for prefix in ("0031", "31"):
        if value.strip().startswith(("+", "00")) and digits.startswith(prefix):
            return "0" + digits[len(prefix) :]
    return digits


def is_phone_query(query: str) -> bool:
    """True when *query* looks like (part of) a phone number rather than a name."""
    digits = sum(c.isdigit() for c in query)
    return bool(_PHONE.match(query.strip())) and digits >= PHONE_DIGITS


def search_bookings(session: Session, query: str, limit: int = LIMIT) -> list[BookingHit]:
    """Return the bookings whose name or phone matches *query*, by day and time.

    A name matches when every word of *query* is in it (case and accents ignored); a number
    when its digits are in the phone's digits. Cancelled bookings are included (with their
    status), purged ones cannot match. An empty query finds nothing.
    """
    query = query.strip()
    if not query:
        return []
    params: dict[str, object] = {}
    where = "b.name IS NOT NULL AND b.purged_at IS NULL"
    by_phone = is_phone_query(query)
    if by_phone:
        digits = phone_digits(query)
        if digits.startswith("0") and len(digits) > 1:
            digits = digits[1:]  # "06 1234" also finds "+31 6 1234" stored as written
        where += f" AND {_DIGITS_SQL} LIKE :digits"
        params["digits"] = f"%{digits}%"
    sql = text(
        "SELECT b.id, b.slot_id, s.season_id, s.day, s.starts, s.ends, h.name AS helper_name, "
        "p.name AS partner_name, b.name, b.phone, b.status, b.sync, b.walk_in "
        "FROM plan_booking b JOIN plan_slot s ON s.id = b.slot_id "
        "LEFT JOIN plan_helper h ON h.id = s.helper_id "
        "LEFT JOIN plan_partner p ON p.id = h.partner_id "
        f"WHERE {where} ORDER BY s.day, s.starts, h.name, b.created_at"
    )
    words = fold(query).split()
    hits: list[BookingHit] = []
    for row in session.execute(sql, params).all():
        if not by_phone:
            name = fold(row.name)
            if not all(word in name for word in words):
                continue
        hits.append(
            BookingHit(
                booking_id=row.id,
                slot_id=row.slot_id,
                season_id=row.season_id,
                day=date.fromisoformat(row.day),
                starts=time_of(row.starts),
                ends=time_of(row.ends),
                helper_name=row.helper_name or "",
                partner_name=row.partner_name or "",
                name=row.name,
                phone=row.phone,
                status=row.status,
                sync=row.sync,
                walk_in=bool(row.walk_in),
            )
        )
        if len(hits) >= limit:
            break
    return hits
