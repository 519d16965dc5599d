"""The chart definitions: valid Vega-Lite of the vendored version, and the palette's claims.

Every builder's output (with data) is validated against the JSON schema of the Vega-Lite
version the dashboard vendors (``tests/kiosk/data/vega-lite-schema.json.gz``, written by
``packaging/dashboard-js``'s build next to the bundle). The palette's claims are computed here
independently: colours stay apart under simulated colour-vision deficiencies (Machado, Oliveira
and Fernandes 2009, full severity, distance in CIELAB), text on a coloured mark has at least
4.5:1 contrast (WCAG 2), and no chart carries meaning in colour alone.
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import itertools
import json
import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema_rs
import pytest

from kiosk import charts

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = Path(__file__).with_name("data") / "vega-lite-schema.json.gz"
VERSIONS = ROOT / "sync" / "central" / "web" / "static" / "vendor" / "VERSIONS.txt"
DEFINITIONS = "#/definitions/"


def _escape_refs(node: Any) -> Any:
    """Percent-encode the schema's ``$ref`` pointers (``MarkPropDef<...>``) into valid URIs."""
    if isinstance(node, dict):
        return {
            key: DEFINITIONS + quote(value.removeprefix(DEFINITIONS), safe="")
            if key == "$ref" and isinstance(value, str) and value.startswith(DEFINITIONS)
            else _escape_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_escape_refs(item) for item in node]
    return node


@cache
def validator() -> Any:
    """A validator for the vendored Vega-Lite version's top-level specification."""
    schema = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    return jsonschema_rs.validator_for(_escape_refs(schema))


def assert_valid(spec: dict[str, Any]) -> None:
    """*spec* is a valid Vega-Lite top-level specification (errors listed if not)."""
    errors = [f"{e.instance_path}: {e.message[:300]}" for e in validator().iter_errors(spec)]
    assert not errors, "\n".join(errors[:10])


# -- the specifications the dashboard uses ---------------------------------------------------

TOPICS: list[dict[str, Any]] = [
    {"onderwerp": "DigiD", "vragen": 1234},
    {"onderwerp": "Toeslagen", "vragen": 5678},
    {"onderwerp": "Belastingaangifte", "vragen": None},  # hidden: a small count
]
MONTHS: list[dict[str, Any]] = [
    {"maand": "jan 2026", "bezoeken": 1200, "vragen": 1500},
    {"maand": "feb 2026", "bezoeken": 1100, "vragen": None},
    {"maand": "mrt 2026", "bezoeken": 1300, "vragen": 1700},
]
ISO_MONTHS: list[dict[str, Any]] = [
    {"maand": "2026-01-01", "bezoeken": 12},
    {"maand": "2026-02-01", "bezoeken": 14},
]
HOURS: list[dict[str, Any]] = [
    {"dag": day, "uur": hour, "vragen": (3 * hour + len(day)) % 40 or None}
    for day in ("ma", "di", "wo", "do", "vr", "za", "zo")
    for hour in range(9, 18)
]
PARTNERS: list[dict[str, Any]] = [
    {"partner": "Belastingdienst", "geboekt": 40, "gekomen": 33, "niet_gekomen": 7},
    {"partner": "Humanitas", "geboekt": 12, "gekomen": 12, "niet_gekomen": 0},
    {"partner": "Vrijwilligers", "geboekt": 8, "gekomen": None, "niet_gekomen": None},
]
BOOKINGS_LONG: list[dict[str, Any]] = [
    {"partner": p["partner"], "stand": stand, "aantal": p[key]}
    for p in PARTNERS
    for key, stand in (("geboekt", "Geboekt"), ("gekomen", "Gekomen"))
]


def examples() -> Iterator[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    """(name, specification, rows) for every builder and its main options."""
    yield (
        "bar-horizontal",
        charts.bar("onderwerp", "vragen", x_title="Onderwerp", y_title="Vragen"),
        TOPICS,
    )
    yield (
        "bar-vertical",
        charts.bar("maand", "bezoeken", x_title="Maand", y_title="Bezoeken", horizontal=False),
        MONTHS,
    )
    yield (
        "bar-grouped",
        charts.bar(
            "partner", "aantal", x_title="Partner", y_title="Afspraken", colour_key="stand",
            colour_title="Stand", series=["Geboekt", "Gekomen"],
        ),
        BOOKINGS_LONG,
    )  # fmt: skip
    yield (
        "line-two",
        charts.line(
            "maand", "bezoeken", "vragen", x_title="Maand", y_title="Aantal",
            series_titles=["Bezoeken", "Vragen"], legend_title="Wat",
        ),
        MONTHS,
    )  # fmt: skip
    yield (
        "line-temporal",
        charts.line("maand", "bezoeken", x_title="Maand", y_title="Bezoeken", temporal=True),
        ISO_MONTHS,
    )
    yield (
        "heatmap",
        charts.heatmap(
            "uur", "dag", "vragen", x_title="Uur", y_title="Dag", value_title="Vragen",
            y_order=["ma", "di", "wo", "do", "vr", "za", "zo"],
        ),
        HOURS,
    )  # fmt: skip
    yield (
        "stacked",
        charts.stacked_bar(
            "partner", ["gekomen", "niet_gekomen"], x_title="Partner", y_title="Afspraken",
            series_titles=["Gekomen", "Niet gekomen"], legend_title="Stand",
        ),
        PARTNERS,
    )  # fmt: skip
    yield (
        "stacked-vertical",
        charts.stacked_bar(
            "partner", ["gekomen", "niet_gekomen"], x_title="Partner", y_title="Afspraken",
            series_titles=["Gekomen", "Niet gekomen"], horizontal=False,
        ),
        PARTNERS,
    )  # fmt: skip


EXAMPLES = list(examples())


@pytest.mark.parametrize(("name", "spec", "rows"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_builder_gives_valid_vega_lite(
    name: str, spec: dict[str, Any], rows: list[dict[str, Any]]
) -> None:
    assert "data" not in spec, "a builder returns no data; the page adds it"
    assert spec["$schema"] == charts.SCHEMA
    assert spec["width"] == "container"
    assert spec["config"]["background"] == charts.WHITE
    assert_valid(charts.with_data(spec, rows))
    json.dumps(spec, allow_nan=False)  # plain JSON: the page embeds it with tojson


def test_the_schema_catches_a_wrong_specification() -> None:
    """The validation is real: a misspelt mark type is refused."""
    spec = charts.with_data(charts.bar("a", "b", x_title="A", y_title="B"), [])
    spec["layer"][0]["mark"]["type"] = "staaf"
    with pytest.raises(AssertionError):
        assert_valid(spec)


def test_the_schema_is_the_vendored_vega_lite_version() -> None:
    versions = VERSIONS.read_text(encoding="utf-8")
    assert re.search(rf"^\s+vega-lite {re.escape(charts.VEGA_LITE_VERSION)}$", versions, re.M)
    schema = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    major = charts.VEGA_LITE_VERSION.split(".")[0]
    assert schema["$ref"] == "#/definitions/TopLevelSpec"
    assert charts.SCHEMA.startswith(f"https://vega.github.io/schema/vega-lite/v{major}.")


def test_the_bundle_is_the_one_versions_names() -> None:
    """The served bundle's sha256 and size are those its build wrote into VERSIONS.txt."""
    bundle = VERSIONS.with_name("vega-bundle.min.js").read_bytes()
    versions = VERSIONS.read_text(encoding="utf-8")
    assert f"sha256 {hashlib.sha256(bundle).hexdigest()}  vega-bundle.min.js" in versions
    assert f"size   {len(bundle)} bytes" in versions
    assert "vega-lite@" in VERSIONS.with_name("LICENSES.txt").read_text(encoding="utf-8")


def test_with_data_copies() -> None:
    spec = charts.bar("onderwerp", "vragen", x_title="Onderwerp", y_title="Vragen")
    before = copy.deepcopy(spec)
    rows = [dict(r) for r in TOPICS]
    shown = charts.with_data(spec, rows)
    assert spec == before
    assert shown["data"] == {"values": TOPICS}
    rows[0]["vragen"] = 0
    assert shown["data"]["values"][0]["vragen"] == 1234


def test_specifications_share_nothing() -> None:
    """Changing one chart's dict (a caller adding its data, say) changes no other chart."""
    first = charts.bar("a", "b", x_title="A", y_title="B")
    first["config"]["background"] = "#123456"
    first["encoding"]["y"]["axis"]["labelLimit"]["expr"] = "1"
    second = charts.bar("a", "b", x_title="A", y_title="B")
    assert second["config"]["background"] == charts.WHITE == charts.CONFIG["background"]
    assert second["encoding"]["y"]["axis"]["labelLimit"]["expr"] != "1"


def test_titles_are_the_callers_words() -> None:
    spec = charts.bar("onderwerp", "vragen", x_title="Onderwerp", y_title="Aantal vragen")
    assert spec["encoding"]["y"]["title"] == "Onderwerp"
    assert spec["encoding"]["x"]["title"] == "Aantal vragen"
    assert spec["encoding"]["y"]["sort"]["order"] == "descending"  # largest first
    vertical = charts.bar("maand", "vragen", x_title="Maand", y_title="Vragen", horizontal=False)
    assert vertical["encoding"]["x"]["sort"] is None  # months keep the rows' order


def test_a_quote_in_a_title_cannot_break_an_expression() -> None:
    spec = charts.line("m", "a", "b", x_title="M", y_title="N", series_titles=["'x", '"y\\'])
    assert_valid(charts.with_data(spec, []))
    assert "'x" in spec["transform"][1]["calculate"]
    with pytest.raises(ValueError, match="one title per series"):
        charts.line("m", "a", "b", x_title="M", y_title="N", series_titles=["A"])


# -- no meaning in colour alone --------------------------------------------------------------


def _layers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    layers: list[dict[str, Any]] = spec.get("layer", [spec])
    return layers


def _mark_type(layer: dict[str, Any]) -> str:
    mark = layer["mark"]
    return str(mark if isinstance(mark, str) else mark["type"])


@pytest.mark.parametrize(("name", "spec", "rows"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_numbers_are_written_not_only_coloured(
    name: str, spec: dict[str, Any], rows: list[dict[str, Any]]
) -> None:
    """Bars and cells carry their number as text; lines differ in shape and dash too."""
    types = [_mark_type(layer) for layer in _layers(spec)]
    if "line" in types:
        assert {"shape", "strokeDash", "color"} <= set(spec["encoding"])
        assert spec["mark"]["point"] is True
    else:
        assert "text" in types, f"{name}: no number written on the chart"
    for layer in _layers(spec):
        if _mark_type(layer) == "text":  # written in black, or black/white by contrast
            colour = layer.get("encoding", {}).get("color", {"value": charts.BLACK})
            assert colour == {"value": charts.BLACK}, f"{name}: coloured text"


def test_series_keep_their_colour_when_one_is_missing() -> None:
    """With the series named, the colour scale's domain is fixed, not taken from the rows."""
    spec = charts.stacked_bar(
        "partner", ["geboekt", "gekomen"], x_title="P", y_title="A",
        series_titles=["Geboekt", "Gekomen"],
    )  # fmt: skip
    colour = spec["layer"][0]["encoding"]["color"]
    assert colour["scale"] == {"domain": ["Geboekt", "Gekomen"], "range": list(charts.PALETTE[:2])}
    with pytest.raises(ValueError, match="colour of their own"):
        charts.stacked_bar(
            "p", [f"k{i}" for i in range(8)], x_title="P", y_title="A",
            series_titles=[f"S{i}" for i in range(8)],
        )  # fmt: skip


# -- the palette's claims --------------------------------------------------------------------

#: Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
SIMULATIONS = {
    "protanopie": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopie": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopie": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
    "gewoon": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
}  # fmt: skip
MIN_DISTANCE = 15.0  # CIELAB 1976 delta E: clearly different side by side


def _linear(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return tuple(  # type: ignore[return-value]
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)
    )


def _lab(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    rgb = _linear(colour)
    return _lab(tuple(sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix))


@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_palette_colours_stay_apart_for_every_colour_vision(vision: str) -> None:
    matrix = SIMULATIONS[vision]
    for first, second in itertools.combinations(charts.PALETTE, 2):
        distance = math.dist(_seen(first, matrix), _seen(second, matrix))
        assert distance >= MIN_DISTANCE, f"{first} and {second} under {vision}: {distance:.1f}"


def test_heatmap_colours_get_lighter_to_darker() -> None:
    """The sequential range runs from light to dark in lightness for every colour vision."""
    for vision, matrix in SIMULATIONS.items():
        lightness = [_seen(c, matrix)[0] for c in charts.SEQUENTIAL]
        assert lightness == sorted(lightness, reverse=True), vision


def test_text_on_every_colour_is_readable() -> None:
    """Black or white, whichever contrasts more: at least 4.5:1 on any fill (WCAG AA)."""
    for colour in (*charts.PALETTE, *charts.SEQUENTIAL):
        assert charts.contrast(charts.ink(colour), colour) >= 4.5, colour
    greys = [f"#{v:02X}{v:02X}{v:02X}" for v in range(256)]  # the worst case is a mid grey
    assert min(charts.contrast(charts.ink(g), g) for g in greys) >= 4.5


def test_contrast_matches_wcag() -> None:
    assert charts.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert charts.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert charts.ink("#0072B2") == charts.WHITE
    assert charts.ink("#F0E442") == charts.BLACK


def test_marks_stand_out_from_the_page() -> None:
    """Bars have a black outline (21:1 on white), so a light fill still meets 3:1 (WCAG 1.4.11)."""
    config = charts.CONFIG
    assert config["bar"]["stroke"] == charts.BLACK
    assert charts.contrast(charts.SINGLE, charts.WHITE) >= 4.5
    assert config["axis"]["labelColor"] == config["legend"]["labelColor"] == charts.BLACK
    assert config["range"]["category"] == list(charts.PALETTE)


def test_numbers_are_dutch() -> None:
    number = charts.LOCALE["number"]
    assert (number["decimal"], number["thousands"]) == (",", ".")
    assert charts.LOCALE["time"]["shortMonths"][2] == "mrt"
