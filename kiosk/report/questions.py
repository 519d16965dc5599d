"""One counted question as a row of the export: its visit's fields, codes and labels.

:class:`RowMaker` turns a :class:`~kiosk.overview.figures.QuestionRow` into the values of
:data:`~kiosk.report.words.QUESTION_COLUMNS`: the visit (its id, so a pivot table can count
visits), the question's number in it, the local date, time and weekday, then per answer its
code and its label in the export's language (catalogue lists from the catalogue, the way of
working and the entry from the UI's words). A code list (help given, referral) is one cell:
codes joined with ``", "``, labels with ``"; "``. A note is never part of a row.
"""

from __future__ import annotations

from datetime import time
from typing import Any, Final

from kiosk.catalogue import CatalogueSet
from kiosk.overview.figures import QuestionRow
from kiosk.report.words import ReportWords

CODE_SEPARATOR: Final = ", "
LABEL_SEPARATOR: Final = "; "


class Labels:
    """The catalogue's labels in one language, looked up once per code."""

    def __init__(self, catalogues: CatalogueSet, language: str) -> None:
        """Read labels from *catalogues* in *language* (``nl`` or ``en``)."""
        self.catalogues = catalogues
        self.language = language
        self._known: dict[tuple[str, str], str] = {}

    def __call__(self, list_name: str, code: str | None) -> str:
        """Return the label of *code* in *list_name* ("" for None; an unknown code as itself)."""
        if code is None:
            return ""
        key = (list_name, code)
        label = self._known.get(key)
        if label is None:
            label = self._known[key] = self.catalogues.label(list_name, code, self.language)
        return label

    def many(self, list_name: str, codes: tuple[str, ...]) -> str:
        """Return the labels of *codes* as one cell."""
        return LABEL_SEPARATOR.join(self(list_name, c) for c in codes)


class RowMaker:
    """Makes the export's row of a question (see the module's docstring)."""

    def __init__(self, catalogues: CatalogueSet, words: ReportWords) -> None:
        """Take labels from *catalogues* and the other words from *words*."""
        self.words = words
        self.label = Labels(catalogues, words.language)

    def values(self, row: QuestionRow) -> list[Any]:
        """Return *row*'s values, in :data:`~kiosk.report.words.QUESTION_COLUMNS` order.

        The date and time are :class:`~datetime.date` and :class:`~datetime.time` values
        (a writer formats them); everything else is text or a whole number.
        """
        words, label = self.words, self.label
        moment = row.occurred_local
        return [
            row.visit_id,
            row.position,
            moment.date(),
            time(moment.hour, moment.minute),
            _pick(words.weekdays, moment.isoweekday() - 1),
            row.channel,
            label("channel", row.channel),
            row.duration,
            label("duration", row.duration),
            row.mode,
            words.modes.get(row.mode, row.mode),
            row.entry,
            words.entries.get(row.entry, row.entry),
            words.yes if row.source == "correction" else words.no,
            row.kind,
            label("kind", row.kind),
            row.organisation,
            label("organisation", row.organisation),
            row.layer or "",
            label("layer", row.layer),
            row.topic,
            label("topic", row.topic),
            row.digid_followup or "",
            label("digid_followup", row.digid_followup),
            CODE_SEPARATOR.join(row.help),
            label.many("help", row.help),
            CODE_SEPARATOR.join(row.referral),
            label.many("referral", row.referral),
        ]


def _pick(names: tuple[str, ...], index: int) -> str:
    return names[index] if 0 <= index < len(names) else str(index + 1)
