/*
 * Draws the dashboard's charts: every <div class="chart__canvas" data-chart="ID"> gets the
 * Vega-Lite specification in <script type="application/json" id="ID"> drawn into it as SVG.
 *
 * The page needs no inline script and no 'unsafe-eval': expressions run in vega-interpreter
 * (ast mode), vega-embed injects no <style> (defaultStyle false) and the tooltip's look comes
 * from charts.css, linked here from this script's own folder (style-src 'self').
 * The drawing is aria-hidden: the figure's heading, one-line summary and table carry the same
 * numbers in words. A chart that cannot be drawn leaves its canvas empty and the table as it is.
 * When every chart has been tried, <html> gets data-charts="drawn" (the browser tests wait for it).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var TOOLTIP_ID = "ido-chart-tooltip";

  function linkStyleSheet() {
    if (!script || !script.src) return;
    var href = new URL("charts.css", script.src).href;
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].href === href) return;
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function specOf(canvas) {
    var source = document.getElementById(canvas.getAttribute("data-chart") || "");
    if (!source || source.type !== "application/json") return null;
    try {
      return JSON.parse(source.textContent || "");
    } catch (error) {
      return null;
    }
  }

  function hideFromAssistiveTechnology(canvas) {
    canvas.setAttribute("aria-hidden", "true");
    var svg = canvas.querySelector("svg");
    if (svg) {
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
    }
  }

  function draw(vega, canvas) {
    var spec = specOf(canvas);
    if (!spec) return Promise.resolve();
    canvas.classList.add("chart__canvas--drawing");
    return vega
      .embed(canvas, spec, {
        renderer: "svg",
        actions: false,
        defaultStyle: false,
        ast: true,
        expr: vega.expressionInterpreter,
        logLevel: 1, // errors only; a chart that fails is simply not drawn
        tooltip: { disableDefaultStyle: true, id: TOOLTIP_ID, theme: "light" },
      })
      .then(function () {
        hideFromAssistiveTechnology(canvas);
        canvas.classList.add("chart__canvas--drawn");
      })
      .catch(function () {
        canvas.textContent = "";
        canvas.classList.add("chart__canvas--failed");
      })
      .then(function () {
        canvas.classList.remove("chart__canvas--drawing");
      });
  }

  function start() {
    var vega = window.idoVega;
    if (!vega) return;
    linkStyleSheet();
    var canvases = document.querySelectorAll(".chart__canvas[data-chart]");
    var drawn = [];
    for (var i = 0; i < canvases.length; i++) drawn.push(draw(vega, canvases[i]));
    Promise.all(drawn).then(function () {
      document.documentElement.setAttribute("data-charts", "drawn");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
