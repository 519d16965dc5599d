"""GridData built by hand: a small season with every kind of cell."""

from __future__ import annotations

from datetime import date, time

from kiosk.planning.records import Booking, GridData, GridRow, Helper, Season, Slot

SEASON = Season("season-1", "Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
HELPERS = (
    Helper("h-anna", "Anna de Boer", "p-hum", "Humanitas", ("aangifte",)),
    Helper("h-bert", "Bert Smit", "p-fnv", "FNV Belastingservice", ("aangifte", "toeslagen")),
    Helper("h-carla", "Carla Yilmaz", "p-hum", "Humanitas", ("toeslagen",)),
)
DAYS = (date(2027, 3, 2), date(2027, 3, 4))
TIMES = (time(10, 0), time(10, 30), time(11, 0))


def booking(
    booking_id: str,
    slot_id: str,
    name: str,
    *,
    status: str = "booked",
    sync: str = "confirmed",
    conflict_code: str | None = None,
) -> Booking:
    return Booking(
        id=booking_id,
        slot_id=slot_id,
        name=name,
        phone="0612345678",
        email=None,
        purpose=("aangifte",),
        checklist=("digid_zelf",),
        remark=None,
        status=status,
        sync=sync,
        conflict_code=conflict_code,
    )


def sample_grid(*, capacity_last: int = 3) -> GridData:
    """Two days x three times x three helpers; Carla has no slot at 11:00."""
    rows = tuple(GridRow(d, t) for d in DAYS for t in TIMES)
    cells: dict[tuple[int, int], Slot] = {}
    for r, row in enumerate(rows):
        for c, helper in enumerate(HELPERS):
            if c == 2 and row.starts == time(11, 0):
                continue
            slot_id = f"slot-{r}-{c}"
            ends = time(
                row.starts.hour + (row.starts.minute + 30) // 60, (row.starts.minute + 30) % 60
            )
            capacity = capacity_last if c == 1 else 1
            bookings: tuple[Booking, ...] = ()
            closed = False
            if (r, c) == (0, 0):
                bookings = (booking("b-jansen", slot_id, "J. Jansen", sync="provisional"),)
            elif (r, c) == (1, 0):
                bookings = (booking("b-vries", slot_id, "P. de Vries", status="attended"),)
            elif (r, c) == (2, 0):
                bookings = (booking("b-ali", slot_id, "A. Ali", status="no_show"),)
            elif (r, c) == (0, 1):
                bookings = (
                    booking("b-kok", slot_id, "M. Kok"),
                    booking("b-old", slot_id, "Oud", status="cancelled"),
                )
            elif (r, c) == (1, 1):
                bookings = (
                    booking("b-bos", slot_id, "E. Bos"),
                    booking("b-lam", slot_id, "T. Lam", sync="conflict", conflict_code="slot_full"),
                )
            elif (r, c) == (3, 2):
                closed = True
            cells[(r, c)] = Slot(
                id=slot_id,
                season_id=SEASON.id,
                helper_id=helper.id,
                day=row.day,
                starts=row.starts,
                ends=ends,
                capacity=capacity,
                closed=closed,
                sync="confirmed",
                bookings=bookings,
            )
    return GridData(SEASON, HELPERS, rows, cells)
