"""Small counts hidden, and no hidden count recoverable from what is shown and the totals.

The property tests play a reader who knows every shown cell and the total of each group (a
column's total, a row's total) unless that total is itself small (then it is hidden too) or
zero (nothing to protect): for every hidden cell, more than one value must fit. The
reader assumes the most a uniform rule lets them: hidden cells are at least one, unless the
group hides a zero for cover (then at least zero).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.central.figures.suppress import suppress
from sync.central.figures.views import Column, Table

COLUMNS = (Column("onderwerp", "Onderwerp"), Column("vragen", "Vragen", "count"))


def column_table(counts: Sequence[int], *extra: Column) -> Table:
    rows = [(f"onderwerp {i}", n) for i, n in enumerate(counts)]
    return Table("t", "Vragen per onderwerp", "", COLUMNS, rows)


def recoverable(true: Sequence[int], shown: Sequence[int | None]) -> list[int]:
    """The rows whose hidden value follows from the shown ones and the group's total."""
    shut = [i for i, v in enumerate(shown) if v is None]
    if not shut:
        return []
    rest = sum(true) - sum(v for v in shown if v is not None)
    low = 0 if any(true[i] == 0 for i in shut) else 1
    high = rest - low * (len(shut) - 1)  # the most one hidden cell can hold
    return shut if high == low or len(shut) == 1 else []


def test_primary_suppression_hides_small_counts_only() -> None:
    table = suppress(column_table([0, 1, 4, 5, 100, 7]), 5)
    assert [row[1] for row in table.rows] == [0, None, None, 5, 100, 7]
    assert table.hidden == 2


def test_a_single_hidden_count_takes_the_next_smallest_with_it() -> None:
    table = suppress(column_table([3, 40, 12, 9, 0]), 5)
    assert [row[1] for row in table.rows] == [None, 40, 12, None, 0]
    assert table.hidden == 2


def test_hidden_ones_alone_are_covered_by_a_larger_count() -> None:
    table = suppress(column_table([1, 1, 30, 20]), 5)
    assert [row[1] for row in table.rows] == [None, None, 30, None]


def test_a_zero_covers_when_nothing_else_is_left() -> None:
    table = suppress(column_table([2, 0, 0]), 5)
    assert [row[1] for row in table.rows] == [None, None, 0]


def test_min_count_one_changes_nothing() -> None:
    table = column_table([1, 2, 3])
    assert suppress(table, 1) is table


def test_a_row_with_a_hidden_count_hides_its_share() -> None:
    columns = (*COLUMNS, Column("aandeel", "Aandeel", "percent"), Column("duur", "Duur", "number"))
    rows: list[tuple[Any, ...]] = [("a", 2, 2.0, 10.5), ("b", 8, 8.0, 9.0), ("c", 90, 90.0, 7.0)]
    table = suppress(Table("t", "", "", columns, rows), 5)
    assert table.rows == [("a", None, None, None), ("b", None, None, None), ("c", 90, 90.0, 7.0)]


def test_total_row_and_total_column_are_groups_too() -> None:
    columns = (
        Column("kanaal", "Kanaal"),
        Column("binnen", "Binnen", "count"),
        Column("buiten", "Buiten", "count"),
        Column("totaal", "Totaal", "count"),
    )
    rows: list[tuple[Any, ...]] = [
        ("balie", 3, 50, 53),
        ("telefoon", 20, 40, 60),
        ("Totaal", 23, 90, 113),
    ]
    table = suppress(Table("t", "", "", columns, rows), 5)
    shown = table.rows
    # The 3 is hidden; its row (53 - 50), its column (23 - 20) and the total row must not
    # give it back, so a second cell hides in each of them.
    assert shown[0][1] is None
    for r in range(3):
        assert sum(v is None for v in shown[r][1:3]) != 1 or shown[r][3] is None
    for c in (1, 2, 3):
        assert sum(shown[r][c] is None for r in range(2)) != 1


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=12),
    st.integers(min_value=2, max_value=10),
)
def test_no_hidden_count_follows_from_the_column_total(counts: list[int], min_count: int) -> None:
    table = suppress(column_table(counts), min_count)
    shown = [row[1] for row in table.rows]
    for true, seen in zip(counts, shown, strict=True):
        assert seen is None or seen == true
        if 0 < true < min_count:
            assert seen is None
    total = sum(counts)
    if 0 < total < min_count:
        return  # the total is itself a small count: hidden wherever it is shown
    if all(n == 1 for n in counts if n) and 0 not in counts:
        return  # only ones and no zero: the number of rows gives the total (module note)
    assert recoverable(counts, shown) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(min_value=0, max_value=20), min_size=3, max_size=3),
        min_size=2,
        max_size=6,
    ),
    st.integers(min_value=2, max_value=6),
)
def test_no_hidden_count_follows_from_a_row_or_column_total(
    grid: list[list[int]], min_count: int
) -> None:
    columns = (
        Column("x", "X"),
        *(Column(f"c{i}", f"C{i}", "count") for i in range(3)),
        Column("totaal", "Totaal", "count"),
    )
    rows: list[tuple[Any, ...]] = [(f"r{r}", *cells, sum(cells)) for r, cells in enumerate(grid)]
    table = suppress(Table("t", "", "", columns, rows), min_count)
    full = [list(row[1:]) for row in rows]
    seen = [list(row[1:]) for row in table.rows]
    lines = [(full[r][:3], seen[r][:3]) for r in range(len(full))]
    for c in range(4):
        lines.append(([row[c] for row in full], [row[c] for row in seen]))
    for true, shown in lines:
        if sum(true) < min_count:
            continue  # nothing to hide (all zeros), or a small total: hidden itself
        if all(n == 1 for n in true if n) and 0 not in true:
            continue
        assert recoverable(true, shown) == [], (true, shown)
