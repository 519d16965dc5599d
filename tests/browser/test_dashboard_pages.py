"""Every dashboard page in a real Chromium: an axe-core scan, screenshots, and the layout.

Each page is scanned for the WCAG 2.1 A and AA rules (no serious or critical violation), shot
as a full-page PNG (see ``shoot`` in conftest), and laid out at 1366x768, at 390x844 (a
phone), at 200 % zoom and at 400 % zoom (320 CSS pixels wide, WCAG 1.4.10): nothing may make
the page scroll sideways or stick out of the window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from tests.browser.axe import assert_accessible
from tests.browser.conftest import DESKTOP, PHONE, Central, sign_in

# name: (CSS viewport, device pixels per CSS pixel). A zoomed 1366x768 window lays the page
# out in fewer CSS pixels, drawn larger: 200 % is 683x384 at 2x.
LAYOUTS: dict[str, tuple[ViewportSize, float]] = {
    "desktop": (DESKTOP, 1.0),
    "phone": (PHONE, 3.0),
    "zoom200": ({"width": 683, "height": 384}, 2.0),
    "zoom400": ({"width": 320, "height": 256}, 4.0),
}
PAGES = ["login", "login-error", "home-public", "home", "not-found"]

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const e of document.body.querySelectorAll("*")) {
    const box = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
    if (box.bottom <= 0) continue;  // parked above the page (the skip link until focused)
    if (box.left < -0.5 || box.right > width + 0.5) {
      out.push(e.tagName.toLowerCase() + (e.className ? "." + e.className : "") +
               " " + Math.round(box.left) + ".." + Math.round(box.right));
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, out};
}"""


Cookies = list[dict[str, str]]


def open_page(page: Page, central: Central, name: str, cookies: Cookies | None = None) -> None:
    """Bring *page* to the dashboard page called *name* (signed in with *cookies* for home)."""
    if name == "login":
        page.goto(central.url("/dashboard/login"))
    elif name == "login-error":
        page.goto(central.url("/dashboard/login"))
        # A new unknown name each time: the server limits attempts per name.
        nobody = f"niemand-{uuid.uuid4().hex[:8]}@example.nl"
        page.get_by_label("Gebruikersnaam of e-mailadres").fill(nobody)
        page.get_by_label("Wachtwoord", exact=True).fill("een verkeerd wachtwoord")
        with page.expect_navigation():
            page.get_by_role("button", name="Inloggen").click()
        expect(page.get_by_role("alert")).to_be_visible()
    elif name == "home-public":
        page.goto(central.url("/dashboard/"))
    elif name == "home":
        if cookies is None:
            sign_in(page, central)
        else:
            page.context.add_cookies(cookies)  # type: ignore[arg-type]
            page.goto(central.url("/dashboard/"))
        expect(page.get_by_role("banner")).to_contain_text("Ingelogd als")
    else:
        assert name == "not-found"
        response = page.goto(central.url("/dashboard/bestaat-niet"))
        assert response is not None and response.status == 404
        expect(page.get_by_role("alert")).to_contain_text("Deze pagina bestaat niet")


@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violation(
    page: Page,
    central: Central,
    session_cookies: Cookies,
    name: str,
    shoot: Callable[[Page, str], Path],
) -> None:
    open_page(page, central, name, session_cookies)
    assert_accessible(page)
    shoot(page, f"dashboard-{name}")


def test_pages_pass_the_scan_on_postgresql(page: Page, postgresql_central: Central) -> None:
    for name in ("login", "home", "not-found"):
        open_page(page, postgresql_central, name)
        assert_accessible(page)


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("name", ["login", "login-error", "home", "not-found"])
def test_page_fits_the_window(
    browser: Browser,
    central: Central,
    session_cookies: Cookies,
    name: str,
    layout: str,
    shoot: Callable[[Page, str], Path],
) -> None:
    viewport, scale = LAYOUTS[layout]
    context = browser.new_context(
        viewport=viewport,
        device_scale_factor=scale,
        locale="nl-NL",
        is_mobile=layout == "phone",
        has_touch=layout == "phone",
    )
    try:
        page = context.new_page()
        open_page(page, central, name, session_cookies)
        found = page.evaluate(OVERFLOW)
        assert found["scrollWidth"] <= found["width"], f"scrolls sideways: {found}"
        assert not found["out"], f"outside the window at {viewport['width']}px: {found['out']}"
        # The main heading is on the first screen, with room between it and the header.
        heading = page.get_by_role("heading", level=1).bounding_box()
        header = page.get_by_role("banner").bounding_box()
        assert heading is not None and header is not None
        assert heading["y"] + heading["height"] <= viewport["height"], "below the first screen"
        assert heading["y"] - (header["y"] + header["height"]) >= 16, "touches the header"
        shoot(page, f"dashboard-{name}-{layout}")
    finally:
        context.close()


def test_focus_ring_is_visible_on_every_stop(page: Page, central: Central) -> None:
    """Each element the keyboard reaches on the login form draws an outline when focused."""
    page.goto(central.url("/dashboard/login"))
    for _ in range(7):
        page.keyboard.press("Tab")
        style = page.evaluate(
            """() => {
              const s = getComputedStyle(document.activeElement);
              return {tag: document.activeElement.tagName, outline: s.outlineStyle,
                      width: parseFloat(s.outlineWidth), shadow: s.boxShadow};
            }"""
        )
        assert style["outline"] != "none" and style["width"] >= 2, style
        assert style["shadow"] != "none", style
