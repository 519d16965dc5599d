// Vega for the dashboard: what vega-embed reaches through `import * as vega from "vega"`, with
// only the transforms the charts' compiled Vega-Lite uses (vega-transforms, vega-view-transforms,
// vega-encode: aggregate, bin, fold, formula, joinaggregate, stack, window, ...). Left out:
// geo, force, hierarchy, label, regression, voronoi, wordcloud and crossfilter, which no
// chart of kiosk/charts.py needs. build.mjs points the name "vega" here.
import { transforms } from "vega-dataflow";
import * as encode from "vega-encode";
import * as tx from "vega-transforms";
import { extend } from "vega-util";
import * as vtx from "vega-view-transforms";

extend(transforms, tx, vtx, encode);

export const version = VEGA_VERSION; // defined by build.mjs from node_modules/vega/package.json
export * from "vega-util";
export { loader } from "vega-loader";
export { View } from "vega-view";
export { numberFormatDefaultLocale as formatLocale, timeFormatDefaultLocale as timeFormatLocale } from "vega-format";
export { expressionFunction } from "vega-functions";
export { parse } from "vega-parser";
