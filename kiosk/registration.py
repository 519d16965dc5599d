"""Recording IDO visits: save, correct, void, and what the desk screen shows.

Each method is one transaction that writes the records and their outbox operations together,
committed with ``synchronous=FULL`` before it returns: when a method returns, the visit is on
disk. A saved visit is never changed: :meth:`RegistrationService.correct` stores a new visit
that names the one it replaces, and :meth:`RegistrationService.void` stores a void record.

A payload goes out without the optional members left at their defaults (``exclude_defaults``):
a member the contract gains as optional is sent only once the desk fills it, so a server that
does not take it yet still takes the visit. Required members have no default and always go.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, text

from kiosk import outbox
from kiosk.catalogue import CatalogueSet
from kiosk.cleantext import clean_text
from kiosk.clock import Now, Stamp, local_day_bounds, local_from, system_now
from kiosk.db import Database
from kiosk.errors import InputError, Problem
from kiosk.ids import new_id
from kiosk.privacy import PersonalDataError, check_free_text
from kiosk.protocol.canonical import canonical_json
from kiosk.protocol.kinds import VISIT_CORRECTED, VISIT_RECORDED, VISIT_VOIDED
from kiosk.protocol.limits import MAX_VOID_REASON
from kiosk.visits import QuestionInput, ValidVisit, VisitInput, validate_visit

if TYPE_CHECKING:
    from pydantic import BaseModel
    from sqlmodel import Session

    from kiosk.models import Question, Visit, VisitVoid
    from kiosk.protocol.visits import Source

FREQUENT_WINDOW = 400
WAITING_CAP = outbox.WAITING_CAP
#: The form's answers, by name: a stored visit gives back those its row holds, in columns or in
#: its ``answers`` (the contract's clerk answers, ``kiosk.protocol.visits.CLERK_ANSWERS``,
#: without loading the payload models: the previous visit is read at start-up).
_FORM_ANSWERS = frozenset(f.name for f in fields(VisitInput)) - {"questions", "occurred_at"}


@dataclass(frozen=True)
class _Tables:
    """The tables a save writes, and the columns of each that the payload fills.

    The desk's own rows hold what the payload says under the same names (plus their ids and
    op): a member of the contract that the desk's table has a column for is stored as sent,
    or as its default when the payload leaves it out (``*_defaults``). The visit's other
    answers (``visit_answers``: those the desk never queries in SQL) go into its ``answers``
    column as one JSON object, so a new answer needs no column of the desk's.
    """

    visit: type[Visit]
    question: type[Question]
    void: type[VisitVoid]
    visit_columns: tuple[str, ...]
    question_columns: tuple[str, ...]
    void_columns: tuple[str, ...]
    visit_answers: tuple[str, ...]
    visit_defaults: dict[str, Any]
    question_defaults: dict[str, Any]
    void_defaults: dict[str, Any]


@cache
def _tables() -> _Tables:
    """Return the tables, loading them (and the ORM) with the first save, not at start-up."""
    from kiosk.models import Question, Visit, VisitVoid
    from kiosk.protocol.visits import VISIT_ANSWERS, QuestionPayload, VisitPayload, VoidPayload

    visit_columns = tuple(c for c in Visit.model_fields if c in VisitPayload.model_fields)
    question_columns = tuple(c for c in Question.model_fields if c in QuestionPayload.model_fields)
    void_columns = tuple(c for c in VisitVoid.model_fields if c in VoidPayload.model_fields)
    return _Tables(
        Visit,
        Question,
        VisitVoid,
        visit_columns,
        question_columns,
        void_columns,
        tuple(n for n in VISIT_ANSWERS if n not in visit_columns),
        _defaults(VisitPayload, visit_columns),
        {c: _column(v) for c, v in _defaults(QuestionPayload, question_columns).items()},
        _defaults(VoidPayload, void_columns),
    )


def _defaults(model: type[BaseModel], names: tuple[str, ...]) -> dict[str, Any]:
    """The defaults of *model*'s optional members among *names* (a payload leaves them out)."""
    return {
        name: model.model_fields[name].get_default(call_default_factory=True)
        for name in names
        if not model.model_fields[name].is_required()
    }


@dataclass(frozen=True)
class SaveResult:
    """What a write did: the ids of the visits it wrote (or declared void)."""

    visit_ids: tuple[str, ...]


@dataclass(frozen=True)
class VisitRow:
    """One visit as the day list shows it."""

    id: str
    occurred_local: datetime
    topics: tuple[str, ...]
    question_count: int
    channel: str
    duration: str
    source: str
    status: str  # "active", "void" or "corrected"
    corrects_id: str | None
    sent: bool


@dataclass(frozen=True)
class DaySummary:
    """The day list with its running counts (active visits and their questions)."""

    rows: tuple[VisitRow, ...]
    visits: int
    questions: int


@dataclass(frozen=True)
class Frequent:
    """The organisations and topics this desk used most recently, most used first."""

    organisations: tuple[str, ...]
    topics: tuple[str, ...]


class RegistrationService:
    """Saves and reads IDO visits for one database and catalogue set."""

    def __init__(self, db: Database, catalogues: CatalogueSet, now: Now = system_now) -> None:
        """Bind the service to a database, the installed catalogues and a clock."""
        self.db = db
        self.catalogues = catalogues
        self.now = now

    # -- writes ---------------------------------------------------------------------------

    def record(self, desk_id: str, visit: VisitInput) -> SaveResult:
        """Validate and save *visit* (``count`` identical visits for a tally entry)."""
        valid = validate_visit(visit, self.catalogues.current, self.now())
        source: Source = "tally" if valid.count > 1 else "live"
        with self.db.write() as session:
            location_id = _desk_location(session, desk_id)
            ids = self._store(session, desk_id, location_id, valid, source=source)
        return SaveResult(ids)

    def correct(self, desk_id: str, original_id: str, visit: VisitInput) -> SaveResult:
        """Replace visit *original_id* by a corrected visit; the original stays, superseded."""
        if visit.count != 1:
            raise InputError.single("count", "correction.single_visit")
        if visit.occurred_at is None:  # a correction keeps the original's moment by default
            original = self.visit_input(original_id)
            if original is not None:
                visit = replace(visit, occurred_at=original.occurred_at)
        valid = validate_visit(visit, self.catalogues.current, self.now())
        with self.db.write() as session:
            location_id = _desk_location(session, desk_id)
            _check_changeable(session, original_id)
            new = self._store(
                session, desk_id, location_id, valid, source="correction", corrects=original_id
            )
        return SaveResult(new)

    def void(self, desk_id: str, visit_id: str, reason: str = "") -> SaveResult:
        """Declare visit *visit_id* void (registered by mistake); it stays stored.

        The *reason* is tidied to one line without invisible characters before it is checked.
        """
        reason = clean_text(reason)
        if len(reason) > MAX_VOID_REASON:
            raise InputError.single("reason", "void.reason_too_long", max=MAX_VOID_REASON)
        try:
            check_free_text(reason)
        except PersonalDataError as exc:
            raise InputError([Problem("reason", exc.message.code, exc.message.params)]) from exc
        now = self.now()
        stamp = Stamp.of(now)
        with self.db.write() as session:
            _desk_location(session, desk_id)
            _check_changeable(session, visit_id)
            from kiosk.protocol.visits import VoidPayload  # the payload models: first save

            payload = VoidPayload(
                visit_id=visit_id,
                reason=reason,
                desk_id=desk_id,
                recorded_at=now,
                recorded_offset=stamp.offset_minutes,
            ).model_dump(exclude_defaults=True)
            op = outbox.new_op(
                kind=VISIT_VOIDED, payload=payload, occurred_at=stamp.utc, entity_id=visit_id
            )
            outbox.insert(session, [op])
            tables = _tables()
            row = {
                **tables.void_defaults,
                **{c: payload[c] for c in tables.void_columns if c in payload},
            }
            session.execute(insert(tables.void), [{**row, "op_id": op["op_id"]}])
        return SaveResult((visit_id,))

    def _store(
        self,
        session: Session,
        desk_id: str,
        location_id: str,
        valid: ValidVisit,
        *,
        source: Source,
        corrects: str | None = None,
    ) -> tuple[str, ...]:
        """Insert ``valid.count`` identical visits, their questions and outbox ops.

        Each visit's payload is built with the contract's model (what the clerk answered is
        taken from *valid* by the model's member names); the desk's rows hold the same
        values. Plain (Core) inserts, one statement per table: this is the hot path of every
        save.
        """
        from kiosk.protocol.visits import (  # the payload models load with the first save
            QUESTION_ANSWERS,
            VISIT_ANSWERS,
            QuestionPayload,
            VisitPayload,
        )

        tables = _tables()
        now = self.now()
        occurred = Stamp.of(valid.occurred_at)
        recorded = Stamp.of(now)
        answers = {name: getattr(valid, name) for name in VISIT_ANSWERS}
        asked = [{name: getattr(q, name) for name in QUESTION_ANSWERS} for q in valid.questions]
        ops: list[dict[str, Any]] = []
        visits: list[dict[str, Any]] = []
        questions: list[dict[str, Any]] = []
        for _ in range(valid.count):
            visit_id = new_id()
            payload = VisitPayload(
                visit_id=visit_id,
                desk_id=desk_id,
                location_id=location_id,
                occurred_at=valid.occurred_at,
                occurred_offset=occurred.offset_minutes,
                recorded_at=now,
                recorded_offset=recorded.offset_minutes,
                source=source,
                corrects=corrects,
                questions=[
                    QuestionPayload(question_id=new_id(), position=position, **question)
                    for position, question in enumerate(asked, start=1)
                ],
                **answers,
            ).model_dump(exclude_defaults=True)
            op = outbox.new_op(
                kind=VISIT_CORRECTED if corrects else VISIT_RECORDED,
                payload=payload,
                occurred_at=recorded.utc,
                entity_id=visit_id,
            )
            ops.append(op)
            visits.append(
                {
                    **tables.visit_defaults,
                    **{c: payload[c] for c in tables.visit_columns if c in payload},
                    "answers": _answers(payload, tables.visit_answers),
                    "id": visit_id,
                    "corrects_id": corrects,
                    "op_id": op["op_id"],
                }
            )
            questions.extend(
                {
                    **tables.question_defaults,
                    **{c: _column(q[c]) for c in tables.question_columns if c in q},
                    "id": q["question_id"],
                    "visit_id": visit_id,
                }
                for q in payload["questions"]
            )
        outbox.insert(session, ops)
        session.execute(insert(tables.visit), visits)
        session.execute(insert(tables.question), questions)
        return tuple(v["id"] for v in visits)

    # -- reads ----------------------------------------------------------------------------

    def day(self, desk_id: str, day: date | None = None) -> DaySummary:
        """Return the visits that happened at this desk on local *day* (default today)."""
        start, end = local_day_bounds(day or self.now().date())
        with self.db.query() as session:
            rows = session.execute(
                text(
                    """
                    SELECT v.id, v.occurred_at, v.occurred_offset, v.channel, v.duration,
                           v.source, v.corrects_id,
                           (SELECT group_concat(q.topic, char(31)) FROM
                              (SELECT topic FROM question WHERE visit_id = v.id
                               ORDER BY position) AS q) AS topics,
                           EXISTS (SELECT 1 FROM visit_void d WHERE d.visit_id = v.id) AS voided,
                           EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = v.id) AS corrected,
                           coalesce(o.state = 'acked', 1) AS sent
                    FROM visit v
                    -- acked ops are purged after the retention window; their visits stay listed
                    LEFT JOIN outbox o ON o.op_id = v.op_id
                    WHERE v.desk_id = :desk AND v.occurred_at >= :start AND v.occurred_at < :end
                    ORDER BY v.occurred_at DESC, v.id DESC
                    """
                ),
                {"desk": desk_id, "start": start, "end": end},
            ).all()
        result = []
        visits = questions = 0
        for r in rows:
            topics = tuple(r.topics.split("\x1f")) if r.topics else ()
            status = "void" if r.voided else "corrected" if r.corrected else "active"
            if status == "active":
                visits += 1
                questions += len(topics)
            result.append(
                VisitRow(
                    id=r.id,
                    occurred_local=local_from(r.occurred_at, r.occurred_offset),
                    topics=topics,
                    question_count=len(topics),
                    channel=r.channel,
                    duration=r.duration,
                    source=r.source,
                    status=status,
                    corrects_id=r.corrects_id,
                    sent=bool(r.sent),
                )
            )
        return DaySummary(tuple(result), visits, questions)

    def day_count(self, desk_id: str, day: date | None = None) -> int:
        """Return how many visits count at this desk on local *day* (default today).

        The number :meth:`day` gives as ``visits`` (not void, not corrected), in one count: the
        confirmation after a save names it without reading the whole day.
        """
        start, end = local_day_bounds(day or self.now().date())
        with self.db.query() as session:
            return int(
                session.execute(
                    text(
                        """
                        SELECT count(*) FROM visit v
                        WHERE v.desk_id = :desk AND v.occurred_at >= :start
                          AND v.occurred_at < :end
                          AND NOT EXISTS (SELECT 1 FROM visit_void d WHERE d.visit_id = v.id)
                          AND NOT EXISTS (SELECT 1 FROM visit c WHERE c.corrects_id = v.id)
                        """
                    ),
                    {"desk": desk_id, "start": start, "end": end},
                ).scalar_one()
            )

    def visit_input(self, visit_id: str) -> VisitInput | None:
        """Return a stored visit as input (to repeat it or to start a correction)."""
        with self.db.query() as session:
            visit = session.execute(
                text("SELECT * FROM visit WHERE id = :v"), {"v": visit_id}
            ).first()
            if visit is None:
                return None
            rows = session.execute(
                text(
                    "SELECT organisation, topic, digid_followup, help, referral, note, kind "
                    "FROM question WHERE visit_id = :v ORDER BY position"
                ),
                {"v": visit_id},
            ).all()
        questions = tuple(
            QuestionInput(
                topic=r.topic,
                organisation=None
                if r.organisation == "nvt" and r.kind != "digital_government"
                else r.organisation,
                digid_followup=r.digid_followup,
                help=tuple(json.loads(r.help)),
                referral=tuple(json.loads(r.referral)),
                note=r.note or "",
            )
            for r in rows
        )
        # The clerk's answers as stored, under the contract's names: columns, then the rest.
        answers = {name: getattr(visit, name) for name in visit._fields if name in _FORM_ANSWERS}
        if visit.answers:
            kept = json.loads(visit.answers)
            answers.update((name, kept[name]) for name in kept.keys() & _FORM_ANSWERS)
        return VisitInput(
            questions=questions,
            occurred_at=local_from(visit.occurred_at, visit.occurred_offset),
            **answers,
        )

    def last_visit(self, desk_id: str) -> VisitInput | None:
        """Return the most recently recorded visit at this desk, as input, or None."""
        with self.db.query() as session:
            row = session.execute(
                text(
                    "SELECT id FROM visit WHERE desk_id = :d ORDER BY recorded_at DESC, id DESC "
                    "LIMIT 1"
                ),
                {"d": desk_id},
            ).first()
        return None if row is None else self.visit_input(row.id)

    def frequent(self, desk_id: str, limit: int = 8) -> Frequent:
        """Return the organisations and topics used most in this desk's recent questions."""
        with self.db.query() as session:
            rows = session.execute(
                text(
                    """
                    SELECT q.organisation, q.topic FROM
                      (SELECT id FROM visit WHERE desk_id = :d
                       ORDER BY recorded_at DESC LIMIT :n) AS v
                    JOIN question q ON q.visit_id = v.id
                    """
                ),
                {"d": desk_id, "n": FREQUENT_WINDOW},
            ).all()
        current = self.catalogues.current
        organisations = Counter(r.organisation for r in rows if r.organisation != "nvt")
        topics = Counter(r.topic for r in rows)
        return Frequent(
            organisations=tuple(
                c for c, _ in organisations.most_common() if current.is_active("organisation", c)
            )[:limit],
            topics=tuple(c for c, _ in topics.most_common() if current.is_active("topic", c))[
                :limit
            ],
        )

    def waiting(self, cap: int | None = WAITING_CAP) -> int:
        """Return how many operations wait to be sent, counting at most *cap* of them."""
        with self.db.query() as session:
            return outbox.waiting_count(session, cap)

    def backlog(self, cap: int = WAITING_CAP) -> outbox.Backlog:
        """Return what waits to be sent in visits, bookings and other changes (see Backlog)."""
        with self.db.query() as session:
            return outbox.backlog(session, cap)


def _answers(payload: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The visit's answers kept in its ``answers`` column: JSON of those *payload* holds."""
    kept = {name: payload[name] for name in names if name in payload}
    return canonical_json(kept) if kept else None


def _column(value: Any) -> Any:
    """A payload value as the desk's table stores it: a list of codes as JSON text."""
    return json.dumps(value) if isinstance(value, list) else value


def _desk_location(session: Session, desk_id: str) -> str:
    """Return the IDO location of *desk_id*; refuse an unknown desk plainly."""
    row = session.execute(
        text("SELECT location_id FROM desk WHERE id = :d"), {"d": desk_id}
    ).first()
    if row is None:
        raise InputError.single("desk", "desk.not_set_up")
    return str(row[0])


def _check_changeable(session: Session, visit_id: str) -> None:
    row = session.execute(
        text(
            """
            SELECT EXISTS (SELECT 1 FROM visit_void WHERE visit_id = :v) AS voided,
                   EXISTS (SELECT 1 FROM visit WHERE corrects_id = :v) AS corrected,
                   EXISTS (SELECT 1 FROM visit WHERE id = :v) AS present
            """
        ),
        {"v": visit_id},
    ).one()
    if not row.present:
        raise InputError.single("visit", "visit.not_found")
    if row.voided:
        raise InputError.single("visit", "visit.already_void")
    if row.corrected:
        raise InputError.single("visit", "visit.already_corrected")
