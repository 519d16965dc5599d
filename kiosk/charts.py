"""Chart definitions shared by the dashboard and the desk's overview: Vega-Lite, as plain dicts.

Each builder returns a Vega-Lite v6 specification without ``data``; whoever shows it adds the
rows with :func:`with_data` (the dashboard page: ``with_data(table.chart, table.records())``).
The caller passes every word a person reads (axis and legend titles, in Dutch); the keys are
the rows' column keys. The same dict renders in the dashboard (``static/charts.js`` with the
vendored Vega bundle) and in whatever shows the desk's overview later, so a chart is defined once.

What every chart keeps to:

- **Meaning never in colour alone.** Every bar carries its number as text; a heatmap cell shows
  its number; the lines of a line chart differ in point shape and dash as well as colour, and
  every series has a legend entry. The page's table and one-line summary say the same in words.
- **A colour-blind-safe palette** (:data:`PALETTE`: Okabe and Ito's, without black), in a fixed
  order, so one series keeps its colour when a filter leaves another out (pass *series*).
- **Text on a coloured mark** is black or white, whichever contrasts more with that colour
  (at least 4.58:1 for any colour; :func:`ink`, and the same rule inside the chart).
- **Print-friendly**: white background, black text and axes, light grid.
- **Dutch numbers**: thousands with a dot, decimals with a comma (the chart's locale).
- A count the viewer may not see (``None``, small numbers hidden) draws no bar and is
  labelled *hidden_label* instead of a number.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

#: The Vega-Lite version the dashboard vendors (static/vendor/VERSIONS.txt; a test compares).
VEGA_LITE_VERSION: Final = "6.5.0"
SCHEMA: Final = f"https://vega.github.io/schema/vega-lite/v{VEGA_LITE_VERSION}.json"

#: Okabe & Ito (2008), "Color Universal Design", without black (the text colour): blue,
#: orange, bluish green, vermillion, sky blue, reddish purple, yellow. Ordered so the first
#: few stay far apart for every kind of colour vision (tests/kiosk/test_charts.py checks it).
PALETTE: Final = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
)
#: The colour of a chart with one series: Okabe-Ito blue, 5.2:1 against white.
SINGLE: Final = PALETTE[0]
#: Light to dark blue for a heatmap: one hue, so lightness alone carries the order.
SEQUENTIAL: Final = ("#F7FBFF", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B")
BLACK: Final = "#000000"
WHITE: Final = "#FFFFFF"
GRID: Final = "#D9D9D9"
#: Point shapes of a line chart's series, in order (with the dashes: meaning not in colour).
SHAPES: Final = ("circle", "square", "triangle-up", "diamond", "cross", "triangle-down")
DASHES: Final = ((1, 0), (6, 3), (2, 2), (8, 3, 2, 3), (4, 4), (1, 3))

#: Dutch number and date formats (d3-format and d3-time-format locale definitions).
LOCALE: Final[dict[str, Any]] = {
    "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€\u00a0", ""]},
    "time": {
        "dateTime": "%a %e %B %Y %X",
        "date": "%d-%m-%Y",
        "time": "%H:%M:%S",
        "periods": ["", ""],
        "days": ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
        "shortDays": ["zo", "ma", "di", "wo", "do", "vr", "za"],
        "months": [
            "januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december",
        ],
        "shortMonths": [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ],
    },
}  # fmt: skip

_TEXT = {"color": BLACK, "fontSize": 12}
CONFIG: Final[dict[str, Any]] = {
    "background": WHITE,
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    "locale": LOCALE,
    "aria": False,  # the page's table and summary carry the meaning; the drawing is hidden
    "view": {"stroke": None},
    "axis": {
        "labelColor": BLACK,
        "titleColor": BLACK,
        "domainColor": BLACK,
        "tickColor": BLACK,
        "gridColor": GRID,
        "labelFontSize": 12,
        "titleFontSize": 12,
        "titleFontWeight": "normal",
        "labelLimit": 260,
        "labelOverlap": "greedy",
    },
    "axisQuantitative": {"tickCount": 8},
    "legend": {
        "labelColor": BLACK,
        "titleColor": BLACK,
        "labelFontSize": 12,
        "titleFontSize": 12,
        "titleFontWeight": "normal",
        "orient": "bottom",
        "direction": "horizontal",
        "symbolStrokeColor": BLACK,
    },
    "title": {"color": BLACK},
    "text": _TEXT,
    "range": {"category": list(PALETTE)},
    "bar": {"stroke": BLACK, "strokeWidth": 1},
    "rect": {"stroke": WHITE, "strokeWidth": 1},
    "line": {"strokeWidth": 2},
    "point": {"size": 60, "filled": True, "stroke": BLACK, "strokeWidth": 0.5},
}

#: Derived fields the specifications add to each row (underscored: never a column key).
_VALUE, _LABEL, _SERIES, _KEY = "_waarde", "_label", "_reeks", "_sleutel"
_HEIGHT = 260  # a chart over months or hours
_STEP = 24  # one category of a horizontal bar chart


def _relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    lighter, darker = sorted((_relative_luminance(first), _relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def ink(colour: str) -> str:
    """Black or white text on *colour*: whichever contrasts more (the charts use the same rule)."""
    return BLACK if contrast(BLACK, colour) >= contrast(WHITE, colour) else WHITE


def _js(value: str) -> str:
    """*value* as a string literal in a Vega expression (a JSON string is a valid one)."""
    return json.dumps(value)


def _field(key: str) -> str:
    return f"datum[{_js(key)}]"


def _ink_expression(scale: str, key: str) -> dict[str, str]:
    """The :func:`ink` rule inside Vega: on the colour scale's colour for this row's *key*."""
    fill = f"scale({_js(scale)}, {_field(key)})"
    black, white = f"contrast('{BLACK}', {fill})", f"contrast('{WHITE}', {fill})"
    return {"expr": f"{black} >= {white} ? '{BLACK}' : '{WHITE}'"}


def _label_transforms(value_key: str, hidden_label: str) -> list[dict[str, Any]]:
    """Rows gain the drawn value (a hidden count draws as 0) and its Dutch label."""
    value = _field(value_key)
    label = f"isValid({value}) ? format({value}, ',') : {_js(hidden_label)}"
    return [
        {"calculate": f"isValid({value}) ? {value} : 0", "as": _VALUE},
        {"calculate": label, "as": _LABEL},
    ]


def _series_transforms(keys: Sequence[str], titles: Sequence[str]) -> list[dict[str, Any]]:
    """Wide rows (one column per series) folded into one row per series, titled in Dutch."""
    if len(keys) != len(titles):
        raise ValueError("one title per series key")
    title = "''"
    for key, name in reversed(list(zip(keys, titles, strict=True))):
        title = f"{_field(_KEY)} === {_js(key)} ? {_js(name)} : {title}"
    return [
        {"fold": list(keys), "as": [_KEY, "_getal"]},
        {"calculate": title, "as": _SERIES},
    ]


def _colour(field: str, title: str, series: Sequence[str] | None) -> dict[str, Any]:
    """A colour encoding on the palette; with *series* its order is fixed (stable colours)."""
    scale: dict[str, Any] = {"range": list(PALETTE)}
    if series is not None:
        if len(series) > len(PALETTE):
            raise ValueError(f"at most {len(PALETTE)} series have a colour of their own")
        scale = {"domain": list(series), "range": list(PALETTE[: len(series)])}
    return {"field": field, "type": "nominal", "title": title, "scale": scale, "sort": series}


#: The chart's width in a Vega expression: a narrow window (a phone, 400 % zoom) gets shorter
#: category labels, fewer ticks and less room past the bars, so the bars keep some width.
_WIDE = "containerSize()[0]"
#: Axes of a horizontal bar chart: categories down the side, counts along the bottom.
#: Room for a long label ("Via een hulpverlener of organisatie") whole, and the axis title
#: above the labels, level, like a table's heading: never over a label drawn a little wider
#: than it was measured (a browser's or vl_convert's measure is some 8 % short).
_CATEGORIES_DOWN = {
    "labelAngle": 0,
    "labelLimit": {"expr": f"clamp({_WIDE} * 0.35, 64, 280)"},
    "titleAngle": 0,
    "titleAlign": "right",
    "titleBaseline": "bottom",
    "titleX": -8,
    "titleY": -6,
}
_COUNTS_ALONG = {"tickMinStep": 1, "tickCount": {"expr": f"max(2, floor({_WIDE} / 110))"}}
_CATEGORIES_ALONG = {"labelAngle": -45, "labelAlign": "right"}


def _label_room(characters: int, *, horizontal: bool = True) -> dict[str, Any]:
    """Padding for the numbers written past the longest bar (a number and *characters* more)."""
    if horizontal:
        room = 64 + 7 * characters
        return {"expr": f"{{left: 5, top: 5, bottom: 5, right: min({room}, {_WIDE} * 0.2)}}"}
    return {"left": 5, "top": 20, "bottom": 5, "right": 5}


def _base(description: str, transforms: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "autosize": {"type": "fit-x", "contains": "padding"},
        "config": CONFIG,
        "transform": transforms,
    }


def bar(
    x_key: str,
    y_key: str,
    *,
    x_title: str,
    y_title: str,
    horizontal: bool = True,
    colour_key: str | None = None,
    colour_title: str = "",
    series: Sequence[str] | None = None,
    sort: bool | None = None,
    hidden_label: str = "<5",
) -> dict[str, Any]:
    """Bars of a count per category: *x_key* the category (*x_title*), *y_key* the count.

    *horizontal* (the default) lays the categories down the side, sorted by count, largest
    first (*sort*: False keeps the rows' order); vertical bars (months, hours) keep the rows'
    order unless *sort* is True. With *colour_key* the rows are long (category, group, count)
    and each category gets one bar per group side by side, coloured by group (*series*: the
    groups in a fixed order), each bar labelled "group: count".
    """
    sort = horizontal if sort is None else sort
    category_channel, value_channel = ("y", "x") if horizontal else ("x", "y")
    offset_channel = "yOffset" if horizontal else "xOffset"
    transforms = _label_transforms(y_key, hidden_label)
    label_field = _LABEL
    if colour_key is not None:
        transforms.append(
            {"calculate": f"{_field(colour_key)} + ': ' + datum.{_LABEL}", "as": "_groeplabel"}
        )
        label_field = "_groeplabel"
    order: Any = {"field": _VALUE, "op": "sum", "order": "descending"} if sort else None
    category = {
        "field": x_key,
        "type": "nominal",
        "title": x_title,
        "sort": order,
        "axis": _CATEGORIES_DOWN if horizontal else _CATEGORIES_ALONG,
    }
    value = {
        "field": _VALUE,
        "type": "quantitative",
        "title": y_title,
        "axis": _COUNTS_ALONG if horizontal else {"tickMinStep": 1},
    }
    tooltip = [
        {"field": x_key, "type": "nominal", "title": x_title},
        {"field": _LABEL, "type": "nominal", "title": y_title},
    ]
    encoding: dict[str, Any] = {category_channel: category, value_channel: value}
    bar_mark: dict[str, Any] = {"type": "bar", "color": SINGLE}
    if colour_key is not None:
        encoding[offset_channel] = {"field": colour_key, "type": "nominal", "sort": series}
        encoding["color"] = _colour(colour_key, colour_title, series)
        tooltip.insert(1, {"field": colour_key, "type": "nominal", "title": colour_title})
        bar_mark = {"type": "bar"}
    label_mark: dict[str, Any] = (
        {"type": "text", "align": "left", "baseline": "middle", "dx": 4}
        if horizontal
        else {"type": "text", "align": "center", "baseline": "bottom", "dy": -3}
    )
    spec = _base(f"{y_title} per {x_title}", transforms)
    if horizontal:
        spec["height"] = {"step": _STEP}
        longest = 0 if colour_key is None else max(map(len, series or ["x" * 12])) + 2
        spec["padding"] = _label_room(longest)
    else:
        spec["height"] = _HEIGHT
        spec["padding"] = _label_room(0, horizontal=False)
    spec["encoding"] = encoding
    spec["layer"] = [
        {"mark": bar_mark, "encoding": {"tooltip": tooltip}},
        {
            "mark": label_mark,
            "encoding": {
                "text": {"field": label_field, "type": "nominal"},
                "color": {"value": BLACK},
            },
        },
    ]
    return copy.deepcopy(spec)  # nothing shared with another chart or the constants


def line(
    x_key: str,
    *y_keys: str,
    x_title: str,
    y_title: str,
    series_titles: Sequence[str] | None = None,
    legend_title: str = "",
    temporal: bool = False,
) -> dict[str, Any]:
    """One line per measure over *x_key* (months: "jan 2026" labels in the rows' order).

    *y_keys* are the rows' columns to draw (visits and questions, say), titled by
    *series_titles* (Dutch, in the same order; default the keys). *temporal*: *x_key* holds
    ISO dates ("2026-01-01") instead of labels, drawn per month with Dutch month names. The
    series differ in colour, point shape and dash, and the legend shows all three.
    """
    if not y_keys:
        raise ValueError("a line chart needs at least one measure")
    titles = list(series_titles) if series_titles is not None else list(y_keys)
    if len(titles) > len(SHAPES):
        raise ValueError(f"at most {len(SHAPES)} lines stay apart")
    transforms = _series_transforms(y_keys, titles)
    transforms += [
        {"calculate": "isValid(datum._getal) ? datum._getal : null", "as": _VALUE},
        {"calculate": "isValid(datum._getal) ? format(datum._getal, ',') : ''", "as": _LABEL},
    ]
    x: dict[str, Any]
    if temporal:
        x = {"field": x_key, "type": "temporal", "timeUnit": "yearmonth", "title": x_title,
             "axis": {"format": "%b %Y"}}  # fmt: skip
    else:
        x = {"field": x_key, "type": "ordinal", "title": x_title, "sort": None,
             "axis": {"labelAngle": -45, "labelAlign": "right"}}  # fmt: skip
    dashes = [list(d) for d in DASHES[: len(titles)]]
    encoding = {
        "x": x,
        "y": {"field": _VALUE, "type": "quantitative", "title": y_title,
              "axis": {"tickMinStep": 1}},
        "color": _colour(_SERIES, legend_title, titles),
        "shape": {"field": _SERIES, "type": "nominal", "title": legend_title, "sort": titles,
                  "scale": {"domain": titles, "range": list(SHAPES[: len(titles)])}},
        "strokeDash": {"field": _SERIES, "type": "nominal", "title": legend_title, "sort": titles,
                       "scale": {"domain": titles, "range": dashes}},
    }  # fmt: skip
    tooltip = [
        {"field": x_key, "type": "temporal" if temporal else "ordinal", "title": x_title,
         **({"timeUnit": "yearmonth", "format": "%B %Y"} if temporal else {})},
        {"field": _SERIES, "type": "nominal", "title": legend_title},
        {"field": _LABEL, "type": "nominal", "title": y_title},
    ]  # fmt: skip
    spec = _base(f"{y_title} per {x_title}", transforms)
    spec["height"] = _HEIGHT
    spec["encoding"] = encoding
    spec["mark"] = {"type": "line", "point": True}
    spec["encoding"]["tooltip"] = tooltip
    return copy.deepcopy(spec)  # nothing shared with another chart or the constants


def heatmap(
    x_key: str,
    y_key: str,
    value_key: str,
    *,
    x_title: str,
    y_title: str,
    value_title: str,
    x_order: Sequence[Any] | None = None,
    y_order: Sequence[Any] | None = None,
    hidden_label: str = "<5",
) -> dict[str, Any]:
    """A grid of counts (weekday down the side, hour across), each cell with its number.

    *x_order* and *y_order* fix the order of the columns and rows (``["ma", "di", ...]``);
    without them the rows' order is kept. Lighter is fewer; the number in each cell is black
    or white, whichever stands out more on that cell's colour.
    """
    transforms = _label_transforms(value_key, hidden_label)
    spec = _base(f"{value_title} per {y_title} en {x_title}", transforms)
    spec["height"] = {"step": _STEP + 4}
    spec["encoding"] = {
        "x": {"field": x_key, "type": "ordinal", "title": x_title,
              "sort": list(x_order) if x_order is not None else None, "axis": {"labelAngle": 0}},
        "y": {"field": y_key, "type": "ordinal", "title": y_title,
              "sort": list(y_order) if y_order is not None else None},
    }  # fmt: skip
    colour = {
        "field": _VALUE,
        "type": "quantitative",
        "title": value_title,
        "scale": {"range": list(SEQUENTIAL), "zero": True},
        "legend": {"direction": "horizontal", "orient": "bottom", "tickMinStep": 1},
    }
    tooltip = [
        {"field": y_key, "type": "ordinal", "title": y_title},
        {"field": x_key, "type": "ordinal", "title": x_title},
        {"field": _LABEL, "type": "nominal", "title": value_title},
    ]
    spec["layer"] = [
        {"mark": {"type": "rect"}, "encoding": {"color": colour, "tooltip": tooltip}},
        {
            "mark": {"type": "text", "baseline": "middle", "fontSize": 11,
                     "color": _ink_expression("color", _VALUE)},
            "encoding": {"text": {"field": _LABEL, "type": "nominal"}},
        },
    ]  # fmt: skip
    return copy.deepcopy(spec)  # nothing shared with another chart or the constants


def stacked_bar(
    x_key: str,
    y_keys: Sequence[str],
    *,
    x_title: str,
    y_title: str,
    series_titles: Sequence[str],
    legend_title: str = "",
    horizontal: bool = True,
) -> dict[str, Any]:
    """One bar per category (*x_key*), made of parts: the columns *y_keys* of each row.

    For booked, attended and no-show per partner, or the kinds of help given per topic: the
    rows are wide (one column per part), *series_titles* name the parts in Dutch and fix their
    colours' order. Each part shows its number in black or white (whichever stands out on its
    colour), hidden or zero parts none; the category's total stands at the bar's end.
    """
    if len(series_titles) > len(PALETTE):
        raise ValueError(f"at most {len(PALETTE)} parts have a colour of their own")
    titles = list(series_titles)
    transforms = _series_transforms(y_keys, titles)
    transforms += [
        {"calculate": "isValid(datum._getal) ? datum._getal : 0", "as": _VALUE},
        {"calculate": f"datum.{_VALUE} > 0 ? format(datum.{_VALUE}, ',') : ''", "as": _LABEL},
        {"calculate": f"indexof({json.dumps(titles)}, datum.{_SERIES})", "as": "_volgorde"},
        {"joinaggregate": [{"op": "sum", "field": _VALUE, "as": "_totaal"}], "groupby": [x_key]},
    ]
    category_channel, value_channel = ("y", "x") if horizontal else ("x", "y")
    category = {
        "field": x_key,
        "type": "nominal",
        "title": x_title,
        "sort": {"field": "_totaal", "op": "max", "order": "descending"} if horizontal else None,
        "axis": _CATEGORIES_DOWN if horizontal else _CATEGORIES_ALONG,
    }
    value = {
        "field": _VALUE,
        "type": "quantitative",
        "title": y_title,
        "stack": "zero",
        "axis": _COUNTS_ALONG if horizontal else {"tickMinStep": 1},
    }
    tooltip = [
        {"field": x_key, "type": "nominal", "title": x_title},
        {"field": _SERIES, "type": "nominal", "title": legend_title},
        {"field": _LABEL, "type": "nominal", "title": y_title},
    ]
    spec = _base(f"{y_title} per {x_title}", transforms)
    spec["height"] = {"step": _STEP + 4} if horizontal else _HEIGHT
    spec["padding"] = _label_room(0, horizontal=horizontal)
    spec["encoding"] = {category_channel: category}
    parts = {
        value_channel: value,
        "color": _colour(_SERIES, legend_title, titles),
        "order": {"field": "_volgorde", "type": "quantitative"},
    }
    total_mark: dict[str, Any] = {"type": "text", "fontWeight": "bold"}
    if horizontal:
        total_mark |= {"align": "left", "baseline": "middle", "dx": 4}
    else:
        total_mark |= {"align": "center", "baseline": "bottom", "dy": -3}
    spec["layer"] = [
        {"mark": {"type": "bar"}, "encoding": {**parts, "tooltip": tooltip}},
        {
            "mark": {"type": "text", "baseline": "middle", "fontSize": 11,
                     "color": _ink_expression("color", _SERIES)},
            "encoding": {value_channel: {**value, "bandPosition": 0.5},
                         "detail": {"field": _SERIES, "type": "nominal"},
                         "order": parts["order"],
                         "text": {"field": _LABEL, "type": "nominal"}},
        },
        {
            "mark": total_mark,
            "encoding": {
                value_channel: {"field": "_totaal", "type": "quantitative", "aggregate": "max"},
                "text": {"field": "_totaal", "type": "quantitative", "aggregate": "max",
                         "format": ","},
                "color": {"value": BLACK},
            },
        },
    ]  # fmt: skip
    return copy.deepcopy(spec)  # nothing shared with another chart or the constants


def with_data(spec: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A copy of *spec* with *records* as its inline data (``data.values``); *spec* is untouched."""
    return {**spec, "data": {"values": [dict(r) for r in records]}}
