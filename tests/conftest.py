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


#: An application property that stands for a connection made once per run (ui.theme follows
#: the system's contrast from the first apply_theme on): it stays.
_RUN_PROPERTIES = frozenset({"theme_follows"})


def _cpp_pointer(widget: Any) -> int:
    import shiboken6

    return int(shiboken6.getCppPointer(widget)[0])


class _AppState:
    """What a test can change on the run's one Qt application, taken before the test.

    The application lives for the whole run, so whatever a test leaves changed on it reaches
    every later test: the font, style sheet and palette (``ui.app.make_application``,
    ``ui.theme.apply_theme``), its properties (the theme's contrast that ``ui.theme.colour``
    reads, the language), its names, the language's translators and default locale, and
    windows left on screen (a dialog whose window was closed stays visible until Qt deletes
    the window; a modal one keeps the next test's clicks and focus from its own window).
    """

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QLocale
        from PySide6.QtGui import QFont, QPalette

        self.font = QFont(app.font())
        self.palette = QPalette(app.palette())
        self.style_sheet = app.styleSheet()
        self.properties = {name: app.property(name) for name in _property_names(app)}
        self.names = _names(app)
        self.locale = QLocale()
        self.direction = app.layoutDirection()
        self.windows = {_cpp_pointer(w) for w in app.topLevelWidgets() if w.isVisible()}

    def restore(self, app: Any) -> None:
        """Put the application back as it was (only what changed: a style sheet set anew
        polishes every widget again)."""
        from PySide6.QtCore import QCoreApplication, QEvent, QLocale

        from ui.i18n import _PROPERTY as LANGUAGE
        from ui.i18n import install_language, uninstall_language

        # The windows pytest-qt closed are only marked for deletion: delete them (and the
        # dialogs they own) now, then close whatever else the test left on screen.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for window in app.topLevelWidgets():
            if window.isVisible() and _cpp_pointer(window) not in self.windows:
                window.close()
                window.hide()  # also when it refused to close
        language = self.properties.get(LANGUAGE)
        if app.property(LANGUAGE) != language:
            if language is None:
                uninstall_language(app)
            else:
                install_language(app, language)
        if QLocale() != self.locale:
            QLocale.setDefault(self.locale)
        if app.layoutDirection() != self.direction:
            app.setLayoutDirection(self.direction)
        for name in _property_names(app) | set(self.properties):
            if name not in _RUN_PROPERTIES and app.property(name) != self.properties.get(name):
                app.setProperty(name, self.properties.get(name))
        if _names(app) != self.names:
            app.setApplicationName(self.names[0])
            app.setOrganizationName(self.names[1])
            app.setApplicationDisplayName(self.names[2])
        if app.font() != self.font:
            app.setFont(self.font)
        if app.palette() != self.palette:
            app.setPalette(self.palette)
        if app.styleSheet() != self.style_sheet:
            app.setStyleSheet(self.style_sheet)


def _property_names(app: Any) -> set[str]:
    return {bytes(name.data()).decode() for name in app.dynamicPropertyNames()}


def _names(app: Any) -> tuple[str, str, str]:
    return app.applicationName(), app.organizationName(), app.applicationDisplayName()


@pytest.fixture(autouse=True)
def _app_state_restored(one_qt_application: Any) -> Iterator[None]:
    """Every test leaves the Qt application as it found it (see :class:`_AppState`)."""
    saved = _AppState(one_qt_application)
    yield
    saved.restore(one_qt_application)


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
