"""The import arrows of the architecture: ui -> sync -> kiosk, never the other way.

``kiosk/`` never imports PySide6, httpx, ``ui`` or ``sync``; ``sync/`` never imports PySide6 or
``ui``. The desk bundle (``kiosk``, ``ui``, the sync client in ``sync/``) never needs the central
server: none of it imports ``sync.central``, FastAPI, Starlette, uvicorn, psycopg, orjson,
argon2 or Jinja2, and ``sync/central/`` in turn never imports the desk's sync client. Nothing
that ships imports the developer-only trees (``tools``, ``tests``, ``benchmarks``). Checked on
the source (every import, also inside functions and ``TYPE_CHECKING`` blocks, relative imports
resolved, ``importlib.import_module("...")`` with a literal name), so a wrong import fails CI
before anyone runs the code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy"})
# The central server's own code and packages (the "central" extra): the desk bundle goes without.
CENTRAL = frozenset(
    {"sync.central", "fastapi", "starlette", "uvicorn", "psycopg", "orjson", "argon2", "jinja2"}
)
# Trees of a source checkout that no bundle or wheel holds.
UNSHIPPED = frozenset({"tools", "tests", "benchmarks"})


def desk_client_modules() -> frozenset[str]:
    """Return the sync client's modules and packages: every ``sync.X`` but ``sync.central``."""
    folder = ROOT / "sync"
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    names |= {
        p.name
        for p in folder.iterdir()
        if p.is_dir() and p.name != "central" and (p / "__init__.py").is_file()
    }
    return frozenset(f"sync.{name}" for name in names)


# Keyed by folder; a file follows the most specific folder it is in.
FORBIDDEN: dict[str, frozenset[str]] = {
    "kiosk": QT | CENTRAL | UNSHIPPED | {"httpx", "ui", "sync"},
    "sync": QT | CENTRAL | UNSHIPPED | {"ui"},  # the desk's sync client
    "sync/central": QT | UNSHIPPED | {"ui"} | desk_client_modules(),
    "ui": CENTRAL | UNSHIPPED,  # the top layer of the desk; otherwise it may import anything
    "tools": frozenset(),  # developer scripts may import anything; their files are still parsed
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
            # "from .. import ui", "from sync import central": a name may be a module itself.
            for alias in node.names:
                if alias.name != "*":
                    yield node.lineno, ".".join(p for p in (target, alias.name) if p)
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


def is_forbidden(name: str, forbidden: frozenset[str]) -> bool:
    """True when *name* is a forbidden module or inside one ("sync.central.app", "fastapi.x")."""
    parts = name.split(".")
    return any(".".join(parts[:n]) in forbidden for n in range(1, len(parts) + 1))


def violations(
    source: str, module: str, forbidden: frozenset[str], *, is_package: bool = False
) -> list[str]:
    """Return "line: name" for every import of a forbidden module, once per import."""
    found: list[tuple[int, str]] = []
    for line, name in imported_names(source, module, is_package=is_package):
        seen = any(
            at == line and (name == prefix or name.startswith(f"{prefix}.")) for at, prefix in found
        )
        if is_forbidden(name, forbidden) and not seen:
            found.append((line, name))
    return [f"{line}: {name}" for line, name in found]


def layer_of(path: Path) -> str:
    """Return the most specific folder of FORBIDDEN that holds *path*."""
    relative = path.relative_to(ROOT).as_posix()
    return max((f for f in FORBIDDEN if relative.startswith(f"{f}/")), key=len)


def layer_files(layer: str) -> list[Path]:
    folder = ROOT / layer
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.py") if layer_of(p) == layer)


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


def test_the_desk_client_and_the_server_are_scanned_apart() -> None:
    client = {module_name(p)[0] for p in layer_files("sync")}
    server = {module_name(p)[0] for p in layer_files("sync/central")}
    assert {"sync", "sync.client", "sync.outbox_store"} <= client
    assert {"sync.central", "sync.central.app", "sync.central.cli"} <= server
    assert not any(m.startswith("sync.central") for m in client)
    assert "sync.client" in desk_client_modules()
    assert not any(m.startswith("sync.central") for m in desk_client_modules())


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
    assert violations(source, "sync.central.app", FORBIDDEN["sync/central"]) == []


def test_checker_allows_the_downward_arrow() -> None:
    source = "import kiosk.db\nfrom kiosk.registration import RegistrationService\nimport httpx\n"
    assert violations(source, "sync.client", FORBIDDEN["sync"]) == []


DESK_CLIENT_SYNTHETIC = """
import json
import httpx
from kiosk.protocol import fields
from . import push
from .central_config import x
import orjson

def serve():
    from fastapi import FastAPI
    import uvicorn
    from starlette.responses import Response
    from psycopg import sql
    from sync.central.payloads import canonical_json
    from .central import app
    from . import central
    from sync import central as server
    return importlib.import_module("sync.central.cli")
"""


def test_checker_keeps_the_central_server_out_of_the_desk_client() -> None:
    central = [
        "7: orjson",
        "10: fastapi",
        "11: uvicorn",
        "12: starlette.responses",
        "13: psycopg",
        "14: sync.central.payloads",
        "15: sync.central",
        "16: sync.central",
        "17: sync.central",
        "18: sync.central.cli",
    ]
    assert violations(DESK_CLIENT_SYNTHETIC, "sync.client", FORBIDDEN["sync"]) == central
    # In the core the same source also breaks the core's own rules (httpx, sync).
    found = violations(DESK_CLIENT_SYNTHETIC, "kiosk.visits", FORBIDDEN["kiosk"])
    assert found == [
        "3: httpx",
        "7: orjson",
        "10: fastapi",
        "11: uvicorn",
        "12: starlette.responses",
        "13: psycopg",
        "14: sync.central.payloads",
        "17: sync",
        "18: sync.central.cli",
    ]


@pytest.mark.parametrize("layer", ["kiosk", "sync", "ui"])
@pytest.mark.parametrize(
    "name", ["fastapi", "starlette", "uvicorn", "psycopg", "orjson", "sync.central"]
)
def test_no_part_of_the_desk_bundle_imports_the_server(layer: str, name: str) -> None:
    source = f"import {name}\nfrom {name}.sub import thing\n"
    module = f"{layer}.some_module"
    assert violations(source, module, FORBIDDEN[layer]) == [f"1: {name}", f"2: {name}.sub"]


def test_the_server_never_imports_the_desk_client() -> None:
    source = (
        "from sync.central.payloads import canonical_json\n"
        "from . import tables\n"
        "import fastapi\n"
        "from kiosk.protocol import fields\n"
        "from sync.client import SyncClient\n"
        "from .. import client\n"
        "from ..client import SyncClient as Client\n"
    )
    found = violations(source, "sync.central.app", FORBIDDEN["sync/central"])
    assert found == ["5: sync.client", "6: sync.client", "7: sync.client"]


def test_nothing_shipped_imports_the_developer_tools() -> None:
    source = "from tools.demo_data import sample_day\nimport tests.ui\nimport benchmarks\n"
    for layer in ("kiosk", "sync", "sync/central", "ui"):
        module = f"{layer.replace('/', '.')}.some_module"
        found = violations(source, module, FORBIDDEN[layer])
        assert found == ["1: tools.demo_data", "2: tests.ui", "3: benchmarks"], layer
