"""Storage benchmark: saving a visit and the desk screen's reads on a large database.

Run from the project root (after ``python3 dev.py test`` has made ``.venv``)::

    .venv/bin/python -m benchmarks.bench_storage [--visits N] [--saves S] [--fresh] [--json]

It builds (once, cached in the temp folder) a database of N visits shaped exactly like the
app's rows, then measures on copies of it:

* saving one visit through ``RegistrationService.record`` (the real app path) against a raw
  ``sqlite3`` transaction that writes the same rows with the same pragmas (the floor);
* opening the database (``Kiosk.open``) and the reads the UI does after each save;
* resident memory after opening and across an hour of simulated desk use.

See ``benchmarks/README.md`` for what each figure means. This is a script, not a test.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil

from kiosk.app import Kiosk
from kiosk.catalogue import Catalogue, load_catalogues
from kiosk.clock import Stamp, system_now
from kiosk.db import BUSY_TIMEOUT_MS, Database
from kiosk.ids import new_id
from kiosk.locations import LocationService, demo_location
from kiosk.migrations import HEAD
from kiosk.paths import app_paths
from kiosk.visits import QuestionInput, VisitInput, validate_visit

ROOT = Path(__file__).resolve().parents[1]
BUILD_FORMAT = 2  # bump when the shape of the built rows changes (invalidates the cache)
CACHE_ROOT = Path(tempfile.gettempdir()) / "ido-kiosk-bench"
HISTORY_DAYS = 3 * 365  # the built visits spread over this many days before today
TODAY_VISITS = 40  # a busy morning, saved through the app before measuring
BATCH = 25_000  # visits per executemany batch while building
WARMUP_SAVES = 10
P99_TARGET = 3.0
NOTES = ("printer liep vast", "kwam terug voor vervolg", "uitleg gegeven over de app")

QUESTION_SQL = (
    "INSERT INTO question (id, visit_id, position, kind, organisation, topic, digid_followup,"
    " help, referral, note) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
VISIT_SQL = (
    "INSERT INTO visit (id, desk_id, location_id, occurred_at, occurred_offset, recorded_at,"
    " recorded_offset, channel, duration, mode, source, catalogue_version, corrects_id, op_id)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
OUTBOX_SQL = (
    "INSERT INTO outbox (op_id, kind, schema_ver, entity_id, base_version, payload,"
    " payload_sha256, occurred_at, state, attempts) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


# -- what a visit looks like ---------------------------------------------------------------


@dataclass(frozen=True)
class QuestionSpec:
    """One question as stored (after validation: kind filled in, "nvt" for no organisation)."""

    kind: str
    organisation: str
    topic: str
    digid_followup: str | None
    help: tuple[str, ...]
    referral: tuple[str, ...]
    note: str | None

    def as_input(self) -> QuestionInput:
        """Return the question as the clerk enters it."""
        return QuestionInput(
            topic=self.topic,
            organisation=None if self.organisation == "nvt" else self.organisation,
            digid_followup=self.digid_followup,
            help=self.help,
            referral=self.referral,
            note=self.note or "",
        )


@dataclass(frozen=True)
class VisitSpec:
    """One visit's answers: 1-2 questions with valid catalogue codes."""

    channel: str
    duration: str
    mode: str
    questions: tuple[QuestionSpec, ...]

    def as_input(self) -> VisitInput:
        """Return the visit as the form hands it to ``RegistrationService.record``."""
        return VisitInput(
            questions=tuple(q.as_input() for q in self.questions),
            channel=self.channel,
            duration=self.duration,
            mode=self.mode,
        )


class VisitGenerator:
    """Random valid visits drawn from a catalogue's active codes."""

    def __init__(self, catalogue: Catalogue, seed: int) -> None:
        """Index the active codes of *catalogue*; *seed* makes the sequence repeatable."""
        self.rng = random.Random(seed)
        self.version = catalogue.version

        def codes(name: str) -> list[str]:
            return [o.code for o in catalogue.options(name)]

        self.channels = codes("channel")
        self.durations = codes("duration")
        self.organisations = [c for c in codes("organisation") if c != "nvt"]
        self.followups = codes("digid_followup")
        self.helps = [c for c in codes("help") if c != "doorverwezen"]
        self.referrals = codes("referral")
        self.topics = [(o.code, o.kind or "", o.digid) for o in catalogue.options("topic")]

    def question(self) -> QuestionSpec:
        """Return one valid question."""
        rng = self.rng
        topic, kind, digid = rng.choice(self.topics)
        government = kind == "digital_government"
        helps = rng.sample(self.helps, rng.choice((1, 1, 2)))
        referral: tuple[str, ...] = ()
        if rng.random() < 0.15:
            helps.append("doorverwezen")
            referral = (rng.choice(self.referrals),)
        return QuestionSpec(
            kind=kind,
            organisation=rng.choice(self.organisations) if government else "nvt",
            topic=topic,
            digid_followup=rng.choice(self.followups) if digid else None,
            help=tuple(helps),
            referral=referral,
            note=rng.choice(NOTES) if rng.random() < 0.1 else None,
        )

    def visit(self) -> VisitSpec:
        """Return one valid visit with one (70 %) or two questions."""
        rng = self.rng
        count = 1 if rng.random() < 0.7 else 2
        return VisitSpec(
            channel=rng.choice(self.channels),
            duration=rng.choice(self.durations),
            mode="counter" if rng.random() < 0.85 else "walking",
            questions=tuple(self.question() for _ in range(count)),
        )


def canonical(payload: dict[str, Any]) -> str:
    """Serialise like ``kiosk.outbox.canonical_json`` (the generated payloads hold no floats)."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class VisitRows:
    """The rows one saved visit consists of, as ``RegistrationService._store`` writes them."""

    visit: tuple[Any, ...]
    questions: list[tuple[Any, ...]]
    outbox: tuple[Any, ...]


def visit_rows(
    spec: VisitSpec,
    *,
    desk_id: str,
    location_id: str,
    occurred: Stamp,
    recorded: Stamp,
    catalogue_version: int,
    make_id: Callable[[], str],
) -> VisitRows:
    """Return the visit, question and outbox rows (payload and its SHA-256 included)."""
    visit_id = make_id()
    questions = [
        {
            "question_id": make_id(),
            "position": position,
            "kind": q.kind,
            "organisation": q.organisation,
            "topic": q.topic,
            "digid_followup": q.digid_followup,
            "help": list(q.help),
            "referral": list(q.referral),
            "note": q.note,
        }
        for position, q in enumerate(spec.questions, start=1)
    ]
    payload = {
        "visit_id": visit_id,
        "desk_id": desk_id,
        "location_id": location_id,
        "occurred_at": occurred.utc,
        "occurred_offset": occurred.offset_minutes,
        "recorded_at": recorded.utc,
        "recorded_offset": recorded.offset_minutes,
        "channel": spec.channel,
        "duration": spec.duration,
        "mode": spec.mode,
        "source": "live",
        "catalogue_version": catalogue_version,
        "corrects": None,
        "questions": questions,
    }
    body = canonical(payload)
    op_id = make_id()
    return VisitRows(
        visit=(
            visit_id,
            desk_id,
            location_id,
            occurred.utc,
            occurred.offset_minutes,
            recorded.utc,
            recorded.offset_minutes,
            spec.channel,
            spec.duration,
            spec.mode,
            "live",
            catalogue_version,
            None,
            op_id,
        ),
        questions=[
            (
                q["question_id"],
                visit_id,
                q["position"],
                q["kind"],
                q["organisation"],
                q["topic"],
                q["digid_followup"],
                json.dumps(q["help"]),
                json.dumps(q["referral"]),
                q["note"],
            )
            for q in questions
        ],
        outbox=(
            op_id,
            "visit.recorded",
            1,
            visit_id,
            None,
            body,
            hashlib.sha256(body.encode("utf-8")).hexdigest(),
            recorded.utc,
            "pending",
            0,
        ),
    )


# -- building the large database --------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """A cached database of *visits* visits and the desk they belong to."""

    path: Path
    visits: int
    questions: int
    desk_id: str
    location_id: str
    seconds: float
    size_mb: float
    cached: bool


class HistoricIds:
    """UUIDv7 ids minted at a given past moment (the app mints them at save time)."""

    def __init__(self, rng: random.Random) -> None:
        """Draw the random bits from *rng*."""
        self.rng = rng
        self.ms = 0

    def __call__(self) -> str:
        """Return a UUIDv7 for the current ``ms``, its 74 random bits from the generator."""
        bits = self.rng.getrandbits(74)
        value = (self.ms << 80) | (0x7 << 76) | ((bits >> 62) << 64) | (0b10 << 62)
        return str(uuid.UUID(int=value | (bits & ((1 << 62) - 1))))


class OffsetCache:
    """The system's local UTC offset (minutes) per hour, as ``Stamp.of`` would record it."""

    def __init__(self) -> None:
        """Start with an empty cache."""
        self._by_hour: dict[int, int] = {}

    def stamp(self, seconds: float) -> Stamp:
        """Return the stamp of the moment *seconds* after the epoch."""
        hour = int(seconds // 3600)
        offset = self._by_hour.get(hour)
        if offset is None:
            local = datetime.fromtimestamp(hour * 3600, UTC).astimezone().utcoffset()
            offset = self._by_hour[hour] = int((local or timedelta()).total_seconds() // 60)
        moment = datetime.fromtimestamp(seconds, UTC)
        utc = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
        return Stamp(utc, offset)


def cache_dir(visits: int) -> Path:
    """Return the cache folder of a database of *visits* visits for the current schema."""
    return CACHE_ROOT / f"schema{HEAD}-format{BUILD_FORMAT}-{visits}"


def cached_build(visits: int) -> Built | None:
    """Return the cached database of *visits* visits, or None if it is not built yet."""
    folder = cache_dir(visits)
    path = folder / "kiosk.sqlite3"
    meta_path = folder / "build.json"
    if not (path.exists() and meta_path.exists()):
        return None
    return Built(path=path, cached=True, **json.loads(meta_path.read_text()))


def build(visits: int, *, fresh: bool, seed: int = 2026) -> Built:
    """Return the cached database of *visits* visits, building it first if needed."""
    found = None if fresh else cached_build(visits)
    if found is not None:
        return found
    folder = cache_dir(visits)
    path = folder / "kiosk.sqlite3"
    meta_path = folder / "build.json"
    current = f"schema{HEAD}-format{BUILD_FORMAT}-"
    for stale in CACHE_ROOT.glob("schema*"):  # built for an older schema: gigabytes, unused
        if not stale.name.startswith(current):
            shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    building = folder / "building.sqlite3"
    started = time.perf_counter()

    # The schema and the setup records come from the app itself.
    catalogues = load_catalogues()
    db = Database(building)
    # A real (non-demo) location: the sync benchmark enrolls this desk, and a demo cannot be.
    desk = LocationService(db, catalogues.current).create(demo_location())
    db.close()

    generator = VisitGenerator(catalogues.current, seed)
    check_generator(generator, catalogues.current)
    ids = HistoricIds(generator.rng)
    offsets = OffsetCache()
    today = datetime.now(UTC).astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    end = today.timestamp()
    step = HISTORY_DAYS * 86400 / visits

    conn = sqlite3.connect(building, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # build only: a failed build is thrown away
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    questions_total = 0
    done = 0
    while done < visits:
        batch = min(BATCH, visits - done)
        visit_rows_, question_rows, outbox_rows = [], [], []
        for i in range(done, done + batch):
            occurred_s = end - (visits - i) * step
            recorded_s = occurred_s + generator.rng.uniform(0, 60)
            ids.ms = int(recorded_s * 1000)
            rows = visit_rows(
                generator.visit(),
                desk_id=desk.desk_id,
                location_id=desk.location_id,
                occurred=offsets.stamp(occurred_s),
                recorded=offsets.stamp(recorded_s),
                catalogue_version=generator.version,
                make_id=ids,
            )
            visit_rows_.append(rows.visit)
            question_rows.extend(rows.questions)
            outbox_rows.append(rows.outbox)
        conn.execute("BEGIN")
        conn.executemany(OUTBOX_SQL, outbox_rows)
        conn.executemany(VISIT_SQL, visit_rows_)
        conn.executemany(QUESTION_SQL, question_rows)
        conn.execute("COMMIT")
        questions_total += len(question_rows)
        done += batch
        if done % 100_000 == 0 or done == visits:
            print(f"  building: {done:,}/{visits:,} visits", file=sys.stderr, flush=True)
    conn.execute("PRAGMA journal_mode = WAL")  # what the app's connections use
    conn.close()
    building.rename(path)
    meta: dict[str, Any] = {
        "visits": visits,
        "questions": questions_total,
        "desk_id": desk.desk_id,
        "location_id": desk.location_id,
        "seconds": round(time.perf_counter() - started, 1),
        "size_mb": round(path.stat().st_size / 2**20, 1),
    }
    meta_path.write_text(json.dumps(meta))
    return Built(path=path, cached=False, **meta)


def check_generator(generator: VisitGenerator, catalogue: Catalogue) -> None:
    """Check that generated visits pass the app's validation (on a separate generator)."""
    probe = VisitGenerator(catalogue, seed=1)
    probe.rng = random.Random(generator.rng.random())
    now = system_now()
    for _ in range(500):
        validate_visit(probe.visit().as_input(), catalogue, now)


# -- measuring -----------------------------------------------------------------------------


def ms_since(start_ns: int) -> float:
    """Return the milliseconds elapsed since *start_ns* (``perf_counter_ns``)."""
    return (time.perf_counter_ns() - start_ns) / 1e6


def percentile(values: Sequence[float], p: float) -> float:
    """Return the *p*-th percentile (nearest rank) of *values*."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def summary(values: Sequence[float]) -> dict[str, float]:
    """Return p50, p90, p99, max and mean of *values* (milliseconds), rounded."""
    return {
        "p50": round(percentile(values, 50), 3),
        "p90": round(percentile(values, 90), 3),
        "p99": round(percentile(values, 99), 3),
        "max": round(max(values), 3),
        "mean": round(statistics.fmean(values), 3),
        "n": len(values),
    }


def import_ms(runs: int = 3) -> float:
    """Return the median time a fresh interpreter takes to import ``kiosk.app`` (ms)."""
    code = (
        "import time; t = time.perf_counter(); import kiosk.app; "
        "print((time.perf_counter() - t) * 1000)"
    )
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return round(statistics.median(times), 1)


def rss_mb() -> float:
    """Return this process's resident set size in MB, after a full garbage collection."""
    gc.collect()
    rss: int = psutil.Process().memory_info().rss
    return round(rss / 2**20, 1)


class RawWriter:
    """The floor: one plain ``sqlite3`` transaction per visit, same rows and pragmas."""

    def __init__(self, path: Path, desk_id: str, catalogue_version: int) -> None:
        """Open *path* with the app's pragmas (WAL, synchronous=FULL, foreign keys, timeout)."""
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        for pragma in (
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
        ):
            self.conn.execute(f"PRAGMA {pragma}")
        self.desk_id = desk_id
        self.catalogue_version = catalogue_version

    def save(self, spec: VisitSpec) -> None:
        """Write one visit with its questions and outbox op, committed to disk."""
        stamp = Stamp.of(system_now())
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            (location_id,) = conn.execute(
                "SELECT location_id FROM desk WHERE id = ?", (self.desk_id,)
            ).fetchone()
            rows = visit_rows(
                spec,
                desk_id=self.desk_id,
                location_id=location_id,
                occurred=stamp,
                recorded=stamp,
                catalogue_version=self.catalogue_version,
                make_id=new_id,
            )
            conn.execute(OUTBOX_SQL, rows.outbox)
            conn.execute(VISIT_SQL, rows.visit)
            conn.executemany(QUESTION_SQL, rows.questions)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def timed(action: Callable[[], object], times: int) -> list[float]:
    """Run *action* *times* times and return each duration in milliseconds."""
    durations = []
    for _ in range(times):
        start = time.perf_counter_ns()
        action()
        durations.append(ms_since(start))
    return durations


def payload_keys(conn: sqlite3.Connection, where: str) -> tuple[list[str], list[str]]:
    """Return the payload's keys and its first question's keys for one visit.recorded op."""
    (payload,) = conn.execute(
        f"SELECT payload FROM outbox WHERE kind = 'visit.recorded' {where} LIMIT 1"
    ).fetchone()
    body = json.loads(payload)
    return sorted(body), sorted(body["questions"][0])


def shape_matches(path: Path, built_visits: int) -> bool:
    """Tell whether the built rows and the rows the app wrote have the same payload shape."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        built = payload_keys(conn, "ORDER BY local_seq")
        app = payload_keys(conn, f"AND local_seq > {built_visits} ORDER BY local_seq DESC")
    finally:
        conn.close()
    return built == app


def measure(built: Built, *, saves: int, hour: int, keep: bool) -> dict[str, Any]:
    """Run every measurement on fresh copies of *built*; return the figures."""
    work = Path(tempfile.mkdtemp(prefix="ido-kiosk-bench-run-"))
    figures: dict[str, Any] = {}
    try:
        paths = app_paths(work / "app").ensure()
        raw_path = work / "raw.sqlite3"
        start = time.perf_counter_ns()
        shutil.copyfile(built.path, paths.database)
        shutil.copyfile(built.path, raw_path)
        # Write the copies out now: on ext4 an fsync of the WAL can otherwise wait for
        # gigabytes of dirty copy pages and show up as a false save latency.
        os.sync()
        figures["copy_ms"] = round(ms_since(start), 1)

        figures["import_ms"] = import_ms()
        figures["rss_before_open_mb"] = rss_mb()
        start = time.perf_counter_ns()
        kiosk = Kiosk.open(paths)
        figures["open_ms"] = round(ms_since(start), 2)
        start = time.perf_counter_ns()
        desk = kiosk.locations.current()
        figures["current_desk_ms"] = round(ms_since(start), 2)
        assert desk is not None and desk.desk_id == built.desk_id
        figures["rss_after_open_mb"] = rss_mb()
        registration = kiosk.registration
        desk_id = desk.desk_id

        def day() -> object:
            return registration.day(desk_id)

        def frequent() -> object:
            return registration.frequent(desk_id)

        # First calls after opening: SQLite's cache is cold (the OS cache holds the file).
        figures["first_call_ms"] = {
            "day": round(timed(day, 1)[0], 2),
            "frequent": round(timed(frequent, 1)[0], 2),
            "waiting": round(timed(registration.waiting, 1)[0], 2),
        }
        generator = VisitGenerator(kiosk.catalogues.current, seed=7)
        for _ in range(TODAY_VISITS):
            registration.record(desk_id, generator.visit().as_input())
        figures["reads_ms"] = {
            "day": summary(timed(day, 50)),
            "frequent": summary(timed(frequent, 50)),
            "waiting": summary(timed(registration.waiting, 50)),
        }

        # One save: the app's path against the raw floor, interleaved so that disk noise
        # (fsync, WAL checkpoints) falls on both alike.
        raw = RawWriter(raw_path, desk_id, kiosk.catalogues.current.version)
        app_ms: list[float] = []
        raw_ms: list[float] = []
        for i in range(WARMUP_SAVES + saves):
            spec = generator.visit()
            visit = spec.as_input()
            start = time.perf_counter_ns()
            registration.record(desk_id, visit)
            app_took = ms_since(start)
            start = time.perf_counter_ns()
            raw.save(spec)
            raw_took = ms_since(start)
            if i >= WARMUP_SAVES:
                app_ms.append(app_took)
                raw_ms.append(raw_took)
        raw.close()
        app, floor = summary(app_ms), summary(raw_ms)
        figures["save_app_ms"] = app
        figures["save_raw_ms"] = floor
        figures["ratio_p50"] = round(app["p50"] / floor["p50"], 2)
        figures["ratio_p99"] = round(app["p99"] / floor["p99"], 2)

        # An hour at a busy desk, one visit per simulated second, as the UI drives it.
        figures["rss_before_hour_mb"] = rss_mb()
        blocks = [(0, sys.getallocatedblocks())]
        # Arrays, not lists: a list of floats would itself add heap blocks every iteration.
        record_ms = array("d")
        hour_reads = {"day": array("d"), "frequent": array("d"), "waiting": array("d")}
        samples: list[tuple[int, float]] = []  # (iteration, RSS MB)
        for i in range(1, hour + 1):
            visit = generator.visit().as_input()
            start = time.perf_counter_ns()
            registration.record(desk_id, visit)
            record_ms.append(ms_since(start))
            for name, action in (
                ("day", day),
                ("frequent", frequent),
                ("waiting", registration.waiting),
            ):
                start = time.perf_counter_ns()
                action()
                hour_reads[name].append(ms_since(start))
            if i % 600 == 0 or i == hour:
                samples.append((i, rss_mb()))
                blocks.append((i, sys.getallocatedblocks()))
        after = samples[-1][1]
        halfway = next(b for i, b in blocks if i >= hour // 2)
        figures["python_blocks_growth_hour"] = blocks[-1][1] - blocks[0][1]
        figures["python_blocks_growth_second_half"] = blocks[-1][1] - halfway
        figures["hour"] = {
            "iterations": hour,
            "record_ms": summary(record_ms),
            **{f"{name}_ms": summary(values) for name, values in hour_reads.items()},
            "rss_samples_mb": samples,
        }
        figures["rss_after_hour_mb"] = after
        figures["rss_growth_hour_mb"] = round(after - figures["rss_before_hour_mb"], 1)
        halfway_mb = next(mb for i, mb in samples if i >= hour // 2)
        figures["rss_growth_second_half_mb"] = round(after - halfway_mb, 1)
        kiosk.close()
        figures["shape_matches_app"] = shape_matches(paths.database, built.visits)
        figures["database_mb_after"] = round(paths.database.stat().st_size / 2**20, 1)
    finally:
        if keep:
            print(f"kept the run's copies in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return figures


# -- output --------------------------------------------------------------------------------


def table(built: Built, figures: dict[str, Any]) -> str:
    """Return the figures as a plain-text table."""
    out: list[str] = []

    def row(label: str, value: str) -> None:
        out.append(f"  {label:<50} {value}")

    def dist(label: str, d: dict[str, float]) -> None:
        row(
            label,
            f"p50 {d['p50']:8.2f}  p90 {d['p90']:8.2f}  p99 {d['p99']:8.2f}  max {d['max']:8.2f}",
        )

    out.append("Database")
    state = "cached" if built.cached else "built now"
    row("visits / questions", f"{built.visits:,} / {built.questions:,}")
    row("file size", f"{built.size_mb:,.1f} MB ({state}; build took {built.seconds:.1f} s)")
    row("copy for this run (app + raw copy, synced)", f"{figures['copy_ms'] / 1000:.1f} s")
    out.append("Opening (ms)")
    row("import kiosk.app (fresh interpreter, median of 3)", f"{figures['import_ms']:.1f}")
    row("Kiosk.open", f"{figures['open_ms']:.2f}")
    row("locations.current()", f"{figures['current_desk_ms']:.2f}")
    first = figures["first_call_ms"]
    row(
        "first day() / frequent() / waiting()",
        f"{first['day']:.2f} / {first['frequent']:.2f} / {first['waiting']:.2f}",
    )
    out.append(f"Reads after each save, {TODAY_VISITS} visits today (ms, 50 calls)")
    for name, d in figures["reads_ms"].items():
        dist(f"registration.{name}()", d)
    app, raw = figures["save_app_ms"], figures["save_raw_ms"]
    out.append(f"Saving one visit (ms, {app['n']} saves, WAL + synchronous=FULL)")
    dist("app: RegistrationService.record", app)
    dist("floor: raw sqlite3 transaction", raw)
    verdict = "ok" if figures["ratio_p99"] <= P99_TARGET else "OVER TARGET"
    row("ratio p99 app/raw (target <= 3x)", f"{figures['ratio_p99']:.2f}x  {verdict}")
    row("ratio p50 app/raw", f"{figures['ratio_p50']:.2f}x")
    hour = figures["hour"]
    out.append(f"An hour of use: {hour['iterations']} x (record, day, frequent, waiting) (ms)")
    dist("record", hour["record_ms"])
    for name in ("day", "frequent", "waiting"):
        dist(name, hour[f"{name}_ms"])
    out.append("Memory (resident set size, MB)")
    row(
        "before open / after open",
        f"{figures['rss_before_open_mb']:.1f} / {figures['rss_after_open_mb']:.1f}",
    )
    row(
        "before / after the hour",
        f"{figures['rss_before_hour_mb']:.1f} / {figures['rss_after_hour_mb']:.1f}",
    )
    row(
        "growth over the hour (second half)",
        f"{figures['rss_growth_hour_mb']:+.1f} ({figures['rss_growth_second_half_mb']:+.1f})",
    )
    row("samples (iteration: MB)", ", ".join(f"{i}: {mb:.1f}" for i, mb in hour["rss_samples_mb"]))
    row(
        "Python heap blocks: growth over the hour (2nd half)",
        f"{figures['python_blocks_growth_hour']:+,} "
        f"({figures['python_blocks_growth_second_half']:+,})",
    )
    out.append("Checks")
    row("built rows have the app's payload shape", "yes" if figures["shape_matches_app"] else "NO")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the database, measure, print the table (and JSON on request)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000, help="visits in the database")
    parser.add_argument("--saves", type=int, default=500, help="saves to time, app and raw")
    parser.add_argument("--hour", type=int, default=3600, help="iterations of simulated use")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--build-only", action="store_true", help="only build the database")
    parser.add_argument("--keep", action="store_true", help="keep the run's database copies")
    args = parser.parse_args(argv)
    if args.visits < 1 or args.saves < 1 or args.hour < 1:
        parser.error("--visits, --saves and --hour must be at least 1")

    if args.build_only:
        build(args.visits, fresh=args.fresh)
        return 0
    built = cached_build(args.visits)
    if built is None or args.fresh:
        # Build in a child process, so this one's memory figures start clean.
        command = [sys.executable, "-m", "benchmarks.bench_storage", "--build-only"]
        command += ["--visits", str(args.visits), *(["--fresh"] if args.fresh else [])]
        subprocess.run(command, check=True)
        built = cached_build(args.visits)
        assert built is not None
        built = replace(built, cached=False)
    figures = measure(built, saves=args.saves, hour=args.hour, keep=args.keep)
    print(table(built, figures))
    if args.json:
        database = {
            "visits": built.visits,
            "questions": built.questions,
            "size_mb": built.size_mb,
            "build_seconds": built.seconds,
            "cached": built.cached,
        }
        print(json.dumps({"database": database, **figures}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
