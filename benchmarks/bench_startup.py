"""Cold-start benchmark: the app against bare PySide6 and against the floor of its stack.

Each program runs as a fresh process, several times, interleaved; the figure is the median
wall-clock time from process launch to the moment the program reports.

- window: the first frame of the app's main window, against a bare ``QMainWindow``
  (target: at most 2x);
- ready: the registration screen loaded and able to save, against a floor script that imports
  PySide6, SQLModel and httpx, opens a SQLite database and shows a bare window (target: at
  most 1.3x).

Run: ``.venv/bin/python -m benchmarks.bench_startup [--runs N] [--json]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("probe window", time.time(), flush=True), app.quit()))
app.exec()
"""

FLOOR = """
import sqlite3, sys, time
import httpx, sqlmodel
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM visit").fetchone()
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("probe ready", time.time(), flush=True), app.quit()))
app.exec()
"""


def launch(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one process; return seconds from launch to each "probe NAME TIME" line."""
    start = time.time()
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed: {result.stderr[-2000:]}")
    moments = {}
    for line in result.stdout.splitlines():
        if line.startswith("probe "):
            _, name, when = line.split()
            moments[name] = float(when) - start
    return moments


def prepare_home(home: Path) -> Path:
    """Create a data directory with the demo desk and a working day of visits."""
    from kiosk.app import Kiosk
    from kiosk.locations import demo_location
    from kiosk.paths import app_paths
    from kiosk.visits import QuestionInput, VisitInput

    kiosk = Kiosk.open(app_paths(home))
    desk = kiosk.locations.create(demo_location(), demo=True)
    question = QuestionInput(
        topic="digid_aanvragen",
        organisation="logius",
        digid_followup="aangevraagd",
        help=("samen_gedaan",),
    )
    kiosk.registration.record(
        desk.desk_id,
        VisitInput(questions=(question,), channel="in_person", duration="5_15", count=40),
    )
    database = kiosk.paths.database
    kiosk.close()
    return database


def main(argv: list[str] | None = None) -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    samples: dict[str, list[float]] = {"bare": [], "floor": [], "app_window": [], "app_ready": []}
    with tempfile.TemporaryDirectory(prefix="ido-bench-start-") as tmp:
        home = Path(tmp)
        database = prepare_home(home)
        app_env = {**env, "KIOSK_HOME": str(home)}
        for _ in range(args.runs):
            samples["bare"].append(launch([sys.executable, "-c", BARE], env)["window"])
            samples["floor"].append(
                launch([sys.executable, "-c", FLOOR, str(database)], env)["ready"]
            )
            app = launch([sys.executable, "-m", "ui", "--startup-probe"], app_env)
            samples["app_window"].append(app["window"])
            samples["app_ready"].append(app["ready"])
    median = {name: statistics.median(values) for name, values in samples.items()}
    window_ratio = median["app_window"] / median["bare"]
    ready_ratio = median["app_ready"] / median["floor"]
    print(f"Cold start, median of {args.runs} runs (seconds from launch)")
    print(f"  bare PySide6 window          {median['bare']:.3f}")
    print(
        f"  app window on screen         {median['app_window']:.3f}   "
        f"ratio {window_ratio:.2f}x (target <= 2x)"
    )
    print(f"  floor (PySide6+SQLModel+httpx+SQLite+window) {median['floor']:.3f}")
    print(
        f"  app ready to save            {median['app_ready']:.3f}   "
        f"ratio {ready_ratio:.2f}x (target <= 1.3x)"
    )
    if args.json:
        print(
            json.dumps(
                {
                    "median_s": median,
                    "window_ratio": window_ratio,
                    "ready_ratio": ready_ratio,
                    "runs": args.runs,
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
