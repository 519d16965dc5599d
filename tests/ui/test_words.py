"""Every code the core and the sync client can raise has words, and every sentence is used.

The codes are read from the source: the literal code (or a module constant holding one) in
every ``Problem(...)``, ``InputError.single(...)``, ``Message(...)``, ``StorageError(...)`` and
UI ``phrase(...)`` call. A code built at run time (from a server's answer) belongs under a module's
``DYNAMIC_PREFIXES``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.errors import InputError, Message, Problem, StorageError
from ui import words

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_SOURCES = [
    p
    for folder in ("kiosk", "sync", "ui")
    for p in sorted((ROOT / folder).rglob("*.py"))
    if "central" not in p.relative_to(ROOT).parts
]


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}"
    return ""


def _constants() -> dict[str, str]:
    """Return the module-level ``NAME = "a.code"`` constants of the shipped source."""
    found: dict[str, str] = {}
    for path in _SOURCES:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                value = node.value.value
                for target in node.targets:
                    if (
                        isinstance(target, ast.Name)
                        and isinstance(value, str)
                        and CODE.match(value)
                    ):
                        found[target.id] = value
    return found


_CONSTANTS = _constants()


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Name):  # a code kept in one constant (``TOO_OLD = "sync.…"``)
        return _CONSTANTS.get(node.id)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def codes_in_source() -> Iterator[tuple[str, int, str]]:
    """Yield (file, line, code) for every literal message code in the shipped source."""
    for path in _SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func).rsplit(".", 1)[-1]
            args = list(node.args)
            keywords = {k.arg: k.value for k in node.keywords}
            code: str | None = None
            if name == "Problem" and len(args) >= 2:
                code = _literal(args[1])
            elif name == "Problem":
                code = _literal(keywords.get("code"))
            elif name == "single" and len(args) >= 2:
                code = _literal(args[1])
            elif name in ("Message", "phrase") and args:
                code = _literal(args[0])
            elif name == "StorageError" and args:
                raw = _literal(args[0])
                code = None if raw is None else f"storage.{raw}"
            if code is not None:
                yield str(path.relative_to(ROOT)), node.lineno, code


def test_every_code_is_a_code_with_words() -> None:
    """A literal code is a dotted lower-case name and has a sentence (no Dutch in the core)."""
    wrong = [
        f"{file}:{line}: {code!r}"
        for file, line, code in codes_in_source()
        if not CODE.match(code) or not words.has_words(code)
    ]
    assert not wrong, "codes without words:\n" + "\n".join(wrong)


def test_every_sentence_is_used() -> None:
    """A sentence whose code nothing raises is dead (or its code is spelled differently)."""
    used = {code for _, _, code in codes_in_source()}
    dynamic = tuple(p for module in words._MODULES for p in module.DYNAMIC_PREFIXES)
    unused = sorted(
        code for code in words.CATALOGUE if code not in used and not code.startswith(dynamic)
    )
    assert not unused, f"words nobody uses: {unused}"


def test_parameters_fill_in_and_missing_ones_do_not_crash() -> None:
    """Named parameters fill in after translation; a missing one leaves the sentence whole."""
    assert "opnieuw" in words.text(Message("storage.locked"))
    assert words.error_text(StorageError("full")).startswith("De schijf is vol")
    error = InputError([Problem("a", "storage.locked"), Problem("b", "storage.cantopen")])
    assert words.error_text(error).lower().count("het bestand met de registraties") == 2


def test_unknown_code_reads_as_a_sentence_not_a_code_alone() -> None:
    """A code without words (a newer core) still gives the clerk a sentence."""
    assert words.text(Message("nowhere.to_be_found")) == (
        "Er ging iets mis (melding nowhere.to_be_found)."
    )


@pytest.mark.parametrize("stored", [None, "", "not json", "[1]", '{"code": 3}'])
def test_a_stored_message_that_is_not_one_reads_as_none(stored: str | None) -> None:
    """Old Dutch text or damage in the database gives None, never an exception."""
    assert Message.from_json(stored) is None


def test_a_message_round_trips_through_json() -> None:
    """What the sync client keeps between runs comes back the same."""
    message = Message("sync.unexpected", {"status": 502, "name": "Balie ‘1’"})
    assert Message.from_json(message.to_json()) == message


def test_a_message_in_a_log_keeps_numbers_and_leaves_out_texts() -> None:
    """What a clerk typed (a BSN a note was refused for) never reaches a log line."""
    message = Message("privacy.personal_data", {"kinds": "bsn", "texts": "111222333", "n": 1})
    error = InputError([Problem("note", message.code, message.params)])
    assert "111222333" not in str(message)
    assert "111222333" not in str(error)
    assert str(message) == 'privacy.personal_data {"n": 1}'
