"""What the core tells a person, as codes with parameters; the words live in the UI.

A :class:`Message` is a code (``"visit.questions_missing"``) and the parameters its sentence
needs (``{"max": 20}``). The core and the sync client raise and return messages; the UI turns
them into Dutch or English through Qt Linguist (``ui/words``). Codes are namespaced by the
part of the program that raises them, and every code has its words (a test checks that).

Two families of error carry messages: :class:`InputError` (the entered values are not valid;
nothing was saved) and :class:`StorageError` (the environment stopped a save: disk full,
database locked or read-only; nothing already saved is lost). Anything else is a bug and goes
to the crash log.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: A parameter of a message: a number, a short text (a name, a list of codes) or a date.
Param = str | int


@dataclass(frozen=True)
class Message:
    """Something to tell a person: a *code* and the *params* its sentence needs."""

    code: str
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        """Return the code and its numbers, for logs (never shown to a clerk as is).

        Text parameters are left out: they can hold what a clerk typed (the personal data a
        note was refused for), and a log keeps no personal data.
        """
        numbers = {k: v for k, v in self.params.items() if isinstance(v, int)}
        if not numbers:
            return self.code
        return f"{self.code} {json.dumps(numbers, sort_keys=True)}"

    def to_json(self) -> str:
        """Return the message as compact JSON, to keep it in the database between runs."""
        return json.dumps(
            {"code": self.code, "params": dict(self.params)},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | None) -> Message | None:
        """Read what :meth:`to_json` wrote; None for nothing or for anything else stored."""
        if not text:
            return None
        try:
            data: Any = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("code"), str):
            return None
        raw = data.get("params")
        params = (
            {str(k): v for k, v in raw.items() if isinstance(v, (str, int))}
            if isinstance(raw, dict)
            else {}
        )
        return cls(data["code"], params)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which *field*, and what, as a code with parameters."""

    field: str
    code: str
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def message(self) -> Message:
        """Return what is wrong as a :class:`Message` (the field not included)."""
        return Message(self.code, self.params)


class InputError(ValueError):
    """The input was refused; nothing was saved. ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Keep the problems; the exception's text lists their codes (for logs)."""
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems))

    @classmethod
    def single(cls, field: str, code: str, **params: Param) -> InputError:
        """Make an error with one problem."""
        return cls([Problem(field, code, params)])


class StorageError(RuntimeError):
    """The database could not be written; ``code`` says why (``full``, ``locked``, ...).

    ``message`` is the code as a :class:`Message` (``storage.full``, ...), which the UI turns
    into what the clerk can do.
    """

    def __init__(self, code: str) -> None:
        """Keep the short machine *code*."""
        self.code = code
        self.message = Message(f"storage.{code}")
        super().__init__(f"storage.{code}")


_CODES = {
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_READONLY: "readonly",
    sqlite3.SQLITE_IOERR: "io",
    sqlite3.SQLITE_CANTOPEN: "cantopen",
    # A damaged file: the app repairs it at the next start (kiosk.repair).
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
}


def storage_error_from(exc: BaseException) -> StorageError | None:
    """Translate a SQLite failure caused by the environment into a :class:`StorageError`.

    Returns None for anything that is not such a failure (a bug, a constraint violation).
    """
    original = getattr(exc, "orig", exc)
    if isinstance(original, OSError) and original.errno == 28:  # ENOSPC outside SQLite
        return StorageError("full")
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    name = _CODES.get(code & 0xFF)  # extended codes carry the primary code in the low byte
    return None if name is None else StorageError(name)
