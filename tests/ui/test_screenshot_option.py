"""``ido-kiosk --screenshot FILE.png``: start as usual, save the window's picture, stop.

It is how CI proves the desk bundle is complete (tests/test_desk_bundle.py); here it runs from
source, as a real process on the offscreen platform.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.window_picture import assert_window_picture, demo_home

ROOT = Path(__file__).resolve().parents[2]


def start(home: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", "--home", str(home), "--screenshot", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )


def test_a_new_folder_shows_the_setup_page(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "setup.png"
    result = start(tmp_path / "home", target)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"screenshot {target}" in result.stdout
    assert_window_picture(target)
    assert (tmp_path / "home" / "logs").is_dir()  # a normal start: its log and data folder


def test_a_desk_shows_its_registration_screen(qapp: QApplication, tmp_path: Path) -> None:
    home = demo_home(tmp_path / "home")
    setup, desk = tmp_path / "setup.png", tmp_path / "desk.png"
    assert start(tmp_path / "new", setup).returncode == 0
    result = start(home, desk)
    assert result.returncode == 0, result.stdout + result.stderr
    image = assert_window_picture(desk)
    assert image != assert_window_picture(setup)  # not the setup page: the desk screen


def test_a_picture_that_cannot_be_written_fails(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "x.png"
    result = start(tmp_path / "home", target)
    assert result.returncode == 1
    assert "screenshot failed" in result.stdout
    assert not target.exists()
