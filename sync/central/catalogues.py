"""The catalogues the server validates against and publishes on the pull feed.

The shipped catalogue files (``resources/catalogue``) plus any newer ones dropped into the
data directory's ``catalogue`` folder. Each version is validated with the desk's own parser
(:func:`kiosk.catalogue.parse_catalogue`) and published once as a ``catalogue`` change
(data = the whole file's JSON, id = its version), so desks pick it up with their next pull.
A desk records under its newest version at once, so the server has to have a version before
any desk does (``resources/catalogue/README.md``): version 2, the government layer of every
organisation, ships with the server and reaches desks of an earlier release through the feed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.catalogue import (
    Catalogue,
    CatalogueError,
    CatalogueSet,
    parse_catalogue,
    shipped_files,
)
from sync.central.tables import change, server_state

log = logging.getLogger(__name__)
_PATTERN = "catalogue-*.json"


@dataclass(frozen=True)
class ServerCatalogues:
    """The parsed catalogues (for validation) and their files' JSON (for the feed)."""

    catalogues: CatalogueSet
    documents: dict[int, dict[str, Any]]


def load_server_catalogues(installed_dir: Path | None) -> ServerCatalogues:
    """Load the shipped catalogues and any valid extra ones in *installed_dir*."""
    documents: dict[int, dict[str, Any]] = {}
    parsed: dict[int, Catalogue] = {}
    sources = shipped_files()
    if installed_dir is not None and installed_dir.is_dir():
        sources += [(p.name, p.read_text("utf-8")) for p in sorted(installed_dir.glob(_PATTERN))]
    for name, text in sources:
        try:
            data = json.loads(text)
            catalogue = parse_catalogue(data, name)
        except (ValueError, CatalogueError) as exc:
            log.warning("Skipping catalogue %s: %s", name, exc)
            continue
        if catalogue.version not in parsed:  # a shipped version is never replaced
            parsed[catalogue.version] = catalogue
            documents[catalogue.version] = data
    return ServerCatalogues(CatalogueSet(parsed.values()), documents)


def next_change_seqs(conn: Connection, count: int) -> int:
    """Reserve *count* change numbers; return the first. Locks the state row until commit.

    Every change writer goes through this row, so changes commit in the order of their
    numbers: a reader paging with ``change_seq > cursor`` never skips a late commit.
    """
    last = conn.execute(
        sa.update(server_state)
        .where(server_state.c.id == 1)
        .values(change_seq=server_state.c.change_seq + count)
        .returning(server_state.c.change_seq)
    ).scalar_one()
    return int(last) - count + 1


def publish_catalogues(conn: Connection, found: ServerCatalogues, now: datetime) -> list[int]:
    """Add a change for every catalogue version not yet on the feed; return those versions."""
    return publish_documents(conn, "catalogue", found.documents, now)


def publish_documents(
    conn: Connection, kind: str, documents: dict[int, dict[str, Any]], now: datetime
) -> list[int]:
    """Add a *kind* change (``catalogue``, ``survey``) for every version not yet on the feed.

    Each is a whole file for every branch (id and version: the file's version). Returns the
    versions added.
    """
    # Lock the state row before looking, so two servers starting at once publish once.
    conn.execute(sa.select(server_state.c.id).where(server_state.c.id == 1).with_for_update())
    published = {
        int(v)
        for v in conn.execute(sa.select(change.c.entity_id).where(change.c.type == kind)).scalars()
    }
    new = sorted(set(documents) - published)
    if not new:
        return []
    first = next_change_seqs(conn, len(new))
    conn.execute(
        sa.insert(change),
        [
            {
                "change_seq": first + i,
                "branch_id": None,
                "type": kind,
                "entity_id": str(version),
                "version": version,
                "deleted": False,
                "data": json.dumps(documents[version], ensure_ascii=False),
                "created_at": now,
            }
            for i, version in enumerate(new)
        ],
    )
    return new
