"""The axe-core helper itself: it loads the pinned engine and fails on a real violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.axe import AXE_VERSION, assert_accessible, axe_source, run_axe

BROKEN = """<!doctype html><html lang="nl"><head><title>Kapot</title></head><body><main>
<h1>Kapot</h1>
<form><input name="zoek"><button></button></form>
<p style="color:#bbb;background:#fff">Te licht om te lezen.</p>
</main></body></html>"""


def test_vendored_axe_is_the_pinned_release() -> None:
    assert axe_source().startswith(f"/*! axe v{AXE_VERSION}")


def test_a_serious_violation_fails_with_the_rule_and_the_element(page: Page) -> None:
    page.set_content(BROKEN)
    with pytest.raises(AssertionError) as failed:
        assert_accessible(page)
    text = str(failed.value)
    for rule in ("[critical] label:", "[critical] button-name:", "[serious] color-contrast:"):
        assert rule in text, text
    assert '"input"' in text and "<input name=" in text


def test_the_scan_only_runs_the_wcag_a_and_aa_rules(page: Page) -> None:
    page.set_content(BROKEN)
    rules = {v["id"] for v in run_axe(page)["violations"]}
    assert {"label", "button-name", "color-contrast"} <= rules
    # "region" is a best practice, not a WCAG rule: not in the scan.
    assert "region" not in rules
