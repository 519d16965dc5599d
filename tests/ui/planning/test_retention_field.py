"""The season tab's retention field (docs/belastinghulp.md §6): it shows the branch's term and
saves a change through the service on the database worker (which tells the server)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.planning.records import Season
from tests.ui.planning.conftest import drain
from ui.planning.template_editor import TemplateEditor
from ui.tasks import TaskRunner


def test_the_season_tab_sets_the_retention_term(
    qtbot: QtBot, ui_kiosk: Kiosk, season: Season, runner: TaskRunner
) -> None:
    ui_kiosk.planning.set_retention_days(21)
    editor = TemplateEditor(ui_kiosk.planning, runner, season_id=season.id)
    qtbot.addWidget(editor)
    editor.show()
    drain(runner)
    assert editor.season_tab.retention.value() == 21
    assert editor.season_tab.retention.accessibleName() == "Contactgegevens wissen na"
    editor.season_tab.retention.setValue(14)
    editor.season_tab.retention.editingFinished.emit()
    drain(runner)
    assert ui_kiosk.planning.retention_days() == 14
    assert "14 dagen na de afspraak gewist" in editor.message.text()
    with ui_kiosk.db.engine.connect() as conn:
        kinds = conn.exec_driver_sql(
            "SELECT kind FROM outbox WHERE entity_id = 'retention_days'"
        ).all()
    assert [k for (k,) in kinds] == ["plan.upsert", "plan.upsert"]
    editor.season_tab.retention.editingFinished.emit()  # left again without a change: nothing more
    drain(runner)
    with ui_kiosk.db.engine.connect() as conn:
        count = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE entity_id = 'retention_days'"
        ).scalar()
    assert count == 2
