"""Signing in and out of the dashboard by keyboard alone, in a real Chromium.

Every step is a key press: Tab through the page in its visual order, type into the fields,
Enter to send. The wrong-password message is a live region that also takes the focus, and
both fields point to it; signing out comes back to the form with a status message.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import DISPLAY_NAME, PASSWORD, USERNAME, Central

FOCUS = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return "body";
  const name = e.id ? "#" + e.id : (e.innerText || e.value || "").trim();
  return e.tagName.toLowerCase() + " " + name;
}"""


def focused(page: Page) -> str:
    """The focused element as ``tag #id`` or ``tag text``."""
    text: str = page.evaluate(FOCUS)
    return text


def tab_order(page: Page, stops: int) -> list[str]:
    """Press Tab *stops* times from the top of the page; the elements that got the focus."""
    order = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        order.append(focused(page))
    return order


def sign_in_by_keyboard(page: Page, central: Central, password: str = PASSWORD) -> None:
    """From a fresh load of the form: Tab to the username, type, Tab, type, Enter."""
    page.goto(central.url("/dashboard/login"))
    order = tab_order(page, 5)
    assert order == [
        "a Direct naar de inhoud",
        "a IDO-dashboard",
        "a Inloggen",
        "a openbare overzicht",
        "input #gebruikersnaam",
    ]
    page.keyboard.type(USERNAME)
    page.keyboard.press("Tab")
    assert focused(page) == "input #wachtwoord"
    page.keyboard.type(password)
    page.keyboard.press("Tab")
    assert focused(page) == "button Inloggen"
    page.keyboard.press("Shift+Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # Enter in a field sends the form


def test_sign_in_and_out_by_keyboard_alone(page: Page, any_central: Central) -> None:
    sign_in_by_keyboard(page, any_central)
    expect(page).to_have_url(any_central.url("/dashboard/"))
    expect(page).to_have_title("Overzicht – IDO-dashboard")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht")
    expect(page.get_by_role("banner")).to_contain_text(f"Ingelogd als {DISPLAY_NAME}")
    expect(page.get_by_role("main")).to_contain_text("landelijk account")

    # Signing out: the button follows the site name in the header.
    assert tab_order(page, 3) == ["a Direct naar de inhoud", "a IDO-dashboard", "button Uitloggen"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/dashboard/login\?uitgelogd$"))
    status = page.get_by_role("status")
    expect(status).to_have_text("Gelukt: U bent uitgelogd.")
    page.goto(any_central.url("/dashboard/"))
    expect(page.get_by_role("banner")).to_contain_text("Openbaar overzicht")
    expect(page.get_by_role("banner")).not_to_contain_text("Ingelogd als")


def test_wrong_password_is_announced_and_described(page: Page, central: Central) -> None:
    sign_in_by_keyboard(page, central, password="not the right password")
    expect(page).to_have_url(central.url("/dashboard/login"))
    expect(page).to_have_title("Fout: Inloggen – IDO-dashboard")
    alert = page.get_by_role("alert")
    expect(alert).to_have_text(
        re.compile(r"^\s*Fout: De gebruikersnaam of het wachtwoord klopt niet")
    )
    # The message takes the focus, so a screen reader reads it at once; Tab goes on to the form.
    expect(alert).to_be_focused()
    for label in ("Gebruikersnaam of e-mailadres", "Wachtwoord"):
        field = page.get_by_label(label, exact=True)
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_have_accessible_description(re.compile(r"klopt niet"))
    page.keyboard.press("Tab")
    assert focused(page) == "input #gebruikersnaam"
    expect(page.get_by_label("Gebruikersnaam of e-mailadres")).to_have_value(USERNAME)
    expect(page.get_by_label("Wachtwoord", exact=True)).to_have_value("")

    # Put right, by keyboard, from where the focus is.
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(central.url("/dashboard/"))


def test_skip_link_is_first_visible_on_focus_and_moves_to_the_content(
    page: Page, central: Central
) -> None:
    page.goto(central.url("/dashboard/login"))
    skip = page.get_by_role("link", name="Direct naar de inhoud")
    box = skip.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 0, "hidden until it has the focus"
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, "visible with the focus"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#inhoud$"))
    expect(page.get_by_role("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert focused(page) == "a openbare overzicht", "the next Tab starts in the content"
