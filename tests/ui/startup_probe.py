"""What a start-up test needs: a desk with a visit, and a fresh interpreter that reports.

A test of what the app loads at start cannot look at its own process (the test session has
imported everything long before); it runs a short script in a new Python, offscreen, from the
repository's root, and reads what the script prints.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from tests.conftest import make_visit_input

ROOT = Path(__file__).resolve().parents[2]


def desk_with_a_visit(home: Path) -> None:
    """Set up a demo desk in *home* (the app's folder) with one visit recorded."""
    kiosk = Kiosk.open(app_paths(home))
    desk = kiosk.locations.create(demo_location(), demo=True)
    kiosk.registration.record(desk.desk_id, make_visit_input())
    kiosk.close()


def run_fresh(script: str, *args: str) -> str:
    """Run *script* with *args* in a new Python (offscreen, from the root); return its output.

    Raises AssertionError with the script's error output when it does not end cleanly.
    """
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
