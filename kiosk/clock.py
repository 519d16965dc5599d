"""Wall-clock time as the app records it: UTC plus the local offset.

Every moment is stored as the UTC instant (ISO 8601, millisecond precision, ``Z``) and the local
UTC offset in minutes at that moment, so a report can show local time exactly as the clerk saw
it, across the daylight-saving change too. "Local" is the system's time zone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

Now = Callable[[], datetime]


def system_now() -> datetime:
    """Return the current local time, aware (with the system's UTC offset)."""
    return datetime.now(UTC).astimezone()


@dataclass(frozen=True)
class Stamp:
    """A moment as stored: the UTC instant and the local offset in minutes."""

    utc: str
    offset_minutes: int

    @classmethod
    def of(cls, moment: datetime) -> Stamp:
        """Make a stamp of an aware datetime (naive datetimes are refused)."""
        offset = moment.utcoffset()
        if offset is None:
            raise ValueError("naive datetime: a moment needs its UTC offset")
        return cls(utc=to_utc_text(moment), offset_minutes=int(offset.total_seconds() // 60))

    def local(self) -> datetime:
        """Return the moment in the local time it was recorded in."""
        return local_from(self.utc, self.offset_minutes)


def local_from(utc_text: str, offset_minutes: int) -> datetime:
    """Return a stored UTC text as an aware datetime at its stored local offset."""
    return from_utc_text(utc_text).astimezone(timezone(timedelta(minutes=offset_minutes)))


def to_utc_text(moment: datetime) -> str:
    """Format an aware datetime as sortable UTC text, e.g. ``2026-11-28T17:10:30.123Z``."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def from_utc_text(text: str) -> datetime:
    """Parse text written by :func:`to_utc_text` back into an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def local_day_bounds(day: date) -> tuple[str, str]:
    """Return the UTC text range [start, end) of the local calendar *day*.

    Each bound gets its own offset, so a day containing the daylight-saving change spans
    exactly its 23 or 25 local hours.
    """
    start = datetime(day.year, day.month, day.day).astimezone()
    following = day + timedelta(days=1)
    end = datetime(following.year, following.month, following.day).astimezone()
    return to_utc_text(start), to_utc_text(end)
