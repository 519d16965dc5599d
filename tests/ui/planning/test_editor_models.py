"""The season editor's tables (helpers, weekly templates, closures) under Qt's model checks,
on a generated season."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.app import Kiosk
from kiosk.planning.records import Season
from ui.planning.closures_tab import ClosureModel
from ui.planning.helpers_tab import HelperModel
from ui.planning.schedule_tab import TemplateModel


def test_helper_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, season: Season
) -> None:
    service = ui_kiosk.planning
    dirk = service.save_helper("Dirk Hoekstra", None, ["aangifte", "digid"])
    service.save_helper("Dirk Hoekstra", None, ["aangifte", "digid"], id=dirk.id, active=False)
    model = HelperModel()
    model.set_rows(service.helpers(include_inactive=True))
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert {"Anna de Boer", "Bert Smit", "Carla Yilmaz", "Dirk Hoekstra"} <= set(rows)
    assert model.index(rows["Bert Smit"], 1).data() == "Humanitas"
    assert model.index(rows["Dirk Hoekstra"], 3).data() == "nee"


def test_template_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, season: Season
) -> None:
    service = ui_kiosk.planning
    model = TemplateModel()
    model.set_helpers(service.helpers())
    model.set_rows(service.templates(season.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    texts = {tuple(model.index(r, c).data() for c in range(5)) for r in range(6)}
    assert ("Carla Yilmaz", "dinsdag", "10:00–11:30", "30 min", "2") in texts
    model.set_helpers([])  # a helper not (yet) loaded reads as "?"
    model.set_rows(service.templates(season.id))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "?"


def test_closure_model_passes_the_model_tester(
    qtmodeltester: Any, ui_kiosk: Kiosk, season: Season
) -> None:
    service = ui_kiosk.planning
    service.add_closure(season.id, date(2027, 3, 9), "Personeelsdag bibliotheek")
    service.add_closure(season.id, date(2027, 3, 11), "Verbouwing")
    model = ClosureModel()
    model.set_rows(service.closures(season.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(1, 1).data() == "Verbouwing"
    model.set_rows([])
    qtmodeltester.check(model)
