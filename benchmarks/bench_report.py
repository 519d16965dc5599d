"""Export benchmark: the Overzicht's XLSX and CSV of a month and a year, a million visits stored.

Run from the project root (after ``python3 dev.py test`` has made ``.venv``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_report [--kinds month,year]

The data is ``bench_overview``'s cached database (built there if needed: N visits, 1,000,000,
over the two years before today). Each export runs in a process of its own (so its peak
memory is its own) on a copy of that database: ``kiosk.report.writer.write_report`` of the
previous calendar month or year, as ``ido-kiosk report --period KIND --previous`` writes it.
Printed per export: questions, seconds, rows per second, peak RSS and the file's size. The
point of the memory figure: it stays flat (the rows are streamed), whatever the period.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_overview import build

CHILD = """
import resource, sys, time
from datetime import date
from pathlib import Path
from kiosk.app import Kiosk
from kiosk.overview.periods import period
from kiosk.paths import app_paths
from kiosk.report.writer import write_report
from ui.words.report import report_words

home, kind, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
app = Kiosk.open(app_paths(home))
chosen = period(kind, date.today(), previous=True)
started = time.perf_counter()
result = write_report(app.overview, chosen, out, app.catalogues, report_words("nl"))
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{kind:6} {out.suffix:6} {chosen.first}..{chosen.last} {result.questions:>9,} questions "
      f"{took:7.1f} s {result.questions / took:9,.0f} rows/s  peak RSS {peak:5.0f} MB  "
      f"file {out.stat().st_size / 1e6:6.1f} MB")
app.close()
"""


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the data, then time each export."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--kinds", default="month,year")
    args = parser.parse_args(argv)
    source, _desk, meta = build(args.visits, fresh=False)
    print(f"{meta['visits']:,} visits, {meta['questions']:,} questions stored")
    work = Path(tempfile.mkdtemp(prefix="ido-report-"))
    try:
        home = work / "kiosk"
        database = home / "data" / "kiosk.sqlite3"
        database.parent.mkdir(parents=True)
        shutil.copyfile(source, database)
        for kind in args.kinds.split(","):
            for suffix in (".xlsx", ".csv"):
                out = work / f"export-{kind}{suffix}"
                subprocess.run([sys.executable, "-c", CHILD, str(home), kind, str(out)], check=True)
                out.unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
