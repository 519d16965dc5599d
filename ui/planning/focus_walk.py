"""Tab and Shift+Tab along an explicit list of controls, for the planning screens.

Qt's focus chain, bent with ``QWidget.setTabOrder``, lost its way round compound widgets (check
box groups with a focus proxy, a tab widget's bar and pages): Tab looped or skipped controls.
The booking editor and the planning page instead list their controls in screen order and
walk that list from their ``focusNextPrevChild``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget


def reachable(root: QWidget, chain: Sequence[QWidget]) -> list[QWidget]:
    """Return the members of *chain* that Tab can reach now (shown, enabled, taking Tab)."""
    window = root.window()
    return [
        w
        for w in chain
        if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def in_reading_order(panel: QWidget) -> list[QWidget]:
    """Return *panel*'s controls that take Tab, top to bottom and left to right."""
    found = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]
    return sorted(
        found, key=lambda w: (w.mapTo(panel, QPoint(0, 0)).y(), w.mapTo(panel, QPoint(0, 0)).x())
    )


def step(root: QWidget, chain: Sequence[QWidget], forward: bool, *, ring: bool) -> bool | None:
    """Move the focus one control along *chain*; None when *chain* cannot decide.

    None: the focus is not in the chain (the caller hands the key to Qt then). Past an end the
    focus goes round when *ring*, else to the next control outside *root* in Qt's chain.
    """
    controls = reachable(root, chain)
    focus = QApplication.focusWidget()
    if focus not in controls:
        return None
    index = controls.index(focus) + (1 if forward else -1)
    if not 0 <= index < len(controls) and not ring and _leave(root, focus, forward):
        return True
    controls[index % len(controls)].setFocus(_reason(forward))
    return True


def _reason(forward: bool) -> Qt.FocusReason:
    return Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason


def _leave(root: QWidget, last: QWidget, forward: bool) -> bool:
    """Focus the first control outside *root* after (before) *last* in Qt's chain.

    False when there is none (the window holds nothing else): the walk goes round then.
    """
    widget = last
    for _ in range(2000):
        following = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if following is None or following is last:
            return False
        widget = following
        if widget is root or root.isAncestorOf(widget):
            continue
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and widget.isEnabled() and not widget.focusProxy():
            widget.setFocus(_reason(forward))
            return True
    return False
