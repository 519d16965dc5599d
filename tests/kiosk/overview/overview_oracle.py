"""An independent count for the Overzicht tests: what was entered, and what it should add up to.

:class:`Ledger` records visits, corrections and voids through the real services, with the
clock set to the moment of entry, and remembers every input in plain Python. Its
:meth:`Ledger.expected` counts a period from those inputs alone (no SQL, no rollup): heads of
correction chains that are not void, on the original's local day, with its entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.app import Kiosk
from kiosk.overview.figures import Bucket, DeskFigures, HourCell, Tally
from kiosk.overview.periods import Period
from kiosk.visits import QuestionInput, VisitInput
from tests.conftest import FakeClock

#: Valid questions (checked by the service on the first save of each).
QUESTIONS: tuple[QuestionInput, ...] = (
    QuestionInput("toeslag_huur", "toeslagen", help=("informatie",)),
    QuestionInput(
        "digid_aanvragen", "logius", digid_followup="aangevraagd", help=("samen_gedaan", "wegwijs")
    ),
    QuestionInput("bieb_pas", None, help=("informatie",)),
    QuestionInput(
        "belastingaangifte",
        "belastingdienst",
        help=("doorverwezen",),
        referral=("belastinghulp", "taalhuis"),
    ),
    QuestionInput("overig_anders", None, help=("wegwijs", "doorverwezen"), referral=("welzijn",)),
)
#: Each topic's kind, as the catalogue gives it (the kind is never typed in).
KIND = {
    "toeslag_huur": "digital_government",
    "digid_aanvragen": "digital_government",
    "bieb_pas": "library",
    "belastingaangifte": "digital_government",
    "overig_anders": "other",
}


@dataclass
class Entered:
    """One stored visit as the test entered it."""

    id: str
    desk_id: str
    occurred: datetime  # aware, at the offset it was entered with
    recorded: datetime  # aware, the clock at entry
    source: str
    channel: str
    duration: str
    mode: str
    questions: tuple[QuestionInput, ...]
    corrects: str | None = None


@dataclass
class Ledger:
    """Enters visits through *app* at *desk_id* and keeps what was entered."""

    app: Kiosk
    clock: FakeClock
    desk_id: str
    visits: dict[str, Entered] = field(default_factory=dict)
    voided: set[str] = field(default_factory=set)

    def _at(self, moment: datetime) -> None:
        self.clock.set(moment)

    def record(
        self,
        occurred: datetime,
        questions: tuple[QuestionInput, ...] = QUESTIONS[:1],
        *,
        channel: str = "in_person",
        duration: str = "5_15",
        mode: str = "counter",
        count: int = 1,
        recorded: datetime | None = None,
        desk_id: str | None = None,
    ) -> list[str]:
        """Record *count* visits that happened at *occurred*, entered at *recorded*."""
        recorded = recorded or occurred + timedelta(minutes=2)
        desk = desk_id or self.desk_id
        self._at(recorded)
        visit = VisitInput(questions, channel, duration, mode, occurred, count)
        ids = list(self.app.registration.record(desk, visit).visit_ids)
        for visit_id in ids:
            self.visits[visit_id] = Entered(
                visit_id,
                desk,
                occurred,
                recorded,
                "tally" if count > 1 else "live",
                channel,
                duration,
                mode,
                questions,
            )
        return ids

    def correct(
        self,
        original: str,
        questions: tuple[QuestionInput, ...],
        *,
        recorded: datetime,
        channel: str = "in_person",
        duration: str = "5_15",
        occurred: datetime | None = None,
    ) -> str:
        """Correct visit *original* (keeping its moment unless *occurred* is given)."""
        self._at(recorded)
        before = self.visits[original]
        visit = VisitInput(questions, channel, duration, "counter", occurred)
        [new] = self.app.registration.correct(before.desk_id, original, visit).visit_ids
        self.visits[new] = Entered(
            new,
            before.desk_id,
            occurred or before.occurred,
            recorded,
            "correction",
            channel,
            duration,
            "counter",
            questions,
            original,
        )
        return new

    def void(self, visit_id: str, *, recorded: datetime) -> None:
        """Declare *visit_id* void."""
        self._at(recorded)
        self.app.registration.void(self.visits[visit_id].desk_id, visit_id)
        self.voided.add(visit_id)

    # -- the independent count ------------------------------------------------------------

    def counted(self) -> list[tuple[Entered, Entered]]:
        """Return (original, last correction) of every visit that counts."""
        replaced = {v.corrects for v in self.visits.values() if v.corrects is not None}
        found = []
        for head in self.visits.values():
            if head.id in replaced or head.id in self.voided:
                continue
            root = head
            while root.corrects is not None:
                root = self.visits[root.corrects]
            found.append((root, head))
        return found

    @staticmethod
    def entry(root: Entered) -> str:
        """Return how the original was entered."""
        if root.source == "tally":
            return "tally"
        return "backdated" if root.recorded.date() > root.occurred.date() else "live"

    def expected(self, period: Period, desk_id: str | None = None) -> DeskFigures:
        """Count *period* from the entered inputs alone."""
        visits: Counter[date] = Counter()
        questions: Counter[date] = Counter()
        tallies: dict[str, Counter[str]] = {
            name: Counter()
            for name in (
                "kinds",
                "topics",
                "organisations",
                "help",
                "referral",
                "channel",
                "duration",
                "entry",
            )
        }
        hours: Counter[tuple[int, int]] = Counter()
        for root, head in self.counted():
            day = root.occurred.date()  # the original's own offset: its local day
            if not period.first <= day <= period.last:
                continue
            if desk_id is not None and head.desk_id != desk_id:
                continue
            visits[day] += 1
            questions[day] += len(head.questions)
            hours[root.occurred.isoweekday(), root.occurred.hour] += 1
            tallies["channel"][head.channel] += 1
            tallies["duration"][head.duration] += 1
            tallies["entry"][self.entry(root)] += 1
            for q in head.questions:
                tallies["kinds"][KIND[q.topic]] += 1
                tallies["topics"][q.topic] += 1
                tallies["organisations"][q.organisation or "nvt"] += 1
                for code in q.help:
                    tallies["help"][code] += 1
                for code in q.referral:
                    tallies["referral"][code] += 1
        return DeskFigures(
            period=period,
            scope="desk",
            up_to=None,
            visits=sum(visits.values()),
            questions=sum(questions.values()),
            buckets=buckets(period, visits, questions),
            hours=tuple(HourCell(w, h, n) for (w, h), n in sorted(hours.items())),
            **{name: largest_first(counts) for name, counts in tallies.items()},
        )


def first_of_bucket(bucket: str, day: date) -> date:
    """The first day of the day, ISO week or month holding *day* (counted by hand)."""
    if bucket == "day":
        return day
    if bucket == "week":
        while day.weekday() != 0:
            day -= timedelta(days=1)
        return day
    return date(day.year, day.month, 1)


def buckets(period: Period, visits: Counter[date], questions: Counter[date]) -> tuple[Bucket, ...]:
    """Every bucket of *period*, zeros included."""
    totals: dict[date, list[int]] = {}
    day = period.first
    while day <= period.last:
        slot = totals.setdefault(first_of_bucket(period.bucket, day), [0, 0])
        slot[0] += visits[day]
        slot[1] += questions[day]
        day += timedelta(days=1)
    return tuple(Bucket(first, v, q) for first, (v, q) in sorted(totals.items()))


def largest_first(counts: Counter[str]) -> tuple[Tally, ...]:
    """The counts as tallies, largest first, then by code."""
    return tuple(
        Tally(code, n) for code, n in sorted(counts.items(), key=lambda i: (-i[1], i[0])) if n
    )


def rollup_rows(app: Kiosk) -> list[tuple[Any, ...]]:
    """Every row of the rollup (days, then months), in order."""
    with app.db.query() as conn:
        return [
            tuple(r)
            for table, unit in (("overview_day", "day"), ("overview_month", "month"))
            for r in conn.exec_driver_sql(
                f"SELECT '{table}', {unit}, desk_id, dim, code, count FROM {table} "
                "ORDER BY 2, 3, 4, 5"
            )
        ]
