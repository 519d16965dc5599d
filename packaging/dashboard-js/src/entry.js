// The one script the IDO dashboard loads before its own charts.js: vega-embed (with Vega and
// Vega-Lite inside) and the expression interpreter that lets Vega run under a Content Security
// Policy without 'unsafe-eval'. Everything is reached through one global, window.idoVega.
import embed from "vega-embed";
import { expressionInterpreter } from "vega-interpreter";

window.idoVega = Object.freeze({ embed, expressionInterpreter });
