"""The desk bundle's cold start against the start from source, side by side, and its size.

Both start as fresh processes with ``--startup-probe`` (as in ``bench_startup.py``), on the
same data folder (the demo desk and a day of visits), interleaved, several times; the figures
are the medians of the wall-clock time from launch to the first frame of the main window and to
"ready to save". The bundle is ``dist/ido-kiosk`` (build it with ``python3 dev.py bundle``), or
the folder given with ``--bundle``; ``--build`` builds it first into a temporary folder.

Run: ``.venv/bin/python -m benchmarks.bench_bundle [--runs N] [--bundle DIR | --build] [--json]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_startup import ROOT, launch, prepare_home
from tools import bundle


def main(argv: list[str] | None = None) -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=bundle.DIST / bundle.NAME)
    parser.add_argument("--build", action="store_true", help="build the bundle first (minutes)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ido-bench-bundle-") as tmp:
        folder = bundle.build(Path(tmp) / "dist", Path(tmp) / "work") if args.build else args.bundle
        program = bundle.executable(folder)
        if not program.is_file():
            print(f"No bundle at {folder}: run python3 dev.py bundle, or pass --build")
            return 1
        home = Path(tmp) / "home"
        prepare_home(home)
        base = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env = {**base, "QT_QPA_PLATFORM": base.get("QT_QPA_PLATFORM", "offscreen")}
        env["KIOSK_HOME"] = str(home)
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        samples: dict[str, list[float]] = {
            "source_window": [],
            "source_ready": [],
            "bundle_window": [],
            "bundle_ready": [],
        }
        for _ in range(args.runs):
            source = launch([sys.executable, "-m", "ui", "--startup-probe"], source_env)
            frozen = launch([str(program), "--startup-probe"], env)
            for name, moments in (("source", source), ("bundle", frozen)):
                samples[f"{name}_window"].append(moments["window"])
                samples[f"{name}_ready"].append(moments["ready"])
        size = bundle.size_on_disk(folder)
        files = sum(1 for path in folder.rglob("*") if path.is_file())
    median = {name: statistics.median(values) for name, values in samples.items()}
    print(f"Cold start, median of {args.runs} runs (seconds from launch), interleaved")
    print("                      source    bundle    bundle/source")
    for moment in ("window", "ready"):
        source_s, bundle_s = median[f"source_{moment}"], median[f"bundle_{moment}"]
        label = "window on screen" if moment == "window" else "ready to save"
        print(f"  {label:18}  {source_s:7.3f}   {bundle_s:7.3f}   {bundle_s / source_s:6.2f}x")
    print(f"Bundle on disk: {size / 1_000_000:.0f} MB in {files} files ({folder})")
    if args.json:
        print(json.dumps({"median_s": median, "size_bytes": size, "files": files}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
