"""Start-up carries nothing of the Overzicht: the page, its charts and vl_convert load on Ctrl+3."""

from __future__ import annotations

from pathlib import Path

from tests.ui.startup_probe import desk_with_a_visit, run_fresh

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
    desk_with_a_visit(tmp_path)
    output = run_fresh(START, str(tmp_path))
    lines = [line for line in output.splitlines() if line.startswith(("ready", "shown"))]
    assert lines[0] == "ready []"
    assert lines[1].startswith("shown ") and "'ui.overview'" in lines[1]  # Ctrl+3 loads it
