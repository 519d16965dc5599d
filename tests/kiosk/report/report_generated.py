"""Generated question rows and a stand-in for the overview service, for the export tests."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from kiosk.overview.figures import (
    NamedStatus,
    QuestionRow,
    SeasonFigures,
    StatusCounts,
    WeekStatus,
)
from kiosk.overview.periods import Period

CHANNELS = ("in_person", "phone", "online")
DURATIONS = ("lt5", "5_15", "15_30", "30_60", "gt60")
KINDS = ("digital_government", "library", "other")
ORGANISATIONS = (("toeslagen", "rijk"), ("gemeente", "gemeente"), ("logius", "rijk"))
TOPICS = ("toeslag_huur", "digid_aanvragen", "bieb_pas", "paspoort_id")
HELP = ("informatie", "wegwijs", "samen_gedaan", "doorverwezen")
REFERRAL = ("welzijn", "taalhuis", "belastinghulp")
FOLLOWUPS = ("aangevraagd", "geactiveerd", None, None)


def generated_rows(seed: int, visits: int, first: date) -> list[QuestionRow]:
    """Return the question rows of *visits* generated visits from *first* on, in time order.

    Every visit has 1-3 questions; corrections, tallies and backdated entries are mixed in,
    one visit lies at 23:30 on the first day, and an organisation without a layer occurs.
    """
    rng = random.Random(seed)
    rows: list[QuestionRow] = []
    for n in range(visits):
        if n == 0:
            moment = datetime.combine(first, datetime.min.time()) + timedelta(hours=23, minutes=30)
        else:
            moment = datetime.combine(first, datetime.min.time()) + timedelta(
                days=rng.randrange(80), hours=rng.randrange(9, 18), minutes=rng.randrange(60)
            )
        source = rng.choice(("live", "live", "tally", "correction"))
        entry = {"tally": "tally"}.get(source, rng.choice(("live", "live", "backdated")))
        common = {
            "visit_id": f"v{n:05d}",
            "occurred_local": moment,
            "channel": rng.choice(CHANNELS),
            "duration": rng.choice(DURATIONS),
            "mode": rng.choice(("counter", "walking")),
            "source": source,
            "entry": entry,
        }
        for position in range(1, rng.randint(1, 3) + 1):
            organisation, layer = rng.choice(ORGANISATIONS)
            rows.append(
                QuestionRow(
                    **common,  # type: ignore[arg-type]
                    position=position,
                    kind=rng.choice(KINDS),
                    organisation=organisation,
                    layer=None if n % 17 == 5 else layer,
                    topic=rng.choice(TOPICS),
                    help=tuple(rng.sample(HELP, rng.randint(1, 2))),
                    referral=tuple(rng.sample(REFERRAL, rng.randint(0, 2))),
                    digid_followup=rng.choice(FOLLOWUPS),
                )
            )
    rows.sort(key=lambda r: (r.occurred_local, r.position))
    return rows


def season(first_monday: date, weeks: int = 9, year: int = 2026) -> SeasonFigures:
    """Return a season of *weeks* weeks with a few bookings each."""
    return SeasonFigures(
        season_id=f"s{year}",
        year=year,
        weeks=tuple(
            WeekStatus(first_monday + timedelta(weeks=w), StatusCounts(w, 2, 1, w % 2))
            for w in range(weeks)
        ),
        helpers=(
            NamedStatus("Anna (FNV)", StatusCounts(5, 3, 1, 1)),
            NamedStatus("=Bert", StatusCounts(1, 0, 0, 0)),
        ),
        partners=(NamedStatus("FNV Belastingservice", StatusCounts(6, 3, 1, 1)),),
        waiting_total=4,
        waiting_served=3,
    )


@dataclass
class FakeOverview:
    """The overview service's export side, over rows and seasons given in advance."""

    rows: list[QuestionRow]
    season_list: list[SeasonFigures] = field(default_factory=list)
    fail_after: int | None = None  # raise this OSError after so many rows
    error: OSError | None = None

    def question_rows(self, period: Period) -> Iterator[QuestionRow]:
        for i, row in enumerate(self.rows):
            if self.fail_after is not None and i == self.fail_after and self.error is not None:
                raise self.error
            if period.contains(row.occurred_local.date()):
                yield row

    def seasons(self) -> list[tuple[str, int]]:
        return [(s.season_id, s.year) for s in self.season_list]

    def season(self, season_id: str) -> SeasonFigures:
        return next(s for s in self.season_list if s.season_id == season_id)


def sheet_rows(path: Path, index: int) -> list[tuple[object, ...]]:
    """Return the values of the *index*-th sheet of the workbook at *path*."""
    book = load_workbook(path)
    try:
        return [tuple(row) for row in book.worksheets[index].iter_rows(values_only=True)]
    finally:
        book.close()


def sections(rows: list[tuple[object, ...]]) -> dict[str, list[tuple[object, ...]]]:
    """Split a summary or season sheet into its sections: title -> the rows under it."""
    found: dict[str, list[tuple[object, ...]]] = {}
    current: list[tuple[object, ...]] | None = None
    for row in rows:
        cells = [c for c in row if c is not None]
        if not cells:
            current = None
        elif current is None:
            current = found.setdefault(str(cells[0]), [])
        else:
            current.append(row)
    return found
