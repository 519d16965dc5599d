"""Dashboard figures benchmark: rebuilding, a page per filter change, a CSV, and the drain.

Run from the project root, with a PostgreSQL server to create the databases in::

    export CI=true; source .ci/postgres.sh      # exports KIOSK_TEST_POSTGRES_URL
    .venv/bin/python -m benchmarks.bench_dashboard [--questions N] [--branches B]
        [--changes C] [--drain-visits V] [--drain-runs R] [--skip-drain] [--json]

1. **Data.** ``sync/central/demo/visits.py`` generates N questions (5,000,000) over B branches
   (700) and four years, stored with ``COPY`` straight into ``visit`` and ``question`` of a
   migrated database, as ingest would have stored them. The database is kept between runs
   (``ido_bench_dash_<N>_<B>_<schema>``; ``--fresh`` builds it again, ``--drop`` drops it
   at the end), so only the first run pays for generating.
2. **First build**: the first :func:`~sync.central.figures.refresh.refresh` builds every
   figure from every visit (questions per second). **Rebuild of marks**: 1,000 (branch,
   month) pairs marked as ingest marks them, then one pass (pairs and questions
   per second), all in the latest two months, where ingest marks: the refresher's work after
   a busy spell, in bulk.
3. **Page**: C (50) random filter changes (a year, a quarter, a month range or everything;
   nothing, a province, a municipality, a library organisation or a branch; sometimes one
   channel), each running every query of the dashboard's page
   (:func:`sync.central.figures.queries.page`) in one read transaction; p50, p95, max.
   Then the **whole page**: C random views with random filters over HTTP through the real
   application (``create_app``, Starlette's test client, a national session): the address
   parsed, the view's tables built, hidden and worded, the form's choices read and the HTML
   rendered. Target for both: p95 at most 300 ms.
4. **CSV**: a year of the organisation with the most branches, every row written with the
   ``csv`` module. Target: at most 2 s.
5. **Drain with and without marking**: ``bench_sync``'s drain (one desk, V queued visits, the
   real ``ido-central serve`` with its refresher running) into fresh databases, alternating
   ``IDO_CENTRAL_FIGURES_AT_INGEST=off`` and on, R runs each, in the same minutes; each run's
   COPY floor right after it. Targets: at least 10,000 records/s and a COPY ratio of 0.25.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy as sa

from kiosk import municipalities
from sync.central.db import Database, copy_rows, insert_rows
from sync.central.demo import places as demo_places
from sync.central.demo.visits import generate, load, make_places
from sync.central.figures import marks, queries, refresh
from sync.central.migrations import HEAD
from sync.central.tables import (
    branch,
    fig_dirty,
    fig_visits,
    library_organisation,
    question,
    visit,
)

TARGET_PAGE_P95_MS = 300
TARGET_CSV_SECONDS = 2.0


def libpq_url(url: str) -> str:
    """*url* (SQLAlchemy form) as a libpq connection string."""
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database(url: str, name: str, *, fresh: bool) -> tuple[str, bool]:
    """The URL of database *name* in the cluster of *url*, and whether it must be built."""
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and fresh:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if not exists or fresh:
            conn.execute(f'CREATE DATABASE "{name}"')
    return sa.make_url(url).set(database=name).render_as_string(hide_password=False), bool(
        not exists or fresh
    )


def build(db: Database, questions: int, branches: int, months: int) -> dict[str, Any]:
    """Generate and store the data, then run the first (full) build of the figures."""
    rows = make_places(branches)
    start = time.perf_counter()
    chunks = generate(rows, questions, months=months, start=datetime(2023, 1, 1))
    with db.write() as conn:
        insert_rows(conn, library_organisation, demo_places.organisations(rows, datetime.now(UTC)))
        load(conn, rows, iter(()))
    total_visits = total_questions = 0
    batch: list[tuple[list[Any], list[Any]]] = []
    for chunk in chunks:
        batch.append(chunk)
        if len(batch) == 50:
            with db.write() as conn:
                v, q = load_chunks(conn, batch)
            total_visits, total_questions = total_visits + v, total_questions + q
            batch = []
    if batch:
        with db.write() as conn:
            v, q = load_chunks(conn, batch)
        total_visits, total_questions = total_visits + v, total_questions + q
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE visit")
        conn.exec_driver_sql("VACUUM ANALYZE question")
    generated = time.perf_counter() - start
    done = refresh.refresh(db)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in [*refresh.FIGURES, *refresh.AREAS.values()]:
            conn.exec_driver_sql(f"VACUUM ANALYZE {table.name}")
    return {
        "visits": total_visits,
        "questions": total_questions,
        "generate_and_copy_seconds": round(generated, 1),
        "first_build_seconds": round(done.seconds, 2),
        "first_build_questions_per_second": round(total_questions / done.seconds),
    }


def load_chunks(conn: sa.Connection, chunks: list[tuple[list[Any], list[Any]]]) -> tuple[int, int]:
    """Store generated chunks of visits and questions (branches are stored already)."""
    visits = questions = 0
    for v, q in chunks:
        copy_rows(conn, visit, v)
        copy_rows(conn, question, q)
        visits += len(v)
        questions += len(q)
    return visits, questions


def rebuild_marks(db: Database, pairs: int, seed: int = 5) -> dict[str, Any]:
    """Mark *pairs* (branch, month) pairs of the latest two months; time the pass rebuilding them.

    Ingest marks the months being registered: every branch's current month, and the month
    before for late arrivals and corrections.
    """
    rng = random.Random(seed)
    with db.read() as conn:
        keys = conn.execute(
            sa.select(
                fig_visits.c.branch_id, fig_visits.c.month, sa.func.sum(fig_visits.c.questions)
            ).group_by(fig_visits.c.branch_id, fig_visits.c.month)
        ).all()
    # Where ingest marks: the branches registering now, so the latest months.
    branches = Counter(k[1] for k in keys)  # months with most branches registering
    recent = sorted(m for m, n in branches.items() if n >= max(branches.values()) // 2)[-2:]
    latest = [k for k in keys if k[1] in recent]
    chosen = rng.sample(latest, min(pairs, len(latest)))
    with db.write() as conn:
        marks.mark(conn, [(k[0], k[1]) for k in chosen], datetime.now(UTC))
    done = refresh.refresh(db)
    asked = sum(int(k[2]) for k in chosen)
    with db.read() as conn:
        left = conn.execute(sa.select(sa.func.count()).select_from(fig_dirty)).scalar_one()
    assert left == 0, left
    return {
        "pairs": len(chosen),
        "questions": asked,
        "seconds": round(done.seconds, 3),
        "pairs_per_second": round(len(chosen) / done.seconds),
        "questions_per_second": round(asked / done.seconds),
    }


def random_filter(rng: random.Random, places: dict[str, list[str]]) -> queries.Filter:
    """A filter as a viewer's click would make one."""
    year = rng.choice((2023, 2024, 2025, 2026))
    period = rng.random()
    if period < 0.35:
        f = queries.Filter.year(year)
    elif period < 0.6:
        f = queries.Filter.year(year, rng.randint(1, 4))
    elif period < 0.85:
        first = year * 100 + rng.randint(1, 6)
        f = queries.Filter(first=first, last=first + rng.randint(1, 6))
    else:
        f = queries.Filter()
    place = rng.random()
    chosen: dict[str, Any] = {}
    if place < 0.2:
        chosen["provinces"] = frozenset({rng.choice(places["province"])})
    elif place < 0.35:
        chosen["municipalities"] = frozenset({rng.choice(places["municipality"])})
    elif place < 0.55:
        chosen["organisations"] = frozenset({rng.choice(places["organisation"])})
    elif place < 0.7:
        chosen["branches"] = frozenset({rng.choice(places["id"])})
    if rng.random() < 0.3:
        chosen["channels"] = frozenset({rng.choice(("in_person", "phone", "online"))})
    return queries.Filter(first=f.first, last=f.last, **chosen)


def page_changes(db: Database, changes: int, seed: int = 9) -> dict[str, Any]:
    """Time *changes* random filter changes, each every query of the page."""
    rng = random.Random(seed)
    with db.read() as conn:
        rows = conn.execute(sa.select(branch)).mappings().all()
    reference = municipalities.shipped()
    places = {
        "province": sorted({reference.by_code[r["municipality_code"]].province for r in rows}),
        "municipality": sorted({r["municipality_code"] for r in rows}),
        "organisation": sorted({r["organisation_code"] for r in rows}),
        "id": sorted({r["id"] for r in rows}),
    }
    layer_of = {
        "belastingdienst": "rijk",
        "toeslagen": "rijk",
        "uwv": "uitvoeringsorganisatie",
        "gemeente": "gemeente",
    }
    for _ in range(3):  # warm-up, not counted
        with db.read() as conn:
            queries.page(conn, random_filter(rng, places), layer_of)
    times: list[float] = []
    slowest: tuple[float, str] = (0.0, "")
    for _ in range(changes):
        f = random_filter(rng, places)
        start = time.perf_counter()
        with db.read() as conn:
            page = queries.page(conn, f, layer_of)
        ms = (time.perf_counter() - start) * 1000
        times.append(ms)
        if ms > slowest[0]:
            slowest = (ms, repr(f))
        assert page["months"] is not None
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    return {
        "changes": changes,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(times[-1], 1),
        "slowest_filter": slowest[1],
    }


def whole_pages(url: str, changes: int, seed: int = 11) -> dict[str, Any]:
    """Time *changes* page loads over HTTP: a random view with a random filter, signed in.

    The real application (``create_app``) behind Starlette's test client, as a national
    account: the filter parsed from the address, the view's tables built, hidden and worded,
    the form's choices read and the HTML rendered; what a browser waits for, minus the network.
    """
    from fastapi.testclient import TestClient

    from sync.central.accounts.cookies import SECURE_PREFIX, SESSION
    from sync.central.accounts.roles import Role
    from sync.central.accounts.sessions import SessionPolicy, start_session
    from sync.central.accounts.users import add_account, find_account
    from sync.central.app import create_app
    from sync.central.figures import params
    from sync.central.figures.views import VIEWS
    from sync.central.settings import Settings

    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="ido-bench-pages-"))
    app = create_app(Settings.load(database_url=url, data_dir=folder))
    db: Database = app.state.accounts.db
    now = datetime.now(UTC)
    with db.write() as conn:
        account = find_account(conn, "bench@example.nl") or add_account(
            conn,
            username="bench@example.nl",
            display_name="Benchmark",
            role=Role.NATIONAL,
            scope=None,
            password_hash="unused: the session is started directly",
            now=now,
        )
        token, _ = start_session(
            conn, account.id, now, SessionPolicy(timedelta(hours=1), timedelta(hours=2))
        )
    with db.read() as conn:
        rows = conn.execute(sa.select(branch)).mappings().all()
    reference = municipalities.shipped()
    places = {
        "province": sorted({reference.by_code[r["municipality_code"]].province for r in rows}),
        "municipality": sorted({r["municipality_code"] for r in rows}),
        "organisation": sorted({r["organisation_code"] for r in rows}),
        "id": sorted({r["id"] for r in rows}),
    }
    slugs = sorted(VIEWS)
    times: list[float] = []
    slowest: tuple[float, str] = (0.0, "")
    try:
        with TestClient(app, base_url="https://testserver") as client:
            client.cookies.set(SECURE_PREFIX + SESSION, token)
            for attempt in range(3 + changes):
                slug = rng.choice(slugs)
                query = params.to_query(random_filter(rng, places))
                address = f"/dashboard/{slug}" + (f"?{query}" if query else "")
                start = time.perf_counter()
                answer = client.get(address)
                ms = (time.perf_counter() - start) * 1000
                assert answer.status_code == 200, (address, answer.status_code)
                if attempt < 3:
                    continue  # warm-up, not counted
                times.append(ms)
                if ms > slowest[0]:
                    slowest = (ms, address)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    return {
        "changes": changes,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(times[-1], 1),
        "slowest_address": slowest[1],
    }


def csv_year(db: Database, year: int = 2025) -> dict[str, Any]:
    """A year's CSV for the organisation with the most branches."""
    with db.read() as conn:
        organisation, branches = conn.execute(
            sa.select(branch.c.organisation_code, sa.func.count())
            .group_by(branch.c.organisation_code)
            .order_by(sa.func.count().desc(), branch.c.organisation_code)
            .limit(1)
        ).one()
    f = queries.Filter.year(year, organisations=frozenset({organisation}))
    start = time.perf_counter()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(queries.CSV_HEADER)
    with db.read() as conn:
        rows = 0
        for row in queries.csv_rows(conn, f):
            writer.writerow(row)
            rows += 1
    seconds = time.perf_counter() - start
    return {
        "organisation": organisation,
        "branches": branches,
        "rows": rows,
        "bytes": len(out.getvalue().encode()),
        "seconds": round(seconds, 3),
    }


def marks_waiting(url: str) -> int:
    """How many (branch, month) marks wait for the refresher in the database at *url*."""
    db = Database(url, pool_size=1, migrate_on_open=False)
    try:
        with db.read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(fig_dirty)).scalar_one())
    finally:
        db.close()


def drains(database_url: str, visits: int, runs: int) -> dict[str, Any]:
    """Drain V visits with marking off and on, alternating; each run with its COPY floor."""
    from benchmarks import bench_sync
    from benchmarks.bench_storage import cached_build

    if cached_build(visits) is None:
        builder = [sys.executable, "-m", "benchmarks.bench_storage", "--build-only"]
        subprocess.run([*builder, "--visits", str(visits)], check=True)
    work = Path(tempfile.mkdtemp(prefix="ido-kiosk-bench-dash-"))
    results: dict[str, list[dict[str, Any]]] = {"off": [], "on": []}
    try:
        for run in range(runs):
            for mode in ("off", "on") if run % 2 == 0 else ("on", "off"):
                os.environ["IDO_CENTRAL_FIGURES_AT_INGEST"] = mode
                folder = work / f"{mode}{run}"
                with (
                    bench_sync.scratch_database(database_url) as url,
                    bench_sync.serving(folder, url) as central,
                ):
                    result = bench_sync.drain(central, visits, folder)
                    copy = bench_sync.copy_floor(url)
                    dirty = marks_waiting(url)
                results[mode].append(
                    {
                        "seconds": result["seconds"],
                        "records_per_second": result["records_per_second"],
                        "copy_ratio": round(copy["seconds_all"] / result["seconds"], 3),
                        "marks_left": dirty,
                        "cpu_ms_per_1000": result["cpu_ms_per_1000"],
                    }
                )
    finally:
        os.environ.pop("IDO_CENTRAL_FIGURES_AT_INGEST", None)
        shutil.rmtree(work, ignore_errors=True)
    return {
        mode: {
            "runs": rows,
            "best_records_per_second": max(r["records_per_second"] for r in rows),
            "median_copy_ratio": statistics.median(r["copy_ratio"] for r in rows),
        }
        for mode, rows in results.items()
    }


def verdict(ok: bool) -> str:
    """A figure's verdict against its target."""
    return "ok" if ok else "MISSED"


def report(figures: dict[str, Any]) -> str:
    """The figures as lines of text."""
    lines: list[str] = []
    if "data" not in figures:
        return "\n".join([*lines, *drain_lines(figures)])
    data = figures["data"]
    lines.append(
        f"data: {data['questions']:,} questions in {data['visits']:,} visits, "
        f"{figures['branches']} branches ({figures['database']})"
    )
    if "first_build_seconds" in data:
        lines.append(
            f"  generated and copied in {data['generate_and_copy_seconds']} s; first build "
            f"{data['first_build_seconds']} s = {data['first_build_questions_per_second']:,} "
            "questions/s"
        )
    rows = figures["figure_rows"]
    lines.append("  figure rows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    r = figures["rebuild"]
    lines.append(
        f"rebuild of marks: {r['pairs']} branch-months ({r['questions']:,} questions) in "
        f"{r['seconds']} s = {r['pairs_per_second']:,} branch-months/s, "
        f"{r['questions_per_second']:,} questions/s"
    )
    p = figures["page"]
    lines.append(
        f"page, {p['changes']} filter changes: p50 {p['p50_ms']} ms, p95 {p['p95_ms']} ms, "
        f"max {p['max_ms']} ms  [{verdict(p['p95_ms'] <= TARGET_PAGE_P95_MS)}: p95 <= "
        f"{TARGET_PAGE_P95_MS} ms]"
    )
    lines.append(f"  slowest: {p['slowest_filter']}")
    w = figures["whole_page"]
    lines.append(
        f"whole page over HTTP (random view), {w['changes']} filter changes: p50 {w['p50_ms']} ms, "
        f"p95 {w['p95_ms']} ms, max {w['max_ms']} ms  "
        f"[{verdict(w['p95_ms'] <= TARGET_PAGE_P95_MS)}: p95 <= {TARGET_PAGE_P95_MS} ms]"
    )
    lines.append(f"  slowest: {w['slowest_address']}")
    c = figures["csv"]
    lines.append(
        f"CSV, {c['organisation']} ({c['branches']} branches), a year: {c['rows']:,} rows, "
        f"{c['bytes']:,} bytes in {c['seconds']} s  [{verdict(c['seconds'] <= TARGET_CSV_SECONDS)}]"
    )
    return "\n".join([*lines, *drain_lines(figures)])


def drain_lines(figures: dict[str, Any]) -> list[str]:
    """The drain figures as lines of text."""
    lines: list[str] = []
    if "drain" in figures:
        for mode in ("off", "on"):
            d = figures["drain"][mode]
            runs = "; ".join(
                f"{r['seconds']} s, {r['records_per_second']:,}/s, ratio {r['copy_ratio']}"
                for r in d["runs"]
            )
            lines.append(
                f"drain, marking {mode:>3}: best {d['best_records_per_second']:,} records/s, "
                f"median COPY ratio {d['median_copy_ratio']}  ({runs})"
            )
    return lines


def measure_figures(args: argparse.Namespace) -> dict[str, Any]:
    """Build or reuse the data, then time the rebuild of marks, the page and the CSV."""
    name = f"ido_bench_dash_{args.questions}_{args.branches}_{HEAD}"
    url, fresh = database(args.database_url, name, fresh=args.fresh)
    db = Database(url, pool_size=2)
    figures: dict[str, Any] = {"database": name}
    try:
        if fresh:
            figures["data"] = build(db, args.questions, args.branches, args.months)
        else:
            refresh.refresh(db)
            with db.read() as conn:
                count = sa.select(sa.func.count())
                figures["data"] = {
                    "visits": conn.execute(count.select_from(visit)).scalar_one(),
                    "questions": conn.execute(count.select_from(question)).scalar_one(),
                }
        with db.read() as conn:
            figures["figure_rows"] = {
                t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in [*refresh.FIGURES, *refresh.AREAS.values()]
            }
        figures["rebuild"] = rebuild_marks(db, args.marks)
        figures["page"] = page_changes(db, args.changes)
        figures["whole_page"] = whole_pages(url, args.changes)
        figures["csv"] = csv_year(db)
    finally:
        db.close()
        if args.drop:
            with psycopg.connect(libpq_url(args.database_url), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=5_000_000)
    parser.add_argument("--branches", type=int, default=700)
    parser.add_argument("--months", type=int, default=48)
    parser.add_argument("--changes", type=int, default=50, help="random filter changes")
    parser.add_argument("--marks", type=int, default=1000, help="branch-months rebuilt at once")
    parser.add_argument("--drain-visits", type=int, default=100_000)
    parser.add_argument("--drain-runs", type=int, default=2, help="drains per mode")
    parser.add_argument("--skip-drain", action="store_true")
    parser.add_argument("--skip-figures", action="store_true", help="only the drains")
    parser.add_argument("--fresh", action="store_true", help="build the data again")
    parser.add_argument("--drop", action="store_true", help="drop the data at the end")
    parser.add_argument("--database-url", default=os.environ.get("KIOSK_TEST_POSTGRES_URL"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("no --database-url and no $KIOSK_TEST_POSTGRES_URL")
    figures: dict[str, Any] = {"branches": args.branches}
    if not args.skip_figures:
        figures.update(measure_figures(args))
    if not args.skip_drain:
        figures["drain"] = drains(args.database_url, args.drain_visits, args.drain_runs)
    print(report(figures))
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
