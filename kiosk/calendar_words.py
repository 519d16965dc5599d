"""Dutch names of months and weekdays, for text made without Qt.

Spreadsheet cells on the desk (:mod:`kiosk.planning.sheet_cells`), the Belastinghulp grid and its
printed day list and appointment slip (:mod:`ui.planning.texts`, :mod:`ui.planning.slip_print`),
and the central dashboard's pages, downloads and reports (:mod:`sync.central.figures.wording`)
read and write them.
"""

from __future__ import annotations

from typing import Final

#: ISO weekdays 1 (Monday) .. 7.
WEEKDAYS: Final = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
#: Months 1 .. 12.
MONTHS: Final = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
#: The short month names of Dutch dates (``mrt``, not ``maa``).
MONTHS_SHORT: Final = tuple(
    ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
)
