"""An axe-core scan of a Playwright page: ``assert_accessible(page)`` for every dashboard view.

The engine is the vendored ``vendor/axe-core/axe.min.js`` (see its README), checked against
its published hash, then evaluated in the page through the DevTools protocol: the dashboard's
Content-Security-Policy allows only its own script files (``script-src 'self'``), and stays
as it is in production while the scan runs. The scan covers the WCAG 2.0 and 2.1 rules of
levels A and AA; a violation of impact ``serious`` or ``critical`` fails the test with every
such rule, its help text and the elements it found. ``minor`` and ``moderate`` ones are
returned for a test that wants them.

    from tests.browser.axe import assert_accessible

    def test_my_view(signed_in_page, central):
        signed_in_page.goto(central.url("/dashboard/mijn-weergave"))
        assert_accessible(signed_in_page)
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE_VERSION = "4.14.1"
AXE_FILE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
# From the npm package's sri-history.json: the file is the release, byte for byte.
AXE_SRI = "sha256-KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw="
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
FAILING_IMPACTS = frozenset({"serious", "critical"})


@cache
def axe_source() -> str:
    """The vendored axe-core, after checking it is the pinned release."""
    data = AXE_FILE.read_bytes()
    sri = "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")
    if sri != AXE_SRI:
        raise AssertionError(f"{AXE_FILE} is not axe-core {AXE_VERSION} ({sri} != {AXE_SRI})")
    return data.decode("utf-8")


def run_axe(page: Page, *, tags: tuple[str, ...] = WCAG_TAGS) -> dict[str, Any]:
    """Run axe-core on *page* for the rules tagged *tags*; return its full result."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # A plain expression (not a function) is evaluated as a script, outside the CSP.
        page.evaluate(axe_source() + "\n;undefined")
        version = page.evaluate("() => window.axe && window.axe.version")
        assert version == AXE_VERSION, f"axe-core did not load in the page: {version!r}"
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    result: dict[str, Any] = page.evaluate("options => window.axe.run(document, options)", options)
    return result


def describe(violations: list[dict[str, Any]]) -> str:
    """One paragraph per violated rule: impact, id, help, link and the elements found."""
    lines: list[str] = []
    for rule in violations:
        lines.append(f"[{rule['impact']}] {rule['id']}: {rule['help']} ({rule['helpUrl']})")
        for node in rule["nodes"]:
            target = " ".join(json.dumps(t) for t in node["target"])
            lines.append(f"    {target}: {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", "\n      ")
            if summary:
                lines.append(f"      {summary}")
    return "\n".join(lines)


def assert_accessible(page: Page, *, tags: tuple[str, ...] = WCAG_TAGS) -> list[dict[str, Any]]:
    """Fail on any serious or critical WCAG A/AA violation on *page*; return the lesser ones."""
    violations: list[dict[str, Any]] = run_axe(page, tags=tags)["violations"]
    failing = [v for v in violations if v.get("impact") in FAILING_IMPACTS]
    if failing:
        raise AssertionError(
            f"axe-core {AXE_VERSION} found serious or critical violations on {page.url}:\n"
            + describe(failing)
        )
    return [v for v in violations if v.get("impact") not in FAILING_IMPACTS]
