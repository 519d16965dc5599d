"""Sync benchmark: a desk draining a large outbox into the central endpoint, and 200 desks at once.

Run from the project root, with a PostgreSQL server to create a scratch database in::

    export CI=true; source .ci/postgres.sh      # exports KIOSK_TEST_POSTGRES_URL
    .venv/bin/python -m benchmarks.bench_sync [--visits N] [--devices D] [--json]
        [--database-url URL] [--drain-runs R] [--ingest-workers N]

Everything goes through the real programs: ``ido-central serve`` runs as a subprocess on
loopback against a fresh PostgreSQL database (created in the cluster of ``--database-url``,
dropped at the end) with its default ingestion worker processes, and the desk is the real
:class:`sync.client.SyncClient` on a copy of the storage benchmark's cached desk database
(``benchmarks/bench_storage.py``: N visits, all ``pending`` in the outbox). Three
measurements:

1. **Drain**: one ``sync_once`` run pushes the N queued visits (batches of the advertised
   ``max_ops``, gzip) until nothing is pending. Records per second = N / wall time of the run
   (client claims and acks in SQLite included). ``--drain-runs`` drains (3), each from a fresh
   copy of the desk into a fresh database and server; the fastest counts (as the COPY floor
   is its best of three) and every run's time is printed.
2. **COPY floor**: PostgreSQL ``COPY ... FROM STDIN`` of the very rows the server stored for
   the drain (``applied_op``, ``visit`` and ``question``, read back with ``COPY TO``) into fresh
   copies of those three tables (``CREATE TABLE ... (LIKE ... INCLUDING ALL)``: same columns,
   primary keys, unique constraints and indexes; no foreign keys), in one transaction, committed.
   Ratio = COPY seconds / drain seconds (= drain rate / COPY rate), each run's COPY measured
   right after its drain; the median of the runs' ratios is the figure. The ``visit``-only COPY is
   printed too (closest to the issue's "100,000 visit rows into one table" reference).
3. **Concurrency**: D devices enroll (admin endpoint + ``POST /v1/enroll``), then push their
   own small outboxes at the same moment, one thread and one HTTP connection each, with the
   server's default concurrency gate: a ``503 overloaded`` is honoured (sleep ``Retry-After``,
   resend the same batch) and counted; any other non-200, or any op not ``accepted``, is an
   error. Afterwards the server's ``visit`` and ``applied_op`` counts for those devices must
   equal the sum of what the devices sent.

The server runs with the load-protection limits raised for the drain device (``--rate-per-second``,
``--enroll-rate-per-second``): one desk pushing 200 batches back to back, and 200 enrollments
from one address, are what those limits exist to stop. The concurrency gate keeps its default.
This is a script, not a test; see ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
import psycopg
import sqlalchemy as sa
from keyring.backends import fail

from benchmarks.bench_storage import (
    OffsetCache,
    VisitGenerator,
    build,
    cached_build,
    summary,
    visit_rows,
)
from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.paths import app_paths
from sync.client import SyncClient
from sync.credentials import TokenStore

ROOT = Path(__file__).resolve().parents[1]
BRANCH = "br-bench"
TARGET_RATE = 10_000  # records per second, end to end
TARGET_COPY_RATIO = 0.25
COPY_TABLES = ("applied_op", "visit", "question")
COPY_RUNS = 3


# -- the server ----------------------------------------------------------------------------


def free_port() -> int:
    """Return a free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def libpq_url(url: str) -> str:
    """Return *url* (SQLAlchemy form) as a libpq connection string for psycopg."""
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def scratch_database(url: str) -> Iterator[str]:
    """Create a fresh database in the cluster of *url*; yield its URL; drop it at the end."""
    name = f"ido_bench_sync_{os.getpid()}_{secrets.token_hex(3)}"
    admin = libpq_url(url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for attempt in range(30):
                try:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    break
                except psycopg.errors.InsufficientPrivilege:
                    # An autovacuum worker (a superuser's process) is still in it: wait.
                    if attempt == 29:
                        raise
                    time.sleep(1)


class Central:
    """``ido-central serve`` as a subprocess, with its CLI for setup."""

    def __init__(self, folder: Path, database_url: str, serve_args: Sequence[str] = ()) -> None:
        """Prepare a server on *database_url* with its data folder in *folder*."""
        folder.mkdir(parents=True, exist_ok=True)
        self.cli = [
            sys.executable,
            "-m",
            "sync.central.cli",
            "--database-url",
            database_url,
            "--data-dir",
            str(folder),
        ]
        self.env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        self.url = f"http://127.0.0.1:{free_port()}"
        self.admin_token = secrets.token_urlsafe(24)
        self.token_file = folder / "admin-token"
        self.token_file.write_text(self.admin_token, encoding="utf-8")
        self.log = folder / "central.log"
        self.serve_args = list(serve_args)
        self.process: subprocess.Popen[bytes] | None = None

    def admin(self, *args: str) -> str:
        """Run an admin command of the CLI; return its output."""
        done = subprocess.run(
            [*self.cli, *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            raise RuntimeError(f"ido-central {args[0]} failed:\n{done.stderr}")
        return done.stdout

    def start(self) -> None:
        """Start ``serve`` and wait until it answers."""
        port = self.url.rsplit(":", 1)[1]
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [
                    *self.cli,
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--log-level",
                    "warning",
                    "--admin-token-file",
                    str(self.token_file),
                    "--rate-per-second",
                    "1000",
                    "--rate-burst",
                    "1000",
                    "--enroll-rate-per-second",
                    "1000",
                    "--enroll-burst",
                    "1000",
                    *self.serve_args,
                ],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.log.read_text()}")
            try:
                httpx.get(f"{self.url}/v1/config", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"server did not start:\n{self.log.read_text()}")

    def stop(self) -> None:
        """Stop the server."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)

    def enrollment_code(self, http: httpx.Client) -> str:
        """Return a fresh enrollment code for the bench branch (admin endpoint)."""
        answer = http.post(
            f"{self.url}/admin/enrollments",
            json={"branch": BRANCH},
            headers={"Authorization": f"Bearer {self.admin_token}"},
        )
        answer.raise_for_status()
        return str(answer.json()["code"])


class TimedTransport(httpx.HTTPTransport):
    """An HTTP transport that records how long each ``POST /v1/batches`` took (ms)."""

    def __init__(self) -> None:
        """Start with no timings."""
        super().__init__()
        self.batch_ms: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send *request*; time it when it is a batch."""
        start = time.perf_counter()
        response = super().handle_request(request)
        if request.url.path.endswith("/v1/batches"):
            response.read()
            self.batch_ms.append((time.perf_counter() - start) * 1000)
        return response


@contextmanager
def serving(folder: Path, database_url: str, serve_args: Sequence[str] = ()) -> Iterator[Central]:
    """Migrate *database_url*, add the bench branch, run ``serve`` on it; stop it at the end."""
    central = Central(folder / "central", database_url, serve_args)
    central.admin("migrate")
    central.admin("org-add", "--code", "bibliotheek-proefstad", "--name", "Bibliotheek Proefstad")
    central.admin(
        "branch-add",
        *("--id", BRANCH, "--name", "Vestiging benchmark"),
        *("--organisation", "bibliotheek-proefstad", "--municipality", "GM0344"),  # Utrecht
    )
    central.start()
    try:
        yield central
    finally:
        central.stop()


# -- 1. drain ------------------------------------------------------------------------------


def drain(central: Central, visits: int, work: Path) -> dict[str, Any]:
    """Push *visits* queued visits from a copy of the cached desk database; return figures."""
    built = cached_build(visits) or build(visits, fresh=False)
    paths = app_paths(work / "desk").ensure()
    shutil.copyfile(built.path, paths.database)
    kiosk = Kiosk.open(paths)
    transport = TimedTransport()
    client = SyncClient.for_kiosk(
        kiosk, tokens=TokenStore(work / "desk-tokens", backend=fail.Keyring()), transport=transport
    )
    try:
        with httpx.Client() as http:
            code = central.enrollment_code(http)
        client.enroll(central.url, code, "Balie benchmark")
        pending = client.status().counts.get("pending", 0)
        assert central.process is not None
        cpu_before = cpu_seconds(central.process.pid)
        start = time.perf_counter()
        result = client.sync_once(force=True)
        seconds = time.perf_counter() - start
        cpu = {k: v - cpu_before[k] for k, v in cpu_seconds(central.process.pid).items()}
        if not result.ok or result.pending_left:
            raise RuntimeError(f"drain stopped: {result.error} ({result.pending_left} left)")
        return {
            "visits": visits,
            "questions": built.questions,
            "pending_before": pending,
            "acked": result.acked,
            "batches": len(transport.batch_ms),
            "seconds": round(seconds, 3),
            "records_per_second": round(result.acked / seconds),
            "batch_ms": summary(transport.batch_ms),
            # CPU milliseconds per 1000 visits of each process involved.
            "cpu_ms_per_1000": {k: round(v * 1000 / visits * 1000, 1) for k, v in cpu.items()},
        }
    finally:
        client.close()
        kiosk.close()


def cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU seconds used so far by this process (the desk), the server and PostgreSQL.

    The server's figure includes its ingestion worker processes.

    PostgreSQL's figure sums every process named ``postgres`` on the machine: the backend
    serving the endpoint and the WAL writer, checkpointer and background writer its writes
    keep busy (the benchmark's cluster is the only one running).
    """

    def used(process: psutil.Process) -> float:
        times = process.cpu_times()
        return float(times.user + times.system)

    database = 0.0
    for process in psutil.process_iter(["name"]):
        if process.info["name"] == "postgres":
            with contextlib.suppress(psutil.Error):  # ended meanwhile
                database += used(process)
    server = psutil.Process(server_pid)
    workers = 0.0
    for child in server.children(recursive=True):  # the ingestion worker processes
        with contextlib.suppress(psutil.Error):
            workers += used(child)
    return {
        "desk": used(psutil.Process()),
        "server": used(server) + workers,
        "postgresql": database,
    }


# -- 2. COPY floor -------------------------------------------------------------------------


def copy_floor(database_url: str) -> dict[str, Any]:
    """COPY the stored drain rows into fresh copies of their tables; return the best times."""
    url = libpq_url(database_url)
    with psycopg.connect(url) as conn:
        data: dict[str, bytes] = {}
        rows: dict[str, int] = {}
        for table in COPY_TABLES:
            buffer = io.BytesIO()
            with conn.cursor().copy(f"COPY {table} TO STDOUT") as copy:
                for chunk in copy:
                    buffer.write(chunk)
            data[table] = buffer.getvalue()
            rows[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
        conn.commit()
        best_all = best_visit = float("inf")
        for run in range(COPY_RUNS):
            for tables, is_all in ((COPY_TABLES, True), (("visit",), False)):
                names = {t: f"copy_{t}_{run}_{int(is_all)}" for t in tables}
                for table, name in names.items():
                    conn.execute(f"CREATE TABLE {name} (LIKE {table} INCLUDING ALL)")
                conn.commit()
                start = time.perf_counter()
                for table, name in names.items():
                    with conn.cursor().copy(f"COPY {name} FROM STDIN") as copy:
                        copy.write(data[table])
                conn.commit()
                seconds = time.perf_counter() - start
                if is_all:
                    best_all = min(best_all, seconds)
                else:
                    best_visit = min(best_visit, seconds)
                for name in names.values():
                    conn.execute(f"DROP TABLE {name}")
                conn.commit()
    return {
        "rows": rows,
        "seconds_all": round(best_all, 3),
        "seconds_visit_only": round(best_visit, 3),
    }


# -- 3. many devices at once ---------------------------------------------------------------


@dataclass
class DeviceRun:
    """One simulated desk: its credentials, its batches, and what happened to them."""

    device_id: str
    token: str
    batches: list[bytes]
    ops: int
    latencies_ms: list[float] = field(default_factory=list)
    overloaded: int = 0
    errors: list[str] = field(default_factory=list)
    retry_wait_s: float = 0.0
    done_at: float = 0.0


def device_batches(device_id: str, ops: int, per_batch: int, seed: int) -> list[bytes]:
    """Return the request bodies of a desk with *ops* new visits, *per_batch* per batch."""
    catalogue = load_catalogues().current
    generator = VisitGenerator(catalogue, seed)
    offsets = OffsetCache()
    now = time.time()
    wire = []
    for seq in range(1, ops + 1):
        moment = offsets.stamp(now - (ops - seq) * 60)
        rows = visit_rows(
            generator.visit(),
            desk_id=f"desk-{device_id[:8]}",
            location_id="loc-bench",
            occurred=moment,
            recorded=moment,
            catalogue_version=generator.version,
            make_id=lambda: str(uuid.uuid4()),
        )
        op_id, kind, schema, entity_id, base, payload, sha, occurred, _state, _n = rows.outbox
        wire.append(
            {
                "op_id": op_id,
                "local_seq": seq,
                "kind": kind,
                "schema": schema,
                "entity_id": entity_id,
                "base_version": base,
                "occurred_at_device": occurred,
                "payload": json.loads(payload),
                "sha256": sha,
            }
        )
    bodies = []
    for start in range(0, ops, per_batch):
        sent = offsets.stamp(time.time()).utc
        body = {
            "protocol": 1,
            "batch_id": str(uuid.uuid4()),
            "device_id": device_id,
            "sent_at_device": sent,
            "ops": wire[start : start + per_batch],
        }
        bodies.append(json.dumps(body, separators=(",", ":")).encode("utf-8"))
    return bodies


def push_device(run: DeviceRun, url: str, barrier: threading.Barrier) -> None:
    """Push one desk's batches in order, honouring 503 Retry-After; record latencies."""
    headers = {"Authorization": f"Bearer {run.token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=url, timeout=120) as http:
        barrier.wait()
        for body in run.batches:
            while True:
                start = time.perf_counter()
                try:
                    answer = http.post("/v1/batches", content=body, headers=headers)
                except httpx.TransportError as exc:
                    run.errors.append(f"{type(exc).__name__}: {exc}")
                    return
                elapsed = (time.perf_counter() - start) * 1000
                if answer.status_code == 503:
                    run.overloaded += 1
                    wait = float(answer.headers.get("retry-after", "5"))
                    run.retry_wait_s += wait
                    time.sleep(wait)
                    continue
                if answer.status_code != 200:
                    run.errors.append(f"HTTP {answer.status_code}: {answer.text[:200]}")
                    return
                run.latencies_ms.append(elapsed)
                bad = [r for r in answer.json()["results"] if r["status"] != "accepted"]
                if bad:
                    run.errors.append(f"{len(bad)} ops not accepted: {bad[0]}")
                    return
                break
    run.done_at = time.perf_counter()


def many_devices(
    central: Central, database_url: str, devices: int, ops: int, per_batch: int
) -> dict[str, Any]:
    """Enroll *devices* desks, push their outboxes at once, compare the server's counts."""
    runs: list[DeviceRun] = []
    lock = threading.Lock()

    def enroll(index: int) -> None:
        with httpx.Client(base_url=central.url, timeout=60) as http:
            code = central.enrollment_code(http)
            answer = http.post(
                "/v1/enroll",
                json={"code": code, "device_name": f"Balie {index}", "device_kind": "counter"},
            )
            answer.raise_for_status()
            data = answer.json()
        bodies = device_batches(data["device_id"], ops, per_batch, seed=index)
        with lock:
            runs.append(DeviceRun(data["device_id"], data["token"], bodies, ops))

    threads = [threading.Thread(target=enroll, args=(i,)) for i in range(devices)]
    for group in range(0, devices, 16):
        for t in threads[group : group + 16]:
            t.start()
        for t in threads[group : group + 16]:
            t.join()
    if len(runs) != devices:
        raise RuntimeError(f"only {len(runs)} of {devices} devices enrolled")

    barrier = threading.Barrier(devices + 1)
    pushers = [threading.Thread(target=push_device, args=(r, central.url, barrier)) for r in runs]
    for t in pushers:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in pushers:
        t.join()
    wall = time.perf_counter() - start

    ids = [r.device_id for r in runs]
    with psycopg.connect(libpq_url(database_url)) as conn:
        stored_visits = conn.execute(
            "SELECT count(*) FROM visit WHERE device_id = ANY(%s)", (ids,)
        ).fetchone()
        stored_ops = conn.execute(
            "SELECT count(*) FROM applied_op WHERE device_id = ANY(%s)", (ids,)
        ).fetchone()
    latencies = [ms for r in runs for ms in r.latencies_ms]
    errors = [e for r in runs for e in r.errors]
    sent = sum(r.ops for r in runs)
    return {
        "devices": devices,
        "ops_per_device": ops,
        "ops_per_batch": per_batch,
        "batches": len(latencies),
        "sent_ops": sent,
        "stored_visits": int(stored_visits[0]) if stored_visits else 0,
        "stored_ops": int(stored_ops[0]) if stored_ops else 0,
        "overloaded_503": sum(r.overloaded for r in runs),
        "errors": len(errors),
        "first_errors": errors[:5],
        "wall_seconds": round(wall, 2),
        "batch_ms": summary(latencies) if latencies else {},
        "completion_s": summary([r.done_at - start for r in runs if r.done_at]),
    }


# -- report --------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    """Return a short pass/fail mark."""
    return "ok" if ok else "MISSED"


def table(figures: dict[str, Any]) -> str:
    """Return the human-readable report."""
    d, c, m = figures["drain"], figures["copy"], figures["devices"]
    copy_rows = ", ".join(f"{t} {n:,}" for t, n in c["rows"].items())
    runs = ", ".join(f"{r['seconds']:.2f}/{r['copy']:.2f}/{r['ratio']:.2f}" for r in d["runs"])
    ratio = figures["copy_ratio"]
    intact = m["sent_ops"] == m["stored_visits"] == m["stored_ops"]
    lines = [
        f"Sync benchmark on {figures['database']} (server: ido-central serve on loopback)",
        "",
        f"1. Drain: {d['visits']:,} queued visits ({d['questions']:,} questions), one SyncClient",
        f"   runs (drain s / COPY s / ratio)   {runs}",
        f"   best run                          {d['seconds']:>10.2f} s"
        f"   ({d['batches']} batches, {d['acked']:,} acked)",
        f"   records per second                {d['records_per_second']:>10,}"
        f"   target >= {TARGET_RATE:,}: {verdict(d['records_per_second'] >= TARGET_RATE)}",
        f"   batch round trip p50 / p99        {d['batch_ms']['p50']:>7.1f} / "
        f"{d['batch_ms']['p99']:.1f} ms",
        "   CPU per 1000 visits: desk {desk:.0f} ms, server {server:.0f} ms, "
        "PostgreSQL {postgresql:.0f} ms".format(**d["cpu_ms_per_1000"]),
        "",
        "2. COPY floor: the stored rows of the drain, COPY FROM STDIN into fresh copies of",
        "   their tables (LIKE ... INCLUDING ALL), one transaction, best of "
        f"{COPY_RUNS}: {copy_rows}",
        f"   COPY applied_op + visit + question {c['seconds_all']:>9.2f} s (after the best drain)",
        f"   COPY visit only                    {c['seconds_visit_only']:>9.2f} s",
        f"   drain rate / COPY rate (3 tables)  {ratio:>9.2f}"
        f"    target >= {TARGET_COPY_RATIO}: {verdict(ratio >= TARGET_COPY_RATIO)}"
        " (median of the runs)",
        f"   drain rate / COPY rate (visit)     {figures['copy_ratio_visit_only']:>9.2f}",
        "",
        f"3. {m['devices']} devices at once: {m['ops_per_device']} visits each, "
        f"{m['ops_per_batch']} per batch, default concurrency gate",
        f"   batches stored                     {m['batches']:>9,}",
        f"   batch latency p50 / p99            {m['batch_ms'].get('p50', 0):>6.1f} / "
        f"{m['batch_ms'].get('p99', 0):.1f} ms (200 answers only)",
        f"   503 overloaded (honoured)          {m['overloaded_503']:>9,}",
        f"   other errors                       {m['errors']:>9,}   {verdict(m['errors'] == 0)}",
        f"   all devices done after             {m['wall_seconds']:>9.1f} s"
        " (mostly Retry-After sleeps)",
        f"   sent / stored visits / stored ops  {m['sent_ops']:,} / {m['stored_visits']:,} / "
        f"{m['stored_ops']:,}   nothing lost: {verdict(intact)}",
    ]
    for error in m["first_errors"]:
        lines.append(f"   error: {error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=100_000, help="queued visits to drain")
    parser.add_argument("--devices", type=int, default=200, help="devices pushing at once")
    parser.add_argument("--device-ops", type=int, default=50, help="visits per device")
    parser.add_argument("--device-batch", type=int, default=25, help="visits per device batch")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("KIOSK_TEST_POSTGRES_URL"),
        help="PostgreSQL URL of a cluster to create the scratch database in "
        "(default: $KIOSK_TEST_POSTGRES_URL)",
    )
    parser.add_argument(
        "--drain-runs",
        type=int,
        default=3,
        help="drains, each into a fresh database; the best counts, like the COPY floor's",
    )
    parser.add_argument(
        "--ingest-workers",
        type=int,
        help="the server's ingestion processes (default: serve's own, one per core)",
    )
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (server log)")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("no --database-url and no $KIOSK_TEST_POSTGRES_URL")
    if min(args.visits, args.devices, args.device_ops, args.device_batch, args.drain_runs) < 1:
        parser.error("counts must be at least 1")

    if cached_build(args.visits) is None:  # the desk database, built once (cached)
        builder = [sys.executable, "-m", "benchmarks.bench_storage", "--build-only"]
        subprocess.run([*builder, "--visits", str(args.visits)], check=True)
    workers = args.ingest_workers
    serve_args = [] if workers is None else ["--ingest-workers", str(workers)]
    work = Path(tempfile.mkdtemp(prefix="ido-kiosk-bench-sync-"))
    try:
        runs: list[dict[str, Any]] = []
        for run in range(1, args.drain_runs + 1):
            folder = work / f"run{run}"
            with (
                scratch_database(args.database_url) as url,
                serving(folder, url, serve_args) as central,
            ):
                result = drain(central, args.visits, folder)
                # The floor right after its drain: this machine's speed drifts, and a ratio
                # of two times taken minutes apart would measure the drift.
                result["copy"] = copy_floor(url)
                result["copy_ratio"] = round(result["copy"]["seconds_all"] / result["seconds"], 3)
                runs.append(result)
                if run < args.drain_runs:
                    continue
                figures: dict[str, Any] = {
                    "database": sa.make_url(url).render_as_string(hide_password=True),
                    "devices": many_devices(
                        central, url, args.devices, args.device_ops, args.device_batch
                    ),
                }
        best = min(runs, key=lambda r: r["seconds"])
        figures["drain"] = {
            **best,
            "runs": [
                {
                    "seconds": r["seconds"],
                    "copy": r["copy"]["seconds_all"],
                    "ratio": r["copy_ratio"],
                }
                for r in runs
            ],
        }
        figures["copy"] = best["copy"]
        figures["copy_ratio"] = statistics.median(r["copy_ratio"] for r in runs)
        figures["copy_ratio_visit_only"] = round(
            best["copy"]["seconds_visit_only"] / best["seconds"], 3
        )
        print(table(figures))
        if args.json:
            print(json.dumps(figures, indent=2))
        if args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
