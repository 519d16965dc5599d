"""Rendering the dashboard's pages: the Jinja2 environment, shared context, response headers.

Autoescaping is on for every template. Every page gets the same protective headers: a
Content-Security-Policy that allows this site's own scripts and style sheets and nothing else
(no inline script or style, no ``eval``: the charts' Vega runs its expressions in an
interpreter; no frames; forms only to this site), ``no-store`` (pages carry a CSRF token and
figures that are not for the next person at a shared computer), and no referrer to other sites.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from sync.central.accounts.csrf import FIELD

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
STATIC_ROUTE = "dashboard-static"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def url(request: Request, path: str) -> str:
    """*path* under the application's mount point (``root_path`` behind a proxy)."""
    return str(request.scope.get("root_path", "")).rstrip("/") + path


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """Render *template* with *context* (plus ``url``, ``static`` and ``csrf_field``)."""
    html = _environment.get_template(template).render(
        {
            "url": lambda path: url(request, path),
            "static": lambda name: url(request, f"/dashboard/static/{name}"),
            "csrf_field": FIELD,
            **context,
        }
    )
    return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def redirect(request: Request, path: str) -> Response:
    """See Other to *path* (after a POST, so a reload does not send the form again)."""
    return RedirectResponse(url(request, path), status_code=303, headers=SECURITY_HEADERS)
