"""``ido-kiosk status|sync|enroll`` run headless: no Qt GUI module is imported.

The command line takes its words from :mod:`ui.words`, which loads Qt's core (for translation);
a screen's modules (QtGui, QtWidgets) stay unloaded, so the commands run on a machine without a
display, from a scheduled task.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from ui.__main__ import main
code = main(sys.argv[1:])
gui = sorted(m for m in ("PySide6.QtGui", "PySide6.QtWidgets") if m in sys.modules)
print(" ".join(gui) or "NOGUI", code)
"""


def probe(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(ROOT)},
    )


def test_status_runs_without_qt_gui(tmp_path: Path) -> None:
    result = probe(tmp_path, "status", "--json")
    assert result.returncode == 0, result.stderr
    *body, last = result.stdout.strip().splitlines()
    assert last == "NOGUI 0"
    status = json.loads("\n".join(body))
    assert status["enrolled"] is False
    assert status["counts"]["pending"] == 0


def test_sync_once_runs_without_qt_gui(tmp_path: Path) -> None:
    result = probe(tmp_path, "sync", "--once")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "NOGUI 3"  # not enrolled: needs a person
    assert "nog niet gekoppeld" in result.stderr


def test_version_prints_the_version_without_qt(tmp_path: Path) -> None:
    import tomllib

    result = probe(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    with (ROOT / "pyproject.toml").open("rb") as file:
        expected = tomllib.load(file)["project"]["version"]
    first, *rest = result.stdout.strip().splitlines()
    assert first == f"ido-kiosk {expected}"
    assert not rest  # argparse stops before the app (or Qt's screen modules) is loaded
