"""Two-instance benchmark: desks' backlogs drained through one vs two ``serve`` on one PostgreSQL.

Run from the project root, with a PostgreSQL server to create scratch databases in::

    export CI=true; source .ci/postgres.sh      # exports KIOSK_TEST_POSTGRES_URL
    .venv/bin/python -m benchmarks.bench_two_instances [--desks N] [--backlog V]
        [--per-batch B] [--workers-in-all W] [--json]

Two measurements, everything through the real programs:

1. **Shared limits, added latency**: what the limits held in the database cost each batch on
   PostgreSQL against the in-process ones SQLite keeps: a device's token (one upsert on
   ``throttle_bucket``) and a gate place (an advisory lock taken and given back), each
   timed ``--calls`` times on a scratch database (p50 / p95 microseconds).
2. **Drain**: N desks, each with a backlog of V new visits in batches of B (the bodies a desk
   sends), push their batches in order at the same moment, one thread and one HTTP
   connection each, through one ``ido-central serve`` or through two on one fresh database
   each time; with two, each desk's next batch goes to the next instance, as a round-robin
   proxy would send it. One and two take turns, ``--runs`` times each; the best run of each
   counts. A ``503 overloaded`` is honoured (sleep ``Retry-After``, resend). Figures: ops
   per second (all visits / wall time from the start to the last desk's last answer), batch
   latency p50 / p95 (200 answers), 503s, and the server's stored count, which must equal
   what was sent.

The ingestion workers are shared out: W in all (default: one per core, what ``serve`` starts
for one instance), so one instance runs W and two run W/2 each. The machine has 2 cores:
two instances and PostgreSQL share them, so the second instance adds no computing power
here; the drain shows what the shared limits and a second front cost or save on the same
cores, not how far a second machine would scale. This is a script, not a test; see
``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg

from benchmarks.bench_storage import percentile
from benchmarks.bench_sync import (
    Central,
    DeviceRun,
    device_batches,
    libpq_url,
    scratch_database,
    serving,
)
from sync.central.db import Database
from sync.central.shared_limits import SharedConcurrencyGate, SharedTokenBucket
from sync.central.throttle import BatchGate, ConcurrencyGate, RateLimiter, TokenBucket


def micro(url: str, calls: int) -> dict[str, dict[str, float]]:
    """Time a token and a gate place, in the database and in memory (microseconds)."""
    db = Database(url, pool_size=2)
    shared_gate = SharedConcurrencyGate(db, 8, (5, 60))
    limiters: dict[str, RateLimiter] = {
        "token, in process": TokenBucket(1e9, 10**9),
        "token, PostgreSQL": SharedTokenBucket(db, "bench", 1e9, 10**9),
    }
    gates: dict[str, BatchGate] = {
        "gate place, in process": ConcurrencyGate(8, (5, 60)),
        "gate place, PostgreSQL": shared_gate,
    }
    figures: dict[str, dict[str, float]] = {}
    try:
        for name, limiter in limiters.items():
            figures[name] = _timed(lambda limiter=limiter: limiter.check("device-1"), calls)
        for name, gate in gates.items():
            figures[name] = _timed(lambda gate=gate: gate.release(gate.acquire()), calls)
    finally:
        shared_gate.close()
        db.close()
    return figures


def _timed(call: Any, calls: int) -> dict[str, float]:
    for _ in range(min(100, calls)):  # warm: connections made, statements prepared
        call()
    micros = []
    for _ in range(calls):
        start = time.perf_counter()
        call()
        micros.append((time.perf_counter() - start) * 1e6)
    return {
        "p50": round(percentile(micros, 50), 1),
        "p95": round(percentile(micros, 95), 1),
    }


def push(run: DeviceRun, urls: list[str], offset: int, barrier: threading.Barrier) -> None:
    """Push one desk's batches in order, each to the next of *urls*; honour 503."""
    headers = {"Authorization": f"Bearer {run.token}", "Content-Type": "application/json"}
    clients = [httpx.Client(base_url=url, timeout=300) for url in urls]
    try:
        barrier.wait()
        sent = offset
        for body in run.batches:
            while True:
                http = clients[sent % len(clients)]
                sent += 1
                start = time.perf_counter()
                answer = http.post("/v1/batches", content=body, headers=headers)
                elapsed = (time.perf_counter() - start) * 1000
                if answer.status_code == 503:
                    run.overloaded += 1
                    time.sleep(float(answer.headers.get("retry-after", "5")))
                    continue
                if answer.status_code != 200:
                    run.errors.append(f"HTTP {answer.status_code}: {answer.text[:200]}")
                    return
                run.latencies_ms.append(elapsed)
                break
    except httpx.TransportError as exc:
        run.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        for http in clients:
            http.close()
    run.done_at = time.perf_counter()


def drain(
    instances: list[Central], url: str, desks: int, backlog: int, per_batch: int
) -> dict[str, Any]:
    """Enroll *desks* desks, drain their backlogs through *instances*; return the figures."""
    runs: list[DeviceRun] = []
    with httpx.Client(base_url=instances[0].url, timeout=60) as http:
        for index in range(desks):
            code = instances[0].enrollment_code(http)
            answer = http.post(
                "/v1/enroll",
                json={"code": code, "device_name": f"Balie {index}", "device_kind": "counter"},
            )
            answer.raise_for_status()
            data = answer.json()
            bodies = device_batches(data["device_id"], backlog, per_batch, seed=index)
            runs.append(DeviceRun(data["device_id"], data["token"], bodies, backlog))
    urls = [central.url for central in instances]
    barrier = threading.Barrier(desks + 1)
    threads = [
        threading.Thread(target=push, args=(run, urls, index, barrier))
        for index, run in enumerate(runs)
    ]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = max(run.done_at for run in runs) - start
    with psycopg.connect(libpq_url(url)) as conn:
        row = conn.execute("SELECT count(*) FROM visit").fetchone()
    latencies = [ms for run in runs for ms in run.latencies_ms]
    errors = [error for run in runs for error in run.errors]
    sent = desks * backlog
    return {
        "instances": len(instances),
        "sent": sent,
        "stored": int(row[0]) if row else 0,
        "batches": len(latencies),
        "seconds": round(wall, 2),
        "ops_per_second": round(sent / wall),
        "p50_ms": round(percentile(latencies, 50), 1) if latencies else 0.0,
        "p95_ms": round(percentile(latencies, 95), 1) if latencies else 0.0,
        "overloaded_503": sum(run.overloaded for run in runs),
        "errors": errors[:5],
    }


def drain_once(args: argparse.Namespace, folder: Path, count: int) -> dict[str, Any]:
    """Drain through *count* instances on a fresh database; return the figures."""
    workers = max(1, args.workers_in_all // count)
    serve_args = ["--ingest-workers", str(workers)]
    with scratch_database(args.database_url) as url, serving(folder, url, serve_args) as first:
        others = [Central(folder / f"central-{n}", url, serve_args) for n in range(1, count)]
        try:
            for other in others:
                other.start()
            return drain([first, *others], url, args.desks, args.backlog, args.per_batch)
        finally:
            for other in others:
                other.stop()


def measure(args: argparse.Namespace, work: Path) -> list[dict[str, Any]]:
    """Drain through one and through two instances in turn, *runs* times; the best of each.

    One and two take turns (1, 2, 1, 2, ...) so that a machine whose speed drifts (other
    work, heat) weighs on both alike.
    """
    results: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for run in range(args.runs):
        for count in (1, 2):
            results[count].append(drain_once(args, work / f"x{count}-run{run}", count))
    best = []
    for runs in results.values():
        top = max(runs, key=lambda r: r["ops_per_second"])
        best.append({**top, "runs_ops_per_second": [r["ops_per_second"] for r in runs]})
    return best


def table(figures: dict[str, Any], args: argparse.Namespace) -> str:
    """Return the human-readable report."""
    lines = [
        f"Two instances on one PostgreSQL ({os.cpu_count()} cores on this machine)",
        "",
        f"1. Shared limits, per call, {args.calls} calls (microseconds p50 / p95)",
    ]
    for name, m in figures["limits"].items():
        lines.append(f"   {name:<26} {m['p50']:>8.1f} / {m['p95']:.1f}")
    lines += [
        "",
        f"2. Drain: {args.desks} desks x {args.backlog:,} visits, {args.per_batch} per batch, "
        f"{args.workers_in_all} ingestion workers in all, best of {args.runs} (in turns)",
        "   instances   ops/s   batch p50 / p95 ms   503s   stored / sent    runs (ops/s)",
    ]
    for d in figures["drain"]:
        intact = "ok" if d["stored"] == d["sent"] and not d["errors"] else "MISSED"
        runs = ", ".join(f"{r:,}" for r in d["runs_ops_per_second"])
        lines.append(
            f"   {d['instances']:>9} {d['ops_per_second']:>7,}   {d['p50_ms']:>9.1f} / "
            f"{d['p95_ms']:<8.1f} {d['overloaded_503']:>6}   {d['stored']:,} / {d['sent']:,} "
            f"{intact}   {runs}"
        )
        lines += [f"   error: {error}" for error in d["errors"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run both measurements and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=8, help="desks draining at once")
    parser.add_argument("--backlog", type=int, default=2000, help="queued visits per desk")
    parser.add_argument("--per-batch", type=int, default=500, help="visits per batch")
    parser.add_argument(
        "--workers-in-all",
        type=int,
        default=os.cpu_count() or 1,
        help="ingestion workers shared out over the instances (default: one per core)",
    )
    parser.add_argument("--runs", type=int, default=2, help="drains per setup; the best counts")
    parser.add_argument("--calls", type=int, default=2000, help="timed calls per limit")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("KIOSK_TEST_POSTGRES_URL"),
        help="PostgreSQL cluster for the scratch databases (default: $KIOSK_TEST_POSTGRES_URL)",
    )
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("no --database-url and no $KIOSK_TEST_POSTGRES_URL")
    if (
        min(args.desks, args.backlog, args.per_batch, args.runs, args.calls, args.workers_in_all)
        < 1
    ):
        parser.error("counts must be at least 1")
    work = Path(tempfile.mkdtemp(prefix="ido-kiosk-bench-two-"))
    try:
        with scratch_database(args.database_url) as url:
            Database(url).close()  # migrated: the buckets' table is there
            limits = micro(url, args.calls)
        figures: dict[str, Any] = {
            "limits": limits,
            "drain": measure(args, work),
        }
        one, two = figures["drain"]
        figures["two_vs_one"] = round(two["ops_per_second"] / one["ops_per_second"], 2)
        print(table(figures, args))
        print(f"   two / one ops per second: {figures['two_vs_one']:.2f}")
        if args.json:
            print(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(d["stored"] == d["sent"] and not d["errors"] for d in figures["drain"]) else 1


if __name__ == "__main__":
    sys.exit(main())
