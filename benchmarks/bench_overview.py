"""Overzicht benchmark: the figures of any period with a million visits stored.

Run from the project root (after ``python3 dev.py test`` has made ``.venv``)::

    .venv/bin/python -m benchmarks.bench_overview [--visits N] [--repeats R] [--fresh] [--json]

1. **Data (cached).** The schema and a desk are made by the app (``kiosk.db.Database``,
   ``LocationService.create``); N visits (1,000,000) are written with raw ``sqlite3``
   ``executemany`` in one transaction per 100,000, spread over the two years before today
   as a desk sees them: opening hours 9-17 in Amsterdam time (the offset of each moment, 60 or
   120, stored with it), Monday to Saturday, busier on Tuesday and Thursday; 1 (70 %) or 2
   questions from the shipped catalogue (``bench_storage``'s generator, about 1.3 each);
   3 % tallies, 2 % backdated by a day or more, 2 % corrected (a few twice) and 1 % voided.
   No outbox rows: the figures never read them (``bench_storage`` measures saving with them).
2. **Cold**: a copy opened with ``Kiosk.open`` (migrating, if needed); the first
   ``figures()`` builds the rollup from every visit (the one-time catch-up a desk pays once
   after the upgrade that brings the Overzicht), on a thread, while the desk saves a visit
   every 0.2 s (their latency: the build must not hold saving up).
3. **Periods**: ``figures()`` for today, this week, month, quarter and year, the previous one
   of each, and a custom range of the two years, R (20) times each, in turn; p50 and p95.
4. **After a save**: a visit saved through ``RegistrationService.record`` (and now and then a
   correction or a void of one of today's), then ``figures()`` of this week: the catch-up
   counts today again. Target for 3 and 4: p95 at most 300 ms.
5. **Export**: ``question_rows()`` of the last 365 days, every row read (rows per second).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.bench_storage import (
    QUESTION_SQL,
    VISIT_SQL,
    HistoricIds,
    VisitGenerator,
    percentile,
)
from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.clock import Stamp
from kiosk.db import Database
from kiosk.locations import LocationService, demo_location
from kiosk.migrations import HEAD
from kiosk.overview.periods import CALENDAR_KINDS, Period, custom, period
from kiosk.paths import app_paths

BUILD_FORMAT = 2  # bump when the shape of the built rows changes (invalidates the cache)
CACHE_ROOT = Path(tempfile.gettempdir()) / "ido-kiosk-bench"
ZONE = ZoneInfo("Europe/Amsterdam")
HISTORY_DAYS = 2 * 365
BATCH = 100_000
TARGET_P95_MS = 300.0
# Relative business of Monday .. Sunday.
WEEKDAY_WEIGHT = (1.0, 1.4, 1.0, 1.4, 1.0, 0.6, 0.0)
#: A visit's row and its questions' rows, in the column order of VISIT_SQL and QUESTION_SQL.
Rows = tuple[list[Any], list[tuple[Any, ...]]]
VOID_SQL = (
    "INSERT INTO visit_void (visit_id, reason, recorded_at, recorded_offset, op_id)"
    " VALUES (?,?,?,?,?)"
)


def stamp(moment: datetime) -> Stamp:
    """Return the stamp of an aware moment (Amsterdam offset kept)."""
    return Stamp.of(moment.astimezone(ZONE))


def cache_path(visits: int) -> Path:
    """Return the cached database of *visits* visits for the current schema."""
    return CACHE_ROOT / f"overview-schema{HEAD}-format{BUILD_FORMAT}-{visits}" / "kiosk.sqlite3"


def moments(visits: int, today: date, rng: random.Random) -> list[datetime]:
    """Return *visits* local moments over the days before *today* (and today), in order."""
    days = [today - timedelta(days=n) for n in range(HISTORY_DAYS, -1, -1)]
    weights = [WEEKDAY_WEIGHT[d.weekday()] for d in days]
    counts = [0] * len(days)
    for index in rng.choices(range(len(days)), weights=weights, k=visits):
        counts[index] += 1
    found: list[datetime] = []
    for day, count in zip(days, counts, strict=True):
        start = datetime(day.year, day.month, day.day, 9, tzinfo=ZONE)
        found.extend(
            sorted(start + timedelta(seconds=rng.uniform(0, 8 * 3600)) for _ in range(count))
        )
    return found


def build(visits: int, *, fresh: bool, seed: int = 16) -> tuple[Path, str, dict[str, Any]]:
    """Return the cached database, its desk and its build figures, building it if needed."""
    path = cache_path(visits)
    meta_path = path.with_name("build.json")
    if not fresh and path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        return path, str(meta["desk_id"]), meta
    current = f"overview-schema{HEAD}-format{BUILD_FORMAT}-"
    for stale in CACHE_ROOT.glob("overview-schema*"):  # an older schema's: gigabytes, unused
        if not stale.name.startswith(current):
            shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(path.parent, ignore_errors=True)
    path.parent.mkdir(parents=True)
    building = path.with_name("building.sqlite3")
    started = time.perf_counter()
    catalogues = load_catalogues()
    db = Database(building)
    desk = LocationService(db, catalogues.current).create(demo_location())
    db.close()
    generator = VisitGenerator(catalogues.current, seed)
    rng = generator.rng
    ids = HistoricIds(rng)
    today = datetime.now(ZONE).date()
    conn = sqlite3.connect(building, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # build only: a failed build is thrown away
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    counts = {"visits": 0, "questions": 0, "tallies": 0, "corrections": 0, "voids": 0}
    all_moments = moments(visits, today, rng)

    lists: dict[tuple[str, ...], str] = {}

    def listed(codes: tuple[str, ...]) -> str:
        found = lists.get(codes)
        if found is None:
            found = lists[codes] = json.dumps(list(codes))
        return found

    def rows_of(occurred: datetime, recorded: datetime) -> Rows:
        """A new random visit's rows as the app writes them (its outbox op left out).

        The ids are minted at *recorded*, as the app mints them (UUIDv7).
        """
        ids.ms = int(recorded.timestamp() * 1000)
        spec = generator.visit()
        visit_id = ids()
        at, rec = stamp(occurred), stamp(recorded)
        visit = [
            visit_id,
            desk.desk_id,
            desk.location_id,
            at.utc,
            at.offset_minutes,
            rec.utc,
            rec.offset_minutes,
            spec.channel,
            spec.duration,
            spec.mode,
            "live",
            generator.version,
            None,
            ids(),
        ]
        questions = [
            (
                ids(),
                visit_id,
                position,
                q.kind,
                q.organisation,
                q.topic,
                q.digid_followup,
                listed(q.help),
                listed(q.referral),
                q.note,
            )
            for position, q in enumerate(spec.questions, start=1)
        ]
        return visit, questions

    for begin in range(0, visits, BATCH):
        visit_batch: list[tuple[Any, ...]] = []
        question_batch: list[tuple[Any, ...]] = []
        void_batch: list[tuple[Any, ...]] = []
        for occurred in all_moments[begin : begin + BATCH]:
            recorded = occurred + timedelta(seconds=rng.uniform(5, 60))
            draw = rng.random()
            source = "tally" if draw < 0.03 else "live"
            if 0.03 <= draw < 0.05:  # backdated: entered a day or more later
                recorded += timedelta(days=rng.randint(1, 5))
            visit, asked = rows_of(occurred, recorded)
            visit[10] = source
            visit_batch.append(tuple(visit))
            question_batch.extend(asked)
            counts["tallies"] += source == "tally"
            chance = rng.random()
            if chance < 0.02:  # corrected a little later (a few twice)
                corrects = visit[0]
                for _ in range(2 if chance < 0.002 else 1):
                    recorded += timedelta(minutes=rng.uniform(1, 600))
                    row, asked = rows_of(occurred, recorded)
                    row[10], row[12] = "correction", corrects
                    visit_batch.append(tuple(row))
                    question_batch.extend(asked)
                    counts["corrections"] += 1
                    corrects = row[0]
            elif chance < 0.03:  # voided
                voided = stamp(recorded + timedelta(minutes=2))
                void_batch.append((visit[0], "", voided.utc, voided.offset_minutes, ids()))
        conn.execute("BEGIN")
        conn.executemany(VISIT_SQL, visit_batch)
        conn.executemany(QUESTION_SQL, question_batch)
        conn.executemany(VOID_SQL, void_batch)
        conn.execute("COMMIT")
        counts["visits"] += len(visit_batch)
        counts["questions"] += len(question_batch)
        counts["voids"] += len(void_batch)
        print(f"  building: {begin + BATCH:,}/{visits:,}", file=sys.stderr, flush=True)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    building.rename(path)
    meta = {
        **counts,
        "desk_id": desk.desk_id,
        "seconds": round(time.perf_counter() - started, 1),
        "size_mb": round(path.stat().st_size / 2**20, 1),
    }
    meta_path.write_text(json.dumps(meta))
    return path, desk.desk_id, meta


def timed_ms(action: Callable[[], object]) -> float:
    """Return how long *action* takes, in milliseconds."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def figures_ms(app: Kiosk, chosen: Period, desk_id: str) -> float:
    """Return how long the figures of *chosen* take, in milliseconds."""
    return timed_ms(lambda: app.overview.figures(chosen, desk_id))


def periods(today: date) -> dict[str, Period]:
    """Return every period the page offers, by name."""
    found = {kind: period(kind, today) for kind in CALENDAR_KINDS}
    found |= {f"previous {kind}": period(kind, today, previous=True) for kind in CALENDAR_KINDS}
    found["custom 2 years"] = custom(today - timedelta(days=HISTORY_DAYS), today)
    return found


def measure(path: Path, desk_id: str, repeats: int) -> dict[str, Any]:
    """Measure on a fresh copy of the cached database at *path*."""
    work = Path(tempfile.mkdtemp(prefix="ido-overview-"))
    try:
        home = work / "kiosk"
        paths = app_paths(home)
        paths.ensure()
        shutil.copyfile(path, paths.database)
        app = Kiosk.open(paths, now=lambda: datetime.now(ZONE))
        today = datetime.now(ZONE).date()
        cold, saves = cold_while_saving(app, desk_id, today)
        results: dict[str, Any] = {"cold_ms": round(cold, 1), "periods": {}}
        results["saves_during_cold"] = saves
        named = periods(today)
        times: dict[str, list[float]] = {name: [] for name in named}
        for _ in range(repeats):
            for name, chosen in named.items():
                times[name].append(figures_ms(app, chosen, desk_id))
        for name, values in times.items():
            results["periods"][name] = {
                "p50": round(percentile(values, 50), 1),
                "p95": round(percentile(values, 95), 1),
            }
        results["after_save"] = after_saves(app, desk_id, today, repeats * 2)
        year = custom(today - timedelta(days=364), today)
        start = time.perf_counter()
        rows = sum(1 for _ in app.overview.question_rows(year))
        seconds = time.perf_counter() - start
        results["export"] = {"rows": rows, "seconds": round(seconds, 1)}
        app.close()
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def save_ms(app: Kiosk, desk_id: str, generator: VisitGenerator) -> float:
    """Return how long saving a new random visit takes, in milliseconds."""
    visit = generator.visit().as_input()
    return timed_ms(lambda: app.registration.record(desk_id, visit))


def cold_while_saving(app: Kiosk, desk_id: str, today: date) -> tuple[float, dict[str, float]]:
    """Time the first figures (the rollup built) while the desk saves a visit every 0.2 s."""
    generator = VisitGenerator(app.catalogues.current, 5)
    done = threading.Event()
    cold: list[float] = []

    def first_figures() -> None:
        cold.append(timed_ms(lambda: app.overview.figures(period("week", today), desk_id)))
        done.set()

    worker = threading.Thread(target=first_figures)
    worker.start()
    saves: list[float] = []
    while not done.wait(0.2):
        saves.append(save_ms(app, desk_id, generator))
    worker.join()
    if not saves:
        return cold[0], {"n": 0}
    return cold[0], {
        "n": len(saves),
        "p50": round(percentile(saves, 50), 1),
        "max": round(max(saves), 1),
    }


def after_saves(app: Kiosk, desk_id: str, today: date, times: int) -> dict[str, float]:
    """Save (now and then correct or void), then ask this week's figures: p50, p95."""
    week = period("week", today)
    generator = VisitGenerator(app.catalogues.current, 3)
    saved: list[str] = []
    values: list[float] = []
    for n in range(times):
        visit = generator.visit().as_input()
        if saved and n % 7 == 3:
            app.registration.correct(desk_id, saved.pop(), visit)
        elif saved and n % 7 == 5:
            app.registration.void(desk_id, saved.pop())
        else:
            saved.extend(app.registration.record(desk_id, visit).visit_ids)
        values.append(timed_ms(lambda: app.overview.figures(week, desk_id)))
    return {
        "p50": round(percentile(values, 50), 1),
        "p95": round(percentile(values, 95), 1),
        "mean": round(statistics.fmean(values), 1),
    }


def table(meta: dict[str, Any], results: dict[str, Any]) -> str:
    """Return the figures as a plain-text table."""
    lines = [
        f"database: {meta['visits']:,} visit rows ({meta['corrections']:,} corrections), "
        f"{meta['questions']:,} questions, {meta['voids']:,} voids, {meta['tallies']:,} tallies; "
        f"{meta['size_mb']} MB, built in {meta['seconds']} s",
        f"cold (first figures: the rollup built from every visit): {results['cold_ms']:,.0f} ms",
        "saves meanwhile (one every 0.2 s): "
        + ", ".join(f"{k} {v}" for k, v in results["saves_during_cold"].items())
        + " ms",
        f"{'period':<22}{'p50 ms':>10}{'p95 ms':>10}",
    ]
    for name, figures in results["periods"].items():
        lines.append(f"{name:<22}{figures['p50']:>10}{figures['p95']:>10}")
    after = results["after_save"]
    lines.append(f"{'week after a save':<22}{after['p50']:>10}{after['p95']:>10}")
    worst = max([f["p95"] for f in results["periods"].values()] + [after["p95"]], default=0.0)
    verdict = "met" if worst <= TARGET_P95_MS else "MISSED"
    lines.append(f"worst p95 {worst} ms: target <= {TARGET_P95_MS:.0f} ms {verdict}")
    export = results["export"]
    lines.append(f"export of 365 days: {export['rows']:,} question rows in {export['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the database, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    path, desk_id, meta = build(args.visits, fresh=args.fresh)
    results = measure(path, desk_id, args.repeats)
    print(table(meta, results))
    if args.json:
        print(json.dumps({"build": meta, **results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
