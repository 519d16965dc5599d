"""The planning page's controls and their layout (see :mod:`ui.planning.planning_page`).

Above the grid one wrapping row: the season, "Filter" (which shows a second row with the helper
and organisation filters), Vandaag, a date with Ga naar, and Zoeken; at 150 % on a laptop that is
two rows. The grid has no heading of its own (its column heads say what it is; Alt+G goes to
it). Below the grid the legend and the feedback. On the right the tools (season and roster,
day list, exchange, Details) over the side tabs; each tab scrolls when the window is low, and
:func:`side_width` sizes the column from the font, so no button or tab text is cut. Ctrl+D
hides the side tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.planning.attention_panel import AttentionPanel
from ui.planning.grid_view import PlanningGridView
from ui.planning.navigation import DateBar
from ui.planning.slot_panel import SlotPanel
from ui.planning.waiting_panel import WaitingPanel
from ui.planning.widgets import (
    LiveTexts,
    SideScroll,
    Text,
    live_button,
    refresh_views,
    show_feedback,
)
from ui.widgets import MNEMONIC, FlowLayout, section_label, set_section_text

if TYPE_CHECKING:
    from ui.planning.planning_page import PlanningPage

#: The side column's width in average characters (at least; the widest button and the tab
#: texts may ask for more).
SIDE_CHARS = 40
#: The side column takes at most this part of the page's width (at 200 % text on a small
#: window its tabs then scroll sideways instead of squeezing the grid away).
SIDE_SHARE = 0.45


def build(page: PlanningPage) -> None:
    """Make the page's controls and lay them out (the page connects them).

    Every text goes through ``page.words`` (:class:`~ui.planning.widgets.LiveTexts`), so a
    language switch sets it again.
    """
    page.words = LiveTexts(page)
    page.attention_count = 0
    page.season = QComboBox(page)
    page.season.setObjectName("seasonPicker")
    page.words.set(page.season.setAccessibleName, lambda: page.tr("Seizoen"))
    page.helper_filter = QComboBox(page)
    page.helper_filter.setObjectName("helperFilter")
    page.words.set(page.helper_filter.setAccessibleName, lambda: page.tr("Filter op helper"))
    page.partner_filter = QComboBox(page)
    page.partner_filter.setObjectName("partnerFilter")
    page.words.set(page.partner_filter.setAccessibleName, lambda: page.tr("Filter op organisatie"))
    for combo in (page.season, page.helper_filter, page.partner_filter):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
    page.templates_button = live_button(
        page.words,
        lambda: page.tr("Seizoen en rooster …"),
        page,
        "templatesButton",
        lambda: page.tr("Seizoen, helpers, weekrooster en sluitingsdagen (Ctrl+Shift+T)"),
    )
    page.print_button = live_button(
        page.words,
        lambda: page.tr("Daglijst …"),
        page,
        "printDayListButton",
        lambda: page.tr("Daglijst afdrukken (Ctrl+Shift+P)"),
    )
    page.exchange_button = live_button(
        page.words,
        lambda: page.tr("Uitwisselen …"),
        page,
        "exchangeButton",
        lambda: page.tr("Rooster of afspraken importeren en exporteren (Ctrl+E)"),
    )
    page.grid = PlanningGridView(page)
    page.date_bar = DateBar(page.today(), page)
    page.side_button = live_button(
        page.words,
        lambda: page.tr("Details verbergen"),
        page,
        "toggleSideButton",
        lambda: page.tr("Het zijpaneel met details tonen of verbergen (Ctrl+D)"),
    )
    page.side_button.setCheckable(True)
    page.side_button.setChecked(True)
    page.filter_button = live_button(
        page.words,
        lambda: page.tr("Filter"),
        page,
        "filterButton",
        lambda: page.tr("Alleen één helper of één organisatie tonen (Alt+H, Alt+O)"),
    )
    page.filter_button.setCheckable(True)
    page.filters = QWidget(page)
    page.filters.setObjectName("planningFilters")
    filters = FlowLayout(page.filters, spacing=8, columns=2)
    filters.addWidget(_pair(page, lambda: page.tr("&Helper"), page.helper_filter, page.filters))
    filters.addWidget(
        _pair(page, lambda: page.tr("&Organisatie"), page.partner_filter, page.filters)
    )
    # Alt+H and Alt+O first show the folded filters (the page binds them, not the labels).
    for label in page.filters.findChildren(QLabel):
        label.setProperty(MNEMONIC, "")
    page.filters.hide()
    # One wrapping row: on a narrow window (a laptop at 150 %) it takes two.
    top = FlowLayout(spacing=8, columns=8)
    top.addWidget(_pair(page, lambda: page.tr("&Seizoen"), page.season, page))
    top.addWidget(page.filter_button)
    for piece in page.date_bar.pieces():
        top.addWidget(piece)

    page.feedback = QLabel(page.tr("De planning wordt geladen …"), page)  # then the news
    page.feedback.setObjectName("feedback")
    page.feedback.setWordWrap(True)
    page.words.set(page.feedback.setAccessibleName, lambda: page.tr("Melding"))
    page.legend = QLabel(page)
    page.words.set(
        page.legend.setText,
        lambda: page.tr("◷ voorlopig  ✓ verschenen  ✗ niet verschenen  ⚠ conflict  ⊘ gesloten"),
    )
    page.words.set(
        page.legend.setToolTip, lambda: page.tr("◷ voorlopig: de afspraak is nog niet bevestigd")
    )
    page.legend.setObjectName("planningLegend")
    page.legend.setWordWrap(True)

    page.main = QWidget(page)
    page.main.setObjectName("planningMain")
    left = QVBoxLayout(page.main)
    left.setContentsMargins(0, 0, 0, 0)
    left.addLayout(top)
    left.addWidget(page.filters)
    left.addWidget(page.grid, 1)
    left.addWidget(page.legend)
    left.addWidget(page.feedback)

    page.slot_panel = SlotPanel(page, page)
    page.waiting = WaitingPanel(page, page)
    page.attention = AttentionPanel(page, page)
    page.side = QTabWidget(page)
    page.side.setObjectName("planningSide")
    page.words.set(page.side.setAccessibleName, lambda: page.tr("Details"))
    page.side.setDocumentMode(True)
    page.side.addTab(SideScroll(page.slot_panel, page.side), "")
    page.side.addTab(SideScroll(page.waiting, page.side), "")
    page.side.addTab(SideScroll(page.attention, page.side), "")
    page.words.set(lambda t: page.side.setTabText(0, t), lambda: page.tr("&Dit tijdstip"))
    page.words.set(lambda t: page.side.setTabText(1, t), lambda: page.tr("&Wachtlijst"))
    page.words.set(lambda t: page.side.setTabText(2, t), lambda: page.tr("&Aandacht"))
    page.words.set(
        lambda t: page.side.setTabToolTip(0, t),
        lambda: page.tr("Het tijdstip onder de cursor en zijn afspraken"),
    )
    page.words.set(
        lambda t: page.side.setTabToolTip(2, t),
        lambda: page.tr("Afspraken die het centrale rooster niet kon opslaan"),
    )

    tools = FlowLayout(spacing=6, columns=2)
    for widget in page.tool_buttons():
        tools.addWidget(widget)
    page.right = QWidget(page)
    page.right.setObjectName("planningRight")
    right = QVBoxLayout(page.right)
    right.setContentsMargins(0, 0, 0, 0)
    right.addLayout(tools)
    right.addWidget(page.side, 1)
    # Only at a very large text size on a small screen is the column taller than the page:
    # then it scrolls, instead of its rows overlapping.
    page.main_scroll = SideScroll(page.main, page)
    page.main_scroll.setObjectName("planningMainScroll")
    layout = QHBoxLayout(page)
    layout.addWidget(page.main_scroll, 1)
    layout.addWidget(page.right)


def main_chain(page: PlanningPage) -> list[QWidget]:
    """Return the page's controls outside the side tabs, in the order Tab visits them."""
    bar = page.date_bar
    return [
        page.season,
        page.filter_button,
        page.helper_filter,
        page.partner_filter,
        bar.today_button,
        bar.date,
        bar.go_button,
        bar.search_button,
        page.grid,
        *page.tool_buttons(),
        page.side.tabBar(),
    ]


def side_panel(page: PlanningPage) -> QWidget | None:
    """Return the side tab shown (the panel inside its scroll area), or None when hidden."""
    if not page.side.isVisibleTo(page):
        return None
    shown = page.side.currentWidget()
    return shown.panel if isinstance(shown, SideScroll) else shown


def side_width(page: PlanningPage) -> int:
    """Return the side column's natural width: the tab texts, the widest button, some text.

    Measured from the font, so it grows with a larger text size; the tab "Aandacht" is
    measured with a count of two digits.
    """
    metrics = page.fontMetrics()
    style = page.style()
    scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    bar = page.side.tabBar()
    shown = bar.tabText(2)
    bar.setTabText(2, page.tr("⚠ &Aandacht (99)"))
    tabs = sum(bar.tabSizeHint(n).width() for n in range(bar.count()))
    bar.setTabText(2, shown)
    buttons = page.slot_panel.findChildren(QPushButton) + page.waiting.findChildren(QPushButton)
    buttons += page.attention.findChildren(QPushButton)
    widest = max((b.sizeHint().width() for b in buttons), default=0)
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
    return max(tabs + 4, widest + margins + scroll_bar + 4, metrics.averageCharWidth() * SIDE_CHARS)


def fit_side(page: PlanningPage) -> None:
    """Size the right column to the side tabs' width, or to the widest tool button.

    The side tabs take at most :data:`SIDE_SHARE` of the page; hidden (Ctrl+D), the column
    keeps only the tool buttons, stacked.
    """
    widest = max(b.sizeHint().width() for b in page.tool_buttons())
    width = widest
    if page.side_button.isChecked():
        width = max(widest, min(page.natural_side, int(page.width() * SIDE_SHARE)))
    if page.right.width() != width or page.right.minimumWidth() != width:
        page.right.setFixedWidth(width)


def show_filters(page: PlanningPage, shown: bool, focus: QWidget | None = None) -> None:
    """Show or fold the helper and organisation filters ("Filter"); then focus *focus*.

    Folded while a filter is on, the button says so: "Filter (aan)".
    """
    page.filters.setVisible(shown)
    page.filter_button.setChecked(shown)
    mark_filter(page)
    if focus is not None:
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)


def mark_filter(page: PlanningPage) -> None:
    """Say on the folded "Filter" button whether a filter is on."""
    on = page.helper_filter.currentData() is not None
    on = on or page.partner_filter.currentData() is not None
    folded = not page.filter_button.isChecked()
    page.filter_button.setText(page.tr("Filter (aan)") if on and folded else page.tr("Filter"))


def attention_tab(page: PlanningPage) -> None:
    """Name the Aandacht tab with its count: "⚠ Aandacht (2)"."""
    count = page.attention_count
    page.side.setTabText(
        2, page.tr("⚠ &Aandacht ({n})").format(n=count) if count else page.tr("&Aandacht")
    )


def retranslate(page: PlanningPage) -> None:
    """Set what follows the page's state again after a language switch.

    The texts that depend on the state, the lists' headers and cells, the Alt keys and the
    side column's width (the fixed texts follow ``page.words``).
    """
    mark_filter(page)
    if page.feedback.text():  # the last news was told in the old language
        show_feedback(page.feedback, page.tr("De taal is gewijzigd."), ok=True)
    shown = page.side_button.isChecked()
    page.side_button.setText(page.tr("Details verbergen") if shown else page.tr("Details tonen"))
    attention_tab(page)
    refresh_views(page)
    # After every widget had its LanguageChange (the order is Qt's): the new widths. (The
    # page's Alt letters are the same in both languages: Seizoen/Season, Helper, Organisatie.)
    QTimer.singleShot(0, page, lambda: _fit_again(page))


def _fit_again(page: PlanningPage) -> None:
    page.natural_side = side_width(page)
    fit_side(page)


def follow_focus(page: PlanningPage, new: QWidget | None) -> None:
    """Scroll the side tab shown (or the main column) so the control with the focus shows."""
    if new is None:
        return
    for area in (page.side.currentWidget(), page.main_scroll):
        if isinstance(area, SideScroll) and area.isAncestorOf(new) and new is not page.grid:
            area.ensureWidgetVisible(new)


def _pair(page: PlanningPage, title: Text, field: QWidget, parent: QWidget) -> QWidget:
    """Return *field* with its heading in front, as one piece of a wrapping row."""
    pair = QWidget(parent)
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    label = section_label(title(), field, pair)
    folded = parent is page.filters  # Alt+H and Alt+O are the page's: they unfold the filters

    def retitle(text: str) -> None:
        set_section_text(label, text)
        if folded:
            label.setProperty(MNEMONIC, "")

    page.words.set(retitle, title)
    layout.addWidget(label)
    field.setParent(pair)
    layout.addWidget(field)
    return pair
