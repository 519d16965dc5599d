"""The dashboard's figures as JSON: ``GET /v1/figures/{slug}`` with the page's query.

The answer is the :class:`~sync.central.figures.views.View` a page of the same address shows
(same filter, same viewer, small counts hidden the same way), as :class:`FiguresView`:
documented in ``/openapi.json`` like every other route, errors as RFC 9457 problem details.

Who may ask, and what they get:

- a dashboard session (its cookie): that account's scope, exactly as on the pages;
- nobody (no cookie, no token): the public view, small counts hidden;
- a device token: the desk's own branch, unhidden (:meth:`Viewer.of_device`); a query that
  names a province, a municipality, a library organisation or another branch is refused
  with 403, whether or not it exists;
- the admin token: 403; it administers devices and never opens figures.

``GET /v1/branch-figures`` answers a desk only (its device token): its own branch's figures
for the same filter, in codes instead of words
(:class:`~sync.central.figures.by_code.BranchFiguresView`), so the desk can show them in its
own language.

Every refusal of scope says the same words as the pages (:data:`REFUSED`, status 403), so a
refusal tells nothing about what exists outside the caller's scope.

No ``from __future__ import annotations`` here: FastAPI reads the route signatures at runtime.
"""

import hmac
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Request, Response
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from sync.central import auth
from sync.central.accounts.cookies import SECURE_PREFIX, SESSION
from sync.central.accounts.guard import DashboardAccounts
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import Viewer
from sync.central.figures import by_code, params, views
from sync.central.figures.views import Kind, View
from sync.central.organisations import SIZES
from sync.central.problems import ProblemError
from sync.central.schemas import problem_responses

if TYPE_CHECKING:
    from sync.central.app import Central

PATH = "/v1/figures/{slug}"
BRANCH_PATH = "/v1/branch-figures"
REFUSED = params.OUTSIDE  # the pages' words for anything outside the scope
ADMIN_REFUSED = "De sleutel van het beheer opent geen cijfers."
UNKNOWN_VIEW = "Deze weergave bestaat niet."
SLUG_DESCRIPTION = "The view: " + ", ".join(views.VIEWS) + " (another: 404 not_found)"
#: The query parameters that pick places: a desk may name none of them but its own branch.
AREA_PARAMETERS = ("provincie", "gemeente", "organisatie")
BRANCH_PARAMETER = "vestiging"

# The page's query parameters, as the OpenAPI document lists them (params.parse checks them).
QUERY_PARAMETERS: dict[str, str] = {
    "jaar": "A year, e.g. 2026",
    "kwartaal": "A quarter of that year, 1 to 4",
    "van": "First month, YYYY-MM",
    "tot": "Last month, YYYY-MM (included)",
    "provincie": "A province, PVxx (repeatable)",
    "gemeente": "A municipality, a CBS code GMxxxx (repeatable)",
    "organisatie": "A library organisation's registry code (repeatable)",
    "vestiging": "A branch id (repeatable; a device: its own only)",
    "kanaal": "A channel of the question catalogue (repeatable)",
    "vorm": "An IDO form (repeatable)",
    "plek": "binnen or buiten (inside or outside the library)",
    "laag": "A government layer (repeatable)",
    "instantie": "An organisation code of the question catalogue (repeatable)",
    "grootte": "The size of the library organisation's service area: "
    + ", ".join(size.code for size in SIZES)
    + " (repeatable)",
}

_device_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="DeviceToken",
    description="A desk's token (from /v1/enroll). On /v1/figures: its own branch's figures.",
)
_session_cookie = APIKeyCookie(
    name=SECURE_PREFIX + SESSION,
    auto_error=False,
    scheme_name="DashboardSession",
    description=f"A dashboard session (the cookie of signing in; {SESSION} on plain-HTTP "
    "localhost). Without any credentials: the public view, small counts hidden.",
)


class FiguresColumn(BaseModel):
    """One column of a table: its key in ``rows``' order, its Dutch heading, its kind."""

    key: str
    label: str
    kind: Kind


class FiguresTable(BaseModel):
    """The numbers of one chart. A hidden count is null (``hidden`` says how many)."""

    id: str
    title: str
    summary: str = Field(description="The chart's one-line reading, in Dutch")
    hidden: int = Field(ge=0, description="Counts hidden as too small to show (public view)")
    columns: list[FiguresColumn]
    rows: list[list[str | int | float | None]] = Field(
        description="One value per column, in the columns' order"
    )
    chart: dict[str, Any] | None = Field(
        None, description="The chart's Vega-Lite specification without its data (none: a table)"
    )


class FiguresView(BaseModel):
    """One dashboard view for a filter and the caller: the same tables the page shows."""

    slug: str
    title: str
    through: datetime | None = Field(description="Up to when the figures run (ISO 8601)")
    filter: str = Field(description="The filter as a canonical query string (no '?')")
    notes: list[str] = Field(default_factory=list, description="What the page notes, in Dutch")
    tables: list[FiguresTable]


def view_model(view: View, query: str) -> FiguresView:
    """*view* as the API answers it, with its canonical *query*."""
    return FiguresView(
        slug=view.slug,
        title=view.title,
        through=view.through,
        filter=query,
        notes=list(view.notes),
        tables=[
            FiguresTable(
                id=t.id,
                title=t.title,
                summary=t.summary,
                hidden=t.hidden,
                columns=[FiguresColumn(key=c.key, label=c.label, kind=c.kind) for c in t.columns],
                rows=[list(row) for row in t.rows],
                chart=t.chart,
            )
            for t in view.tables
        ],
    )


def refused() -> ProblemError:
    """The one 403 for anything outside the caller's scope (it names nothing)."""
    return ProblemError(403, "forbidden", REFUSED)


def device_query(viewer: Viewer, query: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """A desk's *query* without its own branch; 403 when it names any other place.

    The desk's scope already narrows every figure to its branch, so ``vestiging`` naming
    that branch adds nothing and is dropped.
    """
    if any(v.strip() for name in AREA_PARAMETERS for v in query.get(name, ())):
        raise refused()
    if any(v.strip() not in ("", viewer.branch_id) for v in query.get(BRANCH_PARAMETER, ())):
        raise refused()
    return {k: list(v) for k, v in query.items() if k != BRANCH_PARAMETER}


def _responses(*, branch: bool = False) -> dict[int | str, dict[str, Any]]:
    meaning = {
        400: "bad_request: a filter value that is not valid (detail: which, in Dutch)",
        401: "unauthorized: a device token that is unknown, or replaced and past its grace",
        403: "forbidden: a view or a filter outside the caller's scope (always the same "
        "detail, whether the value exists or not), or the admin token; device_revoked: a "
        "revoked device",
        404: "not_found: no view with this name",
        429: "rate_limited: too many requests of this device; retry after Retry-After",
    }
    if branch:  # a desk's own branch: no view to name, no session, no public view
        del meaning[404]
        meaning[401] = (
            "unauthorized: no device token, or one unknown or replaced and past its grace"
        )
        meaning[403] = (
            "forbidden: a filter naming another place, or the admin token; device_revoked: "
            "a revoked device"
        )
    entries = problem_responses(*meaning)
    for status, text in meaning.items():
        entries[status] = {**entries[status], "description": text}
    return entries


def _query_parameters() -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": text,
            "style": "form",
            "explode": True,
            "schema": {"type": "array", "items": {"type": "string", "maxLength": 100}},
        }
        for name, text in QUERY_PARAMETERS.items()
    ]


def install_figures_api(app: FastAPI, central: "Central", accounts: DashboardAccounts) -> None:
    """Add ``GET /v1/figures/{slug}`` to *app*."""
    app.include_router(_router(central, accounts))


def _viewer_dependency(central: "Central", accounts: DashboardAccounts) -> Callable[..., Viewer]:
    def viewer(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_device_bearer)],
        _session: Annotated[str | None, Depends(_session_cookie)],
    ) -> Viewer:
        if credentials is None:
            scheme, _, _ = request.headers.get("authorization", "").partition(" ")
            if scheme.strip().lower() == "bearer":
                raise auth.unauthorized()  # "Bearer" without a token: not the public view
            return accounts.viewer(request)  # the session's viewer, or the public one
        return _device_viewer(central, credentials.credentials)

    return viewer


def _device_viewer(central: "Central", token: str) -> Viewer:
    """The viewer of the desk whose *token* this is (401/403 otherwise; rate-limited)."""
    admin = central.settings.admin_token
    if admin and hmac.compare_digest(token.encode("utf-8"), admin.encode("utf-8")):
        raise ProblemError(403, "forbidden", ADMIN_REFUSED)
    with central.db.write() as conn:
        who = auth.authenticate_device(conn, f"Bearer {token}", central.now())
    central.buckets.check(who.device_id)
    return Viewer.of_device(who.branch_id)


def _router(central: "Central", accounts: DashboardAccounts) -> APIRouter:
    router = APIRouter()
    CurrentViewer = Annotated[Viewer, Depends(_viewer_dependency(central, accounts))]  # noqa: N806
    catalogues = central.catalogues.catalogues

    @router.get(
        PATH,
        response_model=FiguresView,
        responses=_responses(),
        openapi_extra={
            "parameters": _query_parameters(),
            # A session, a desk's token, or nothing at all: the public view.
            "security": [{"DashboardSession": []}, {"DeviceToken": []}, {}],
        },
        summary="A dashboard view's figures",
    )
    def figures(
        slug: Annotated[str, Path(description=SLUG_DESCRIPTION)],
        request: Request,
        response: Response,
        viewer: CurrentViewer,
    ) -> Any:
        """The figures of view *slug* for the page's filter, as the caller may see them.

        The same tables as the page ``/dashboard/{slug}`` with the same query: a dashboard
        session sees its account's scope, a call without credentials the public view (small
        counts null), a desk its own branch. A filter value that is not valid is 400
        ``bad_request`` with a Dutch ``detail`` naming the field; anything outside the
        caller's scope is 403 ``forbidden`` with one fixed ``detail``.
        """
        query = {key: request.query_params.getlist(key) for key in request.query_params}
        if viewer.is_device:
            query = device_query(viewer, query)
        if slug not in views.VIEWS:
            raise ProblemError(404, "not_found", UNKNOWN_VIEW)
        visibility = Visibility.of(viewer, central.settings.public_min_count)
        try:
            with central.db.read() as conn:
                f = params.parse(query, visibility, conn, catalogues)
                view = views.build_view(conn, slug, f, visibility, catalogues)
        except params.FilterError as exc:
            if exc.status == 403:
                raise refused() from exc
            raise ProblemError(exc.status, "bad_request", exc.message) from exc
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["Vary"] = "Authorization, Cookie"
        return view_model(view, params.to_query(f))

    @router.get(
        BRANCH_PATH,
        response_model=by_code.BranchFiguresView,
        responses=_responses(branch=True),
        # The security is the token's dependency's own: DeviceToken, nothing else.
        openapi_extra={"parameters": _query_parameters()},
        summary="A desk's own branch's figures, in codes",
    )
    def branch_figures(
        request: Request,
        response: Response,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_device_bearer)],
    ) -> Any:
        """The figures of the calling desk's branch for the page's filter, in codes.

        The same figures as ``/v1/figures/{slug}`` gives a desk (its own branch, nothing
        hidden), with catalogue codes, ``YYYY-MM`` months and weekday numbers instead of
        Dutch words. Only a device token may ask; a filter naming another place is 403.
        """
        if credentials is None:
            raise auth.unauthorized()
        viewer = _device_viewer(central, credentials.credentials)
        query = device_query(
            viewer, {key: request.query_params.getlist(key) for key in request.query_params}
        )
        visibility = Visibility.of(viewer, central.settings.public_min_count)
        branch_id = viewer.branch_id or ""
        try:
            with central.db.read() as conn:
                f = params.parse(query, visibility, conn, catalogues)
                found = by_code.branch_figures(conn, branch_id, f, params.to_query(f))
        except params.FilterError as exc:
            if exc.status == 403:
                raise refused() from exc
            raise ProblemError(exc.status, "bad_request", exc.message) from exc
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["Vary"] = "Authorization"
        return found

    return router
