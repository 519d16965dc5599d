"""The central server's recipes (packaging/central/) against the repository and the program.

Nothing here runs a container or systemd: it holds every recipe to what it relies on. The
files they copy exist (and pass the build's ignore file), the container runs as a non-root
user with a health check on ``/healthz``, the entry point and the unit's ``ExecStart`` are the
installed ``ido-central`` console script with options ``serve`` accepts, every
``IDO_CENTRAL_*`` variable they set is one the server reads, and the lock is current.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import re
import shlex
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from sync.central import json_logs, metrics, settings
from sync.central.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging" / "central"
CONTAINERFILE = HERE / "Containerfile"
COMPOSE = HERE / "compose.yaml"
UNIT = HERE / "ido-central.service"
SYSUSERS = HERE / "ido-central.sysusers.conf"
ENV_EXAMPLE = HERE / "central.env.example"
DOCS = ROOT / "docs" / "central-server.md"
# What the server reads from the environment (the recipes may set nothing else of ours).
SERVER_ENV = {
    settings.DATABASE_URL_ENV,
    settings.DATA_DIR_ENV,
    settings.ADMIN_TOKEN_ENV,
    json_logs.LOG_FORMAT_ENV,
    metrics.METRICS_ALLOW_ENV,
    *settings.APP_VERSION_ENV.values(),
}
OUR_ENV = re.compile(r"\bIDO_CENTRAL_[A-Z_]+\b")


def console_scripts() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(project["scripts"])


def instructions(path: Path = CONTAINERFILE) -> list[tuple[str, str]]:
    """The Containerfile's instructions (continuation lines joined, comments left out)."""
    joined = re.sub(r"\\\n\s*", " ", path.read_text(encoding="utf-8"))
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def final_stage() -> list[tuple[str, str]]:
    steps = instructions()
    last_from = max(i for i, (word, _rest) in enumerate(steps) if word == "FROM")
    return steps[last_from:]


def copied_sources() -> list[str]:
    sources = []
    for word, rest in instructions():
        if word == "COPY" and not rest.startswith("--from"):
            *parts, _target = shlex.split(rest)
            sources += [p for p in parts if not p.startswith("--")]
    return sources


def test_the_containerfile_copies_only_what_exists_and_its_ignore_file_lets_through() -> None:
    sources = copied_sources()
    assert "packaging/central/requirements.lock" in sources
    for source in sources:
        assert (ROOT / source).exists(), source
    ignore = (HERE / "Containerfile.dockerignore").read_text(encoding="utf-8").splitlines()
    let_through = {line[1:] for line in ignore if line.startswith("!")}
    assert set(sources) <= let_through


def test_the_container_runs_the_console_script_as_a_non_root_user() -> None:
    stage = final_stage()
    users = [rest for word, rest in stage if word == "USER"]
    assert users, "the final stage sets no USER: it would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")
    useradd = next(rest for word, rest in stage if word == "RUN" and "useradd" in rest)
    assert f"--uid {user}" in useradd
    entrypoint = json.loads(next(rest for word, rest in stage if word == "ENTRYPOINT"))
    assert entrypoint[0] in console_scripts() and entrypoint[1] == "serve"
    command = json.loads(next(rest for word, rest in stage if word == "CMD"))
    args = build_parser().parse_args([*entrypoint[1:], *command])
    expose = next(rest for word, rest in stage if word == "EXPOSE")
    assert int(expose) == args.port and args.host == "0.0.0.0"
    healthcheck = next(rest for word, rest in stage if word == "HEALTHCHECK")
    assert f"127.0.0.1:{args.port}/healthz" in healthcheck
    assert "--require-hashes -r /tmp/requirements.lock" in next(
        rest for word, rest in stage if word == "RUN" and "pip install" in rest
    )
    base = next(rest for word, rest in instructions() if word == "ARG")
    assert "python:3.11-slim" in base


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return data


def test_compose_builds_the_containerfile_beside_postgresql() -> None:
    services = compose()["services"]
    central, db = services["central"], services["db"]
    build = central["build"]
    assert (HERE / build["context"] / build["dockerfile"]).resolve() == CONTAINERFILE
    assert central["depends_on"]["db"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert any(volume.endswith(":/var/lib/postgresql/data") for volume in db["volumes"])
    assert set(compose()["volumes"]) >= {v.split(":")[0] for v in db["volumes"]}
    assert "/healthz" in " ".join(central["healthcheck"]["test"])
    # The admin token is a secret file, handed to serve's --admin-token-file.
    args = build_parser().parse_args(["serve", *central["command"]])
    (secret,) = central["secrets"]
    assert str(args.admin_token_file) == f"/run/secrets/{secret}"
    assert compose()["secrets"][secret]["file"] == "./secrets/admin_token"
    # Published on the host's loopback only: the TLS proxy is the way in.
    assert all(port.startswith("127.0.0.1:") for port in central["ports"])
    assert central["ports"] == [f"127.0.0.1:{args.port}:{args.port}"]


def test_files_compose_names_exist_or_are_made_from_the_repositorys_examples() -> None:
    services = compose()["services"]
    for service in services.values():
        env_file = HERE / service["env_file"]
        assert env_file.name == "central.env"
        assert ENV_EXAMPLE.exists()  # IT copies it to central.env (never committed)
    docs = DOCS.read_text(encoding="utf-8")
    assert "cp central.env.example central.env" in docs
    assert "secrets/admin_token" in docs


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_the_unit_runs_the_installed_console_script_hardened() -> None:
    service = unit()["Service"]
    exec_start = shlex.split(service["ExecStart"])
    assert Path(exec_start[0]).name in console_scripts()
    assert exec_start[0].endswith("/venv/bin/ido-central")
    assert exec_start[1] == "serve"
    args = build_parser().parse_args(exec_start[1:])
    assert str(args.admin_token_file) == "%d/admin_token"
    assert service["LoadCredential"].startswith("admin_token:")
    assert service["User"] not in ("root", "0") and service["Group"] not in ("root", "0")
    assert service["Restart"] == "on-failure"
    assert service["EnvironmentFile"].endswith("central.env")
    for option, wanted in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "PrivateTmp": "yes",
        "ProtectHome": "yes",
        "CapabilityBoundingSet": "",
    }.items():
        assert service[option] == wanted, option
    assert unit()["Install"]["WantedBy"] == "multi-user.target"
    (line,) = [s for s in SYSUSERS.read_text(encoding="utf-8").splitlines() if s.startswith("u ")]
    assert line.split()[1] == service["User"]


def test_every_variable_the_recipes_set_is_one_the_server_reads() -> None:
    recipes = [CONTAINERFILE, COMPOSE, UNIT, ENV_EXAMPLE]
    named = {match for path in recipes for match in OUR_ENV.findall(path.read_text("utf-8"))}
    assert named, "the recipes set none of the server's variables"
    assert named <= SERVER_ENV, named - SERVER_ENV
    # And the environment file's example sets the database and leaves the token out of it.
    example = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert example[settings.DATABASE_URL_ENV].startswith("postgresql+psycopg://")
    assert settings.ADMIN_TOKEN_ENV not in example
    assert example[json_logs.LOG_FORMAT_ENV] in json_logs.LOG_FORMATS
    metrics.allowed_networks(example[metrics.METRICS_ALLOW_ENV])
    # The app versions are left empty (nothing advised), which the server reads as unset.
    advised = {name: example[variable] for name, variable in settings.APP_VERSION_ENV.items()}
    assert advised == dict.fromkeys(settings.APP_VERSION_ENV, "")


def load_lock_tool() -> ModuleType:
    # packaging/ is no Python package (and would shadow the "packaging" distribution).
    spec = importlib.util.spec_from_file_location("central_lock", HERE / "lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_servers_lock_is_a_current_subset_of_the_tested_lock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tool = load_lock_tool()
    assert tool.main(["--check"]) == 0, capsys.readouterr().err

    def entries(path: Path) -> dict[str, list[str]]:
        return {e.name: e.lines for e in tool.parse_lock(path.read_text(encoding="utf-8"))}

    server = entries(HERE / "requirements.lock")
    tested = entries(ROOT / "requirements" / "dev.lock")
    assert {"fastapi", "uvicorn", "psycopg", "psycopg-binary", "prometheus-client"} <= set(server)
    assert {"sqlmodel", "alembic", "orjson", "argon2-cffi", "jinja2", "fpdf2"} <= set(server)
    assert not {"pyside6-essentials", "shiboken6", "pytest", "schemathesis", "mypy"} & set(server)
    for name, lines in server.items():
        assert lines == tested[name], name  # same version, same hashes


def test_the_docs_cover_building_running_watching_and_upgrading() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for path in sorted(HERE.iterdir()):
        if path.name != "__pycache__":
            assert path.name in docs, path.name
    for needed in ("/healthz", "/readyz", "/metrics", "--log-format json", "ido-central migrate"):
        assert needed in docs, needed
    for variable in SERVER_ENV:
        assert variable in docs, variable


def test_the_servers_lock_holds_every_dependency_its_packages_declare() -> None:
    """On Linux (the container's, the unit's): nothing the server imports is left to pip."""
    from importlib import metadata

    from packaging.requirements import Requirement

    tool = load_lock_tool()
    locked = {e.name for e in tool.parse_lock((HERE / "requirements.lock").read_text("utf-8"))}
    extras = {"psycopg": ("binary",)}  # pyproject asks for psycopg[binary]
    todo, seen, missing = sorted(tool.roots()), set(), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for text in metadata.distribution(name).requires or []:
            requirement = Requirement(text)
            marker = requirement.marker
            wanted = ("", *extras.get(name, ()))
            if marker is None or any(marker.evaluate({"extra": e}) for e in wanted):
                needed = tool.canonical(requirement.name)
                if needed not in locked:
                    missing.add(f"{name} -> {needed}")
                todo.append(needed)
    assert not missing
