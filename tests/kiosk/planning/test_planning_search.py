"""Finding bookings by name or phone ("wanneer is mijn afspraak?"), within the retention term."""

from __future__ import annotations

from datetime import date

from planning_helpers import World, person

from kiosk.planning.search import fold, is_phone_query, phone_digits
from kiosk.planning.service import PlanningService


def test_fold_and_phone_helpers() -> None:
    assert fold("  Çelik  Ömer ") == "celik omer"
    assert phone_digits("+31 6 1234 5678") == "0612345678"
    assert phone_digits("06-1234 5678") == "0612345678"
    assert is_phone_query("06 123") and is_phone_query("+31 6")
    assert not is_phone_query("Jansen") and not is_phone_query("12")


def test_search_by_name_phone_and_after_purge(planning: PlanningService, world: World) -> None:
    planning.generate(world.season.id)
    slots = planning.grid(world.season.id).cells.values()
    march_2 = sorted((s for s in slots if s.day == date(2027, 3, 2)), key=lambda s: s.starts)
    april_6 = next(s for s in slots if s.day == date(2027, 4, 6))
    early = planning.book(march_2[0].id, person(name="Ömer Çelik", phone="06 11112222"))
    planning.book(march_2[1].id, person(name="Jan Jansen", phone="+31 6 3333 4444"))
    later = planning.book(april_6.id, person(name="Ans Jansen-Celik", phone="0612340000"))
    cancelled = planning.book(march_2[2].id, person(name="Piet Jansen"))
    planning.cancel(cancelled.id)

    # Case and accents do not matter; every word must be in the name.
    assert [h.name for h in planning.search_bookings("celik")] == ["Ömer Çelik", "Ans Jansen-Celik"]
    assert [h.name for h in planning.search_bookings("ÖMER celik")] == ["Ömer Çelik"]
    jansen = planning.search_bookings("jansen")
    assert [h.name for h in jansen] == ["Jan Jansen", "Piet Jansen", "Ans Jansen-Celik"]
    assert jansen[1].status == "cancelled"
    hit = jansen[2]
    assert (hit.day, hit.helper_name, hit.partner_name) == (
        date(2027, 4, 6),
        "Anja de Vries",
        "FNV Belastingservice",
    )
    assert hit.booking_id == later.id and hit.slot_id == april_6.id
    # A phone number matches on its digits, however it was written.
    assert [h.name for h in planning.search_bookings("06 3333")] == ["Jan Jansen"]
    assert [h.name for h in planning.search_bookings("+31 6 1111 2222")] == ["Ömer Çelik"]
    assert [h.booking_id for h in planning.search_bookings("0612340000")] == [later.id]
    assert planning.search_bookings("") == [] and planning.search_bookings("Klaas") == []

    # Once the contact details are purged, a booking can no longer be found.
    assert planning.purge(date(2027, 3, 31)) == 3
    assert [h.booking_id for h in planning.search_bookings("celik")] == [later.id]
    assert early.id not in {h.booking_id for h in planning.search_bookings("06")}


def test_odd_queries_find_only_what_they_say(planning: PlanningService, world: World) -> None:
    """Wildcards, quotes, emoji, spaces and very long queries are plain text, never an error."""
    planning.generate(world.season.id)
    slots = sorted(planning.grid(world.season.id).cells.values(), key=lambda s: (s.day, s.starts))
    planning.book(slots[0].id, person(name="Jan Jansen", phone="06 11112222"))
    planning.book(slots[1].id, person(name="Anna 100% O'Brien", phone="06 33334444"))
    planning.book(slots[2].id, person(name="Mia_Smit 🌷", phone="06 55556666"))

    assert planning.search_bookings("   ") == []
    assert planning.search_bookings("\t\n") == []
    # % and _ are no wildcards: they match only a name that holds them.
    assert [h.name for h in planning.search_bookings("%")] == ["Anna 100% O'Brien"]
    assert [h.name for h in planning.search_bookings("_")] == ["Mia_Smit 🌷"]
    assert planning.search_bookings("a%n") == [] and planning.search_bookings("j_n") == []
    # Quotes are text, not SQL.
    assert [h.name for h in planning.search_bookings("o'brien")] == ["Anna 100% O'Brien"]
    assert planning.search_bookings("'; DROP TABLE plan_booking; --") == []
    assert planning.search_bookings('" OR 1=1 --') == []
    assert [h.name for h in planning.search_bookings("🌷")] == ["Mia_Smit 🌷"]
    assert planning.search_bookings("x" * 500) == []
    assert planning.search_bookings("jansen " * 80) != []  # the same word many times
    # A number with odd signs still matches on its digits only.
    assert [h.name for h in planning.search_bookings("(06) 3333-4444")] == ["Anna 100% O'Brien"]
    assert planning.search_bookings("06 %%%") == []
    assert len(planning.search_bookings("jansen")) == 1  # nothing was dropped or changed
