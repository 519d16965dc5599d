"""The words for the planning's codes: codes made from data, and the shaped parameters."""

from __future__ import annotations

from datetime import date, time

import pytest

from kiosk.errors import InputError, Message
from kiosk.planning.availability import AvailabilityRow, RowError
from kiosk.planning.reference import RECORDS
from ui import words


@pytest.mark.parametrize("record", RECORDS)
def test_every_record_that_can_be_gone_has_words(record: str) -> None:
    """``planning.gone.<record>`` is made from the record's name: each one has a sentence."""
    assert words.has_words(f"planning.gone.{record}")
    assert words.text(Message(f"planning.gone.{record}")).endswith("bestaat niet (meer).")


def test_a_row_problem_reads_with_its_row_and_a_file_problem_without() -> None:
    """``planning.import.row`` puts "Rij n: " before the row's own sentence."""
    row = RowError(4, "planning.import.cell_empty", {"column": "dag"})
    assert row.message.code == "planning.import.row"
    assert words.text(row.message) == "Rij 4: 'dag' is leeg."
    whole = RowError(0, "planning.import.not_xlsx")
    assert words.text(whole.message) == "Dit bestand is geen leesbaar Excel-bestand (.xlsx)."


def test_an_overlap_names_the_weekday_and_the_date_of_a_one_day_row() -> None:
    """The weekday comes as a number; a one-day row adds its date."""
    weekly = AvailabilityRow(2, "Anna", "", 2, time(9), time(12), 30)
    one_day = AvailabilityRow(
        3, "Bert", "", 4, time(10), time(11), 30, 1, date(2027, 3, 4), date(2027, 3, 4)
    )
    said = [
        words.text(RowError.of(9, Message("planning.import.overlaps_row", params)).message)
        for params in ({"other": 2, **weekly.describe()}, {"other": 3, **one_day.describe()})
    ]
    assert said == [
        "Rij 9: overlapt met rij 2 (Anna, dinsdag 09:00–12:00).",
        "Rij 9: overlapt met rij 3 (Bert, donderdag 04-03-2027 10:00–11:00).",
    ]


def test_a_helper_without_an_organisation_is_named_so_among_the_others() -> None:
    """The organisations come one a line, "" for none; the sentence lists them sorted."""
    message = Message(
        "planning.import.helper_other_partner",
        {"helper": "Kees", "partners": "\nHumanitas", "partner": "FNV"},
    )
    assert words.text(message) == (
        "helper 'Kees' bestaat al bij Humanitas, geen organisatie, niet bij 'FNV'. Pas de "
        "organisatie aan of gebruik een andere naam."
    )


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"templates": 0}, "0 nieuwe roosterregels."),
        (
            {"templates": 1, "helpers": 1, "partners": 2, "unchanged": 3, "error_rows": 1},
            "1 nieuwe roosterregel, 1 nieuwe helper, 2 nieuwe organisaties, 3 al aanwezig, "
            "1 rij met fouten.",
        ),
        ({"templates": 2, "error_rows": 2}, "2 nieuwe roosterregels, 2 rijen met fouten."),
    ],
)
def test_the_import_summary_counts_in_one_and_more(counts: dict[str, int], expected: str) -> None:
    """Each count has its words for one and for more; zero counts but the first are left out."""
    assert words.text(Message("planning.import.summary", counts)) == expected


def test_a_refusal_reads_as_its_sentences_joined() -> None:
    """An InputError of the planning reads as its problems' sentences, in order."""
    error = InputError.single("capacity", "planning.slot.capacity_range", min=0, max=50)
    assert words.error_text(error) == "Kies 0 tot 50 plaatsen per tijdvak."
