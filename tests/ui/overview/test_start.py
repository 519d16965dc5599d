"""Start-up carries nothing of the Overzicht: the page, its charts and vl_convert load on Ctrl+3."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from tests.conftest import make_visit_input

ROOT = Path(__file__).resolve().parents[3]
START = """
import sys
from PySide6.QtCore import QTimer
from ui.app import make_application
from kiosk.paths import app_paths
from ui.main_window import MainWindow

OVERVIEW = ("ui.overview", "kiosk.overview", "kiosk.charts", "vl_convert", "PySide6.QtSvg")
app = make_application([sys.argv[0]])
window = MainWindow(app_paths(sys.argv[1]), sync_options={"automatic": False})
window.show()

def ready():
    print("ready", sorted(m for m in OVERVIEW if m in sys.modules))
    window.show_overview()
    page = window.overview
    page.loaded.connect(lambda: QTimer.singleShot(0, shown))

def shown():
    print("shown", sorted(m for m in OVERVIEW if m in sys.modules))
    window.close()
    app.quit()

window.ready.connect(ready)
QTimer.singleShot(20000, app.quit)
window.start()
app.exec()
"""


def test_the_overview_loads_only_when_opened(tmp_path: Path) -> None:
    kiosk = Kiosk.open(app_paths(tmp_path))
    desk = kiosk.locations.create(demo_location(), demo=True)
    kiosk.registration.record(desk.desk_id, make_visit_input())
    kiosk.close()
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("ready", "shown"))]
    assert lines[0] == "ready []"
    assert lines[1].startswith("shown ") and "'ui.overview'" in lines[1]  # Ctrl+3 loads it
