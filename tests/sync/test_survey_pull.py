"""Installing a pulled survey version: checked with the app's parser, written once, or refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.survey.definition import SurveyError, load_surveys, shipped_files
from sync.pull import install_survey

SHIPPED: dict[str, Any] = json.loads(shipped_files()[-1][1])


def newer(version: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(SHIPPED))
    data["version"] = version
    return data


def test_a_new_version_is_written_once_and_then_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "survey"
    version = SHIPPED["version"] + 1
    assert install_survey(folder, str(version), newer(version)) == version
    assert install_survey(folder, str(version), newer(version)) is None  # the same file again
    assert load_surveys(tmp_path).newest().version == version


def test_a_shipped_version_is_not_written(tmp_path: Path) -> None:
    assert install_survey(tmp_path / "survey", str(SHIPPED["version"]), SHIPPED) is None
    assert not (tmp_path / "survey").exists()


@pytest.mark.parametrize(
    ("change_id", "data"),
    [
        ("9", None),  # no data
        ("9", {"format": 1, "version": 9}),  # no texts, no questions
        ("8", newer(9)),  # the id names another version
        ("9", {**newer(9), "questions": newer(9)["questions"][:2]}),  # too few questions
    ],
)
def test_a_file_the_parser_refuses_raises_and_writes_nothing(
    tmp_path: Path, change_id: str, data: Any
) -> None:
    with pytest.raises(SurveyError):
        install_survey(tmp_path / "survey", change_id, data)
    assert not (tmp_path / "survey").exists()
