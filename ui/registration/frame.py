"""The registration screen's frame: the scrolling form, the pinned bar, the day side panel.

The form (questions and visit answers) scrolls and follows the keyboard focus; the action bar
with Opslaan stays under it, always in sight; today's list sits on the right and folds away
("Vandaag ▸") by the clerk's choice or by itself when the window is narrow. The Tab order is
set explicitly in visual order, because the choice buttons are made again whenever the desk's
frequent choices change (and new widgets would otherwise go to the end of the Tab chain).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ui.choices import ChoiceGroup
from ui.day_list import DayPanel
from ui.i18n import current_language, retranslate_on_change
from ui.question_editor import QuestionEditor
from ui.registration.action_bar import ActionBar
from ui.visit_panel import VisitPanel
from ui.widgets import install_mnemonics

log = logging.getLogger(__name__)

#: Below this width (logical pixels) today's list folds away by itself.
NARROW = 1000


def _buttons(group: ChoiceGroup) -> list[QWidget]:
    return [group.button(code) for code in group.codes()]


class RegistrationFrame(QWidget):
    """Lays out the form, the action bar and the day panel; keeps Tab and focus in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the parts; the screen fills and connects them."""
        super().__init__(parent)
        self.editor = QuestionEditor(self)
        self.visit = VisitPanel(self)
        self.day = DayPanel(self)
        self.bar = ActionBar(self)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("questionTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.addTab("")
        self.tabs.setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.hide()
        self.day_toggle = QPushButton(self)
        self.day_toggle.setObjectName("dayToggle")
        self.day_toggle.setMinimumHeight(36)
        self.day_toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._narrow: bool | None = None
        self._today: int | None = None

        content = QWidget(self)
        content.setObjectName("formContent")
        form = QVBoxLayout(content)
        form.setContentsMargins(0, 0, 8, 0)
        form.addWidget(self.tabs)
        form.addWidget(self.editor)
        form.addWidget(self.visit)
        form.addStretch(1)
        self.question_scroll = QScrollArea(self)
        self.question_scroll.setObjectName("questionScroll")
        self.question_scroll.setWidgetResizable(True)
        self.question_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.question_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question_scroll.setWidget(content)
        _let_shrink(content)
        # When the form reflows (a resize, today's list folding away) the focused control
        # stays in sight, not only when the focus moves.
        content.installEventFilter(self)
        self.question_scroll.viewport().installEventFilter(self)

        self.left = QWidget(self)
        self.left.setObjectName("formColumn")
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.question_scroll, 1)
        left_layout.addWidget(self.bar)

        self.right = QWidget(self)
        self.right.setObjectName("dayColumn")
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(
            self.day_toggle, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        right_layout.addWidget(self.day, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.left, 5)
        layout.addWidget(self.right, 3)
        self.day_toggle.clicked.connect(lambda: self.set_day_collapsed(self.day.isVisible()))
        self.set_day_collapsed(False)
        self._retranslate_tabs()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._keep_focus_visible)
        retranslate_on_change(self, self.retranslate)

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Show the screen in the current language; the form in progress stays as it is.

        Every part sets its words and catalogue labels again in place (no widget is made
        anew), so the answers, the note, the count, the time, the marks, a message shown and
        the keyboard focus are kept.
        """
        language = current_language()
        self.editor.set_language(language)
        self.visit.set_language(language)
        self.day.retranslate(language)
        self.bar.retranslate()
        self._retranslate_tabs()
        self.set_day_collapsed(self.day_collapsed())
        content = self.question_scroll.widget()
        if content is not None:
            _let_shrink(content)
        try:
            install_mnemonics(self)  # the Alt letters differ per language
        except ValueError:  # a translation gave two headings one letter: keys stay unbound
            log.warning("Two headings share an Alt letter in %s", current_language())
        self.set_tab_order()

    def _retranslate_tabs(self) -> None:
        self.tabs.setAccessibleName(self.tr("Vragen in dit bezoek"))
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tr("Vraag {n}").format(n=index + 1))
            # Qt names the close button once, in the language of that moment.
            close = self.tabs.tabButton(index, QTabBar.ButtonPosition.RightSide)
            if close is not None:
                close.setToolTip(self.tr("Vraag {n} sluiten").format(n=index + 1))
                close.setAccessibleName(close.toolTip())

    # -- today's list ---------------------------------------------------------------------

    def set_day_collapsed(self, collapsed: bool) -> None:
        """Fold today's list away to a narrow strip (True) or show it (False)."""
        self.day.setVisible(not collapsed)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.setStretchFactor(self.right, 0 if collapsed else 3)
        if collapsed:
            count = "" if self._today is None else f" ({self._today})"
            self.day_toggle.setText(self.tr("◂ Vandaag") + count)
            self.day_toggle.setToolTip(self.tr("Toon de bezoeken van vandaag"))
        else:
            self.day_toggle.setText(self.tr("Vandaag ▸"))
            self.day_toggle.setToolTip(self.tr("Verberg de bezoeken van vandaag"))
        # About 36 characters wide when shown (440 pixels at 100 %), more with larger text.
        widest = max(440, self.fontMetrics().averageCharWidth() * 60)
        self.right.setMaximumWidth(self.day_toggle.sizeHint().width() + 16 if collapsed else widest)
        self.day_toggle.setAccessibleName(self.day_toggle.toolTip())
        self.set_tab_order()

    def set_today_count(self, visits: int) -> None:
        """Show today's number of visits on the folded strip too."""
        self._today = visits
        if self.day_collapsed():
            self.set_day_collapsed(True)

    def day_collapsed(self) -> bool:
        """Return whether today's list is folded away."""
        return self.day.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fold today's list away by itself when the window gets narrow (and back)."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_day_collapsed(narrow)

    # -- keyboard -------------------------------------------------------------------------

    def tab_order(self) -> list[QWidget]:
        """Return the controls in visual order: the order Tab follows."""
        editor, visit, day = self.editor, self.visit, self.day
        order: list[QWidget] = [self.tabs]
        order += _buttons(editor.topics.frequent)
        order += [editor.topics.filter, editor.topics.list]
        order += [*_buttons(editor.organisations), editor.more_organisations]
        for group in (editor.followup, editor.help, editor.referral):
            order += _buttons(group)
        order.append(editor.note)
        order += [*_buttons(visit.channel), *_buttons(visit.duration)]
        order += [visit.now, visit.when, visit.count, visit.walking]
        order += self.bar.buttons()
        order += [self.day_toggle, day.table, day.correct_button, day.void_button]
        return order

    def set_tab_order(self) -> None:
        """Chain the controls in visual order (again after the buttons were made anew)."""
        _chain(self.tab_order())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab follow :meth:`tab_order`; past either end focus leaves the screen.

        The controls outside this screen (the window's tabs, status bar) come next in the
        window's own chain; a screen that is its own window wraps around.
        """
        order = [w for w in self.tab_order() if _takes_tab(w, self)]
        current = QApplication.focusWidget()
        if not order or current not in order:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        step = 1 if next else -1
        index = order.index(current) + step
        if 0 <= index < len(order):
            order[index].setFocus(reason)
            return True
        outside = self._outside(current, next)
        target = outside if outside is not None else order[index % len(order)]
        target.setFocus(reason)
        return True

    def _outside(self, start: QWidget, forward: bool) -> QWidget | None:
        """The first control outside this screen that Tab reaches from *start*, if any."""
        widget = start
        for _ in range(2000):
            following = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if following is None or following is start:
                return None
            widget = following
            if not self.isAncestorOf(widget) and widget is not self and _takes_tab(widget, None):
                return widget
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the form or its view changed size, scroll the focused control into sight."""
        if event.type() == QEvent.Type.Resize:
            self._keep_focus_visible(None, QApplication.focusWidget())
        return False

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.question_scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.question_scroll.ensureWidgetVisible(new, 0, 24)


def _let_shrink(content: QWidget) -> None:
    """Let the form get as narrow as its widest choice: headings wrap, lists shorten.

    The form scrolls up and down only, so anything wider than the window would be cut off
    (with text at 200 % the longer headings were wider than a laptop's screen).
    """
    for label in content.findChildren(QLabel):
        if label.property("section"):
            # One line when it fits in about 32 characters, wrapped when longer.
            metrics = label.fontMetrics()
            one_line = metrics.horizontalAdvance(label.accessibleName() or label.text()) + 4
            label.setWordWrap(True)
            label.setMinimumWidth(min(one_line, metrics.averageCharWidth() * 32))
    for combo in content.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)


def _takes_tab(widget: QWidget, root: QWidget | None) -> bool:
    return (
        widget.isVisibleTo(widget.window())
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and (root is None or root.isAncestorOf(widget))
    )


def _chain(widgets: Iterable[QWidget]) -> None:
    previous: QWidget | None = None
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
