"""The planning page's controls and their layout (see :mod:`ui.planning.planning_page`).

Above the grid one wrapping row (season, helper and organisation filters, Vandaag, a date with
Ga naar, Zoeken, Details); below it the legend and the feedback. On the right the tools (season
and roster, day list, exchange) and the side tabs, :data:`SIDE_WIDTH` wide, which Ctrl+D hides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.planning.attention_panel import AttentionPanel
from ui.planning.flow import FlowLayout
from ui.planning.grid_view import PlanningGridView
from ui.planning.navigation import DateBar
from ui.planning.slot_panel import SlotPanel
from ui.planning.waiting_panel import WaitingPanel
from ui.planning.widgets import button
from ui.widgets import section_label

if TYPE_CHECKING:
    from ui.planning.planning_page import PlanningPage

SIDE_WIDTH = 360  # the side panel's fixed width (it fits 910 px wide windows with the grid)


def build(page: PlanningPage) -> None:
    """Make the page's controls and lay them out (the page connects them)."""
    page.season = QComboBox(page)
    page.season.setObjectName("seasonPicker")
    page.season.setAccessibleName(page.tr("Seizoen"))
    page.season.setMinimumWidth(140)
    page.helper_filter = QComboBox(page)
    page.helper_filter.setObjectName("helperFilter")
    page.helper_filter.setAccessibleName(page.tr("Filter op helper"))
    page.helper_filter.setMinimumWidth(120)
    page.partner_filter = QComboBox(page)
    page.partner_filter.setObjectName("partnerFilter")
    page.partner_filter.setAccessibleName(page.tr("Filter op organisatie"))
    page.partner_filter.setMinimumWidth(120)
    for combo in (page.season, page.helper_filter, page.partner_filter):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    page.templates_button = button(
        page.tr("Seizoen en rooster …"),
        page,
        "templatesButton",
        page.tr("Seizoen, helpers, weekrooster en sluitingsdagen (Ctrl+Shift+T)"),
    )
    page.print_button = button(
        page.tr("Daglijst …"),
        page,
        "printDayListButton",
        page.tr("Daglijst afdrukken (Ctrl+Shift+P)"),
    )
    page.exchange_button = button(
        page.tr("Uitwisselen …"),
        page,
        "exchangeButton",
        page.tr("Rooster of afspraken importeren en exporteren (Ctrl+E)"),
    )
    page.grid = PlanningGridView(page)
    page.date_bar = DateBar(page.today(), page)
    page.side_button = button(
        page.tr("Details verbergen"),
        page,
        "toggleSideButton",
        page.tr("Het zijpaneel met details tonen of verbergen (Ctrl+D)"),
    )
    page.side_button.setCheckable(True)
    page.side_button.setChecked(True)
    # One wrapping row: on a narrow window (a laptop at 150 %) it takes two or three.
    top = FlowLayout(spacing=8)
    top.addWidget(_pair(page.tr("&Seizoen"), page.season, page))
    top.addWidget(_pair(page.tr("&Helper"), page.helper_filter, page))
    top.addWidget(_pair(page.tr("&Organisatie"), page.partner_filter, page))
    for piece in page.date_bar.pieces():
        top.addWidget(piece)
    top.addWidget(page.side_button)

    page.feedback = QLabel(page.tr("De planning wordt geladen …"), page)
    page.feedback.setObjectName("feedback")
    page.feedback.setWordWrap(True)
    page.feedback.setAccessibleName(page.tr("Melding"))
    page.legend = QLabel(
        page.tr(
            "◷ voorlopig (nog niet bevestigd)   ✓ verschenen   ✗ niet verschenen   "
            "⚠ conflict   ⊘ gesloten"
        ),
        page,
    )
    page.legend.setObjectName("planningLegend")
    page.legend.setWordWrap(True)

    page.main = QWidget(page)
    page.main.setObjectName("planningMain")
    left = QVBoxLayout(page.main)
    left.setContentsMargins(0, 0, 0, 0)
    left.addLayout(top)
    left.addWidget(section_label(page.tr("Rooster  (Alt+&G)"), page.grid, page))
    left.addWidget(page.grid, 1)
    left.addWidget(page.legend)
    left.addWidget(page.feedback)

    page.slot_panel = SlotPanel(page, page)
    page.waiting = WaitingPanel(page, page)
    page.attention = AttentionPanel(page, page)
    page.side = QTabWidget(page)
    page.side.setObjectName("planningSide")
    page.side.setAccessibleName(page.tr("Details"))
    # A fixed width: the slot's texts change with every cursor step, and a side panel that
    # grew or shrank with them would resize (and fully repaint) the grid each time.
    page.side.setFixedWidth(SIDE_WIDTH)
    page.side.addTab(page.slot_panel, page.tr("&Dit tijdstip"))
    page.side.addTab(page.waiting, page.tr("&Wachtlijst"))
    page.side.addTab(page.attention, page.tr("&Aandacht nodig"))

    tools = FlowLayout(spacing=6)
    tools.addWidget(page.templates_button)
    tools.addWidget(page.print_button)
    tools.addWidget(page.exchange_button)
    page.right = QWidget(page)
    page.right.setObjectName("planningRight")
    page.right.setFixedWidth(SIDE_WIDTH)
    right = QVBoxLayout(page.right)
    right.setContentsMargins(0, 0, 0, 0)
    right.addLayout(tools)
    right.addWidget(page.side, 1)
    right.addStretch(0)
    layout = QHBoxLayout(page)
    layout.addWidget(page.main, 1)
    layout.addWidget(page.right)


def _pair(title: str, field: QWidget, parent: QWidget) -> QWidget:
    """Return *field* with its heading in front, as one piece of a wrapping row."""
    pair = QWidget(parent)
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(section_label(title, field, pair))
    field.setParent(pair)
    layout.addWidget(field)
    return pair
