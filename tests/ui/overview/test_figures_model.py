"""The Overzicht's table model under pytest-qt's model tester, with a chart's real rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from ui.overview.charts import Chart
from ui.overview.table import FiguresModel


def test_the_figures_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = FiguresModel()
    qtmodeltester.check(model)  # empty: no chart yet
    chart = Chart(
        key="topics",
        title="Onderwerpen",
        summary="Huurtoeslag het vaakst (1.204 vragen).",
        headings=("Onderwerp", "Vragen"),
        rows=(("Huurtoeslag", 1204), ("DigiD aanvragen", 37), ("Anders", 0)),
        spec={},
    )
    model.show_chart(chart)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Vragen"
    assert model.index(0, 0).data() == "Huurtoeslag"
    assert model.as_text().splitlines()[1] == "Huurtoeslag\t1204"  # no separator: a number
    model.show_chart(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.columnCount() == 0
