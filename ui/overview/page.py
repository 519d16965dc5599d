"""The Overzicht page (Ctrl+3): a period's figures as headline numbers, charts and tables.

At the top the choices (:class:`~ui.overview.controls.PeriodBar`), "Afdrukken …" and
"Exporteren …"; under them what is shown ("Deze balie · december 2026") and the headline
numbers; then the list of charts on the left and the chosen chart on the right, with its
numbers one key away (Ctrl+T: table or chart; Ctrl+C copies the table for a spreadsheet).

The figures are read on the database lane (:attr:`kiosk.app.Kiosk.overview`), the branch's on
the network lane (:func:`sync.branch_figures.fetch`); when the branch cannot be shown the page
says why in words and shows this desk. Charts are drawn in the background
(:class:`~ui.overview.render.ChartRenderer`) and kept while the figures stay the same.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import InputError
from ui.i18n import current_language, retranslate_on_change
from ui.overview import texts
from ui.overview.chart_view import ChartArea, ChartList
from ui.overview.charts import Chart, desk_charts, season_charts, time_titles
from ui.overview.controls import PeriodBar
from ui.overview.drawing import ChartDrawer
from ui.overview.loading import BranchFetch, FiguresLoader, Shown
from ui.overview.survey_charts import survey_charts
from ui.overview.table import FiguresTable
from ui.tasks import TaskRunner
from ui.words import error_text

if TYPE_CHECKING:
    from kiosk.app import Kiosk


class OverviewPage(QWidget):
    """The figures of a period for this desk or the branch, as charts and tables.

    Signals:
        loaded(): the figures of the chosen period and scope are shown.
        drawn(): the chart on view is drawn (or its note shown).
    """

    loaded = Signal()
    drawn = Signal()

    def __init__(
        self,
        kiosk: Kiosk,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        branch_fetch: BranchFetch | None = None,
    ) -> None:
        """Build the page; :meth:`reload` reads the figures (the window calls it when shown)."""
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.kiosk, self.runner, self.today = kiosk, runner, today
        self.loader = FiguresLoader(kiosk, runner, branch_fetch, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.shown: Shown | None = None
        self.charts: list[Chart] = []
        self.preview: QWidget | None = None
        self._loading = False
        self.bar = PeriodBar(today(), self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("overviewPrint")
        self.export_button: QPushButton | None = None
        if importlib.util.find_spec("ui.overview.export") is not None:
            self.export_button = QPushButton(self)
            self.export_button.setObjectName("overviewExport")
            self.export_button.clicked.connect(self.export)
        self.heading = QLabel(self)
        self.heading.setObjectName("overviewHeading")
        self.heading.setWordWrap(True)
        self.headline = QLabel(self)
        self.headline.setObjectName("overviewHeadline")
        self.note = QLabel(self)
        self.note.setObjectName("overviewNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.list_label = QLabel(self)
        self.chart_list = ChartList(self)
        self.chart_list.setObjectName("overviewCharts")
        self.list_label.setBuddy(self.chart_list)
        self.chart_title = QLabel(self)
        self.chart_title.setObjectName("overviewChartTitle")
        self.chart_title.setWordWrap(True)
        self.table_button = QPushButton(self)
        self.table_button.setObjectName("overviewTableToggle")
        self.table_button.setCheckable(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("overviewCopy")
        self.area = ChartArea(self)
        self.drawer = ChartDrawer(self.area, self)
        self.drawer.drawn.connect(self.drawn.emit)
        self.table = FiguresTable(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.area)
        self.stack.addWidget(self.table)
        self._lay_out()
        self._connect()
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(250)
        self._resize_timer.timeout.connect(self._draw_current)
        self._busy_timer = QTimer(self)  # a read that takes a while (the first count) says so
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(600)  # ms: a quick read shows no note at all
        self._busy_timer.timeout.connect(self._say_busy)
        self.area.resized.connect(self._on_area_resized)
        self._retranslate()
        retranslate_on_change(self, self._on_language)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.bar)
        top.addStretch(1)
        top.addWidget(self.print_button)
        if self.export_button is not None:
            top.addWidget(self.export_button)
        tools = QHBoxLayout()
        tools.addWidget(self.chart_title, 1)
        tools.addWidget(self.table_button)
        tools.addWidget(self.copy_button)
        self.right = QWidget(self)
        right = QGridLayout(self.right)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.list_label, 0, 0, Qt.AlignmentFlag.AlignBottom)
        right.addLayout(tools, 0, 1)
        right.addWidget(self.chart_list, 1, 0)
        right.addWidget(self.stack, 1, 1)
        right.setColumnStretch(1, 1)
        right.setRowStretch(1, 1)
        said = QHBoxLayout()
        said.addWidget(self.heading, 1)
        said.addWidget(self.headline)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(said)
        layout.addWidget(self.note)
        layout.addWidget(self.right, 1)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.headline.setFont(font)
        self.heading.setFont(font)

    def _connect(self) -> None:
        self.bar.changed.connect(self.reload)
        self.print_button.clicked.connect(self.print_overview)
        self.chart_list.row_changed.connect(lambda _row: self._show_current())
        self.table_button.toggled.connect(self._show_table)
        self.copy_button.clicked.connect(self.copy_table)
        keys: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+T", self.table_button.toggle),
            ("Ctrl+P", self.print_overview),
        ]
        if self.export_button is not None:
            keys.append(("Ctrl+E", self.export))
        for key, action in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.area)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.activated.connect(self.copy_table)

    def _retranslate(self) -> None:
        self.print_button.setText(self.tr("&Afdrukken …"))
        self.print_button.setToolTip(self.tr("Afdrukken of als pdf bewaren (Ctrl+P)"))
        if self.export_button is not None:
            self.export_button.setText(self.tr("E&xporteren …"))
            self.export_button.setToolTip(
                self.tr("De vragen van deze periode als Excel- of CSV-bestand (Ctrl+E)")
            )
        self.list_label.setText(self.tr("&Grafieken"))
        self.chart_list.setAccessibleName(self.tr("Grafieken"))
        self.table_button.setText(self.tr("&Tabel"))
        self.table_button.setToolTip(self.tr("De cijfers als tabel, of weer de grafiek (Ctrl+T)"))
        self.copy_button.setText(self.tr("&Kopiëren"))
        self.copy_button.setToolTip(
            self.tr("De tabel kopiëren, om in een rekenblad te plakken (Ctrl+C)")
        )
        self.table.setAccessibleName(self.tr("Cijfers van de grafiek"))
        for button in (self.print_button, self.table_button, self.copy_button):
            button.setAccessibleDescription(button.toolTip())
        self._show_heading()

    def _on_language(self) -> None:
        self._retranslate()
        if self.shown is not None:
            self._show_charts(self.shown)

    def shortcut_help(self) -> list[tuple[str, str]]:
        """Return the page's keys and what they do, for the F1 overview."""
        keys = [
            (texts.alt_key(self.bar.period_label.text()), self.tr("Periode kiezen")),
            (
                texts.alt_key(self.bar.scope_label.text()),
                self.tr("Deze balie of de hele vestiging"),
            ),
            (
                texts.alt_key(self.list_label.text()),
                self.tr("Naar de lijst met grafieken (pijltjes: een andere grafiek)"),
            ),
            ("Ctrl+T", self.tr("Tabel of grafiek")),
            ("Ctrl+C", self.tr("De tabel kopiëren (plakken in een rekenblad)")),
            ("Ctrl+P", self.tr("Afdrukken of als pdf bewaren")),
        ]
        if self.export_button is not None:
            keys.append(("Ctrl+E", self.tr("Exporteren naar Excel of CSV")))
        return keys

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the chosen period's figures (the branch's on the network lane) and show them."""
        try:
            period = self.bar.chosen(self.today())
        except InputError as error:  # a range of one's own that cannot be: say why
            self._say(error_text(error))
            return
        self._loading = True
        self._busy_timer.start()
        self.loader.load(period, self.bar.scope_code)

    @property
    def busy(self) -> bool:
        """Tell whether figures are being read or the chart on view is being drawn."""
        return self._loading or self.drawer.busy or self._resize_timer.isActive()

    def _say_busy(self) -> None:
        if self._loading:
            self._say(self.tr("De cijfers worden geteld. De eerste keer kan dit even duren …"))

    def _done_loading(self) -> None:
        self._loading = False
        self._busy_timer.stop()

    def _on_failed(self, message: str) -> None:
        self._done_loading()
        self._say(message)

    def _on_loaded(self, shown: Shown) -> None:
        self._done_loading()
        self.shown = shown
        self.bar.set_scope(shown.figures.scope)  # back on this desk when the branch failed
        self._show_charts(shown)
        self.loaded.emit()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- showing ------------------------------------------------------------------------

    def _show_heading(self) -> None:
        shown = self.shown
        if shown is None:
            self.heading.setText(self.tr("Overzicht"))
            self.headline.setText(self.tr("De cijfers worden geteld …"))
            return
        figures = shown.figures
        if figures.scope == "branch":
            scope = self.tr("Hele vestiging")
            if figures.up_to is not None:
                scope += f" ({texts.up_to_text(figures.up_to)})"
        else:
            scope = self.tr("Deze balie")
        self.heading.setText(f"{scope} · {texts.period_text(figures.period)}")
        self.headline.setText(
            f"{texts.visits(figures.visits)} · {texts.questions(figures.questions)}"
        )
        self.headline.setAccessibleName(self.headline.text())
        self._say(shown.reason)

    def _show_charts(self, shown: Shown) -> None:
        language = current_language()
        catalogues = self.kiosk.catalogues
        charts = desk_charts(
            shown.figures, lambda name, code: catalogues.label(name, code, language)
        )
        if shown.season is not None:
            charts += season_charts(shown.season)
        charts += survey_charts(shown.survey, language)
        current = self.current_chart()
        key = current.key if current is not None else "time"
        self.charts = charts
        self.drawer.forget(charts)
        self._show_heading()
        self.chart_list.blockSignals(True)
        self.chart_list.set_titles([chart.title for chart in charts])
        self._fit_list()
        keys = [chart.key for chart in charts]
        self.chart_list.setCurrentRow(keys.index(key) if key in keys else 0)
        self.chart_list.blockSignals(False)
        self._show_current()

    def current_chart(self) -> Chart | None:
        """Return the chart chosen in the list (None before the first figures)."""
        row = self.chart_list.currentRow()
        return self.charts[row] if 0 <= row < len(self.charts) else None

    def _show_current(self) -> None:
        chart = self.current_chart()
        self.table.figures.show_chart(chart)
        if chart is None:
            return
        self.chart_title.setText(chart.title)
        self.area.describe(chart.title, chart.summary)
        self.table.setAccessibleDescription(chart.summary)
        self._draw_current()

    def _draw_current(self) -> None:
        self._resize_timer.stop()  # drawn for the room it has now: no second drawing after
        self.drawer.draw(self.current_chart())

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.area)
        if not on:
            self._draw_current()  # the room may have changed while the table was shown

    def copy_table(self) -> None:
        """Copy the chosen chart's numbers for a spreadsheet (tab-separated, with headings)."""
        self.table.copy_all()

    def _fit_list(self) -> None:
        """Make the list as wide as its longest title, but never more than a third.

        The titles the chart over time takes in other periods count too: the list (and so
        the chart's room) keeps its width from one period to the next, and a chart drawn
        for one period's room is not drawn again for another's.
        """
        metrics = self.chart_list.fontMetrics()
        titles = [self.chart_list.title(row) for row in range(self.chart_list.count())]
        if titles:
            titles += time_titles()
        widest = max((metrics.horizontalAdvance(title) for title in titles), default=120)
        frame = (
            2 * self.chart_list.frameWidth()
            + self.chart_list.verticalScrollBar().sizeHint().width()
        )
        self.chart_list.setFixedWidth(min(widest + frame + 16, max(self.width() // 3, 160)))
        for layout in (self.layout(), self.right.layout()):
            if layout is not None:
                layout.activate()  # the chart's room is measured next: with the list's width

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the list of charts its width again (the chart follows its area's size)."""
        super().resizeEvent(event)
        self._fit_list()

    def _on_area_resized(self) -> None:
        """Draw the chart again for its new room, once the resizing has stopped.

        Only when the room changed from what the chart on view was drawn for: the list's
        width set for new figures is measured before their chart is drawn (no wait then).
        """
        if self.charts and self.stack.currentWidget() is self.area and not self.drawer.fits():
            self._resize_timer.start()

    # -- print and export ------------------------------------------------------------------

    def print_overview(self) -> None:
        """Draw every chart for paper, then open the print preview (print or save as PDF)."""
        if self.shown is None:
            return
        from ui.overview.print import open_preview

        def opened(dialog: QWidget) -> None:
            self.preview = dialog

        heading, headline = self.heading.text(), self.headline.text()
        open_preview(self, heading, headline, list(self.charts), self.drawer.renderer, opened)

    def export(self) -> None:
        """Ask where to save the period's questions as Excel or CSV, and save them there."""
        if self.shown is None or self.export_button is None:
            return
        module: Any = importlib.import_module("ui.overview.export")
        module.export_overview(self, self.kiosk, self.runner, self.shown.figures.period)
