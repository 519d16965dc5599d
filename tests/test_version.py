"""The app's version is one fact: kiosk.__version__, repeated only in pyproject.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kiosk import __version__
from ui.__main__ import version

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_repeats_the_apps_version() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert tomllib.load(file)["project"]["version"] == __version__


def test_the_command_line_tells_the_same_version() -> None:
    assert version() == __version__
