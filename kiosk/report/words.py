"""The words an export writes, handed in by the UI: the core itself has none.

The core knows *what* the export holds (the keys below, in order) and the catalogue's labels
(Dutch and English live in the catalogue files); every other word of a sheet (a heading, a
sheet's name, a weekday, "ja") comes from the UI in the chosen language as a
:class:`ReportWords` (``ui.words.report.report_words``). A key the UI leaves out is written
as the key itself: an export never fails on a missing word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

#: The question sheet's (and the CSV's) columns, in order.
QUESTION_COLUMNS: Final = (
    "visit",
    "position",
    "date",
    "time",
    "weekday",
    "channel",
    "channel_label",
    "duration",
    "duration_label",
    "mode",
    "mode_label",
    "entry",
    "entry_label",
    "correction",
    "kind",
    "kind_label",
    "organisation",
    "organisation_label",
    "layer",
    "layer_label",
    "topic",
    "topic_label",
    "digid_followup",
    "digid_followup_label",
    "help",
    "help_label",
    "referral",
    "referral_label",
)
#: The sheets of the workbook, in order (``season`` once per Belastinghulp season).
SHEETS: Final = ("about", "summary", "questions", "season")
#: The summary sheet's sections (a catalogue list each, but ``months`` and ``totals``) and its
#: other words.
SUMMARY_KEYS: Final = (
    "title",
    "totals",
    "visits",
    "questions",
    "months",
    "month",
    "channel",
    "duration",
    "kind",
    "organisation",
    "layer",
    "topic",
    "digid_followup",
    "help",
    "referral",
    "code",
    "label",
    "count",
    "total",
    "unknown",
    "none",
    "per_visit",
    "per_question",
    "per_code",
)
#: The Belastinghulp sheet's words.
SEASON_KEYS: Final = (
    "title",
    "weeks",
    "week",
    "monday",
    "helpers",
    "helper",
    "partners",
    "partner",
    "booked",
    "attended",
    "no_show",
    "cancelled",
    "total",
    "waiting",
    "waiting_total",
    "waiting_served",
    "note",
)
#: The codes of a visit's way of working and of how it was entered.
MODES: Final = ("counter", "walking")
ENTRIES: Final = ("live", "tally", "backdated")


@dataclass(frozen=True)
class ReportWords:
    """Every word of an export in one language (see the module's docstring).

    Attributes:
        language: ``nl`` or ``en``: the catalogue labels are taken in it.
        columns: a heading per key of :data:`QUESTION_COLUMNS`.
        sheets: a sheet name per key of :data:`SHEETS` (``season`` may hold ``{year}``).
        summary: per key of :data:`SUMMARY_KEYS`.
        season: per key of :data:`SEASON_KEYS` (``title`` may hold ``{year}``).
        modes, entries: a label per code of :data:`MODES` and :data:`ENTRIES`.
        weekdays: the seven weekday names, Monday first.
        months: the twelve month names, January first.
        yes, no: the words for a yes/no column.
        about_title: the heading of the first sheet.
    """

    language: str = "nl"
    columns: Mapping[str, str] = field(default_factory=dict)
    sheets: Mapping[str, str] = field(default_factory=dict)
    summary: Mapping[str, str] = field(default_factory=dict)
    season: Mapping[str, str] = field(default_factory=dict)
    modes: Mapping[str, str] = field(default_factory=dict)
    entries: Mapping[str, str] = field(default_factory=dict)
    weekdays: tuple[str, ...] = ("1", "2", "3", "4", "5", "6", "7")
    months: tuple[str, ...] = tuple(str(m) for m in range(1, 13))
    yes: str = "1"
    no: str = "0"
    about_title: str = ""

    def column(self, key: str) -> str:
        """Return the heading of column *key*."""
        return self.columns.get(key, key)

    def sheet(self, key: str, **params: object) -> str:
        """Return the name of sheet *key*, filled with *params*."""
        return _fill(self.sheets.get(key, key), params)

    def sums(self, key: str, **params: object) -> str:
        """Return the summary's word *key*, filled with *params*."""
        return _fill(self.summary.get(key, key), params)

    def seasons(self, key: str, **params: object) -> str:
        """Return the Belastinghulp sheet's word *key*, filled with *params*."""
        return _fill(self.season.get(key, key), params)


def _fill(text: str, params: Mapping[str, object]) -> str:
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a word without the parameter: as it is
        return text
