"""The main window's top row: the page tabs, the demo mark and the Instellingen/Hulp buttons.

The row never makes the window wider than the pages need, on a laptop at 150 % or with text
at 200 %: the tabs carry only their names (the keys Ctrl+1 to Ctrl+3 are in their tooltips,
their accessible descriptions and the help), the demo mark takes the room that is left and
shortens its text ("DEMO: telt niet mee", then "…" with the whole text in its tooltip), and
the button beside it gets a shorter label when the row is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QTabBar, QWidget

from ui.i18n import retranslate_on_change
from ui.widgets import ElidedLabel


class TopBar(QWidget):
    """One row: page tabs, the demo mark with "Echte locatie instellen …", Instellingen, Hulp.

    The window connects the tabs and the buttons; nothing here is a Tab stop (the keys are
    Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+, and F1), so Tab stays within the clerk's page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the row; the tabs, the demo mark and the tools start hidden."""
        super().__init__(parent)
        self.setObjectName("topBar")
        self.page_tabs = QTabBar(self)
        self.page_tabs.setObjectName("pageTabs")
        # Ctrl+1 / Ctrl+2 / Ctrl+3 switch pages; the bar stays out of the Tab order.
        self.page_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_tabs.setExpanding(False)
        self.page_tabs.setUsesScrollButtons(False)
        self.page_tabs.setElideMode(Qt.TextElideMode.ElideNone)
        for _key in ("Ctrl+1", "Ctrl+2", "Ctrl+3"):
            self.page_tabs.addTab("")
        self.page_tabs.hide()

        self.banner = QFrame(self)
        self.banner.setObjectName("demoBar")
        self.banner_text = ElidedLabel(self.banner)
        self.banner_text.setObjectName("demoBanner")
        self.real_location_button = QPushButton(self.banner)
        self.real_location_button.setObjectName("realLocationButton")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 0, 8, 0)
        banner_layout.setSpacing(8)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.real_location_button)
        self.banner.hide()

        # For the mouse: Vragenlijst, Instellingen and Hulp (the keys are Ctrl+Shift+B, Ctrl+,
        # and F1; no Tab stops).
        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(4, 0, 4, 0)
        tools.setSpacing(4)
        self.visitor_button = QPushButton(self.tools)
        self.settings_button = QPushButton(self.tools)
        self.help_button = QPushButton(self.tools)
        for button in (self.visitor_button, self.settings_button, self.help_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tools.addWidget(button)
        self.tools.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page_tabs, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.banner, 100)
        layout.addStretch(1)
        layout.addWidget(self.tools)
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Set the row's texts in the current language (again after a language switch)."""
        self.page_tabs.setAccessibleName(self.tr("Schermen"))
        self.tab_names = (
            (self.tr("Registratie"), "Ctrl+1"),
            (self.tr("Belastinghulp"), "Ctrl+2"),
            (self.tr("Overzicht"), "Ctrl+3"),
        )
        for index, (name, key) in enumerate(self.tab_names):
            self.page_tabs.setTabText(index, name)
            self.page_tabs.setTabToolTip(index, f"{name} ({key})")
        # A screen reader names the keys too (Qt's tabs have no description of their own).
        self.page_tabs.setAccessibleDescription(
            " · ".join(f"{name} ({key})" for name, key in self.tab_names)
        )
        self.banner_texts = (
            self.tr("DEMOLOCATIE: om te proberen. Deze registraties tellen niet mee."),
            self.tr("DEMO: telt niet mee"),
        )
        self.banner_text.setAccessibleName(self.banner_texts[0])
        self.location_texts = (self.tr("Echte locatie instellen …"), self.tr("Echte locatie …"))
        self.real_location_button.setToolTip(
            self.tr("Stel de echte locatie in; de demoregistraties worden dan gewist.")
        )
        self.visitor_button.setText(self.tr("Vragenlijst"))
        self.visitor_button.setToolTip(self.tr("Vragenlijst voor bezoekers (Ctrl+Shift+B)"))
        self.settings_button.setText(self.tr("Instellingen"))
        self.settings_button.setToolTip(self.tr("Instellingen (Ctrl+,)"))
        self.help_button.setText(self.tr("Hulp"))
        self.help_button.setToolTip(self.tr("Hulp en sneltoetsen (F1)"))
        for button in (self.visitor_button, self.settings_button, self.help_button):
            button.setAccessibleDescription(button.toolTip())
        self.fit_banner(self.width())
        self.updateGeometry()

    def set_current_tab(self, index: int) -> None:
        """Mark page *index* as shown, without emitting ``currentChanged``."""
        self.page_tabs.blockSignals(True)
        self.page_tabs.setCurrentIndex(index)
        self.page_tabs.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the demo mark and its button when the row is narrow (125 %, 150 %)."""
        super().resizeEvent(event)
        self.fit_banner(event.size().width())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the tabs, the tools and a few letters of the demo mark.

        The demo mark's button leaves when there is no room for it (its task is also in the
        settings), and so does "Vragenlijst" (its key Ctrl+Shift+B is in the help): neither
        makes the window wider (200 % text on a laptop).
        """
        hint = super().minimumSizeHint()
        parts = [self.page_tabs, self.tools] if self.page_tabs.isVisibleTo(self) else []
        width = sum(part.minimumSizeHint().width() for part in parts)
        if parts and self.visitor_button.isVisibleTo(self.tools):
            width -= self._visitor_width()
        if self.banner.isVisibleTo(self):
            width += self.banner_text.minimumSizeHint().width() + 16
        return QSize(width, hint.height())

    def _visitor_width(self) -> int:
        """The room "Vragenlijst" takes in the tools row (its width and the gap before it)."""
        layout = self.tools.layout()
        gap = layout.spacing() if layout is not None else 0
        return self.visitor_button.sizeHint().width() + gap

    def fit_banner(self, width: int) -> None:
        """Use the long demo texts when the row of *width* pixels has room for them.

        "Vragenlijst" shows when the tabs, the tools and the demo mark's short texts (the mark
        and its button) leave room for it.
        """
        full, short = self.banner_texts
        long_button, short_button = self.location_texts
        metrics = self.real_location_button.fontMetrics()
        tools = self.tools.sizeHint().width()
        if self.visitor_button.isVisibleTo(self.tools):
            tools -= self._visitor_width()
        least = self.page_tabs.sizeHint().width() + tools + 40
        if self.banner.isVisibleTo(self):  # the demo mark's short texts go first
            least += self.banner_text.fontMetrics().horizontalAdvance(short) + 24
            least += metrics.horizontalAdvance(short_button) + 40
        self.visitor_button.setVisible(width >= least + self._visitor_width())
        others = self.page_tabs.sizeHint().width() + self.tools.sizeHint().width() + 40
        text = self.banner_text.fontMetrics().horizontalAdvance(full) + 24
        wide = width >= others + text + metrics.horizontalAdvance(long_button) + 40
        room = width - others - self.banner_text.minimumSizeHint().width()
        self.banner_text.setText(full if wide else short)
        self.banner_text.setToolTip(full)
        self.real_location_button.setText(long_button if wide else short_button)
        self.real_location_button.setVisible(
            wide or room >= self.real_location_button.sizeHint().width()
        )
