"""The data-health view's tables of branches and devices: silent, far clocks, refused, quiet.

Built from :mod:`sync.central.figures.health` for the view's filter and scope, only for a
viewer who may see branches (``Level.BRANCH``): these name branches and desks. "Now" is up to
when the figures run (:func:`~sync.central.figures.queries.through`), so the page agrees
with itself; the month without registrations is that moment's month in the Netherlands.
:func:`tables` gives them; the view's builder adds them after its monthly table.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sync.central.accounts.scope import Level
from sync.central.figures import health, queries, wording
from sync.central.figures.tablekit import Context, table
from sync.central.figures.views import Column, Table

n = wording.number
NEVER = "nog nooit"
#: Refusal codes as a person reads them (any other code is shown as it is).
REASONS = {
    "validation_failed": "onjuiste gegevens",
    "branch_forbidden": "hoort bij een andere vestiging",
    "visit_superseded": "bezoek was al vervangen",
    "visit_voided": "bezoek was al ingetrokken",
    "visit_already_corrected": "bezoek was al gecorrigeerd",
    "depends_on_conflicted": "hing af van een geweigerde wijziging",
    "device_seq_reused": "volgnummer van de balie dubbel gebruikt",
    "op_id_reused": "wijziging dubbel verstuurd met andere inhoud",
    "conflict": "botste met een andere wijziging",
}
KINDS = {"counter": "Vaste balie", "walking": "Lopend (laptop)"}


def _when(value: datetime | None) -> str:
    return NEVER if value is None else wording.moment(value)


def _skew(seconds: int | None) -> str:
    """``1 uur en 2 minuten voor`` / ``5 minuten achter`` (unknown: empty)."""
    if seconds is None:
        return ""
    minutes = abs(seconds) // 60
    hours, minutes = divmod(minutes, 60)
    parts = ([f"{hours} uur"] if hours else []) + ([f"{minutes} minuten"] if minutes else [])
    amount = " en ".join(parts) or f"{abs(seconds)} seconden"
    return f"{amount} {'voor' if seconds > 0 else 'achter'}"


def _listing(one: str, many: str, empty: str) -> Any:
    """A summary of a listing: ``1 vestiging ...`` / ``3 vestigingen ...``, or *empty*."""

    def summarise(rows: list[tuple[Any, ...]], hidden: bool) -> str:
        if not rows:
            return empty
        return f"1 {one}." if len(rows) == 1 else f"{n(len(rows))} {many}."

    return summarise


def tables(ctx: Context, days: int = health.SILENT_DAYS) -> list[Table]:
    """The branch and device tables (none for a viewer who may not see branches)."""
    if Level.BRANCH not in ctx.visibility.levels:
        return []
    now = queries.through(ctx.conn) or datetime.now(UTC)
    month = health.this_month(now)
    silent = health.silent_branches(ctx.conn, now, days, ctx.f, ctx.within)
    devices = health.silent_devices(ctx.conn, now, days, ctx.f, ctx.within)
    clocks = health.clock_warnings(ctx.conn, ctx.f, ctx.within)
    refused = health.dead_letters(ctx.conn, ctx.f, ctx.within)
    quiet = health.without_registrations(ctx.conn, month, ctx.f, ctx.within)
    none = "Geen."
    return [
        table(
            ctx,
            "stille-vestigingen",
            f"Vestigingen die {days} dagen of langer niets stuurden",
            (
                Column("vestiging", "Vestiging"),
                Column("balies", "Balies", "count"),
                Column("laatst", "Laatst ontvangen"),
            ),
            [(s.branch, s.devices, _when(s.last_batch_at)) for s in silent],
            _listing(
                "vestiging stuurde al een tijd niets",
                "vestigingen stuurden al een tijd niets",
                "Alle vestigingen sturen.",
            ),
        ),
        table(
            ctx,
            "stille-balies",
            f"Balies die {days} dagen of langer niets stuurden",
            (
                Column("vestiging", "Vestiging"),
                Column("balie", "Balie"),
                Column("soort", "Soort"),
                Column("laatst", "Laatst ontvangen"),
            ),
            [
                (d.branch, d.device, KINDS.get(d.kind, d.kind), _when(d.last_batch_at))
                for d in devices
            ],
            _listing(
                "balie stuurde al een tijd niets",
                "balies stuurden al een tijd niets",
                "Alle balies sturen.",
            ),
        ),
        table(
            ctx,
            "klokwaarschuwingen",
            "Balies waarvan de klok afwijkt",
            (
                Column("vestiging", "Vestiging"),
                Column("balie", "Balie"),
                Column("afwijking", "Klok loopt"),
                Column("laatst", "Laatst ontvangen"),
            ),
            [
                (c.branch, c.device, _skew(c.clock_skew_seconds), _when(c.last_batch_at))
                for c in clocks
            ],
            _listing(
                "balie heeft een klok die afwijkt", "balies hebben een klok die afwijkt", none
            ),
        ),
        table(
            ctx,
            "geweigerd",
            "Geweigerde gegevens per vestiging",
            (
                Column("vestiging", "Vestiging"),
                Column("geweigerd", "Geweigerd", "count"),
                Column("laatst", "Laatst geweigerd"),
                Column("redenen", "Redenen"),
            ),
            [
                (
                    d.branch,
                    d.ops,
                    wording.moment(d.newest),
                    ", ".join(
                        f"{REASONS.get(code, code)} ({n(ops)})"
                        for code, ops in sorted(d.codes.items())
                    ),
                )
                for d in refused
            ],
            _listing(
                "vestiging heeft geweigerde gegevens",
                "vestigingen hebben geweigerde gegevens",
                "Niets geweigerd.",
            ),
        ),
        table(
            ctx,
            "zonder-registraties",
            f"IDO's zonder registraties in {wording.month_long(month)}",
            (
                Column("vestiging", "Vestiging"),
                Column("laatste_maand", "Laatste maand met registraties"),
            ),
            [
                (u.branch, NEVER if u.last_month is None else wording.month_long(u.last_month))
                for u in quiet
            ],
            _listing(
                f"IDO registreerde nog niets in {wording.month_long(month)}",
                f"IDO's registreerden nog niets in {wording.month_long(month)}",
                none,
            ),
        ),
    ]
