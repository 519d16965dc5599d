"""Every test module has a name of its own: the suite has no packages, so pytest imports each
file by its base name, and a second ``test_export.py`` anywhere stops the whole run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_two_test_modules_share_a_name() -> None:
    names = Counter(
        path.name for path in TESTS.rglob("*.py") if path.name not in {"conftest.py", "__init__.py"}
    )
    assert [name for name, count in names.items() if count > 1] == []
