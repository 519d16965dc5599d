"""``ido-kiosk status|sync|enroll`` run headless: Qt is never imported."""

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
code = main(["status", "--json"])
print("QT" if "PySide6" in sys.modules else "NOQT", code)
"""


def test_status_runs_without_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "KIOSK_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    *body, last = result.stdout.strip().splitlines()
    assert last == "NOQT 0"
    status = json.loads("\n".join(body))
    assert status["enrolled"] is False
    assert status["counts"]["pending"] == 0
