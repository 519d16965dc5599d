"""The pull half of a sync run: ``GET /v1/changes`` pages, applied before the cursor moves.

A ``catalogue`` change is a whole catalogue file. It is checked with the
app's own catalogue parser, written durably as ``catalogue-<version>.json`` in the data
directory's catalogue folder (the app loads it at the next start), and only then is the page's
``next_cursor`` stored. A crash in between repeats the page, and writing the same file again
changes nothing. Files are never deleted: old records name the version they were made with.

A ``survey`` change is a whole visitor survey file, checked with the app's survey parser and
written the same way into the data directory's ``survey`` folder (the visitor mode asks the
newest version from the next start).

Belastinghulp records (``season`` .. ``waiting``, ``slot``, ``booking``; ``docs/belastinghulp.md``
§5) go to ``kiosk.planning.pull.apply_change`` in the same desk transaction that stores the
page's cursor, so a crash repeats the page and never half-applies it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Container
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from kiosk.catalogue import CatalogueError, load_catalogues, parse_catalogue
from kiosk.clock import Now, to_utc_text
from kiosk.errors import Message
from kiosk.files import write_durably
from kiosk.planning.pull import apply_change
from kiosk.protocol.answers import FeedPage
from kiosk.protocol.reading import read
from kiosk.set_aside import INVALID, put_aside
from kiosk.survey.definition import FOLDER as SURVEY_FOLDER
from kiosk.survey.definition import SurveyError, file_name, load_surveys, parse_survey
from sync.http import SyncError, bearer, failure_from_exception, failure_from_response
from sync.state import StateStore

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # catalogue changes are whole files (~20 KB each)
MAX_PAGES = 200  # one run's bound; the next run continues from the stored cursor
# Belastinghulp records and branch settings (docs/belastinghulp.md §5), applied by
# kiosk.planning.pull.
PLANNING_TYPES = frozenset(
    {"season", "partner", "helper", "template", "closure", "waiting", "slot", "booking", "setting"}
)
_ENSURE_STATE = text("INSERT OR IGNORE INTO sync_state (id, backoff_attempt) VALUES (1, 0)")
_SET_CURSOR = text("UPDATE sync_state SET pull_cursor = :cursor WHERE id = 1")


class Puller:
    """Pulls the branch's changes after the stored cursor."""

    def __init__(
        self,
        http: httpx.Client,
        states: StateStore,
        catalogue_dir: Path,
        *,
        token: str,
        now: Now,
    ) -> None:
        """Pull through *http*, keeping the cursor in *states* and files in *catalogue_dir*."""
        self.http = http
        self.now = now
        self.states = states
        self.catalogue_dir = catalogue_dir
        self._token = token
        self.pulled = 0
        self.new_catalogues: list[int] = []
        self.new_surveys: list[int] = []
        self.planning_pulled = 0  # planning records applied (the screens reload when > 0)
        # Set on a 410: the server's history was renumbered, so the run reconciles its acks.
        self.cursor_expired = False
        self._shipped: frozenset[int] | None = None

    def run(self, cursor: str | None) -> None:
        """Pull every page after *cursor*; raise SyncError when the run has to stop."""
        restarted = False
        for _ in range(MAX_PAGES):
            page = self._get(cursor)
            if page is None:  # 410: the server's history was renumbered (a restore)
                if restarted:
                    raise SyncError(
                        "transient",
                        Message("sync.server_error"),
                        log_detail="cursor expired twice in one run",
                    )
                log.warning("Pull cursor expired; pulling everything again")
                restarted = self.cursor_expired = True
                cursor = None
                self.states.update(pull_cursor=None)
                continue
            changes, next_cursor, has_more = page
            planning = [c for c in changes if _type_of(c) in PLANNING_TYPES]
            for change in changes:
                if _type_of(change) not in PLANNING_TYPES:
                    self._apply(change)
            # Only now, with every file of the page on disk, may the cursor pass the page;
            # the planning changes are applied in the transaction that moves it.
            self._apply_planning(planning, next_cursor)
            self.pulled += len(changes)
            if not has_more or next_cursor == cursor:
                return
            cursor = next_cursor

    def _apply_planning(self, changes: list[dict[str, Any]], cursor: str | None) -> None:
        """Apply the page's planning records and store *cursor*, in one desk transaction."""
        if not changes:
            self.states.update(pull_cursor=cursor)
            return
        received_at = to_utc_text(self.now())
        with self.states.db.write() as session:
            for change in changes:
                apply_change(session, change, received_at)
            session.execute(_ENSURE_STATE)
            session.execute(_SET_CURSOR, {"cursor": cursor})
        self.planning_pulled += len(changes)

    def _get(self, cursor: str | None) -> tuple[list[dict[str, Any]], str | None, bool] | None:
        params: dict[str, str | int] = {"limit": PAGE_SIZE}
        if cursor is not None:
            params["cursor"] = cursor
        try:
            response = self.http.get("/v1/changes", params=params, headers=bearer(self._token))
        except httpx.TransportError as exc:
            raise failure_from_exception(exc) from exc
        if response.status_code == 410:
            return None
        if response.status_code != 200:
            failure = failure_from_response(response, self.now())
            log.warning("Pull: %s", failure.log_detail)
            raise failure
        try:
            # The contract's page, read leniently; each change stays as sent, to be checked
            # by the record models as it is applied (and set aside if it cannot be).
            page = read(FeedPage, response.json())
        except ValueError as exc:
            raise SyncError(
                "transient",
                Message("sync.unexpected", {"status": 200}),
                log_detail=f"unreadable changes page: {type(exc).__name__}",
            ) from exc
        next_cursor = page.next_cursor if page.next_cursor is not None else cursor
        return page.changes, next_cursor, page.has_more

    def _apply(self, change: dict[str, Any]) -> None:
        if change.get("type") == "survey":
            self._apply_survey(change)
            return
        if change.get("type") != "catalogue":
            log.info("Pulled change of unknown type %r ignored", change.get("type"))
            return
        if change.get("deleted"):
            log.info(
                "Catalogue %r withdrawn centrally; kept (records refer to it)", change.get("id")
            )
            return
        if self._shipped is None:
            # A version the app ships always wins over an installed copy (load_catalogues),
            # so installing one would only look like news to the user.
            self._shipped = frozenset(c.version for c in load_catalogues())
        try:
            version = install_catalogue(
                self.catalogue_dir, change.get("id"), change.get("data"), skip=self._shipped
            )
        except CatalogueError as exc:
            self._set_aside("catalogue", change, exc)
            return
        if version is not None:
            self.new_catalogues.append(version)

    def _set_aside(self, kind: str, change: dict[str, Any], exc: ValueError) -> None:
        """Note a pulled file of *kind* the app's parser refused (*exc*), for support."""
        log.warning("%s; set aside", exc)
        errors = [{"path": "data", "msg": str(exc)[:500]}]
        with self.states.db.write() as session:
            put_aside(
                session,
                kind,
                change.get("id"),
                change.get("version"),
                INVALID,
                errors,
                to_utc_text(self.now()),
            )

    def _apply_survey(self, change: dict[str, Any]) -> None:
        """Install a pulled survey version; one the parser refuses is set aside with why."""
        if change.get("deleted"):
            log.info(
                "Survey %r withdrawn centrally; kept (responses refer to it)", change.get("id")
            )
            return
        folder = self.catalogue_dir.parent / SURVEY_FOLDER  # both live in the data directory
        try:
            version = install_survey(folder, change.get("id"), change.get("data"))
        except SurveyError as exc:
            self._set_aside("survey", change, exc)
            return
        if version is not None:
            self.new_surveys.append(version)


def _type_of(change: dict[str, Any]) -> str | None:
    """The change's ``type`` when it is text (anything else is no type this desk knows)."""
    kind = change.get("type")
    return kind if isinstance(kind, str) else None


def install_catalogue(
    folder: Path, change_id: Any, data: Any, *, skip: Container[int] = ()
) -> int | None:
    """Write a pulled catalogue into *folder*; return its version if the file is new or changed.

    Versions in *skip* (the ones the app ships) are not written.
    A catalogue the app's parser refuses, or whose version differs from the change id, raises
    :class:`CatalogueError` (the caller sets it aside): the desk keeps working with the
    catalogues it has. The file name is built from the parsed integer version, never from
    text the server sent.
    """
    source = f"pulled catalogue {change_id!r}"
    if not isinstance(data, dict):
        raise CatalogueError(f"{source}: no data")
    try:
        catalogue = parse_catalogue(data, source)
        content = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # CatalogueError passes
        raise CatalogueError(f"{source}: {type(exc).__name__}") from exc
    if change_id is not None and str(change_id) != str(catalogue.version):
        raise CatalogueError(f"{source} holds version {catalogue.version}")
    if catalogue.version in skip:
        return None
    path = folder / f"catalogue-{catalogue.version}.json"
    try:
        if path.read_bytes() == content:
            return None
    except FileNotFoundError:
        pass
    write_durably(path, content)
    log.info("Installed catalogue version %d (used from the next start)", catalogue.version)
    return catalogue.version


def install_survey(folder: Path, change_id: Any, data: Any) -> int | None:
    """Write a pulled survey into *folder*; return its version if the file is new or changed.

    A version the app ships is not written (the shipped file wins). A survey the app's parser
    refuses, or whose version differs from the change id, raises :class:`SurveyError` (the
    caller sets it aside). The file name is built from the parsed integer version.
    """
    source = f"pulled survey {change_id!r}"
    try:
        survey = parse_survey(data, source)
        content = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # SurveyError passes
        raise SurveyError(f"{source}: {type(exc).__name__}") from exc
    if change_id is not None and str(change_id) != str(survey.version):
        raise SurveyError(f"{source} holds version {survey.version}")
    if survey.version in {s.version for s in load_surveys(None)}:
        return None
    path = folder / file_name(survey.version)
    try:
        if path.read_bytes() == content:
            return None
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True)
    write_durably(path, content)
    log.info("Installed survey version %d (asked from the next start)", survey.version)
    return survey.version
