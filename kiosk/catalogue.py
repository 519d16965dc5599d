"""The category lists of the national IDO form, as versioned data.

A catalogue is a JSON file ``catalogue-<version>.json``: stable codes with a Dutch label, a
short Dutch help text and an English label, per list (kind, organisation, topic, help given,
...). Released catalogues ship in ``resources/catalogue``; a newer one can be installed into the
data directory's ``catalogue`` folder without a code change. New records use the newest version;
every record keeps the version it was made with and is validated against that version. A code
that a later version retires (``"retired": true``) stays readable in old records and reports.

From version 2 every organisation names its government layer (``"layer"``, a code of the
``layer`` list: rijk, gemeente, provincie, waterschap, uitvoeringsorganisatie, overig). The
clerk is never asked for it: :meth:`CatalogueSet.layer` derives it from a record's catalogue
version and organisation, for records of every version (``resources/catalogue/README.md``).

Format 1 grows only by members an older parser ignores: it reads the lists it knows and the
option members it knows, so a desk of an earlier release installs a newer file and offers the
same choices. A change an older desk would misread needs a new format number (such a desk then
skips the file, or sets a pulled one aside).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.versioned_files import read_json, shipped

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
#: Lists a catalogue may lack: ``layer`` came with version 2 (an empty tuple before).
OPTIONAL_LIST_NAMES = ("layer",)
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
    layer: str | None = None  # organisations: the government layer (from version 2)

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
        self._layers: dict[tuple[int, str], str] | None = None

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

    def layer(self, version: int, organisation: str | None) -> str | None:
        """Return the government layer of *organisation* in a record of catalogue *version*.

        The record's own version decides when it gives the organisation a layer. A record of a
        version without layers (version 1), or of one that is not installed, takes the layer
        from the newest installed catalogue that gives the code one: codes never change
        meaning, so a layer assigned later holds for earlier records too. None when the
        organisation is None or no installed catalogue gives it a layer.
        """
        if organisation is None:
            return None
        return self.layers().get((version, organisation)) or self._latest_layer(organisation)

    def layers(self) -> dict[tuple[int, str], str]:
        """Return ``{(version, organisation): layer}`` for every installed version and code.

        The same answers as :meth:`layer`, as a table a report can join its rows with. Codes
        of every installed version appear under every version, so an old record of a code
        that only a later version knows is mapped too. Built once.
        """
        if self._layers is None:
            codes = {
                option.code
                for catalogue in self._by_version.values()
                for option in catalogue.lists["organisation"]
            }
            table: dict[tuple[int, str], str] = {}
            for version, catalogue in self._by_version.items():
                for code in codes:
                    own = catalogue.get("organisation", code)
                    layer = (own.layer if own is not None else None) or self._latest_layer(code)
                    if layer is not None:
                        table[version, code] = layer
            self._layers = table
        return self._layers

    def _latest_layer(self, organisation: str) -> str | None:
        for version in sorted(self._by_version, reverse=True):
            option = self._by_version[version].get("organisation", organisation)
            if option is not None and option.layer is not None:
                return option.layer
        return None


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
    lists["layer"] = _layer_list(raw_lists, source)
    kinds = {o.code for o in lists["kind"]}
    organisations = {o.code for o in lists["organisation"]}
    for topic in lists["topic"]:
        if topic.kind not in kinds:
            raise CatalogueError(f"{source}: topic {topic.code!r} has an unknown kind")
        if topic.organisation is not None and topic.organisation not in organisations:
            raise CatalogueError(f"{source}: topic {topic.code!r} names an unknown organisation")
    _check_layers(lists, source)
    return Catalogue(
        version=version,
        released=str(data.get("released", "")),
        title=str(data.get("title", "")),
        lists=lists,
    )


def _layer_list(raw_lists: dict[str, Any], source: str) -> tuple[Option, ...]:
    """The ``layer`` list: absent before version 2 (empty), otherwise filled and unique."""
    rows = raw_lists.get("layer")
    if rows is None:
        return ()
    if not isinstance(rows, list) or not rows:
        raise CatalogueError(f"{source}: list 'layer' is empty or not a list")
    options = tuple(_option(row, f"{source}: layer") for row in rows)
    codes = [o.code for o in options]
    if len(set(codes)) != len(codes):
        raise CatalogueError(f"{source}: a code is repeated in list 'layer'")
    return options


def _check_layers(lists: dict[str, tuple[Option, ...]], source: str) -> None:
    """With a ``layer`` list every organisation names one of its codes; without, none does."""
    layers = {o.code for o in lists["layer"]}
    for organisation in lists["organisation"]:
        if not layers:
            if organisation.layer is not None:
                raise CatalogueError(
                    f"{source}: organisation {organisation.code!r} names a layer, "
                    "but the catalogue has no layer list"
                )
        elif organisation.layer not in layers:
            raise CatalogueError(
                f"{source}: organisation {organisation.code!r} has no layer of the layer list"
            )


def _option(row: Any, where: str) -> Option:
    if not isinstance(row, dict):
        raise CatalogueError(f"{where}: every option is an object")
    for key in ("kind", "group", "organisation", "layer"):  # must be hashable text, or absent
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
            layer=row.get("layer"),
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
    return parse_catalogue(read_json(path, CatalogueError), path.name)


def shipped_files() -> list[tuple[str, str]]:
    """Return the catalogue files the app ships (``resources/catalogue``) as (name, text)."""
    return shipped("catalogue", _PREFIX)


def load_catalogues(installed_dir: Path | None = None) -> CatalogueSet:
    """Load the shipped catalogues plus any valid newer ones installed in *installed_dir*.

    An installed file that is malformed is skipped and named in ``problems`` of the result
    (the app logs them); shipped files must be valid.
    """
    catalogues: dict[int, Catalogue] = {}
    problems: list[str] = []
    for name, text in shipped_files():
        catalogue = parse_catalogue(json.loads(text), name)
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
