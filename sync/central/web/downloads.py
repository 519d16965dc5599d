"""The dashboard's downloads: every view as CSV and XLSX, the detailed CSV, the report.

==================================  ==========================================================
``/dashboard/<view>.csv``, ``.xlsx``  the view's tables (:mod:`sync.central.figures.export`),
                                    with the page's query parameters
``/dashboard/gegevens.csv``         questions per month, branch, channel, kind, organisation
                                    and topic, streamed; for viewers who may see branches
``/dashboard/verantwoording``       the accountability report's form; with ``formaat=pdf`` or
                                    ``xlsx`` the report itself (:mod:`sync.central.reports`)
==================================  ==========================================================

A download is what the page shows and nothing more: the filter goes through
:func:`~sync.central.figures.params.parse` and the view through
:func:`~sync.central.figures.views.build_view`, which hide small counts for the public and
refuse what is outside the viewer's scope; a refusal is the dashboard's error page with the
same status and message as the page's. Every download, the public's too, leaves an audit row
(event ``download``: the file name and its query). The responses carry the pages' protective
headers and ``Content-Disposition: attachment``.

No ``from __future__ import annotations``: FastAPI reads the route signatures at runtime.
"""

from collections.abc import Iterator, Mapping, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import Connection
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from kiosk import municipalities
from kiosk.catalogue import CatalogueSet
from sync.central import organisations
from sync.central.accounts.guard import DashboardAccounts, DashboardError, client_address
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Level, Visibility
from sync.central.accounts.viewer import Viewer
from sync.central.figures import export, params, queries, views
from sync.central.reports import content
from sync.central.reports.xlsx import report_xlsx
from sync.central.web.pages import SECURITY_HEADERS, render

CSV_MEDIA = "text/csv; charset=utf-8"
XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF_MEDIA = "application/pdf"
NOT_FOUND = "Deze pagina bestaat niet. Controleer het adres of ga naar het overzicht."
NO_DETAIL = (
    "De gedetailleerde gegevens per vestiging zijn er alleen voor accounts die vestigingen "
    "mogen zien."
)
REPORT_SIGN_IN = "Log in om een verantwoording te maken."
REPORT_ROLES = (Role.NATIONAL, Role.MUNICIPALITY, Role.ORGANISATION)
NO_REPORTS = "Met dit account kunt u geen verantwoording maken."
ONE_SUBJECT = "Kies een gemeente of een bibliotheekorganisatie (één van beide)."
FORMATS = {"pdf": PDF_MEDIA, "xlsx": XLSX_MEDIA}
BAD_FORMAT = "Kies als formaat PDF of Excel (xlsx)."


def _query(request: Request) -> dict[str, list[str]]:
    """The request's query parameters as a multi-dict (what :func:`params.parse` reads)."""
    return {key: request.query_params.getlist(key) for key in request.query_params}


def _catalogues(request: Request) -> CatalogueSet:
    catalogues: CatalogueSet = request.app.state.central.catalogues.catalogues
    return catalogues


def _attachment(body: bytes, media: str, filename: str) -> Response:
    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(body, media_type=media, headers=headers)


def _filter(
    conn: Connection,
    query: Mapping[str, Sequence[str]],
    visibility: Visibility,
    catalogues: CatalogueSet,
) -> queries.Filter:
    try:
        return params.parse(query, visibility, conn, catalogues)
    except params.FilterError as exc:
        raise DashboardError(exc.status, exc.message) from exc


def _what(filename: str, f: queries.Filter) -> str:
    """The audit row's detail: the file and the filter it holds."""
    query = params.to_query(f)
    return f"{filename}?{query}" if query else filename


def install_downloads(app: Any, accounts: DashboardAccounts) -> None:
    """Add the download routes to *app* (before any catch-all dashboard route)."""
    app.include_router(_router(accounts))


def _router(accounts: DashboardAccounts) -> APIRouter:
    router = APIRouter(prefix="/dashboard", include_in_schema=False)
    CurrentViewer = Annotated[Viewer, Depends(accounts.viewer)]  # noqa: N806

    def visibility_of(viewer: Viewer) -> Visibility:
        return Visibility.of(viewer, accounts.settings.public_min_count)

    def audit(viewer: Viewer, request: Request, what: str) -> None:
        accounts.record_download(viewer, what, client_address(request))

    @router.get("/gegevens.csv")
    def detail(request: Request, viewer: CurrentViewer) -> Response:
        """Questions per month and branch (and channel, kind, organisation, topic), streamed."""
        visibility = visibility_of(viewer)
        if viewer.is_public or Level.BRANCH not in visibility.levels:
            raise DashboardError(403, NO_DETAIL)
        with accounts.db.read() as conn:
            f = _filter(conn, _query(request), visibility, _catalogues(request))
        within = views.within_of(visibility)
        filename = f"ido-gegevens-{export.period_slug(f.first, f.last)}.csv"
        audit(viewer, request, _what(filename, f))

        def lines() -> Iterator[bytes]:
            with accounts.db.read() as conn:
                yield from export.detail_csv(queries.csv_rows(conn, f, within))

        headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'}
        return StreamingResponse(lines(), media_type=CSV_MEDIA, headers=headers)

    def view_file(request: Request, viewer: Viewer, slug: str, kind: str) -> Response:
        if slug not in views.VIEWS:
            raise DashboardError(404, NOT_FOUND)
        visibility = visibility_of(viewer)
        catalogues = _catalogues(request)
        with accounts.db.read() as conn:
            f = _filter(conn, _query(request), visibility, catalogues)
            try:
                view = views.build_view(conn, slug, f, visibility, catalogues)
            except params.FilterError as exc:
                raise DashboardError(exc.status, exc.message) from exc
        filename = f"ido-{slug}-{export.period_slug(f.first, f.last)}.{kind}"
        described, now = export.describe_filter(f), accounts.now()
        if kind == "csv":
            body = export.view_csv(view, described=described, generated=now)
            media = CSV_MEDIA
        else:
            body = export.view_xlsx(view, described=described, generated=now)
            media = XLSX_MEDIA
        audit(viewer, request, _what(filename, f))
        return _attachment(body, media, filename)

    @router.get("/verantwoording")
    def report(request: Request, viewer: CurrentViewer) -> Response:
        """The accountability report's form, or (with ``formaat``) the report itself."""
        if viewer.is_public:
            raise DashboardError(401, REPORT_SIGN_IN, sign_in=True)
        if viewer.role not in REPORT_ROLES:
            raise DashboardError(403, NO_REPORTS)
        query = _query(request)
        visibility = visibility_of(viewer)
        if not any(v.strip() for v in query.get("formaat", ())):
            return _report_form(request, viewer, visibility)
        return _report_file(request, viewer, visibility, query)

    def _report_form(request: Request, viewer: Viewer, visibility: Visibility) -> Response:
        with accounts.db.read() as conn:
            first = queries.first_month(conn)
            listed = organisations.list_organisations(conn) if viewer.role is Role.NATIONAL else []
        now = accounts.now()
        years = list(range(now.year, (first // 100 if first else now.year) - 1, -1))
        places = (
            municipalities.shipped().municipalities_on(visibility.day)
            if viewer.role is Role.NATIONAL
            else []
        )
        context = {
            "viewer": viewer,
            "years": years,
            "municipalities": places,
            "organisations": listed,
        }
        return render(request, "verantwoording.html", context)

    def _report_file(
        request: Request, viewer: Viewer, visibility: Visibility, query: dict[str, list[str]]
    ) -> Response:
        fmt = (query.get("formaat") or [""])[0].strip().lower()
        if fmt not in FORMATS:
            raise DashboardError(400, BAD_FORMAT)
        subject = _subject(viewer, query)
        now = accounts.now()
        with accounts.db.read() as conn:
            try:
                made = content.build_report(
                    conn, subject, query, visibility, _catalogues(request), now
                )
            except (content.ReportError, params.FilterError) as exc:
                raise DashboardError(exc.status, exc.message) from exc
        if fmt == "pdf":
            from sync.central.reports.pdf import report_pdf  # fpdf2: loaded when first asked

            body = report_pdf(made)
        else:
            body = report_xlsx(made)
        filename = f"{made.file_stem}.{fmt}"
        audit(viewer, request, filename)
        return _attachment(body, FORMATS[fmt], filename)

    @router.get("/{slug}.csv")
    def view_csv(request: Request, viewer: CurrentViewer, slug: str) -> Response:
        """The view *slug* as a CSV for Dutch Excel."""
        return view_file(request, viewer, slug, "csv")

    @router.get("/{slug}.xlsx")
    def view_xlsx(request: Request, viewer: CurrentViewer, slug: str) -> Response:
        """The view *slug* as an XLSX workbook."""
        return view_file(request, viewer, slug, "xlsx")

    return router


def _subject(viewer: Viewer, query: Mapping[str, Sequence[str]]) -> content.Subject:
    """The report's subject: the one asked for (a local account's own when none is)."""
    asked = [
        (kind, value.strip())
        for kind in content.SubjectKind
        for value in query.get(kind.value, ())
        if value.strip()
    ]
    if not asked and viewer.scope is not None:
        kind = (
            content.SubjectKind.MUNICIPALITY
            if viewer.role is Role.MUNICIPALITY
            else content.SubjectKind.ORGANISATION
        )
        return content.Subject(kind, viewer.scope)
    if len(asked) != 1:
        raise DashboardError(400, ONE_SUBJECT)
    kind, code = asked[0]
    return content.Subject(kind, code)
