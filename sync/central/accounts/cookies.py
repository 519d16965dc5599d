"""The dashboard's cookies: the session's and the sign-in form's, with their flags.

Both are ``HttpOnly`` (no script reads them) and ``Secure`` with the ``__Host-`` name prefix
(the browser sends them over HTTPS only, to this host only, for every path, and no
subdomain can plant one). The session cookie is ``SameSite=Lax``: it comes along when
someone follows a link to the dashboard from an e-mail or an intranet page, so they arrive
signed in, and it stays home on every cross-site POST; no dashboard GET changes anything,
and every form also carries its CSRF token. The sign-in form's cookie is
``SameSite=Strict``: nothing another site starts may sign anyone in. The session cookie has
no ``Max-Age``: closing the browser forgets it (shared computers in a library), and the
server ends the session anyway at its idle or absolute expiry.

With ``Settings.insecure_localhost_cookies`` (development and tests only) a request to a
loopback address over plain http gets the cookies without ``Secure`` and without the prefix
(browsers refuse a ``__Host-`` cookie that is not Secure); every other request gets them as
above, whatever the setting says.
"""

from __future__ import annotations

import ipaddress
from typing import Literal

from starlette.requests import Request
from starlette.responses import Response

SESSION = "ido_dashboard"
LOGIN = "ido_login"
LOGIN_MAX_AGE = 3600  # seconds a sign-in form may stay open
SECURE_PREFIX = "__Host-"
SameSite = Literal["lax", "strict"]


def is_loopback(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class CookiePolicy:
    """Names, reads, sets and clears the dashboard's cookies for one request's origin."""

    def __init__(self, *, insecure_localhost: bool = False) -> None:
        """Allow cookies without ``Secure`` on http://localhost if *insecure_localhost*."""
        self.insecure_localhost = insecure_localhost

    def secure(self, request: Request) -> bool:
        """True unless this is a plain-http request to a loopback host and that is allowed."""
        plain_local = request.url.scheme == "http" and is_loopback(request.url.hostname)
        return not (self.insecure_localhost and plain_local)

    def name(self, base: str, request: Request) -> str:
        """The cookie's name for this request (``__Host-`` prefixed when Secure)."""
        return SECURE_PREFIX + base if self.secure(request) else base

    def read(self, base: str, request: Request) -> str | None:
        """The value of cookie *base* in *request*, or None."""
        return request.cookies.get(self.name(base, request)) or None

    def write(
        self,
        response: Response,
        request: Request,
        base: str,
        value: str,
        *,
        same_site: SameSite,
        max_age: int | None = None,
    ) -> None:
        """Set cookie *base* to *value* on *response*."""
        response.set_cookie(
            self.name(base, request),
            value,
            max_age=max_age,
            path="/",
            secure=self.secure(request),
            httponly=True,
            samesite=same_site,
        )

    def clear(
        self, response: Response, request: Request, base: str, *, same_site: SameSite
    ) -> None:
        """Tell the browser to forget cookie *base*."""
        response.delete_cookie(
            self.name(base, request),
            path="/",
            secure=self.secure(request),
            httponly=True,
            samesite=same_site,
        )
