"""Cutting templates into slots (``docs/belastinghulp.md`` §2): pure functions, no database.

A template's ``starts``..``ends`` is cut into ``slot_minutes`` pieces (a last, shorter piece is
dropped) on every day of the season whose weekday matches and that ``valid_from``/``valid_to``
allow. Days that are a Dutch public holiday (from the maintained ``holidays`` package) or a
branch closure are skipped, and listed with their reason. Slots are wall-clock times, so the
daylight-saving change moves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import Final

import holidays

from kiosk.planning.ids import slot_id
from kiosk.planning.records import Closure, GenerationPreview, PlannedSlot, SkippedDay, Template

#: Holidays the package lists for NL that are not days off: Goede vrijdag is no "algemeen
#: erkende feestdag" (Algemene termijnenwet) and libraries are normally open. A branch that
#: closes then adds a closure.
NOT_DAYS_OFF: Final = frozenset({"Goede vrijdag"})


def public_holidays(first: date, last: date) -> dict[date, str]:
    """Return the Dutch public holidays from *first* to *last* (inclusive), Dutch names."""
    found = holidays.country_holidays("NL", years=range(first.year, last.year + 1), language="nl")
    return {
        day: name
        for day, name in sorted(found.items())
        if first <= day <= last and name not in NOT_DAYS_OFF
    }


def cut(starts: time, ends: time, slot_minutes: int) -> list[tuple[time, time]]:
    """Return the (start, end) pieces of *slot_minutes* between *starts* and *ends*."""
    begin = starts.hour * 60 + starts.minute
    stop = ends.hour * 60 + ends.minute
    pieces = []
    while begin + slot_minutes <= stop:
        pieces.append((_clock(begin), _clock(begin + slot_minutes)))
        begin += slot_minutes
    return pieces


def plan(
    season_id: str,
    starts_on: date,
    ends_on: date,
    templates: Iterable[Template],
    closures: Iterable[Closure],
    existing_ids: set[str] | frozenset[str],
) -> GenerationPreview:
    """Return what generation would do for a season: new slots, kept ones, skipped days.

    *templates* are the active templates of active helpers; *existing_ids* the ids of the
    season's slots already stored. ``existing`` counts the slots the templates produce that are
    already there (kept as they are). A slot produced twice (overlapping templates of one
    helper) is planned once.
    """
    templates = list(templates)
    holidays_by_day = public_holidays(starts_on, ends_on)
    closed: dict[date, list[str]] = {}
    for closure in closures:
        closed.setdefault(closure.day, []).append(closure.reason)
    pieces = {t.id: cut(t.starts, t.ends, t.slot_minutes) for t in templates}
    new: list[PlannedSlot] = []
    seen: set[str] = set()
    existing = 0
    skipped: list[SkippedDay] = []
    day = starts_on
    while day <= ends_on:
        matching = [t for t in templates if _applies(t, day)]
        if matching:
            reasons = [r for r in (holidays_by_day.get(day),) if r] + closed.get(day, [])
            if reasons:
                skipped.append(SkippedDay(day, "; ".join(reasons)))
            else:
                for template in matching:
                    for begin, end in pieces[template.id]:
                        sid = slot_id(season_id, template.helper_id, day, begin)
                        if sid in seen:
                            continue
                        seen.add(sid)
                        if sid in existing_ids:
                            existing += 1
                            continue
                        new.append(
                            PlannedSlot(
                                slot_id=sid,
                                helper_id=template.helper_id,
                                day=day,
                                starts=begin,
                                ends=end,
                                capacity=template.capacity,
                                template_id=template.id,
                            )
                        )
        day += timedelta(days=1)
    return GenerationPreview(new=tuple(new), existing=existing, skipped=tuple(skipped))


def _applies(template: Template, day: date) -> bool:
    if day.isoweekday() != template.weekday:
        return False
    if template.valid_from is not None and day < template.valid_from:
        return False
    return template.valid_to is None or day <= template.valid_to


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)
