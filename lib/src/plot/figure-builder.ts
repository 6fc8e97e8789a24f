// A themed figure from plain Plotly traces: for the teaching figures no other builder draws (a
// region of theory with measured runs on it, a contour with curves over it, hand-computed panels).
import {
  invalid,
  parseOptions,
  requireBoolean,
  requireIntegerIn,
  requireOptions,
  requirePositiveInteger,
  requireText,
} from "../errors";
import type { Figure } from "./figure";
import { MAX_POINTS_PER_FIGURE, MAX_POINTS_PER_TRACE } from "./decimate";
import { requireRange } from "./objectives";
import { guideLayout, requireGuides, type Guide } from "./guides";
import { axisId, axisKey, cellDomain, paperLabel, smallMultiplesSize } from "./panels";
import {
  FIGURE_CONFIG,
  axis,
  axisRange,
  baseLayout,
  logAxis,
  requireLogRange,
  round,
  type PlotlyObject,
} from "./theme";

/**
 * A plain Plotly trace, e.g. `{ x: [0, 1], y: [1, 0.5], mode: "lines", name: "loss" }`, plus, on a
 * figure with `panels`, the index of the panel it is drawn in (`panel: 1`; default 0).
 */
export interface FigureTrace {
  panel?: number;
  [key: string]: unknown;
}

/** One panel of a figure of small multiples; what it leaves out comes from the figure's options. */
export interface FigurePanel {
  /** Title above the panel, e.g. "cosine annealing"; default none. */
  title?: string;
  /** Title of its y axis; default the figure's `yTitle` (on the first column only). */
  yTitle?: string;
  /** Log scale on its y axis; default the figure's `logY`. */
  logY?: boolean;
  /** Its y range [min, max] (min > 0 on a log axis); default the figure's `yRange`. */
  yRange?: readonly [number, number];
}

/** Options of plot.figure. */
export interface FigureOptions {
  /** Title above the figure; default none. */
  title?: string;
  /** Title of the x axis (of the bottom panels with `panels`); default none. */
  xTitle?: string;
  /** Title of the y axis; default none. */
  yTitle?: string;
  /** Log scale on the x axis (of every panel); default false. */
  logX?: boolean;
  /** Log scale on the y axis (of every panel unless it says otherwise); default false. */
  logY?: boolean;
  /** The x range [min, max] (min > 0 with logX), of every panel; default fit to the data. */
  xRange?: readonly [number, number];
  /** The y range [min, max] (min > 0 with logY), of every panel unless it gives its own; default fit to the data. */
  yRange?: readonly [number, number];
  /** Reference lines, e.g. [{ y: 0.0955, label: "2/L" }], on a figure of one panel; default none. */
  guides?: readonly Guide[];
  /**
   * Small multiples: one entry per panel, e.g. [{ yTitle: "θ" }, { yTitle: "rate", logY: true }];
   * a trace goes in the panel its `panel` names. The panels share the x axis (zooming one zooms
   * all). Default one panel.
   */
  panels?: readonly FigurePanel[];
  /** Panels per row, filled left to right, top to bottom; default 1 (panels stacked). */
  columns?: number;
  /** Whether to show the legend; default Plotly's (shown when there are two traces or more). */
  showLegend?: boolean;
  /** Figure width in pixels (a positive integer); default 720, wider for 3 columns or more. */
  width?: number;
  /** Figure height in pixels (a positive integer); default 440, taller for 3 rows or more. */
  height?: number;
}

/** Gaps between panels, as fractions of the plotting width and height; wider for y titles. */
const COLUMN_GAP = 0.04;
const TITLED_COLUMN_GAP = 0.08;
const ROW_GAP = 0.12;

/** The arrays of a trace that carry one number per point, rounded so the JSON stays small. */
const ROUNDED: readonly (readonly [string, number])[] = [
  ["x", 6],
  ["y", 4],
  ["z", 4],
];

/**
 * A figure from plain Plotly traces, in the course's look: fonts, margins, size, axis titles, log
 * axes and ranges, labelled guides, and optionally small multiples (`panels`, laid out `columns`
 * per row, each with its own title and y axis). Numbers are rounded to 4 significant digits (x to
 * 6); a trace may carry at most 2000 points and the figure 10 000 (a grid `z` counts each cell),
 * so keep every k-th point (`decimate(length, 2000)` gives which) of a longer series.
 *
 * Use it for the figures no other builder draws: a shaded region of theory with the measured runs
 * on it, a contour with curves over it, panels of hand-computed values.
 *
 * Example:
 *
 * ```ts
 * const fig = plot.figure(
 *   [{ x: [0, 1, 2], y: [1, 0.5, 0.25], mode: "lines+markers", name: "loss" }],
 *   { xTitle: "iteration t", yTitle: "loss", logY: true, guides: [{ y: 0.3, label: "target" }] },
 * );
 * fig.data.length; // → 1
 * const panels = plot.figure(
 *   [{ x: [0, 1], y: [10, 5], name: "θ" }, { x: [0, 1], y: [0.1, 0.01], name: "rate", panel: 1 }],
 *   { xTitle: "iteration t", panels: [{ yTitle: "θ" }, { yTitle: "rate", logY: true }] },
 * );
 * panels.data[1]; // → { xaxis: "x2", yaxis: "y2" }
 * ```
 */
export function figure(traces: readonly FigureTrace[], options: FigureOptions = {}): Figure {
  const {
    title,
    xTitle,
    yTitle,
    logX,
    logY,
    xRange,
    yRange,
    guides,
    panels,
    columns,
    showLegend,
    width,
    height,
  } = parseOptions(
    "figure",
    options,
    {
      title: [undefined, requireText],
      xTitle: [undefined, requireText],
      yTitle: [undefined, requireText],
      logX: [false, requireBoolean],
      logY: [false, requireBoolean],
      xRange: [undefined, requireRange],
      yRange: [undefined, requireRange],
      guides: [[], (parameter, value) => requireGuides(parameter, value)],
      panels: [undefined, requirePanels],
      columns: [1, requirePositiveInteger],
      showLegend: [undefined, requireBoolean],
      width: [undefined, requirePositiveInteger],
      height: [undefined, requirePositiveInteger],
    },
    '{ xTitle: "momentum β", yTitle: "ηλ", guides: [{ y: 2, label: "2/L" }] }',
  );
  const panelList: readonly FigurePanel[] = panels ?? [{}];
  if (panels && guides.length > 0) {
    throw invalid("guides", "left out on a figure with panels (guides are for one panel)", guides);
  }
  if (!panels && columns !== 1) {
    throw invalid("columns", "left out on a figure without panels", columns);
  }
  requireLogRange("xRange", xRange, logX, "logX");
  requireLogRange("yRange", yRange, logY, "logY");
  panelList.forEach((panel, p) =>
    requireLogRange(
      `panels[${p}].yRange`,
      panel.yRange ?? yRange,
      panel.logY ?? logY,
      `logY (the panel's or the figure's)`,
    ),
  );
  const data = requireTraces(traces, panelList.length).map(({ panel = 0, ...trace }) => {
    const drawn: PlotlyObject = { ...trace };
    for (const [key, digits] of ROUNDED) {
      if (key in drawn) drawn[key] = roundAll(drawn[key], digits);
    }
    if (panels) Object.assign(drawn, { xaxis: axisId("x", panel), yaxis: axisId("y", panel) });
    return drawn;
  });

  const cols = Math.min(columns, panelList.length);
  const rows = Math.ceil(panelList.length / cols);
  const topTitles = panelList.slice(0, cols).some((panel) => panel.title !== undefined);
  const innerYTitles = panelList.some((panel, p) => p % cols > 0 && panel.yTitle !== undefined);
  const columnGap = innerYTitles ? TITLED_COLUMN_GAP : COLUMN_GAP;
  const defaultSize = smallMultiplesSize(cols, rows);
  const layout: PlotlyObject = baseLayout(title, {
    width: width ?? defaultSize.width,
    height: height ?? defaultSize.height,
    margin: { l: 70, r: 30, t: (title ? 60 : 30) + (topTitles ? 20 : 0), b: 60 },
    ...(showLegend !== undefined && { showlegend: showLegend }),
  });
  const annotations: PlotlyObject[] = [];
  panelList.forEach((panel, p) => {
    const row = Math.floor(p / cols);
    const col = p % cols;
    const xDomain = cellDomain(col, cols, columnGap);
    const yDomain = cellDomain(rows - 1 - row, rows, ROW_GAP);
    const bottom = p + cols >= panelList.length;
    const panelLog = panel.logY ?? logY;
    const shownYTitle = panel.yTitle ?? (col === 0 ? yTitle : undefined);
    const [xKey, yKey] = [axisKey("x", p), axisKey("y", p)];
    layout[xKey] = axis(bottom ? (xTitle ?? "") : "", {
      ...logAxis(logX),
      ...axisRange(xRange, logX),
      ...(panels && { domain: xDomain, anchor: axisId("y", p) }),
      ...(panels && p > 0 && { matches: "x" }),
    });
    layout[yKey] = axis(shownYTitle ?? "", {
      ...logAxis(panelLog),
      ...axisRange(panel.yRange ?? yRange, panelLog),
      ...(panels && { domain: yDomain, anchor: axisId("x", p) }),
    });
    if (panel.title !== undefined) {
      annotations.push(
        paperLabel(panel.title, {
          x: (xDomain[0] + xDomain[1]) / 2,
          y: yDomain[1],
          yanchor: "bottom",
          // Smaller in narrow cells, so neighbouring titles do not run into each other.
          font: { size: cols >= 4 ? 10 : 11 },
        }),
      );
    }
  });
  const guideShapes = guideLayout(guides, { logX, logY });
  annotations.push(...guideShapes.annotations);
  if (guideShapes.shapes.length > 0) layout.shapes = guideShapes.shapes;
  if (annotations.length > 0) layout.annotations = annotations;
  return { data, layout, config: FIGURE_CONFIG };
}

/** Checks the `panels` option: a non-empty array of { title, yTitle, logY, yRange }. */
function requirePanels(parameter: string, value: readonly FigurePanel[]): readonly FigurePanel[] {
  const example = 'a non-empty array of panels such as [{ yTitle: "θ" }, { yTitle: "rate" }]';
  if (!Array.isArray(value) || value.length === 0) throw invalid(parameter, example, value);
  const known = ["title", "yTitle", "logY", "yRange"];
  value.forEach((panel: FigurePanel, p) => {
    const where = `${parameter}[${p}]`;
    if (panel === null || typeof panel !== "object" || Array.isArray(panel)) {
      throw invalid(where, 'a panel such as { title: "loss", logY: true }', panel);
    }
    requireOptions(where, panel, known, '{ title: "loss", logY: true }');
    if (panel.title !== undefined) requireText(`${where}.title`, panel.title);
    if (panel.yTitle !== undefined) requireText(`${where}.yTitle`, panel.yTitle);
    if (panel.logY !== undefined) requireBoolean(`${where}.logY`, panel.logY);
    if (panel.yRange !== undefined) requireRange(`${where}.yRange`, panel.yRange);
  });
  return value;
}

/** Checks the traces: plain objects, a valid panel each, and within the size limits. */
function requireTraces(traces: readonly FigureTrace[], panelCount: number): readonly FigureTrace[] {
  if (!Array.isArray(traces) || traces.length === 0) {
    throw invalid(
      "traces",
      'a non-empty array of Plotly traces such as [{ x: [0, 1], y: [1, 0.5], mode: "lines" }]',
      traces,
    );
  }
  let total = 0;
  traces.forEach((trace, i) => {
    const where = `traces[${i}]`;
    if (trace === null || typeof trace !== "object" || Array.isArray(trace)) {
      throw invalid(where, "a Plotly trace (an object such as { x: [...], y: [...] })", trace);
    }
    for (const key of ["xaxis", "yaxis"]) {
      if (key in trace) {
        throw invalid(
          `${where}.${key}`,
          "left out: give the trace a panel (with the panels option)",
          trace[key],
        );
      }
    }
    if (trace.panel !== undefined) {
      const panel = trace.panel;
      if (panelCount === 1 && panel !== 0) {
        throw invalid(`${where}.panel`, "left out: this figure has one panel", panel);
      }
      requireIntegerIn(`${where}.panel`, panel, 0, panelCount - 1);
    }
    const points = pointsOf(trace);
    if (points.grid === 0 && points.line > MAX_POINTS_PER_TRACE) {
      throw invalid(
        where,
        `a trace of at most ${MAX_POINTS_PER_TRACE} points (keep every k-th point; decimate(length, ${MAX_POINTS_PER_TRACE}) gives which)`,
        `${points.line} points`,
      );
    }
    total += points.grid + points.line;
  });
  if (total > MAX_POINTS_PER_FIGURE) {
    throw invalid(
      "traces",
      `at most ${MAX_POINTS_PER_FIGURE} points in all (a grid z counts each cell)`,
      `${total} points`,
    );
  }
  return traces;
}

/** How many points a trace draws: the longest of x and y, and the cells of a grid z. */
function pointsOf(trace: FigureTrace): { line: number; grid: number } {
  const length = (value: unknown) =>
    Array.isArray(value) || ArrayBuffer.isView(value) ? (value as ArrayLike<unknown>).length : 0;
  const z = trace.z;
  const grid = Array.isArray(z)
    ? z.reduce((n: number, row: unknown) => n + Math.max(1, length(row)), 0)
    : 0;
  return { line: Math.max(length(trace.x), length(trace.y)), grid };
}

/** Rounds every number of an array (or of its rows) to `digits` significant digits. */
function roundAll(value: unknown, digits: number): unknown {
  if (typeof value === "number") return round(value, digits);
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as ArrayLike<unknown>, (item) => roundAll(item, digits));
  }
  return value;
}
