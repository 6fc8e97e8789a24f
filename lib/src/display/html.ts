// The text/html part of a figure's output: draws the figure with plotly.js where no Plotly
// renderer exists (nbconvert's HTML export, the course site, plain HTML viewers).
//
// Why the library travels this way: a page must not load plotly.js from a CDN (there may be no
// network) and must not carry the 4.8 MB bundle once per figure. So the first figure a kernel
// shows carries the bundle in a <script data-lrlab-plotly> element, and every figure only carries
// a <div> and a small script. Scripts run in page order, but the page may be reordered or the
// library's output cleared, so nothing relies on order: a figure whose script runs before the
// library queues itself in window.lrlabPendingFigures, and the library draws the queue when it
// arrives. If it never arrives, the div keeps a message that says how to get it back. The course
// site strips the embedded copies and loads one shared plotly.min.js per page instead.
import { randomUUID } from "node:crypto";
import type { Figure } from "../plot/figure";

/** Marks the <script> that embeds plotly.js, so the site can find and replace it. */
export const LIBRARY_MARKER = "data-lrlab-plotly";

/** Shown until the figure is drawn; stays when plotly.js never arrived. */
const MISSING_LIBRARY_MESSAGE =
  "Interactive figure: it is drawn by plotly.js, which is embedded once, in the notebook's first " +
  "figure. If it stays blank, run the notebook again from the top (Kernel → Restart Kernel and Run All Cells).";

/**
 * JSON that is safe inside an HTML <script>: no "</script>", no "<!--", and no U+2028/U+2029.
 * Each replacement is a JSON escape, so the text still parses to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function sizeOf(figure: Figure, key: "width" | "height", fallback: number): number {
  const value = (figure.layout as Record<string, unknown> | undefined)?.[key];
  return typeof value === "number" && value > 0 ? value : fallback;
}

/** A <div> and a script that draws `figure` into it once window.Plotly exists. */
export function figureHtml(figure: Figure, id: string = `lrlab-figure-${randomUUID()}`): string {
  const width = sizeOf(figure, "width", 720);
  const height = sizeOf(figure, "height", 440);
  return [
    `<div id="${id}" class="lrlab-figure" style="width:${width}px;max-width:100%;height:${height}px">`,
    `<p style="font:13px sans-serif;color:#666;padding:1em">${MISSING_LIBRARY_MESSAGE}</p></div>`,
    "<script>(function () {",
    `  var div = document.getElementById(${JSON.stringify(id)});`,
    `  var figure = ${scriptSafeJson(figure)};`,
    "  function draw() { div.textContent = ''; window.Plotly.newPlot(div, figure); }",
    "  if (window.Plotly) draw();",
    "  else (window.lrlabPendingFigures = window.lrlabPendingFigures || []).push(draw);",
    "})();</script>",
  ].join("\n");
}

/** A <script> that defines window.Plotly from the bundle (once per page) and draws waiting figures. */
export function libraryHtml(bundle: string, version: string): string {
  return [
    `<script ${LIBRARY_MARKER}="${version}">`,
    "if (!window.Plotly) {",
    bundle,
    "}",
    "(window.lrlabPendingFigures || []).splice(0).forEach(function (draw) { draw(); });",
    "</script>",
  ].join("\n");
}
