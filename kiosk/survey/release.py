"""Writing the ops of the visitors' held survey responses, on a later day, in random order.

A response is stored alone (:meth:`kiosk.survey.service.SurveyService.record`): an op written
with it would take the outbox number right after the op of the visit just recorded, and the
server keeps every op's number and receipt time, so on a day with one response "the survey op
after visit X" would link the answers to the visit. Each sync run calls
:func:`release_responses` before it sends. This module is small and imports no survey
definitions: the sync client imports it.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
import uuid
from datetime import date

from sqlalchemy import bindparam, text

from kiosk import outbox
from kiosk.clock import to_utc_text
from kiosk.db import Database

#: Mixed into a response id to make its op id (:func:`op_id_of`).
OP_ID_PREFIX = "survey.answered op of "
_HELD = (
    "SELECT id, survey_version, language, day, answers FROM survey_response "
    "WHERE released_on IS NULL AND day < :today"
)


def release_responses(db: Database, today: date, rng: random.Random | None = None) -> int:
    """Write the ``survey.answered`` ops of every held response of a local date before *today*.

    The ops go into the outbox in random order (*rng*, the system's random source unless a
    test gives a seeded one), in one write transaction that also marks each response
    released: an op is written once, and a transaction that fails writes none. An op's id is
    made from its response's (:func:`op_id_of`), so a response released again after a restore
    from a backup is the same op. Returns how many ops were written. Responses of *today*
    wait: released with the day's others, the outbox order no longer says which visit a
    response came after.
    """
    shuffler = rng if rng is not None else secrets.SystemRandom()
    released = today.isoformat()
    with db.query() as conn:  # most runs have nothing to write: no write lock for them
        if conn.execute(text(_HELD + " LIMIT 1"), {"today": released}).first() is None:
            return 0
    with db.write() as session:
        held = session.execute(
            text(_HELD + " ORDER BY id"),
            {"today": released},
        ).all()
        if not held:
            return 0
        from kiosk.protocol.survey import SURVEY_ANSWERED, day_moment  # pydantic: when needed

        rows = list(held)
        shuffler.shuffle(rows)
        ops = []
        for response_id, version, language, day, answers in rows:
            payload = {
                "response_id": response_id,
                "survey_version": version,
                "language": language,
                "day": day,
                "answers": json.loads(answers),
            }
            op = outbox.new_op(
                kind=SURVEY_ANSWERED, payload=payload, occurred_at=to_utc_text(day_moment(day))
            )
            op["op_id"] = op_id_of(response_id)
            ops.append(op)
        # A database restored from a backup holds a response as held whose op was written
        # later (and carried over, or acked and sent): the same op id, never a second op.
        written = {
            str(found)
            for (found,) in session.execute(
                text("SELECT op_id FROM outbox WHERE kind = :kind AND op_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"kind": SURVEY_ANSWERED, "ids": [op["op_id"] for op in ops]},
            )
        }
        ops = [op for op in ops if op["op_id"] not in written]
        outbox.insert(session, ops)
        # BEGIN IMMEDIATE keeps other writers out: the rows read are the rows marked.
        session.execute(
            text("UPDATE survey_response SET released_on = :released WHERE id = :id"),
            [{"released": released, "id": row[0]} for row in rows],
        )
    return len(ops)


def op_id_of(response_id: str) -> str:
    """The op id of a response: a UUID (version 4 bits) made from the response's random id.

    Random to the eye like the response id, and the same each time it is made, so an op
    written again (a desk restored from a backup) is the same op to the server.
    """
    digest = hashlib.sha256(f"{OP_ID_PREFIX}{response_id}".encode()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))
