"""Walk a screen by keyboard the way a clerk does: Tab and Shift+Tab from a starting control.

Used by the keyboard tests of every page and dialog:

- :func:`tab_chain` presses Tab (or Shift+Tab) on whatever has focus until focus comes back to
  where it started, and fails when it gets stuck (a control that eats Tab) or loops elsewhere;
- :func:`unreachable` lists the visible, enabled controls that take Tab focus but are not in a
  chain (so "Tab never reaches Opslaan" fails a test);
- :func:`assert_reading_order` fails when the chain jumps against the visual reading order of
  the regions it is given (left to right, top to bottom within each region).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

MAX_STEPS = 300


def _focused() -> QWidget | None:
    widget = QApplication.focusWidget()
    return widget


def tab_chain(first: QWidget, *, backwards: bool = False) -> list[QWidget]:
    """Return the controls Tab (Shift+Tab with *backwards*) visits from *first*, in order.

    The window of *first* must be shown and active. Fails when a key press leaves focus where
    it was (stuck) or when focus cycles without returning to *first*.
    """
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = _focused()
    assert start is not None, "nothing has focus: is the window shown and active?"
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    chain = [start]
    for _ in range(MAX_STEPS):
        current = _focused()
        assert current is not None, f"focus lost after {describe(chain[-1])}"
        QTest.keyClick(current, key, modifier)
        QApplication.processEvents()
        after = _focused()
        assert after is not None, f"focus lost after {describe(current)}"
        if after is start:
            return chain
        assert after is not current, f"{'Shift+' if backwards else ''}Tab is stuck on " + (
            describe(current)
        )
        assert after not in chain, (
            f"Tab loops back to {describe(after)} without returning to {describe(start)}: "
            + " -> ".join(describe(w) for w in chain)
        )
        chain.append(after)
    raise AssertionError(f"no way back to {describe(start)} in {MAX_STEPS} key presses")


def focusable(root: QWidget) -> list[QWidget]:
    """Return the visible, enabled descendants of *root* that take focus by Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None:
            continue
        if not widget.isVisibleTo(root.window()) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.property("keyboardSkip"):  # reached another way, documented where it is set
            continue
        found.append(widget)
    return found


def unreachable(root: QWidget, chain: Iterable[QWidget]) -> list[str]:
    """Describe the focusable controls under *root* that *chain* never visits."""
    visited = set(chain)
    return [describe(w) for w in focusable(root) if w not in visited]


def _rect(widget: QWidget) -> QRect:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return QRect(top_left, widget.size())


def _in(widget: QWidget, region: QWidget) -> bool:
    return widget is region or region.isAncestorOf(widget)


def assert_reading_order(chain: Sequence[QWidget], regions: Sequence[QWidget]) -> None:
    """Fail when *chain* visits *regions* out of order or jumps back within one region.

    Each control belongs to the first region that contains it (controls in none are ignored).
    Regions must be visited in the given order, each once; within a region a control must not
    sit on an earlier row than the one before it, nor left of it on the same row (rows overlap
    vertically).
    """
    last_region = -1
    previous: QWidget | None = None
    for widget in chain:
        index = next((i for i, r in enumerate(regions) if _in(widget, r)), None)
        if index is None:
            continue
        assert index >= last_region, (
            f"{describe(widget)} (region {index}) comes after region {last_region}"
        )
        if index == last_region and previous is not None:
            before, now = _rect(previous), _rect(widget)
            same_row = now.top() < before.bottom() and before.top() < now.bottom()
            if same_row:
                assert now.left() >= before.left(), (
                    f"Tab goes left from {describe(previous)} to {describe(widget)}"
                )
            else:
                assert now.top() >= before.top(), (
                    f"Tab goes up from {describe(previous)} to {describe(widget)}"
                )
        last_region, previous = index, widget


def describe(widget: QWidget) -> str:
    """A short name for *widget* in a failure message."""
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    name = widget.objectName() or widget.accessibleName() or text
    return f"{type(widget).__name__}({name!r})"
