"""Crash safety: what the app confirmed survives SIGKILL, and nothing is ever half-written.

A child process (``tests/kiosk/recorder.py``) records visits through the real services and
prints a line after each call returns. The test kills it with SIGKILL at random moments, many
times on the same database, and after every kill checks the database against everything the
child confirmed so far, plus the invariants that must hold whatever moment the kill hit.

Every failure message names the seed; ``CRASH_SEED=<seed> pytest -k crash_safety`` replays the
same kill delays and the same visits (the exact moment a kill lands still depends on timing).
Runs in about 25-40 s on two cores: while one child records, the next one already does its slow
imports and waits for a "go" line.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.paths import app_paths

ROOT = Path(__file__).resolve().parents[2]
RECORDER = Path(__file__).with_name("recorder.py")
ROUNDS = 40
KILL_DELAY_MS = (20, 300)
EARLY_KILL_SHARE = 0.1  # rounds whose delay counts from "go" (may hit the open), not READY
STARTUP_TIMEOUT_S = 60.0
MIN_CONFIRMED_VISITS = 100


class Child:
    """One recorder process: started early (imports), released with :meth:`go`, then killed."""

    def __init__(self, data_dir: Path, seed: int, stderr_path: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.stderr_path = stderr_path
        with stderr_path.open("wb") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(RECORDER), str(data_dir), "--seed", str(seed), "--hold"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                bufsize=0,
            )
        self.output = bytearray()
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while chunk := os.read(fd, 65536):
            self.output += chunk
            if not self.ready.is_set() and b"\nREADY " in b"\n" + bytes(self.output):
                self.ready.set()
        self.ready.set()  # EOF: wake a waiter; the caller sees the process has ended

    def go(self) -> None:
        """Let the child open the database and start recording."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()

    def alive(self) -> bool:
        """Tell whether the process is still running."""
        return self.proc.poll() is None

    def kill(self) -> list[str]:
        """SIGKILL the child, read its stdout to the end and return the complete lines."""
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._reader.join()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        text = bytes(self.output).decode("utf-8", errors="replace")
        lines = text.split("\n")
        return lines[:-1]  # the last piece is empty or a line cut off by the kill

    def stderr_tail(self) -> str:
        """Return the end of the child's stderr (for failure messages)."""
        return self.stderr_path.read_text(errors="replace")[-3000:]


@dataclass
class Confirmed:
    """Everything the children confirmed, over all rounds."""

    visits: dict[str, int] = field(default_factory=dict)  # visit id -> question count
    tally: set[str] = field(default_factory=set)
    voids: set[str] = field(default_factory=set)

    def add(self, lines: list[str]) -> None:
        """Take the CONFIRMED lines of one child's output."""
        for line in lines:
            parts = line.split()
            if parts[:2] == ["CONFIRMED", "visit"]:
                questions, ids = int(parts[2]), parts[3:]
                assert ids, f"confirmation without ids: {line!r}"
                for visit_id in ids:
                    self.visits[visit_id] = questions
                if len(ids) > 1:
                    self.tally.update(ids)
            elif parts[:2] == ["CONFIRMED", "void"]:
                self.voids.add(parts[2])


def check_database(path: Path, confirmed: Confirmed) -> int:
    """Assert every invariant on the database at *path*; return its number of outbox ops.

    Opened read-only (``mode=ro``), so the check neither recovers nor checkpoints the WAL on the
    child's behalf: the next child opens the database exactly as the kill left it.
    """
    if not path.exists():
        assert not confirmed.visits, "database missing, yet visits were confirmed"
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "visit" not in tables:  # killed before the schema was committed
            assert not confirmed.visits, "schema missing, yet visits were confirmed"
            return 0
        visits = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT id, op_id, source FROM visit WHERE corrects_id IS NULL")
        }
        assert len(visits) == conn.execute("SELECT count(*) FROM visit").fetchone()[0]
        positions: dict[str, list[int]] = {}
        for visit_id, position in conn.execute(
            "SELECT visit_id, position FROM question ORDER BY visit_id, position"
        ):
            positions.setdefault(visit_id, []).append(position)
        outbox = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT op_id, kind, entity_id, payload, payload_sha256 FROM outbox"
            )
        }
        count, top = conn.execute("SELECT count(*), max(local_seq) FROM outbox").fetchone()
        voids = dict(conn.execute("SELECT visit_id, op_id FROM visit_void").fetchall())
    finally:
        conn.close()

    assert count == (top or 0), f"outbox local_seq not dense: {count} rows, max {top}"
    tallied = sum(1 for _op, source in visits.values() if source == "tally")
    assert tallied % 3 == 0, f"{tallied} tally visits: a tally of 3 was partly saved"
    assert set(positions) <= set(visits), "questions without their visit"
    for visit_id, (op_id, _source) in visits.items():
        assert visit_id in positions, f"visit {visit_id} stored without questions"
        found = positions[visit_id]
        assert found == list(range(1, len(found) + 1)), f"visit {visit_id} positions {found}"
        assert op_id in outbox, f"visit {visit_id} stored without its outbox op"
        kind, entity_id, payload, sha = outbox[op_id]
        assert (kind, entity_id) == ("visit.recorded", visit_id), (visit_id, kind, entity_id)
        assert hashlib.sha256(payload.encode("utf-8")).hexdigest() == sha, op_id
        body = json.loads(payload)
        assert body["visit_id"] == visit_id
        assert len(body["questions"]) == len(found), f"visit {visit_id}: payload/questions"
    for visit_id, op_id in voids.items():
        assert visit_id in visits, f"void of unknown visit {visit_id}"
        assert op_id in outbox, f"void of {visit_id} stored without its outbox op"
        kind, entity_id, payload, sha = outbox[op_id]
        assert (kind, entity_id) == ("visit.voided", visit_id), (visit_id, kind, entity_id)
        assert hashlib.sha256(payload.encode("utf-8")).hexdigest() == sha, op_id
        assert json.loads(payload)["visit_id"] == visit_id
    for op_id, (kind, entity_id, _payload, _sha) in outbox.items():
        if kind == "visit.recorded":
            assert visits.get(entity_id, ("",))[0] == op_id, f"outbox op {op_id} without visit"
        elif kind == "visit.voided":
            assert voids.get(entity_id) == op_id, f"outbox op {op_id} without its void"
        else:
            raise AssertionError(f"unexpected outbox kind {kind!r}")

    for visit_id, questions in confirmed.visits.items():
        assert visit_id in visits, f"confirmed visit {visit_id} lost"
        assert len(positions[visit_id]) == questions, f"confirmed visit {visit_id}: questions"
        expected_source = "tally" if visit_id in confirmed.tally else "live"
        assert visits[visit_id][1] == expected_source, f"visit {visit_id}: source"
    lost_voids = confirmed.voids - set(voids)
    assert not lost_voids, f"confirmed voids lost: {sorted(lost_voids)[:5]}"
    return len(outbox)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_confirmed_visits_survive_sigkill(tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"crash-safety seed: {seed} (rerun with CRASH_SEED={seed})")
    rng = random.Random(seed)
    home = tmp_path / "home"
    database = app_paths(home).database
    confirmed = Confirmed()
    started = time.monotonic()
    where = f"seed={seed}"

    def spawn(index: int) -> Child:
        return Child(home, rng.randrange(2**32), tmp_path / f"stderr-{index}.txt")

    children = [spawn(0)]
    try:
        for index in range(ROUNDS):
            child = children[-1]
            if index + 1 < ROUNDS:  # the next child does its slow imports meanwhile
                children.append(spawn(index + 1))
            delay = rng.uniform(*KILL_DELAY_MS) / 1000
            early = index == 0 or rng.random() < EARLY_KILL_SHARE
            where = f"seed={seed} round={index} delay={delay * 1000:.0f}ms early={early}"
            child.go()
            if not early:
                assert child.ready.wait(STARTUP_TIMEOUT_S), f"{where}: no READY"
            time.sleep(delay)
            assert child.alive(), f"{where}: child ended by itself:\n{child.stderr_tail()}"
            lines = child.kill()
            confirmed.add(lines)
            try:
                check_database(database, confirmed)
            except AssertionError as exc:
                raise AssertionError(f"{where}: {exc}") from exc
    finally:
        for leftover in children:
            leftover.kill()

    where = f"seed={seed}"
    assert len(confirmed.visits) > MIN_CONFIRMED_VISITS, f"{where}: too few visits confirmed"
    assert confirmed.voids, f"{where}: no void was confirmed"
    assert confirmed.tally, f"{where}: no tally was confirmed"

    # The app itself opens what the kills left, and sees every operation waiting.
    kiosk = Kiosk.open(app_paths(home))
    try:
        desk = kiosk.locations.current()
        assert desk is not None and desk.is_demo
        operations = check_database(database, confirmed)
        assert kiosk.registration.waiting() == operations, where
    finally:
        kiosk.close()
    print(
        f"{ROUNDS} kills, {len(confirmed.visits)} visits and {len(confirmed.voids)} voids "
        f"confirmed, {operations} operations stored, {time.monotonic() - started:.1f} s"
    )
