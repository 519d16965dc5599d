"""Season and weekly schedule: the season, the helpers, the weekly templates, closures.

Four tabs (Alt+1 .. Alt+4): *Seizoen* (name, first and last day; also the branch's term for
wiping contact details, saved when the clerk leaves it), *Helpers* (name, organisation,
topics), *Weekrooster* (weekday, from-to, slot length, places, helper) and *Sluitingsdagen*;
each lives in a module of its own (:mod:`~ui.planning.season_tab`,
:mod:`~ui.planning.helpers_tab`, :mod:`~ui.planning.schedule_tab`,
:mod:`~ui.planning.closures_tab`). This dialog loads their data, shows what they stored, and
runs *Voorbeeld* (Alt+V: how many new slots generation would make and which days it skips,
holidays by name, closures with their reason) and *Genereren* (Alt+N: makes them).
Every read and write runs on the runner's database lane; the dialog reads its data again
whenever a change touches the season set-up (its own tabs' or anything else's).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import changes
from kiosk.changes import Changes
from kiosk.planning.records import GenerationPreview
from ui.planning import texts
from ui.planning.closures_tab import ClosuresTab
from ui.planning.editor_tab import EditorData, EditorTab
from ui.planning.helpers_tab import HelpersTab
from ui.planning.schedule_tab import ScheduleTab
from ui.planning.season_tab import SeasonTab
from ui.planning.widgets import (
    LiveTexts,
    SideScroll,
    fit_to_screen,
    live_button,
    show_feedback,
)
from ui.tasks import UserError
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.planning.service import PlanningService
    from ui.tasks import TaskRunner


WIDE = QSize(1180, 700)  # the size it opens at when the screen has room


class TemplateEditor(QDialog):
    """Season, helpers, weekly templates and closures; preview and generate.

    The tabs are :attr:`season_tab`, :attr:`helpers_tab`, :attr:`schedule_tab` and
    :attr:`closures_tab`.

    Signals:
        changed(): something was stored (the planning should reload and sync soon).
        season_chosen(str): the season the clerk worked on (the page shows it next).
        loaded(): the data is (re)loaded and shown.
    """

    changed = Signal()
    season_chosen = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        service: PlanningService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        season_id: str | None = None,
    ) -> None:
        """Build the dialog and load the data of *season_id* (or the newest season)."""
        super().__init__(parent)
        self.words = LiveTexts(self)
        self.service, self.runner = service, runner
        self.setObjectName("templateEditor")
        self.words.set(self.setWindowTitle, lambda: self.tr("Seizoen en rooster"))
        self.resize(WIDE)
        self.data = EditorData(None, [], [], [])
        self.last_preview: GenerationPreview | None = None
        # After a language switch the preview reads in the new language too.
        self.words.on_switch(self._preview_text)
        self._build()
        fit_to_screen(self, WIDE)
        self.season_id = season_id
        runner.changed.connect(self._on_changes)
        self.reload()

    @property
    def season_id(self) -> str | None:
        """The season worked on (None: a new one); the tabs store into it."""
        return self._season_id

    @season_id.setter
    def season_id(self, season_id: str | None) -> None:
        self._season_id = season_id
        for tab in self._tabs():
            tab.season_id = season_id

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("templateTabs")
        self.season_tab = SeasonTab(self.service, self.runner, self)
        self.helpers_tab = HelpersTab(self.service, self.runner, self)
        self.schedule_tab = ScheduleTab(self.service, self.runner, self)
        self.closures_tab = ClosuresTab(self.service, self.runner, self)
        # Each tab scrolls when the window is low or narrow (a laptop at 150 %); the buttons
        # below stay in view.
        index = self.tabs.addTab(SideScroll(self.season_tab, self.tabs), "")
        self.words.set(partial(self.tabs.setTabText, index), lambda: self.tr("&1 Seizoen"))
        index = self.tabs.addTab(SideScroll(self.helpers_tab, self.tabs), "")
        self.words.set(partial(self.tabs.setTabText, index), lambda: self.tr("&2 Helpers"))
        index = self.tabs.addTab(SideScroll(self.schedule_tab, self.tabs), "")
        self.words.set(partial(self.tabs.setTabText, index), lambda: self.tr("&3 Weekrooster"))
        index = self.tabs.addTab(SideScroll(self.closures_tab, self.tabs), "")
        self.words.set(partial(self.tabs.setTabText, index), lambda: self.tr("&4 Sluitingsdagen"))
        for tab in self._tabs():
            tab.stored.connect(self._stored)
            tab.problem.connect(lambda text: self.say(text, ok=False))
        self.season_tab.picked.connect(self._on_season_pick)
        self.season_tab.season_saved.connect(self._on_season_saved)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("previewText")
        self.preview_text.setReadOnly(True)
        self.words.set(
            self.preview_text.setAccessibleName, lambda: self.tr("Voorbeeld van het genereren")
        )
        self.words.set(
            self.preview_text.setPlaceholderText,
            lambda: self.tr(
                "Kies Voorbeeld om te zien welke tijden er bij komen en welke dagen vervallen."
            ),
        )
        lines = self.preview_text.fontMetrics().lineSpacing()
        self.preview_text.setMinimumHeight(lines * 3)
        self.preview_text.setMaximumHeight(lines * 6)
        self.message = QLabel(self)
        self.message.setObjectName("feedback")
        self.message.setWordWrap(True)
        self.words.set(self.message.setAccessibleName, lambda: self.tr("Melding"))
        self.preview_button = live_button(
            self.words, lambda: self.tr("Voorbeeld (Alt+V)"), self, "previewButton"
        )
        self.generate_button = live_button(
            self.words, lambda: self.tr("Genereren (Alt+N)"), self, "generateButton"
        )
        self.generate_button.setProperty("primary", True)
        self.generate_button.setEnabled(False)
        self.close_button = live_button(
            self.words, lambda: self.tr("Sluiten (Esc)"), self, "closeTemplates"
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.generate_button.clicked.connect(self.generate)
        self.close_button.clicked.connect(self.accept)
        for widget in (self.preview_button, self.generate_button, self.close_button):
            widget.setAutoDefault(False)
        for keys, slot in (("Alt+V", self.preview), ("Alt+N", self.generate)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def _tabs(self) -> tuple[EditorTab, ...]:
        return (self.season_tab, self.helpers_tab, self.schedule_tab, self.closures_tab)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter does not close the dialog (it saves within a tab instead); Esc does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load seasons, organisations, helpers and the season's templates and closures."""
        service, chosen = self.service, self.season_id

        def load() -> EditorData:
            seasons = service.seasons()
            season_id = chosen if chosen in {s.id for s in seasons} else None
            if season_id is None and seasons:
                season_id = seasons[0].id
            data = EditorData(
                season_id, seasons, service.partners(), service.helpers(include_inactive=True)
            )
            if season_id is not None:
                data.templates = service.templates(season_id)
                data.closures = service.closures(season_id)
            data.retention_days = service.retention_days()
            return data

        self.runner.submit(load, self._on_loaded, self._fail, owner=self)

    def _on_changes(self, what: Changes) -> None:
        if what.touches(changes.PLANNING_SETUP):
            self.reload()

    def _on_loaded(self, data: EditorData) -> None:
        self.data = data
        self.season_id = data.season_id
        for tab in self._tabs():
            tab.show_data(data)
        self.preview_button.setEnabled(self.season_id is not None)
        if self.season_id is not None:
            self.season_chosen.emit(self.season_id)
        self.loaded.emit()

    def _on_season_pick(self, season_id: str | None) -> None:
        self.season_id = season_id
        self.last_preview = None
        self.generate_button.setEnabled(False)
        self.preview_text.clear()
        self.reload()

    def _on_season_saved(self, season_id: str) -> None:
        self.season_id = season_id

    # -- feedback -------------------------------------------------------------------------

    def say(self, text: str, *, ok: bool = True) -> None:
        """Show *text* at the bottom (red when not *ok*)."""
        show_feedback(self.message, text, ok=ok)

    def _fail(self, error: UserError) -> None:
        self.say(f"✖ {error_text(error)}", ok=False)

    def _stored(self, text: str) -> None:
        self.say(text)
        self.changed.emit()  # the data is read again from the changes the store made

    # -- actions --------------------------------------------------------------------------

    def preview(self) -> None:
        """Show what generating would do: new slots, existing ones, skipped days and why."""
        season_id = self.season_id
        if season_id is None:
            return
        service = self.service
        self.runner.submit(
            lambda: service.preview(season_id), self._show_preview, self._fail, owner=self
        )

    def _show_preview(self, preview: GenerationPreview) -> None:
        self.last_preview = preview
        self._preview_text()
        self.generate_button.setEnabled(bool(preview.new))
        self.say(
            self.tr("Klopt het? Kies Genereren (Alt+N).")
            if preview.new
            else self.tr("Er is niets nieuws te maken.")
        )

    def _preview_text(self) -> None:
        """Write the preview in the chosen language (again after a switch)."""
        preview = self.last_preview
        if preview is None:
            return
        days = len({(p.day) for p in preview.new})
        new = self.tr("%n nieuwe tijden", "", len(preview.new))
        on_days = self.tr("op %n dagen", "", days)
        existing = self.tr("%n bestaan al en blijven", "", preview.existing)
        lines = [f"{new} {on_days}; {existing}."]
        if preview.skipped:
            lines.append(self.tr("Overgeslagen dagen:"))
            lines.extend(f"  • {texts.long_day(s.day)}: {s.reason}" for s in preview.skipped)
        self.preview_text.setPlainText("\n".join(lines))

    def generate(self) -> None:
        """Create the missing slots (after a preview)."""
        season_id = self.season_id
        if season_id is None or not self.generate_button.isEnabled():
            return
        service = self.service

        def done(count: int) -> None:
            self.generate_button.setEnabled(False)
            self._stored(self.tr("✔ %n tijden gemaakt.", "", count))

        self.runner.submit(lambda: service.generate(season_id), done, self._fail, owner=self)
