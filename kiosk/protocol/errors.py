"""How a contract check reports a problem: ``{"path": "payload.data.name", "msg": "..."}``.

Both ends speak this form: the server answers it per operation, the desk keeps it for a record
it set aside. The path points into the operation; the message names the rule, never the value
(a value may be personal data).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

#: The problems of one operation or record; empty means valid.
Errors = list[dict[str, str]]


def error_path(loc: Iterable[int | str], prefix: str = "") -> str:
    """Turn a pydantic error location into a path like ``payload.questions[0].topic``."""
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path


def validation_errors(
    errors: Sequence[Mapping[str, Any]], prefix: str = "", *, skip: int = 0
) -> Errors:
    """Convert pydantic errors to ``[{"path", "msg"}]`` (dropping *skip* leading loc parts)."""
    return [
        {"path": error_path(tuple(e.get("loc", ()))[skip:], prefix) or prefix, "msg": e["msg"]}
        for e in errors
    ]
