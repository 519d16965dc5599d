"""Errors a clerk can act on, with plain Dutch messages.

Two families: :class:`InputError` (the entered values are not valid; nothing was saved) and
:class:`StorageError` (the environment stopped a save: disk full, database locked or read-only;
nothing already saved is lost). Anything else is a bug and goes to the crash log.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field, and a Dutch sentence saying what."""

    field: str
    message: str


class InputError(ValueError):
    """The input was refused; nothing was saved. ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Keep the problems; the message joins their sentences."""
        self.problems = tuple(problems)
        super().__init__(" ".join(p.message for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str) -> InputError:
        """Make an error with one problem."""
        return cls([Problem(field, message)])


class StorageError(RuntimeError):
    """The database could not be written; ``message`` says what the clerk can do."""

    def __init__(self, message: str, *, code: str) -> None:
        """Keep the Dutch *message* and a short machine *code* (``full``, ``locked``, ...)."""
        self.code = code
        super().__init__(message)


_MESSAGES = {
    sqlite3.SQLITE_FULL: (
        "full",
        "De schijf is vol: de registratie is niet opgeslagen. Eerdere registraties zijn veilig. "
        "Maak ruimte vrij of waarschuw de ICT-afdeling en probeer het opnieuw.",
    ),
    sqlite3.SQLITE_BUSY: (
        "locked",
        "De database is even bezet: de registratie is niet opgeslagen. Probeer het zo opnieuw.",
    ),
    sqlite3.SQLITE_LOCKED: (
        "locked",
        "De database is even bezet: de registratie is niet opgeslagen. Probeer het zo opnieuw.",
    ),
    sqlite3.SQLITE_READONLY: (
        "readonly",
        "De database kan niet worden beschreven (alleen-lezen). Waarschuw de ICT-afdeling; "
        "eerdere registraties zijn veilig.",
    ),
    sqlite3.SQLITE_IOERR: (
        "io",
        "De schijf gaf een fout bij het opslaan. Eerdere registraties zijn veilig. "
        "Probeer het opnieuw of waarschuw de ICT-afdeling.",
    ),
    sqlite3.SQLITE_CANTOPEN: (
        "cantopen",
        "De database kan niet worden geopend. Waarschuw de ICT-afdeling.",
    ),
}


def storage_error_from(exc: BaseException) -> StorageError | None:
    """Translate a SQLite failure caused by the environment into a :class:`StorageError`.

    Returns None for anything that is not such a failure (a bug, a constraint violation).
    """
    original = getattr(exc, "orig", exc)
    if isinstance(original, OSError) and original.errno == 28:  # ENOSPC outside SQLite
        return StorageError(_MESSAGES[sqlite3.SQLITE_FULL][1], code="full")
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    entry = _MESSAGES.get(code & 0xFF)  # extended codes carry the primary code in the low byte
    if entry is None:
        return None
    return StorageError(entry[1], code=entry[0])
