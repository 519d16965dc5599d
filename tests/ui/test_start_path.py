"""What the app loads before the clerk can save: the desk screen reads without the ORM.

The ORM (SQLAlchemy's, and SQLModel's tables on it) and the contract's payload models
(pydantic) are the largest imports of the core; the desk screen's first reads (which desk,
today's visits, the frequent choices, what waits, the previous visit) run on plain connections
without them, and they load right after, before the first save needs them
(``benchmarks/bench_startup.py`` measures the whole start).
"""

from __future__ import annotations

from pathlib import Path

from kiosk import registration
from kiosk.models import Visit
from kiosk.protocol.visits import CLERK_ANSWERS
from tests.ui.startup_probe import desk_with_a_visit, run_fresh

START = """
import sys
import ui.main_window, ui.registration_page, ui.setup_page, ui.sync_bar
from kiosk.app import Kiosk
from kiosk.paths import app_paths

ORM = ("pydantic", "sqlalchemy.orm", "sqlmodel")
kiosk = Kiosk.open(app_paths(sys.argv[1]))
desk = kiosk.locations.current()
registration = kiosk.registration
registration.day(desk.desk_id)
registration.frequent(desk.desk_id)
registration.waiting()
previous = registration.last_visit(desk.desk_id)
assert previous is not None and previous.questions
print("before", sorted(m for m in ORM if m in sys.modules))
kiosk.prepare_writes()
print("after", sorted(m for m in ORM if m in sys.modules))
kiosk.close()
"""


def test_the_desk_screen_reads_before_the_orm_loads(tmp_path: Path) -> None:
    desk_with_a_visit(tmp_path)
    output = run_fresh(START, str(tmp_path))
    assert output.splitlines() == [
        "before []",
        "after ['pydantic', 'sqlalchemy.orm', 'sqlmodel']",
    ]


def test_a_stored_visit_gives_back_the_contracts_clerk_answers() -> None:
    """The form has every clerk answer; the visit's row keeps each, as a column or in answers."""
    columns = {column.name for column in Visit.__table__.columns}
    kept = set(registration._tables().visit_answers)
    assert "answers" in columns
    assert (columns | kept) & registration._FORM_ANSWERS == set(CLERK_ANSWERS)
    # The day list reads these and the table checks the mode: columns, never in answers.
    assert {"channel", "duration", "mode"} <= columns - kept


LATER = """
import sys
import ui.app
later = (
    "PySide6.QtNetwork", "ui.lock_screen", "ui.settings_page", "ui.help_dialog",
    "ui.setup_change", "kiosk.settings", "hashlib",
)
print(sorted(m for m in later if m in sys.modules))
"""


def test_the_idle_screen_settings_help_and_listener_load_after_the_window() -> None:
    """The start path up to the window loads none of them (they come once it is shown)."""
    output = run_fresh(LATER)
    assert output.strip() == "[]"
