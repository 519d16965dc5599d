"""Shared fixtures: an isolated data directory, a movable clock and a ready-to-use Kiosk."""

from __future__ import annotations

import os

# Before anything can import Qt: UI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.catalogue import Catalogue, load_catalogues
from kiosk.locations import DeskInfo, demo_location
from kiosk.paths import HOME_ENV, app_paths
from kiosk.visits import QuestionInput, VisitInput

# Schemathesis's pytest plugin patches Hypothesis for the whole run when pytest starts; this
# puts Hypothesis back as it ships for every other property test (the OpenAPI fuzz applies
# the patches around its own tests).
from tests.sync.central import schemathesis_scope  # noqa: F401

# A Saturday afternoon in November, as local wall-clock time in the system's time zone (so
# "today" for the clock and for kiosk.clock.local_day_bounds is the same calendar day).
DEFAULT_NOW = datetime(2026, 11, 28, 14, 0)


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp: Any) -> Any:
    """The run's one Qt application is a full QApplication, made before any test runs.

    ``ido-kiosk``'s sync commands make a core application when none exists (a console process
    needs no more), and Qt allows one per process: a command-line test run first would leave
    every later test that lays out text or shows a widget without a GUI application.
    """
    return qapp


class FakeClock:
    """A clock that stands still until a test moves it; ``now`` is the callable to inject."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start if start is not None else DEFAULT_NOW.astimezone()
        if self.current.utcoffset() is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta | None = None, **parts: float) -> datetime:
        self.current += delta if delta is not None else timedelta(**parts)
        return self.current

    def set(self, moment: datetime) -> datetime:
        if moment.utcoffset() is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.current = moment
        return self.current


@pytest.fixture(autouse=True)
def _isolated_kiosk_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point KIOSK_HOME at a fresh folder so no test touches the real user data directory."""
    home = tmp_path_factory.mktemp("kiosk-home")
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk_app(tmp_path: Path, clock: FakeClock) -> Iterator[Kiosk]:
    """A Kiosk opened on its own data directory under tmp_path, driven by ``clock``."""
    app = Kiosk.open(app_paths(tmp_path / "kiosk"), now=clock.now)
    yield app
    app.close()


@pytest.fixture
def desk(kiosk_app: Kiosk) -> DeskInfo:
    """A location with the demo's answers, set up as a real (non-demo) current desk."""
    return kiosk_app.locations.create(demo_location())


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped catalogue, version 1 (no installed files)."""
    found = load_catalogues().version(1)
    assert found is not None
    return found


def make_question(**changes: Any) -> QuestionInput:
    """Return a valid government question (rent benefit, Toeslagen, information given)."""
    base = QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("informatie",))
    return replace(base, **changes)


def make_visit_input(*questions: QuestionInput, **changes: Any) -> VisitInput:
    """Return a valid visit: the given questions (default one), in person, 5-15 minutes."""
    base = VisitInput(
        questions=questions or (make_question(),), channel="in_person", duration="5_15"
    )
    return replace(base, **changes)


@pytest.fixture
def make_visit() -> Callable[..., VisitInput]:
    """Factory for a valid VisitInput: ``make_visit(q1, q2, channel="phone", count=3)``."""
    return make_visit_input


@pytest.fixture
def question() -> Callable[..., QuestionInput]:
    """Factory for a valid QuestionInput: ``question(topic="bieb_pas", organisation=None)``."""
    return make_question


def drop_pg_database(engine: Any, name: str, attempts: int = 20) -> None:
    """Drop a test database on PostgreSQL, waiting out an autovacuum worker if one is on it.

    ``DROP DATABASE ... WITH (FORCE)`` must terminate every session on the database; a test
    role may not terminate the superuser's autovacuum worker, so that attempt fails with
    InsufficientPrivilege. The worker finishes within moments: try again.
    """
    import time

    from sqlalchemy.exc import ProgrammingError

    for attempt in range(attempts):
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except ProgrammingError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.25)
