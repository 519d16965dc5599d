"""The dashboard's routes: the views, the sign-in form, signing in and out.

``/dashboard/`` is the overview (an executive, who sees questions only, goes to
``/dashboard/vragen``), ``/dashboard/<slug>`` each other view of
:data:`~sync.central.figures.views.VIEWS`; the filter is the address's query
(:mod:`sync.central.figures.params`), so a link shows the same figures and Back works. The
figures are read in a worker thread, in one read transaction.

Every route takes the viewer from :meth:`DashboardAccounts.viewer`, which refuses bearer
tokens; every POST form carries a CSRF token (the sign-in form its own, see
:mod:`sync.central.accounts.csrf`). Refusals are HTML pages in Dutch
(:class:`~sync.central.accounts.guard.DashboardError`), never problem documents: a person
reads them, not a program.

No ``from __future__ import annotations`` here: FastAPI reads the route signatures at
runtime, and their ``Annotated[..., Depends(...)]`` refer to a dependency local to
:func:`install`.
"""

from typing import Annotated

import anyio
from fastapi import APIRouter, Depends, FastAPI
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from sync.central.accounts.audit import Failure
from sync.central.accounts.cookies import LOGIN, LOGIN_MAX_AGE, SESSION
from sync.central.accounts.csrf import FIELD, csrf_matches, new_csrf_token
from sync.central.accounts.guard import (
    DashboardAccounts,
    DashboardError,
    client_address,
    read_form,
)
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.figures import params, wording
from sync.central.figures.params import FilterError
from sync.central.figures.views import VIEWS, View, build_view
from sync.central.web.filters import Form, build_form, through_text
from sync.central.web.pages import STATIC, STATIC_ROUTE, redirect, render

WRONG = "De gebruikersnaam of het wachtwoord klopt niet, of dit account is uitgeschakeld."
EMPTY = "Vul uw gebruikersnaam en uw wachtwoord in."
EXPIRED = "Het formulier was verlopen. Vul het opnieuw in."
SIGNED_OUT = "U bent uitgelogd."


def install(app: FastAPI, accounts: DashboardAccounts) -> None:
    """Add the dashboard's routes, static files and error pages to *app*."""
    app.include_router(_router(accounts))
    app.mount("/dashboard/static", StaticFiles(directory=STATIC), name=STATIC_ROUTE)
    app.include_router(_not_found(accounts))  # after the static files, which it would hide

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DashboardError)
        if exc.sign_in:
            return redirect(request, "/dashboard/login")
        context = {"viewer": PUBLIC, "message": exc.message, "status": exc.status}
        return render(request, "error.html", context, status=exc.status)

    app.add_exception_handler(DashboardError, refused)


def _wait_text(seconds: int) -> str:
    minutes = -(-seconds // 60)
    if seconds < 60:
        return f"{seconds} seconden"
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"


def _router(accounts: DashboardAccounts) -> APIRouter:
    router = APIRouter(prefix="/dashboard", include_in_schema=False)
    CurrentViewer = Annotated[Viewer, Depends(accounts.viewer)]  # noqa: N806
    cookies = accounts.cookies

    def login_page(
        request: Request,
        *,
        status: int = 200,
        error: str | None = None,
        notice: str | None = None,
        username: str = "",
        headers: dict[str, str] | None = None,
    ) -> Response:
        # The form's token is the value of its own cookie: a new one for every form shown.
        token = new_csrf_token()
        context = {
            "viewer": PUBLIC,
            "csrf_token": token,
            "error": error,
            "notice": notice,
            "username": username,
        }
        response = render(request, "login.html", context, status=status, headers=headers)
        cookies.write(response, request, LOGIN, token, same_site="strict", max_age=LOGIN_MAX_AGE)
        return response

    async def view_page(request: Request, viewer: Viewer, slug: str) -> Response:
        """Read and render view *slug* for *viewer*, with the filter in the address."""
        visibility = Visibility.of(viewer, accounts.settings.public_min_count)
        query = {key: request.query_params.getlist(key) for key in request.query_params}
        catalogues = request.app.state.central.catalogues.catalogues

        def read() -> tuple[View, Form, str]:
            with accounts.db.read() as conn:
                f = params.parse(query, visibility, conn, catalogues)
                view = build_view(conn, slug, f, visibility, catalogues)
                form = build_form(conn, f, visibility, catalogues, query)
            return view, form, params.to_query(f)

        try:
            view, form, canonical = await anyio.to_thread.run_sync(read)
        except FilterError as exc:
            raise DashboardError(exc.status, exc.message) from None
        context = {
            "viewer": viewer,
            "visibility": visibility,
            "view": view,
            "spec": VIEWS[slug],
            "views": [v for v in VIEWS.values() if v.may_open(visibility)],
            "form": form,
            "query": canonical,
            "through": through_text(view.through),
            "charts": (STATIC / "charts.js").is_file(),
            "number": wording.number,
        }
        return render(request, "view.html", context)

    @router.get("/")
    async def home(request: Request, viewer: CurrentViewer) -> Response:
        """The overview; for a viewer who may not open it (an executive), the questions."""
        visibility = Visibility.of(viewer, accounts.settings.public_min_count)
        first = next(s for s in VIEWS.values() if s.may_open(visibility) or s.slug == "vragen")
        return await view_page(request, viewer, first.slug)

    def add_view(slug: str) -> None:
        async def show(request: Request, viewer: CurrentViewer) -> Response:
            return await view_page(request, viewer, slug)

        show.__doc__ = f"The view {slug}, filtered by the address's query."
        router.add_api_route(f"/{slug}", show, methods=["GET"], name=f"dashboard-{slug}")

    for slug in VIEWS:
        add_view(slug)

    @router.get("/login")
    def login_form(
        request: Request, viewer: CurrentViewer, uitgelogd: str | None = None
    ) -> Response:
        """The sign-in form (a signed-in viewer goes to the start page)."""
        if not viewer.is_public:
            return redirect(request, "/dashboard/")
        return login_page(request, notice=SIGNED_OUT if uitgelogd is not None else None)

    @router.post("/login")
    async def login(request: Request, _viewer: CurrentViewer) -> Response:
        """Check the form; on success start a session and go to the start page."""
        form = await read_form(request)
        username = form.get("username", "").strip()
        if not csrf_matches(cookies.read(LOGIN, request), form.get(FIELD)):
            return login_page(request, status=403, error=EXPIRED, username=username)
        password = form.get("password", "")
        if not username or not password:
            return login_page(request, error=EMPTY, username=username)
        outcome = await anyio.to_thread.run_sync(
            accounts.sign_in,
            username,
            password,
            client_address(request),
            cookies.read(SESSION, request),
        )
        if outcome.failure is Failure.THROTTLED:
            wait = outcome.retry_after or 60
            text = (
                "U hebt te vaak geprobeerd in te loggen. "
                f"Wacht {_wait_text(wait)} en probeer het dan opnieuw."
            )
            headers = {"Retry-After": str(wait)}
            return login_page(request, status=429, error=text, username=username, headers=headers)
        if outcome.token is None:
            return login_page(request, error=WRONG, username=username)
        response = redirect(request, "/dashboard/")
        cookies.write(response, request, SESSION, outcome.token, same_site="lax")
        cookies.clear(response, request, LOGIN, same_site="strict")
        return response

    @router.post("/logout")
    async def logout(request: Request, viewer: CurrentViewer) -> Response:
        """End this session and go back to the sign-in form."""
        await accounts.signed_form(request, viewer)
        await anyio.to_thread.run_sync(accounts.sign_out, viewer, client_address(request))
        response = redirect(request, "/dashboard/login?uitgelogd")
        cookies.clear(response, request, SESSION, same_site="lax")
        return response

    return router


def _not_found(accounts: DashboardAccounts) -> APIRouter:
    router = APIRouter(prefix="/dashboard", include_in_schema=False)
    CurrentViewer = Annotated[Viewer, Depends(accounts.viewer)]  # noqa: N806

    @router.get("/{rest:path}")
    def not_found(request: Request, viewer: CurrentViewer, rest: str) -> Response:
        """Any other dashboard address: a page that says so, in Dutch."""
        message = "Deze pagina bestaat niet. Controleer het adres of ga naar het overzicht."
        context = {"viewer": viewer, "message": message, "status": 404}
        return render(request, "error.html", context, status=404)

    return router
