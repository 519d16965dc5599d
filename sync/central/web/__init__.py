"""The dashboard's web side: routes under ``/dashboard``, Jinja2 templates, static files.

Pages are rendered on the server (Dutch, no script), from ``templates/`` (every page extends
``base.html``); the style sheet comes from ``static/``, served by ``ido-central`` itself (no
CDN). Who sees what is decided in :mod:`sync.central.accounts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sync.central.accounts.guard import DashboardAccounts


def install_dashboard(app: FastAPI, accounts: DashboardAccounts) -> None:
    """Add the dashboard's routes, static files and error pages to *app*."""
    from sync.central.web.downloads import install_downloads
    from sync.central.web.routes import install

    install_downloads(app, accounts)  # first: /dashboard/<view>.csv before any page route
    install(app, accounts)
