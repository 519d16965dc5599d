"""The category lists of the national IDO form, as versioned data.

A catalogue is a JSON file ``catalogue-<version>.json``: stable codes with a Dutch label, a
short Dutch help text and an English label, per list (kind, organisation, topic, help given,
...). Released catalogues ship in ``resources/catalogue``; a newer one can be installed into the
data directory's ``catalogue`` folder without a code change. New records use the newest version;
every record keeps the version it was made with and is validated against that version. A code
that a later version retires (``"retired": true``) stays readable in old records and reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

LIST_NAMES = (
    "kind",
    "channel",
    "duration",
    "ido_form",
    "organisation",
    "topic",
    "digid_followup",
    "help",
    "referral",
)
SUPPORTED_FORMAT = 1
_PREFIX = "catalogue-"


class CatalogueError(ValueError):
    """A catalogue file is malformed; the text says which file and what, for the log.

    Technical English: a clerk never reads it (the app skips the file and logs why; the sync
    client sets a pulled one aside with this text as its detail for support).
    """


@dataclass(frozen=True)
class Option:
    """One answer option of a list: a stable code with its labels."""

    code: str
    nl: str
    en: str
    help: str
    retired: bool = False
    kind: str | None = None
    group: str | None = None
    digid: bool = False
    organisation: str | None = None  # topics: the organisation it usually concerns

    def label(self, language: str = "nl") -> str:
        """Return the label in *language* (``nl`` or ``en``)."""
        return self.en if language == "en" else self.nl


@dataclass(frozen=True)
class Catalogue:
    """One version of the category lists."""

    version: int
    released: str
    title: str
    lists: dict[str, tuple[Option, ...]]
    _index: dict[str, dict[str, Option]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {name: {o.code: o for o in options} for name, options in self.lists.items()}
        object.__setattr__(self, "_index", index)

    def options(self, list_name: str, *, include_retired: bool = False) -> tuple[Option, ...]:
        """Return the options of a list, in catalogue order; retired ones only on request."""
        options = self.lists[list_name]
        return options if include_retired else tuple(o for o in options if not o.retired)

    def get(self, list_name: str, code: str) -> Option | None:
        """Return the option with *code* in *list_name*, retired or not, or None."""
        return self._index[list_name].get(code)

    def is_active(self, list_name: str, code: str) -> bool:
        """Tell whether *code* may be used for a new record made with this version."""
        option = self.get(list_name, code)
        return option is not None and not option.retired


class CatalogueSet:
    """Every installed catalogue version; the newest is the one new records use."""

    def __init__(self, catalogues: Iterable[Catalogue], problems: Iterable[str] = ()) -> None:
        """Index *catalogues* by version; at least one is required.

        *problems* are messages about installed files that were skipped, for the log.
        """
        self.problems = tuple(problems)
        self._by_version = {c.version: c for c in catalogues}
        if not self._by_version:
            raise CatalogueError("no catalogue found")
        self.current = self._by_version[max(self._by_version)]

    def __iter__(self) -> Iterator[Catalogue]:
        """Iterate over the versions, oldest first."""
        return iter(self._by_version[v] for v in sorted(self._by_version))

    def version(self, version: int) -> Catalogue | None:
        """Return the catalogue of *version*, or None if it is not installed."""
        return self._by_version.get(version)

    def label(self, list_name: str, code: str, language: str = "nl") -> str:
        """Return the label of *code*, searching the newest version first.

        A code unknown to every installed version is shown as the code itself, so an old or
        foreign record never breaks a list or a report.
        """
        for version in sorted(self._by_version, reverse=True):
            option = self._by_version[version].get(list_name, code)
            if option is not None:
                return option.label(language)
        return code


def parse_catalogue(data: dict[str, Any], source: str = "<data>") -> Catalogue:
    """Build a :class:`Catalogue` from decoded JSON, checking its structure."""
    if not isinstance(data, dict):
        raise CatalogueError(f"{source}: a catalogue is a JSON object")
    if data.get("format") != SUPPORTED_FORMAT:
        raise CatalogueError(f"{source}: unknown catalogue format {data.get('format')!r}")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise CatalogueError(f"{source}: the version must be a positive integer")
    raw_lists = data.get("lists")
    if not isinstance(raw_lists, dict):
        raise CatalogueError(f"{source}: 'lists' is missing")
    lists: dict[str, tuple[Option, ...]] = {}
    for name in LIST_NAMES:
        rows = raw_lists.get(name)
        if not isinstance(rows, list) or not rows:
            raise CatalogueError(f"{source}: list {name!r} is missing or empty")
        options = tuple(_option(row, f"{source}: {name}") for row in rows)
        codes = [o.code for o in options]
        if len(set(codes)) != len(codes):
            raise CatalogueError(f"{source}: a code is repeated in list {name!r}")
        lists[name] = options
    kinds = {o.code for o in lists["kind"]}
    organisations = {o.code for o in lists["organisation"]}
    for topic in lists["topic"]:
        if topic.kind not in kinds:
            raise CatalogueError(f"{source}: topic {topic.code!r} has an unknown kind")
        if topic.organisation is not None and topic.organisation not in organisations:
            raise CatalogueError(f"{source}: topic {topic.code!r} names an unknown organisation")
    return Catalogue(
        version=version,
        released=str(data.get("released", "")),
        title=str(data.get("title", "")),
        lists=lists,
    )


def _option(row: Any, where: str) -> Option:
    if not isinstance(row, dict):
        raise CatalogueError(f"{where}: every option is an object")
    for key in ("kind", "group", "organisation"):  # must be hashable text, or absent
        if row.get(key) is not None and not isinstance(row[key], str):
            raise CatalogueError(f"{where}: {key!r} must be text")
    try:
        return Option(
            code=_text(row, "code"),
            nl=_text(row, "nl"),
            en=_text(row, "en"),
            help=str(row.get("help", "")),
            retired=row.get("retired", False) is True,
            kind=row.get("kind"),
            group=row.get("group"),
            digid=bool(row.get("digid", False)),
            organisation=row.get("organisation"),
        )
    except KeyError as missing:
        raise CatalogueError(f"{where}: an option without {missing}") from None


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KeyError(key)
    return value


def load_file(path: Path) -> Catalogue:
    """Read and check one catalogue file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: bad UTF-8 as well as bad JSON
        raise CatalogueError(f"{path.name}: unreadable ({exc})") from exc
    return parse_catalogue(data, path.name)


def load_catalogues(installed_dir: Path | None = None) -> CatalogueSet:
    """Load the shipped catalogues plus any valid newer ones installed in *installed_dir*.

    An installed file that is malformed is skipped and named in ``problems`` of the result
    (the app logs them); shipped files must be valid.
    """
    catalogues: dict[int, Catalogue] = {}
    problems: list[str] = []
    shipped = resources.files("resources") / "catalogue"
    for entry in shipped.iterdir():
        if entry.name.startswith(_PREFIX) and entry.name.endswith(".json"):
            catalogue = parse_catalogue(json.loads(entry.read_text("utf-8")), entry.name)
            catalogues[catalogue.version] = catalogue
    if installed_dir is not None and installed_dir.is_dir():
        for path in sorted(installed_dir.glob(f"{_PREFIX}*.json")):
            try:
                catalogue = load_file(path)
            except CatalogueError as exc:
                problems.append(str(exc))
                continue
            catalogues.setdefault(catalogue.version, catalogue)
    return CatalogueSet(catalogues.values(), problems)
