"""Self-repair benchmark: what the start-up check, the daily backup and a restore cost.

Run from the project root::

    .venv/bin/python -m benchmarks.bench_repair [--visits N] [--json]

On the large database of :mod:`benchmarks.bench_storage` (built once and cached; 1,000,000
visits by default) it measures, on a copy:

* the check at every start (:func:`kiosk.repair.health`: header, size, schema), against
  SQLite's ``PRAGMA quick_check``, which reads every page (why it is not the start check);
* the daily backup (:func:`kiosk.backup.make_backup`: the copy in steps, then
  ``integrity_check`` of the copy), which runs on the backup lane, not in the clerk's way;
* a repair at start (:func:`kiosk.repair.repair`) of a damaged file from that backup:
  ``quick_check`` of the backup, the copy, opening, and the salvage of the damaged outbox.

This is a script, not a test; it prints figures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.bench_storage import build
from kiosk.backup import check, make_backup
from kiosk.paths import app_paths
from kiosk.repair import damage_mark, health, repair


def seconds(action: Any) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    built = build(args.visits, fresh=False)
    with tempfile.TemporaryDirectory(prefix="bench-repair-") as folder:
        paths = app_paths(Path(folder)).ensure()
        shutil.copyfile(built.path, paths.database)
        size_mb = paths.database.stat().st_size / 1e6
        health(paths.database)  # the file in the page cache, as after the app's last run
        starts = [seconds(lambda: health(paths.database)) * 1000 for _ in range(20)]
        quick = seconds(lambda: check(paths.database))
        moment = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)
        backup = seconds(lambda: make_backup(paths.database, paths.backup_dir, keep=7, now=moment))
        damage_mark(paths.database).write_text("benchmark")
        restore = seconds(lambda: repair(paths, moment + timedelta(hours=1)))
    figures = {
        "visits": args.visits,
        "database_mb": round(size_mb),
        "start_check_ms_median": round(statistics.median(starts), 2),
        "start_check_ms_max": round(max(starts), 2),
        "quick_check_s": round(quick, 2),
        "daily_backup_s": round(backup, 2),
        "repair_at_start_s": round(restore, 2),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"Self-repair on {args.visits:,} visits ({figures['database_mb']} MB)")
    print(
        f"  start check (header, size, schema): {figures['start_check_ms_median']} ms median, "
        f"{figures['start_check_ms_max']} ms max"
    )
    print(f"  PRAGMA quick_check (every page):     {figures['quick_check_s']} s")
    print(f"  daily backup (copy + integrity):    {figures['daily_backup_s']} s (backup lane)")
    print(f"  repair at start from that backup:   {figures['repair_at_start_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
