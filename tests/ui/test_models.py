"""Every item model in ui/ has a test that runs pytest-qt's ``qtmodeltester`` on it.

The models are found by importing every module of ``ui`` and looking for subclasses of
``QAbstractItemModel`` (table, list and proxy models alike); a new one fails here until it is
listed with the test that checks it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel

import ui

ROOT = Path(__file__).resolve().parents[2]

# model -> the test file that runs qtmodeltester.check on it with realistic rows
CHECKED = {
    "ui.day_list.DayModel": "tests/ui/test_screens.py",
    "ui.sync_problems.ProblemModel": "tests/ui/test_sync_ui.py",
    "ui.topic_picker._TopicFilter": "tests/ui/test_topic_picker.py",
    "ui.planning.grid_model.PlanningGridModel": "tests/ui/planning/test_ui_grid_model.py",
    "ui.planning.side_lists.SlotBookingsModel": "tests/ui/planning/test_side_lists.py",
    "ui.planning.side_lists.WaitingModel": "tests/ui/planning/test_side_lists.py",
    "ui.planning.side_lists.AttentionModel": "tests/ui/planning/test_side_lists.py",
    "ui.planning.helpers_tab.HelperModel": "tests/ui/planning/test_editor_models.py",
    "ui.planning.schedule_tab.TemplateModel": "tests/ui/planning/test_editor_models.py",
    "ui.planning.closures_tab.ClosureModel": "tests/ui/planning/test_editor_models.py",
    "ui.history_model.HistoryModel": "tests/ui/test_history_dialog.py",
    "ui.overview.table.FiguresModel": "tests/ui/overview/test_figures_model.py",
}
# Abstract: checked through each of its subclasses above.
BASES = {"ui.table_model.RowsModel"}


def models_in_ui() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and issubclass(cls, QAbstractItemModel):
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


def test_every_model_in_ui_is_under_the_model_tester() -> None:
    assert models_in_ui() == set(CHECKED) | BASES


def test_each_listed_test_runs_the_model_tester_on_its_model() -> None:
    for model, test_file in CHECKED.items():
        source = (ROOT / test_file).read_text(encoding="utf-8")
        module = model.rpartition(".")[0]
        assert "qtmodeltester.check(" in source, test_file
        assert f"from {module} import" in source, (model, test_file)
