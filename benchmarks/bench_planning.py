"""Planning grid benchmark: opening a season, and the cursor moving through it.

A season of 12 weeks x 5 days x 16 half-hour slots x 4 helpers (3,840 slots, less the public
holidays) with realistic bookings: about seven in ten places taken, some attended, no-show,
cancelled, provisional or in conflict, and a waiting list. Then, on the real
:class:`ui.planning.planning_page.PlanningPage` (offscreen, 1366 x 768):

- open: from asking the service for ``grid()`` to the grid view painted (``show_grid`` and a
  synchronous repaint), several times (target: at most 150 ms); also the page's whole reload
  (seasons, filters, waiting list and conflicts on the database worker, then the paint);
- cursor: a key press (arrows, Tab, Page Down) to the grid repainted, a few hundred steps;
  median and p99 (target: under 16 ms a step). The side panel follows once the cursor rests
  (``SIDE_DELAY_MS`` later); its update is timed on its own.

Run: ``.venv/bin/python -m benchmarks.bench_planning [--runs N] [--steps N] [--json]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock_time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEASON_START = date(2027, 2, 1)  # a Monday; 12 weeks to Sunday 25 April
SEASON_END = date(2027, 4, 25)
WEEKDAYS = (1, 2, 3, 4, 5)
HELPERS = (
    ("Anna de Boer", "FNV Belastingservice"),
    ("Bert Smit", "Humanitas"),
    ("Carla Yilmaz", "Humanitas"),
    ("Dirk Hoekstra", "HUBA (ouderenbond)"),
)


def prepare(home: Path, seed: int = 7) -> tuple[Any, str, dict[str, float]]:
    """Create the data directory with the season and its bookings; return (kiosk, season id)."""
    from sqlalchemy import text

    from kiosk.app import Kiosk
    from kiosk.locations import demo_location
    from kiosk.paths import app_paths
    from kiosk.planning.records import BookingInput, TemplateInput

    figures: dict[str, float] = {}
    started = time.perf_counter()
    kiosk = Kiosk.open(app_paths(home))
    kiosk.locations.create(demo_location(), demo=True)
    service = kiosk.planning
    season = service.save_season("Belastinghulp 2027", SEASON_START, SEASON_END)
    partners: dict[str, str] = {}
    for name, partner in HELPERS:
        if partner not in partners:
            partners[partner] = service.save_partner(partner).id
        helper = service.save_helper(name, partners[partner], ["aangifte", "toeslagen"])
        for weekday in WEEKDAYS:
            service.save_template(
                season.id,
                TemplateInput(helper.id, weekday, clock_time(9, 0), clock_time(17, 0), 30, 1),
            )
    figures["slots"] = service.generate(season.id)
    grid = service.grid(season.id)
    rng = random.Random(seed)
    slots = list(grid.cells.values())
    chosen = [s for s in slots if rng.random() < 0.7]
    booked = 0
    ids: list[str] = []
    # One transaction per booking, as at the desk, would take minutes for thousands; the
    # service's own book() is used for a sample, the rest are written like it in bulk.
    for slot in chosen[:200]:
        booking = service.book(
            slot.id,
            BookingInput(
                f"Burger {booked:04d}",
                f"06 {rng.randrange(10_000_000, 99_999_999)}",
                purpose=("aangifte",),
                checklist=("digid_zelf", "jaaropgaven"),
            ),
        )
        ids.append(booking.id)
        booked += 1
    with kiosk.db.write() as session:
        template = (
            session.execute(text("SELECT * FROM plan_booking WHERE id = :id"), {"id": ids[0]})
            .mappings()
            .one()
        )
        columns = list(template.keys())
        rows = []
        for n, slot in enumerate(chosen[200:], start=booked):
            row = dict(template)
            row.update(id=f"bench-{n:06d}", slot_id=slot.id, name=f"Burger {n:04d}")
            rows.append(row)
        names = ", ".join(columns)
        values = ", ".join(f":{c}" for c in columns)
        session.execute(text(f"INSERT INTO plan_booking ({names}) VALUES ({values})"), rows)
        all_ids = ids + [r["id"] for r in rows]
        rng.shuffle(all_ids)
        marks = {
            "sync = 'confirmed'": all_ids[: len(all_ids) * 6 // 10],
            "status = 'attended', sync = 'confirmed'": all_ids[: len(all_ids) // 4],
            "status = 'no_show', sync = 'confirmed'": all_ids[len(all_ids) // 4 :][:60],
            "status = 'cancelled'": all_ids[-80:],
            "sync = 'conflict', conflict_code = 'slot_full'": all_ids[-90:-80],
        }
        for change, targets in marks.items():
            session.execute(
                text(f"UPDATE plan_booking SET {change} WHERE id = :id"),
                [{"id": t} for t in targets],
            )
    for n in range(25):
        service.add_waiting(season.id, BookingInput(f"Wachtende {n}", "06 12345678"))
    figures["bookings"] = len(chosen)
    figures["prepare_s"] = time.perf_counter() - started
    return kiosk, season.id, figures


def percentile(values: list[float], fraction: float) -> float:
    """Return the *fraction* percentile (nearest rank) of *values*."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def measure(kiosk: Any, season_id: str, runs: int, steps: int) -> dict[str, Any]:
    """Open the page, then time grid() to paint, the page reload, and the cursor steps."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent

    from ui.app import make_application
    from ui.planning.planning_page import PlanningPage
    from ui.tasks import TaskRunner

    app = make_application([sys.argv[0]])
    runner = TaskRunner()
    page = PlanningPage(kiosk.planning, runner, kiosk=kiosk, today=lambda: SEASON_START)
    page.resize(1366, 768)
    page.show()
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))

    def wait_loaded() -> None:
        loaded.clear()
        page.reload()
        while not loaded:
            runner.wait_idle()
            QCoreApplication.processEvents()

    wait_loaded()
    view = page.grid
    service = kiosk.planning

    class Paints(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)

    grid_ms: list[float] = []
    open_ms: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        grid = service.grid(season_id)
        read = time.perf_counter()
        view.show_grid(grid)
        view.viewport().repaint()
        done = time.perf_counter()
        grid_ms.append((read - started) * 1000)
        open_ms.append((done - started) * 1000)
    reload_ms: list[float] = []
    for _ in range(max(3, runs // 2)):
        started = time.perf_counter()
        wait_loaded()
        view.viewport().repaint()
        reload_ms.append((time.perf_counter() - started) * 1000)

    view.setFocus()
    view.setCurrentIndex(view.grid_model.index(0, 0))
    QCoreApplication.processEvents()
    keys = (
        [Qt.Key.Key_Down] * 40
        + [Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left]
        + [Qt.Key.Key_Right] * 3  # Tab leaves the grid; the arrows move inside it
        + [Qt.Key.Key_Left] * 3
        + [Qt.Key.Key_PageDown]
        + [Qt.Key.Key_Up] * 10
    )
    step_ms: list[float] = []
    painted_before = Paints.count
    for n in range(steps):
        key = keys[n % len(keys)]
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        QCoreApplication.processEvents()  # the update the move asked for: the repaint
        step_ms.append((time.perf_counter() - started) * 1000)
    painted = Paints.count - painted_before
    side_ms: list[float] = []
    for n in range(60):
        view.setCurrentIndex(view.grid_model.index(n * 7 % view.grid_model.rowCount(), n % 4))
        QCoreApplication.processEvents()  # the grid's own repaint is not the panel's
        started = time.perf_counter()
        page.show_side()
        QCoreApplication.processEvents()
        side_ms.append((time.perf_counter() - started) * 1000)
    page.close()
    runner.shutdown()
    app.processEvents()
    return {
        "rows": view.grid_model.rowCount(),
        "columns": view.grid_model.columnCount(),
        "grid_read_ms_median": statistics.median(grid_ms),
        "open_ms_first": open_ms[0],
        "open_ms_median": statistics.median(open_ms),
        "open_ms_max": max(open_ms),
        "page_reload_ms_median": statistics.median(reload_ms),
        "cursor_steps": steps,
        "cursor_paints": painted,
        "cursor_ms_median": statistics.median(step_ms),
        "cursor_ms_p99": percentile(step_ms, 0.99),
        "cursor_ms_max": max(step_ms),
        "side_ms_median": statistics.median(side_ms),
        "side_ms_p99": percentile(side_ms, 0.99),
    }


def main(argv: list[str] | None = None) -> int:
    """Prepare the season, measure, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="grid opens timed (default 10)")
    parser.add_argument("--steps", type=int, default=400, help="cursor steps (default 400)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ido-bench-planning-") as home:
        os.environ["KIOSK_HOME"] = home
        kiosk, season_id, figures = prepare(Path(home))
        try:
            figures.update(measure(kiosk, season_id, args.runs, args.steps))
        finally:
            kiosk.close()
    print(
        f"season: {figures['slots']:.0f} slots, {figures['bookings']:.0f} bookings "
        f"({figures['rows']} rows x {figures['columns']} helpers; "
        f"prepared in {figures['prepare_s']:.1f} s)"
    )
    print(
        f"open  grid() -> painted: first {figures['open_ms_first']:.1f} ms, "
        f"median {figures['open_ms_median']:.1f} ms, max {figures['open_ms_max']:.1f} ms "
        f"(grid() alone {figures['grid_read_ms_median']:.1f} ms; target <= 150 ms)"
    )
    print(f"page  reload (worker + paint): median {figures['page_reload_ms_median']:.1f} ms")
    print(
        f"cursor key -> repaint over {figures['cursor_steps']} steps "
        f"({figures['cursor_paints']} paints): median {figures['cursor_ms_median']:.2f} ms, "
        f"p99 {figures['cursor_ms_p99']:.2f} ms, max {figures['cursor_ms_max']:.2f} ms "
        f"(target < 16 ms)"
    )
    print(
        f"side  panel update when the cursor rests: median {figures['side_ms_median']:.2f} ms, "
        f"p99 {figures['side_ms_p99']:.2f} ms"
    )
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
