"""Small counts hidden from a table, and the counts that would give them away.

The public view hides every count above zero and below ``min_count`` (``Settings.
public_min_count``, default 5): *primary* suppression. A hidden cell must not come back by
subtraction, so :func:`suppress` also hides further cells (*complementary* suppression) by one
rule, applied to every *group* of cells that add up to a total someone may know:

* each count column over the table's rows (its total is a total row of the table, the
  view's overall figure in another table, or simply the national figure elsewhere: we always
  assume it is known);
* when the table has a row-total column (key or heading ``totaal``), each row over the other
  count columns, and the total column over the rows;
* when the table has a total row (a text cell ``Totaal``), that row over the count columns.

**The rule.** A group is safe when it hides nothing, or hides at least two cells whose sum
cannot be split in only one way: the hidden cells are not all ones (their sum exceeds their
number), or one of them is a zero hidden for cover (then a reader cannot assume any hidden
cell is above zero) and their sum is above zero. While a group is not safe, its smallest
shown cell above zero is hidden too (the first such row on a tie); only when none is left, its
first shown zero. Every group is checked again until nothing changes, since a cell hidden for
one group is part of another.

This protects each group against its own total. It is the usual heuristic, not a solution of
the full linear problem: a reader combining a row total and a column total of a crossed table
might narrow a hidden cell further. The dashboard's crossed tables (weekday x hour) come
without total rows or columns, so only their column groups apply.

**Derived values.** A row that hides a count also hides its ``percent`` and ``number`` cells
(a share of a hidden count gives the count back).

A column that holds only ones and no zero (every row present says "at least one") cannot be
protected against its total: the number of rows already gives it. Such a total is itself
small whenever it is below ``min_count``, and hidden wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sync.central.figures.views import Table

#: The heading or key of a row-total column, and the text of a total row (lower case).
TOTAL = "totaal"

Cell = tuple[int, int]  # (row index, column index)


def suppress(table: Table, min_count: int) -> Table:
    """Return *table* with counts 0 < n < *min_count* hidden (None), and what gives them away.

    ``hidden`` of the result counts the count cells this hid (those hidden already are
    added to it). With *min_count* 1 or below, *table* is returned unchanged.
    """
    if min_count <= 1:
        return table
    counts = [i for i, c in enumerate(table.columns) if c.kind == "count"]
    if not counts:
        return table
    rows = [list(row) for row in table.rows]
    hidden: set[Cell] = {(r, c) for r, row in enumerate(rows) for c in counts if row[c] is None}
    before = len(hidden)
    known = {(r, c): row[c] for r, row in enumerate(rows) for c in counts if row[c] is not None}
    hidden |= {cell for cell, n in known.items() if 0 < n < min_count}
    groups = _groups(table, rows, counts)
    changed = True
    while changed:
        changed = False
        for group in groups:
            while not _safe(group, hidden, known):
                cell = _cover(group, hidden, known)
                if cell is None:
                    break
                hidden.add(cell)
                changed = True
    derived = [i for i, c in enumerate(table.columns) if c.kind in ("percent", "number")]
    for r, c in hidden:
        rows[r][c] = None
        for d in derived:
            rows[r][d] = None
    return replace(
        table,
        rows=[tuple(row) for row in rows],
        hidden=table.hidden + len(hidden) - before,
    )


def _groups(table: Table, rows: Sequence[Sequence[Any]], counts: list[int]) -> list[list[Cell]]:
    """The groups of cells that add up to a total a reader may know (see the module)."""
    totals_at = [
        i for i in counts if TOTAL in (table.columns[i].key.lower(), table.columns[i].label.lower())
    ]
    total_col = totals_at[0] if totals_at else None
    texts = [i for i, c in enumerate(table.columns) if c.kind == "text"]
    total_rows = [
        r
        for r, row in enumerate(rows)
        if any(isinstance(row[i], str) and row[i].strip().lower() == TOTAL for i in texts)
    ]
    body_rows = [r for r in range(len(rows)) if r not in total_rows]
    body_cols = [c for c in counts if c != total_col]
    groups = [[(r, c) for r in body_rows] for c in counts]
    if total_col is not None:
        groups += [[(r, c) for c in body_cols] for r in range(len(rows))]
    else:
        groups += [[(r, c) for c in body_cols] for r in total_rows if len(body_cols) > 1]
    return [g for g in groups if g]


def _safe(group: list[Cell], hidden: set[Cell], known: dict[Cell, int]) -> bool:
    """Whether no hidden cell of *group* follows from the group's total (see the module)."""
    shut = [cell for cell in group if cell in hidden]
    if not shut:
        return True
    if len(shut) < 2:
        return False
    values = [known.get(cell, 0) for cell in shut]  # a cell hidden before we came: unknown
    total = sum(values)
    covered_zero = any(known.get(cell) == 0 for cell in shut)
    return total > 0 if covered_zero else total > len(shut)


def _cover(group: list[Cell], hidden: set[Cell], known: dict[Cell, int]) -> Cell | None:
    """The next cell to hide in *group*: its smallest shown count above zero, else a zero."""
    shown = [cell for cell in group if cell not in hidden and cell in known]
    above = [cell for cell in shown if known[cell] > 0]
    if above:
        return min(above, key=lambda cell: (known[cell], cell))
    return shown[0] if shown else None
