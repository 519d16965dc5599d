"""The history of past visits: search them, and correct or void one within the branch's window.

The desk keeps every visit it recorded. :class:`HistoryService` finds those of this desk's IDO
location by period (local dates), by words in the labels of their questions' topic,
organisation and help given (as the visit's own catalogue version names them, in Dutch or in
English, case-insensitive) or in a question's note; newest first, a page at a time, so a desk
with a million visits answers as fast as one with a hundred (the search walks the
``visit_desk_occurred`` index backwards and stops once a page is full).

A visit can still be corrected or declared void when it is at most ``history_days`` days old
(the branch's setting, :attr:`kiosk.settings.DeskSettings.history_days`); an older one is
refused with ``history.outside_window``. The writes themselves are
:meth:`kiosk.registration.RegistrationService.correct` and ``void``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import text

from kiosk.catalogue import CatalogueSet
from kiosk.clock import Now, local_day_bounds, local_from, system_now
from kiosk.db import Database
from kiosk.errors import InputError
from kiosk.registration import RegistrationService, SaveResult

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from kiosk.app import Kiosk
    from kiosk.settings import SettingsService
    from kiosk.visits import VisitInput

#: The rows of one page unless the caller asks for another number.
PAGE_SIZE: Final = 100
#: The most rows one page may hold.
PAGE_MAX: Final = 1000
#: The most words of a search that count (the rest are ignored).
WORDS_MAX: Final = 8
#: The lists whose labels a search looks in.
SEARCHED_LISTS: Final = ("topic", "organisation", "help")
#: A visit's status in the history: as recorded, the correction of another visit, replaced by
#: a correction, or declared void.
STATUSES: Final = ("active", "correction", "replaced", "void")


@dataclass(frozen=True)
class HistoryQuery:
    """What to look for.

    Attributes:
        start: the first local day (None: from the first visit).
        end: the last local day, included (None: up to now).
        words: the search text; each word must be in a label or note of one of the visit's
            questions (case-insensitive).
        limit: rows per page (at most :data:`PAGE_MAX`).
        offset: rows to skip (the pages before).
    """

    start: date | None = None
    end: date | None = None
    words: str = ""
    limit: int = PAGE_SIZE
    offset: int = 0


@dataclass(frozen=True)
class HistoryRow:
    """One past visit as the history shows it.

    Attributes:
        id: the visit's id.
        occurred_local: when it happened, at the local offset of that moment.
        topics: the labels of its questions' topics, in order.
        organisations: the labels of its questions' organisations ("" where none applies).
        channel: the label of how it came in.
        status: one of :data:`STATUSES`.
        sent: whether the server has it.
        corrects_id: the visit it corrects, if it is a correction.
        changeable: whether it can still be corrected or declared void.
        refusal: the code saying why not (None when it can).
    """

    id: str
    occurred_local: datetime
    topics: tuple[str, ...]
    organisations: tuple[str, ...]
    channel: str
    status: str
    sent: bool
    corrects_id: str | None
    changeable: bool
    refusal: str | None


@dataclass(frozen=True)
class HistoryPage:
    """One page of a search, newest first, with what decides the window."""

    rows: tuple[HistoryRow, ...]
    offset: int
    more: bool
    history_days: int
    today: date


class HistoryService:
    """Searches this desk's location's visits; corrects and voids within the window."""

    def __init__(
        self,
        db: Database,
        catalogues: CatalogueSet,
        registration: RegistrationService,
        settings: SettingsService,
        now: Now = system_now,
    ) -> None:
        """Work on *db* with *catalogues*' labels; write through *registration*."""
        self.db = db
        self.catalogues = catalogues
        self.registration = registration
        self.settings = settings
        self.now = now

    @classmethod
    def of(cls, kiosk: Kiosk) -> HistoryService:
        """Return the service on *kiosk*'s database, catalogues, settings and clock."""
        return cls(kiosk.db, kiosk.catalogues, kiosk.registration, kiosk.settings, kiosk.now)

    # -- reads ----------------------------------------------------------------------------

    def search(self, desk_id: str, query: HistoryQuery, today: date | None = None) -> HistoryPage:
        """Return one page of the visits at *desk_id*'s location that match *query*."""
        today = today or self.now().date()
        days = self.settings.read().history_days
        limit = max(1, min(query.limit, PAGE_MAX))
        offset = max(0, query.offset)
        where, params = self._where(desk_id, query)
        params.update(limit=limit + 1, offset=offset)
        sql = f"""
            SELECT v.id, v.occurred_at, v.occurred_offset, v.channel, v.source,
                   v.corrects_id, v.catalogue_version,
                   (SELECT group_concat(q.topic || char(30) || q.organisation, char(31)) FROM
                      (SELECT topic, organisation FROM question WHERE visit_id = v.id
                       ORDER BY position) AS q) AS questions,
                   EXISTS (SELECT 1 FROM visit_void d WHERE d.visit_id = v.id) AS voided,
                   EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = v.id) AS replaced,
                   coalesce(o.state = 'acked', 1) AS sent
            FROM visit v
            LEFT JOIN outbox o ON o.op_id = v.op_id
            WHERE {" AND ".join(where)}
            ORDER BY v.occurred_at DESC, v.id DESC
            LIMIT :limit OFFSET :offset
        """  # every value is a bound parameter; only their names are made here
        with self.db.query() as connection:
            found = connection.execute(text(sql), params).all()
        rows = tuple(self._row(r, today, days) for r in found[:limit])
        return HistoryPage(rows, offset, len(found) > limit, days, today)

    def explain(self, desk_id: str, query: HistoryQuery) -> list[str]:
        """Return SQLite's plan for *query* (to check the search uses the index)."""
        where, params = self._where(desk_id, query)
        sql = (
            "EXPLAIN QUERY PLAN SELECT v.id FROM visit v LEFT JOIN outbox o ON o.op_id = v.op_id "
            f"WHERE {' AND '.join(where)} ORDER BY v.occurred_at DESC, v.id DESC LIMIT 101"
        )
        with self.db.query() as connection:
            return [str(r[-1]) for r in connection.execute(text(sql), params).all()]

    def window_refusal(self, visit_id: str, today: date | None = None) -> InputError | None:
        """Return why visit *visit_id* may no longer be changed by its age, or None if it may."""
        today = today or self.now().date()
        days = self.settings.read().history_days
        with self.db.query() as connection:
            return _outside_window(connection, visit_id, today, days)

    # -- writes ---------------------------------------------------------------------------

    def void(
        self, desk_id: str, visit_id: str, reason: str = "", today: date | None = None
    ) -> SaveResult:
        """Declare visit *visit_id* void when it is within the window (else refuse)."""
        refusal = self.window_refusal(visit_id, today)
        if refusal is not None:
            raise refusal
        return self.registration.void(desk_id, visit_id, reason)

    def correct(
        self, desk_id: str, original_id: str, visit: VisitInput, today: date | None = None
    ) -> SaveResult:
        """Correct visit *original_id* when it is within the window (else refuse)."""
        refusal = self.window_refusal(original_id, today)
        if refusal is not None:
            raise refusal
        return self.registration.correct(desk_id, original_id, visit)

    # -- helpers --------------------------------------------------------------------------

    def _where(self, desk_id: str, query: HistoryQuery) -> tuple[list[str], dict[str, Any]]:
        """Return the conditions of *query* and their parameters."""
        params: dict[str, Any] = {}
        where = [_desks_clause(self._desks(desk_id), params)]
        if query.start is not None:
            params["start"] = local_day_bounds(query.start)[0]
            where.append("v.occurred_at >= :start")
        if query.end is not None:
            params["end"] = local_day_bounds(query.end)[1]
            where.append("v.occurred_at < :end")
        for number, word in enumerate(search_words(query.words)):
            where.append(self._word_clause(number, word, params))
        return where, params

    def _desks(self, desk_id: str) -> tuple[str, ...]:
        """Return the desks at *desk_id*'s location (just *desk_id* when it is unknown)."""
        with self.db.query() as connection:
            found = connection.execute(
                text(
                    "SELECT d.id FROM desk d JOIN desk me ON me.location_id = d.location_id "
                    "WHERE me.id = :d ORDER BY d.id"
                ),
                {"d": desk_id},
            ).all()
        return tuple(str(r[0]) for r in found) or (desk_id,)

    def _word_clause(self, number: int, word: str, params: dict[str, Any]) -> str:
        """Return the condition that one of the visit's questions holds *word*."""
        needle = f"w{number}"
        params[needle] = "%" + _escape_like(word) + "%"
        found = [f"q.note LIKE :{needle} ESCAPE '\\'"]
        for catalogue in self.catalogues:
            codes = {
                name: [
                    o.code
                    for o in catalogue.options(name, include_retired=True)
                    if word in o.label("nl").casefold() or word in o.label("en").casefold()
                ]
                for name in SEARCHED_LISTS
                if name in catalogue.lists
            }
            parts = []
            for name, matched in codes.items():
                if not matched:
                    continue
                names = []
                for code in matched:
                    key = f"c{len(params)}"
                    params[key] = code
                    names.append(f":{key}")
                listed = ", ".join(names)
                if name == "help":
                    parts.append(
                        f"EXISTS (SELECT 1 FROM json_each(q.help) h WHERE h.value IN ({listed}))"
                    )
                else:
                    parts.append(f"q.{name} IN ({listed})")
            if parts:
                key = f"v{len(params)}"
                params[key] = catalogue.version
                found.append(f"(v.catalogue_version = :{key} AND ({' OR '.join(parts)}))")
        return (
            "EXISTS (SELECT 1 FROM question q WHERE q.visit_id = v.id AND ("
            + " OR ".join(found)
            + "))"
        )

    def _label(self, version: int, list_name: str, code: str) -> str:
        catalogue = self.catalogues.version(version)
        option = catalogue.get(list_name, code) if catalogue is not None else None
        return option.label() if option is not None else self.catalogues.label(list_name, code)

    def _row(self, r: Any, today: date, days: int) -> HistoryRow:
        pairs = [q.split("\x1e") for q in r.questions.split("\x1f")] if r.questions else []
        version = int(r.catalogue_version)
        status = (
            "void"
            if r.voided
            else "replaced"
            if r.replaced
            else "correction"
            if r.corrects_id
            else "active"
        )
        occurred = local_from(r.occurred_at, r.occurred_offset)
        refusal = (
            "visit.already_void"
            if status == "void"
            else "visit.already_corrected"
            if status == "replaced"
            else "history.outside_window"
            if (today - occurred.date()).days > days
            else None
        )
        return HistoryRow(
            id=r.id,
            occurred_local=occurred,
            topics=tuple(self._label(version, "topic", p[0]) for p in pairs),
            organisations=tuple(
                "" if len(p) < 2 or p[1] == "nvt" else self._label(version, "organisation", p[1])
                for p in pairs
            ),
            channel=self._label(version, "channel", r.channel),
            status=status,
            sent=bool(r.sent),
            corrects_id=r.corrects_id,
            changeable=refusal is None,
            refusal=refusal,
        )


def search_words(typed: str) -> tuple[str, ...]:
    """Return the words of a search, case-folded, without repeats (at most :data:`WORDS_MAX`)."""
    words: list[str] = []
    for word in typed.casefold().split():
        if word not in words:
            words.append(word)
    return tuple(words[:WORDS_MAX])


def _desks_clause(desks: tuple[str, ...], params: dict[str, Any]) -> str:
    # One desk (nearly always): "=", so SQLite walks the index in the order asked, no sorting.
    if len(desks) == 1:
        params["desk"] = desks[0]
        return "v.desk_id = :desk"
    names = []
    for number, desk in enumerate(desks):
        params[f"desk{number}"] = desk
        names.append(f":desk{number}")
    return f"v.desk_id IN ({', '.join(names)})"


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _outside_window(
    connection: Connection, visit_id: str, today: date, days: int
) -> InputError | None:
    row = connection.execute(
        text("SELECT occurred_at, occurred_offset FROM visit WHERE id = :v"), {"v": visit_id}
    ).first()
    if row is None:
        return InputError.single("visit", "visit.not_found")
    occurred = local_from(row.occurred_at, row.occurred_offset).date()
    if (today - occurred).days > days:
        return InputError.single("visit", "history.outside_window", days=days)
    return None
