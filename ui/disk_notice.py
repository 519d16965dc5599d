"""The line above the status bar while saving fails because the disk is full.

Each screen says so where the clerk saved (:mod:`ui.words.storage`); this line stays in sight on
every screen until a save works again, so a clerk who moves on to the day list or the planning
still knows that nothing new is kept. It follows :attr:`ui.tasks.TaskRunner.disk_full`: shown
on the first save refused for lack of space, hidden once any save goes through (room again,
no restart). It shares the clock warning's style (a line of its own, red on pink).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import retranslate_on_change


class DiskNotice(QLabel):
    """The "De schijf is vol" line above the status bar, shown by :meth:`set_full`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the line, hidden until the disk is full."""
        super().__init__(parent)
        self.setObjectName("statusDiskFull")
        self.setWordWrap(True)
        self.setContentsMargins(8, 2, 8, 2)
        self.hide()
        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setText(
            self.tr(
                "⚠ De schijf is vol: wat u nu opslaat, wordt niet bewaard. Maak ruimte vrij of "
                "waarschuw de ICT-afdeling. Wat al was opgeslagen, is veilig."
            )
        )
        self.setAccessibleName(self.text())

    def set_full(self, full: bool) -> None:
        """Show the line while the disk is full; hide it once a save works again."""
        self.setVisible(full)
