"""The import arrows of the architecture: ui -> sync -> kiosk, never the other way.

``kiosk/`` never imports PySide6, httpx, ``ui`` or ``sync``; ``sync/`` never imports PySide6 or
``ui``. Checked on the source (every import, also inside functions and ``TYPE_CHECKING``
blocks, relative imports resolved, ``importlib.import_module("...")`` with a literal name), so
a wrong import fails CI before anyone runs the code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy"})
FORBIDDEN: dict[str, frozenset[str]] = {
    "kiosk": QT | {"httpx", "ui", "sync"},
    "sync": QT | {"ui"},
    "ui": frozenset(),  # the top layer may import anything; its files are still parsed
}


def imported_names(
    source: str, module: str, *, is_package: bool = False
) -> Iterator[tuple[int, str]]:
    """Yield (line, absolute module name) for every import in *source* of *module*."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                up = node.level - 1
                base = ".".join(parts[: len(parts) - up]) if up <= len(parts) else ""
            else:
                base = ""
            target = ".".join(p for p in (base, node.module) if p)
            if target:
                yield node.lineno, target
            if not node.module:  # "from .. import ui": the names are modules themselves
                for alias in node.names:
                    yield node.lineno, ".".join(p for p in (base, alias.name) if p)
        elif (
            isinstance(node, ast.Call)
            and _is_import_call(node.func)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def _is_import_call(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in {"__import__", "import_module"}
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def violations(
    source: str, module: str, forbidden: frozenset[str], *, is_package: bool = False
) -> list[str]:
    """Return "line: name" for every import of a forbidden top-level package."""
    return [
        f"{line}: {name}"
        for line, name in imported_names(source, module, is_package=is_package)
        if name.split(".")[0] in forbidden
    ]


def layer_files(layer: str) -> list[Path]:
    folder = ROOT / layer
    return sorted(folder.rglob("*.py")) if folder.is_dir() else []


def module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_follow_the_arrows(layer: str) -> None:
    files = layer_files(layer)
    if not files:
        pytest.skip(f"{layer}/ has no Python files yet")
    found = []
    for path in files:
        module, is_package = module_name(path)
        source = path.read_text(encoding="utf-8")
        found += [
            f"{path.relative_to(ROOT)}:{v}"
            for v in violations(source, module, FORBIDDEN[layer], is_package=is_package)
        ]
    assert found == [], f"{layer}/ imports what it must not"


def test_the_core_is_actually_scanned() -> None:
    modules = {module_name(p)[0] for p in layer_files("kiosk")}
    assert {"kiosk", "kiosk.db", "kiosk.registration"} <= modules


SYNTHETIC = """
import uuid, sys
import kiosk.db
from kiosk import catalogue
from . import ui_helpers
from .sync_state import x
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

def later():
    import httpx
    from .. import ui, paths
    from ..sync.client import Client
    importlib.import_module("PySide6.QtWidgets")
    return __import__("sync")

class Thing:
    def method(self):
        import ui.app as app
"""


def test_checker_detects_every_kind_of_forbidden_import() -> None:
    found = violations(SYNTHETIC, "kiosk.thing", FORBIDDEN["kiosk"])
    assert found == [
        "10: PySide6.QtCore",
        "13: httpx",
        "14: ui",
        "15: sync.client",
        "16: PySide6.QtWidgets",
        "17: sync",
        "21: ui.app",
    ]


def test_checker_resolves_relative_imports_from_a_package() -> None:
    source = "from . import ui\nfrom .. import ui as top\n"
    # In kiosk/__init__.py, "." is kiosk itself: kiosk.ui is fine, ".." would leave the tree.
    assert violations(source, "kiosk", FORBIDDEN["kiosk"], is_package=True) == ["2: ui"]
    # In sync/central/app.py, ".." is sync: "from .. import ui" is sync.ui, not the ui layer.
    assert violations(source, "sync.central.app", FORBIDDEN["sync"]) == []


def test_checker_allows_the_downward_arrow() -> None:
    source = "import kiosk.db\nfrom kiosk.registration import RegistrationService\nimport httpx\n"
    assert violations(source, "sync.client", FORBIDDEN["sync"]) == []
