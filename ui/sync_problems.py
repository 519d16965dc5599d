"""Records the central server did not accept: read from the outbox, shown in a table model.

:func:`load_problems` runs on a worker thread and returns plain rows with every text already in
words (what the record was, its state, why); :class:`ProblemModel` shows them. The words are
the ``sync.*`` codes' in :mod:`ui.words.sync`, looked up by the record's kind, state and the
server's reason code; a kind or code without words shows as it is (or as "code: ...").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from kiosk.catalogue import CatalogueSet
from kiosk.clock import from_utc_text
from kiosk.db import Database
from kiosk.errors import Message
from ui.i18n import short_moment
from ui.marks import QT_TRANSLATE_NOOP
from ui.table_model import RowsModel
from ui.words import has_words, phrase, text

MAX_ROWS = 1000
ROW_ROLE = Qt.ItemDataRole.UserRole
#: The tone of each state's text (:class:`ui.table_model.RowsModel` gives the theme's
#: colour); the words say it too. Set aside and received keep the ordinary text colour.
_STATE_TONES = {"rejected": "error", "conflicted": "warning"}


@dataclass(frozen=True)
class ProblemRow:
    """One refused, conflicted or set-aside record, described for a clerk."""

    local_seq: int
    recorded_at: datetime | None
    kind: str
    state: str
    code: str | None
    what: str
    state_text: str
    reason: str
    next_step: str
    technical: str

    @property
    def quarantined(self) -> bool:
        """Tell whether the record was set aside by this computer (it can be offered again)."""
        return self.state == "quarantined"


def load_problems(
    db: Database, catalogues: CatalogueSet, limit: int = MAX_ROWS, language: str = "nl"
) -> list[ProblemRow]:
    """Return the newest *limit* records in a problem state (read-only; for a worker thread).

    The topics are named in *language* (the caller's current language, taken on the GUI
    thread).
    """
    from sync.outbox_store import OutboxStore

    rows = OutboxStore(db).problems(limit)
    found = _received(db, limit)
    for row in rows:
        kind_text = _known("sync.op_kind.", row.kind) or row.kind
        topics = _topics(row.payload, catalogues, language)
        found.append(
            ProblemRow(
                local_seq=int(row.local_seq),
                recorded_at=_local(row.occurred_at),
                kind=row.kind,
                state=row.state,
                code=row.result_code,
                what=f"{kind_text}: {topics}" if topics else kind_text,
                state_text=_known("sync.op_state.", row.state) or row.state,
                reason=reason(row.state, row.result_code),
                next_step=_known("sync.next_step.", row.state) or "",
                technical=_technical(row.local_seq, row.result_code, row.result_detail),
            )
        )
    return found


def reason(state: str, code: str | None) -> str:
    """Return why an outbox record in *state* with server *code* was not accepted, in words."""
    known = _known("sync.reason.", code or "")
    if known is not None:
        return known
    unknown = f"sync.reason_unknown.{state}"
    shown = code or phrase("sync.code_unknown")
    # text(), not phrase(): the parameter is called "code" too.
    return text(
        Message(unknown if has_words(unknown) else "sync.reason_unknown.rejected", {"code": shown})
    )


def _received(db: Database, limit: int) -> list[ProblemRow]:
    """The records from the server this desk set aside, as rows (``local_seq`` 0: not ours)."""
    from kiosk import set_aside
    from kiosk.set_aside import INVALID

    with db.read() as session:
        notes = set_aside.listed(session, limit)
    return [
        ProblemRow(
            local_seq=0,
            recorded_at=_local(note.received_at),
            kind=note.type,
            state="received",
            code=note.code,
            what=_known("sync.record_type.", note.type) or note.type,
            state_text=phrase("sync.received.set_aside"),
            reason=_known("sync.received.reason.", note.code)
            or phrase(f"sync.received.reason.{INVALID}"),
            next_step=phrase("sync.received.next_step"),
            technical="\n".join(
                [f"{note.type} {note.entity_id}, versie {note.version}, code {note.code}"]
                + [f"{path}: {msg}" for path, msg in note.problems[:10]]
            ),
        )
        for note in notes
    ]


def _known(prefix: str, key: str) -> str | None:
    """Return the words for the code *prefix* + *key*, or None when it has none."""
    code = prefix + key
    return phrase(code) if key and has_words(code) else None


def _local(utc_text: str | None) -> datetime | None:
    try:
        return from_utc_text(utc_text).astimezone() if utc_text else None
    except ValueError:
        return None


def _topics(payload: str, catalogues: CatalogueSet, language: str) -> str:
    """Return the topics of a visit payload ("Huurtoeslag, DigiD aanvragen"), else ""."""
    try:
        data = json.loads(payload)
        codes = [q["topic"] for q in data.get("questions", ()) if isinstance(q, dict)]
    except (TypeError, ValueError, KeyError, AttributeError):
        return ""
    return ", ".join(catalogues.label("topic", str(code), language) for code in codes)


def _technical(local_seq: int, code: str | None, detail: str | None) -> str:
    """Return the server's own words for support: code and field errors, one per line."""
    lines = [f"volgnummer {local_seq}, code {code or '-'}"]
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        data = {"detail": detail}
    errors = data.get("errors") if isinstance(data, dict) else None
    if isinstance(errors, list):
        for error in errors[:10]:
            if isinstance(error, dict):
                lines.append(f"{error.get('path', '?')}: {error.get('msg', '')}")
    elif isinstance(data, dict) and data.get("detail"):
        lines.append(str(data["detail"])[:500])
    return "\n".join(lines)


class ProblemModel(RowsModel[ProblemRow]):
    """The problem records, newest first: time, what, state, reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemModel", "Vastgelegd"),
        QT_TRANSLATE_NOOP("ProblemModel", "Wijziging"),
        QT_TRANSLATE_NOOP("ProblemModel", "Status"),
        QT_TRANSLATE_NOOP("ProblemModel", "Reden"),
    )

    def cell(self, row: ProblemRow, column: int, role: int) -> Any:
        """Return a cell's text, the full explanation as tooltip, and the state's colour."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.reason}\n{row.next_step}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return _STATE_TONES.get(row.state)
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row: ProblemRow, column: int) -> str:
        if column == 0:
            return short_moment(row.recorded_at) if row.recorded_at else ""
        if column == 1:
            return row.what
        if column == 2:
            return row.state_text
        return row.reason
