"""The words for the core's and the sync client's codes, in the chosen language.

The core (``kiosk/``) and the sync client (``sync/``) say what happened as a
:class:`~kiosk.errors.Message`: a code and its parameters. This package is the one place that
turns a code into a sentence. Each module holds the sentences of one part of the program as
Dutch source texts marked with ``QT_TRANSLATE_NOOP`` (so Qt Linguist's ``lupdate`` finds them)
and :func:`text` translates at the moment of showing, so a language switch takes effect on the
next message. Parameters are named (``{max}``) and filled in after translation.

A module may also hold ``SHAPES``: per code, a function that turns the raw parameters into the
words the sentence shows (a list of codes into their labels in the current language, a
singular or plural form).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from kiosk.errors import InputError, Message, Param, Problem, StorageError
from ui.marks import QT_TRANSLATE_NOOP
from ui.words import (
    history,
    overview,
    planning,
    registration,
    settings,
    storage,
    survey,
    sync,
)

#: Every module's sentences, as (Linguist context, source text) per code.
_MODULES = (registration, storage, planning, sync, settings, history, overview, survey)


def _catalogue() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in _MODULES:
        for code, source in module.TEXTS.items():
            if code in merged:
                raise RuntimeError(f"message code {code!r} has words twice")
            merged[code] = (module.CONTEXT, source)
    return merged


CATALOGUE: Mapping[str, tuple[str, str]] = _catalogue()
#: Per code, what turns its raw parameters into the words the sentence shows.
Shape = Callable[[Mapping[str, Param]], Mapping[str, Param]]
SHAPES: Mapping[str, Shape] = {
    code: shape for module in _MODULES for code, shape in getattr(module, "SHAPES", {}).items()
}
#: What a clerk reads for a code that has no words (a newer core, a bug): never a bare code.
_UNKNOWN = QT_TRANSLATE_NOOP("words", "Er ging iets mis (melding {code}).")


def has_words(code: str) -> bool:
    """Tell whether *code* has a sentence."""
    return code in CATALOGUE


def phrase(code: str, **params: Param) -> str:
    """Return the sentence for *code* with *params*, in the current language."""
    return text(Message(code, params))


def text(message: Message) -> str:
    """Return *message* as a sentence in the current language."""
    entry = CATALOGUE.get(message.code)
    if entry is None:
        return QCoreApplication.translate("words", _UNKNOWN).format(code=message.code)
    context, source = entry
    translated = QCoreApplication.translate(context, source)
    shape = SHAPES.get(message.code)
    params = message.params if shape is None else shape(message.params)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a parameter missing: the words without it
        return translated


def problem_text(problem: Problem) -> str:
    """Return what is wrong with one field, as a sentence."""
    return text(problem.message)


def error_text(error: BaseException) -> str:
    """Return the sentence(s) for an :class:`InputError` or :class:`StorageError`.

    Any other exception gives its own text (a plain OS error's words, say); callers show bugs
    through the crash dialog, not here.
    """
    if isinstance(error, InputError):
        return " ".join(problem_text(p) for p in error.problems)
    if isinstance(error, StorageError):
        return text(error.message)
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return text(message)
    return str(error)
