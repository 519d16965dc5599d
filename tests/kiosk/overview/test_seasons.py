"""Belastinghulp season figures against the bookings made, counted by hand."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.overview.figures import NamedStatus, StatusCounts, WeekStatus
from kiosk.planning.records import BookingInput, Slot, TemplateInput
from tests.conftest import FakeClock

STATUSES = ("booked", "attended", "no_show", "cancelled")


def person(name: str) -> BookingInput:
    return BookingInput(name=name, phone="06 12345678", purpose=("aangifte",))


def counts(found: Counter[str]) -> StatusCounts:
    return StatusCounts(*(found[s] for s in STATUSES))


def test_season_figures_equal_the_bookings_counted_by_hand(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock
) -> None:
    planning = kiosk_app.planning
    older = planning.save_season("Belastinghulp 2026", date(2026, 3, 2), date(2026, 4, 30))
    season = planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    fnv = planning.save_partner("FNV Belastingservice")
    humanitas = planning.save_partner("Humanitas")
    anja = planning.save_helper("Anja de Vries", fnv.id, ("aangifte",))
    kees = planning.save_helper("Kees Bakker", humanitas.id, ("aangifte",))
    els = planning.save_helper("Els Smit", None, ("aangifte",))
    planning.save_template(season.id, TemplateInput(anja.id, 2, time(10), time(12), 30))
    planning.save_template(season.id, TemplateInput(kees.id, 4, time(13), time(15), 60, 2))
    planning.save_template(season.id, TemplateInput(els.id, 3, time(9), time(10), 30))
    planning.generate(season.id)
    slots: list[Slot] = sorted(
        planning.grid(season.id).cells.values(), key=lambda s: (s.day, s.starts, s.helper_id)
    )
    names = {anja.id: "Anja de Vries", kees.id: "Kees Bakker", els.id: "Els Smit"}
    partner_of = {anja.id: "FNV Belastingservice", kees.id: "Humanitas"}

    rng = random.Random(7)
    made: list[tuple[date, str, str]] = []  # (slot day, helper id, final status)
    sampled = rng.sample(slots, 30)
    for n, slot in enumerate(sampled):
        booking = planning.book(slot.id, person(f"Burger {n}"))
        status = rng.choice(STATUSES)
        if status == "cancelled":
            planning.cancel(booking.id)
        elif status != "booked":
            planning.set_status(booking.id, status)
        made.append((slot.day, slot.helper_id, status))

    entries = [planning.add_waiting(season.id, person(f"Wachtend {n}")) for n in range(4)]
    free = next(s for s in slots if s not in sampled and s.helper_id == kees.id)
    planning.book_from_waiting(entries[0].id, free.id)
    made.append((free.day, kees.id, "booked"))
    planning.remove_waiting(entries[1].id)

    # Long after the season the contact details are purged; the counts stay.
    clock.set(datetime(2027, 7, 1, 9).astimezone())
    assert planning.purge(date(2027, 7, 1)) > 0

    figures = kiosk_app.overview.season(season.id)

    weeks: dict[date, Counter[str]] = {}
    monday = date(2027, 3, 1)
    while monday <= date(2027, 5, 1):
        weeks[monday] = Counter()
        monday += timedelta(days=7)
    helpers: dict[str, Counter[str]] = {}
    partners: dict[str, Counter[str]] = {}
    for day, helper, status in made:
        weeks[day - timedelta(days=day.weekday())][status] += 1
        helpers.setdefault(names[helper], Counter())[status] += 1
        if helper in partner_of:
            partners.setdefault(partner_of[helper], Counter())[status] += 1

    def named(groups: dict[str, Counter[str]]) -> tuple[NamedStatus, ...]:
        return tuple(
            sorted(
                (NamedStatus(name, counts(c)) for name, c in groups.items()),
                key=lambda n: (-n.counts.total, n.name),
            )
        )

    assert figures.season_id == season.id and figures.year == 2027
    assert figures.weeks == tuple(WeekStatus(m, counts(c)) for m, c in sorted(weeks.items()))
    assert len(figures.weeks) == 9  # 1 March .. 26 April (1 May is a Saturday)
    assert figures.helpers == named(helpers)
    assert figures.partners == named(partners)
    assert sum(h.counts.total for h in figures.helpers) == len(made) == 31
    assert (figures.waiting_total, figures.waiting_served) == (4, 1)

    assert kiosk_app.overview.seasons() == [(season.id, 2027), (older.id, 2026)]
    empty = kiosk_app.overview.season(older.id)
    assert empty.helpers == empty.partners == ()
    assert all(w.counts.total == 0 for w in empty.weeks) and len(empty.weeks) == 9


def test_season_never_reads_a_name_of_a_citizen(kiosk_app: Kiosk, desk: DeskInfo) -> None:
    planning = kiosk_app.planning
    season = planning.save_season("Seizoen", date(2027, 3, 1), date(2027, 3, 31))
    helper = planning.save_helper("Anja", None, ("aangifte",))
    planning.save_template(season.id, TemplateInput(helper.id, 2, time(10), time(11), 30))
    planning.generate(season.id)
    slot = next(iter(planning.grid(season.id).cells.values()))
    planning.book(slot.id, person("Geheime Naam"))
    planning.add_waiting(season.id, person("Andere Naam"))
    assert "Naam" not in repr(kiosk_app.overview.season(season.id))


def test_an_unknown_season_is_a_key_error(kiosk_app: Kiosk) -> None:
    with pytest.raises(KeyError):
        kiosk_app.overview.season("nope")
