"""With a second screen connected, the clerk picks it and the survey fills it; the desk ends it.

Qt's screens are fixed when the application starts, so this runs the desk in a process of its
own on an offscreen platform with two screens (the desk's 1366x768, the visitor's 1280x1024).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from kiosk.paths import app_paths
from ui.app import make_application
from ui.main_window import MainWindow

app = make_application([sys.argv[0]])
window = MainWindow(app_paths(Path(sys.argv[1])))
window.show()
window.start()

def wait(condition, ms=15000):
    timer = QTimer()
    timer.start(ms)
    while not condition() and timer.isActive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return condition()

wait(lambda: window.kiosk is not None)
window.setup_page.demo_button.click()
wait(lambda: window.desk_settings is not None)
window.open_visitor_mode()
wait(lambda: window.visitor is not None and window.visitor.question is not None)
box = window.visitor.question
asked = box.text()
box.buttons()[0].click()  # "Op het tweede scherm", the default
wait(lambda: window.visitor.mode is not None)
mode = window.visitor.mode
shown = {"screen": mode.screen().name(), "full": mode.isFullScreen(),
         "geometry": [mode.geometry().x(), mode.geometry().width(), mode.geometry().height()],
         "desk": window.screen().name()}
window.open_visitor_mode()  # the clerk's window is on the other screen: this ends it
ended = wait(lambda: window.visitor.mode is None, 3000)
# With a staff PIN, Ctrl+Alt+Q on the visitor's screen asks it there; the desk stays on view.
window.kiosk.settings.set_pin("2468")
window.runner.submit(window.kiosk.settings.read, window.apply_settings)
wait(lambda: window.desk_settings.pin_set)
window.open_visitor_mode()
wait(lambda: window.visitor.question is not None)
window.visitor.question.buttons()[0].click()
wait(lambda: window.visitor.mode is not None)
window.visitor.mode.ask_to_leave()
asking = {"locked": window.visitor.mode.lock.locked, "desk_shown": window.isVisible()}
window.visitor.mode.leave()
window.close()
print(json.dumps({"asked": asked, "shown": shown, "ended": ended, "asking": asking}))
"""


def test_the_survey_goes_to_the_second_screen_and_the_desk_ends_it(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    screen = {"y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "desk", "x": 0, "width": 1366, "height": 768, **screen},
                    {"name": "visitor", "x": 1366, "width": 1280, "height": 1024, **screen},
                ]
            }
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "home")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "PYTHONPATH": str(ROOT),
        },
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["asked"] == "Op welk scherm komt de vragenlijst?"
    assert seen["shown"] == {
        "screen": "visitor",
        "full": True,
        "geometry": [1366, 1280, 1024],
        "desk": "desk",
    }
    assert seen["ended"] is True
    assert seen["asking"] == {"locked": True, "desk_shown": True}
