// Curves of y against x, with an optional band of spread and reference lines: the course's plain
// x–y figure (accuracy against η, loss against batch size, …).
import {
  invalid,
  parseOptions,
  REQUIRED,
  requireBoolean,
  requireChoice,
  requireOptions,
  requirePositiveInteger,
  requireText,
} from "../errors";
import type { Figure } from "./figure";
import { decimate, pointsPerTrace } from "./decimate";
import { requireRange } from "./objectives";
import { guideLayout, requireGuides, type Guide } from "./guides";
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  FIGURE_CONFIG,
  SEQUENCE_COLORS,
  axis,
  axisRange,
  baseLayout,
  logAxis,
  requireColors,
  requireLogRange,
  round,
  type PlotlyObject,
} from "./theme";
import { lineMode } from "./traces";

/** One curve: points (x[i], y[i]), and when given a band y[i] ± spread[i] (e.g. the std over seeds). */
export interface Curve {
  name: string;
  x: readonly number[];
  y: readonly number[];
  /** Half-width of a shaded band around y, one per point (≥ 0); default none. */
  spread?: readonly number[];
  /** A colour; default Plotly's colour for the curve's position. */
  color?: string;
  /** "solid" (default), "dash", "dot", "dashdot". */
  dash?: "solid" | "dash" | "dot" | "dashdot";
  /** "lines", "markers" or "lines+markers"; default "lines+markers" up to 60 points, else "lines". */
  mode?: "lines" | "markers" | "lines+markers";
}

export interface CurvesOptions {
  /** Title of the x axis, e.g. "learning rate η". Required. */
  xTitle: string;
  /** Title of the y axis, e.g. "validation accuracy". Required. */
  yTitle: string;
  /** Log scale on the x axis (default false). */
  logX?: boolean;
  /** Log scale on the y axis (default false). */
  logY?: boolean;
  /** Reference lines, e.g. [{ x: 2 / L, label: "2/L" }] (default none). */
  guides?: readonly Guide[];
  /** The y axis's range [min, max] (min > 0 with logY), e.g. to cut off values that underflowed; default fit to the data. */
  yRange?: readonly [number, number];
  /** Title above the figure (default none). */
  title?: string;
  /** Figure size in pixels (default 720 × 440). */
  width?: number;
  height?: number;
}

const DASHES = ["solid", "dash", "dot", "dashdot"] as const;
const MODES = ["lines", "markers", "lines+markers"] as const;
const CURVE_KEYS = ["name", "x", "y", "spread", "color", "dash", "mode"];

/**
 * Curves of y against x, each with an optional shaded band y ± spread, and labelled reference
 * lines: the plain figure lessons draw results with (final accuracy against η over seeds, the
 * largest stable rate against depth, …).
 *
 * Example:
 *
 * ```ts
 * const fig = plot.curves(
 *   [{ name: "accuracy", x: [0.01, 0.1, 1], y: [0.9, 0.96, 0.3], spread: [0.01, 0.005, 0.2] }],
 *   { xTitle: "learning rate η", yTitle: "validation accuracy", logX: true, guides: [{ x: 0.5, label: "edge" }] },
 * );
 * fig.data.length; // → 2
 * ```
 */
export function curves(lines: readonly Curve[], options: CurvesOptions): Figure {
  const { xTitle, yTitle, logX, logY, guides, yRange, title, width, height } = parseOptions(
    "curves",
    options,
    {
      xTitle: [REQUIRED, requireText],
      yTitle: [REQUIRED, requireText],
      logX: [false, requireBoolean],
      logY: [false, requireBoolean],
      guides: [[], requireGuides],
      yRange: [undefined, requireRange],
      title: [undefined, requireText],
      width: [DEFAULT_WIDTH, requirePositiveInteger],
      height: [DEFAULT_HEIGHT, requirePositiveInteger],
    },
    '{ xTitle: "learning rate η", yTitle: "validation accuracy", logX: true }',
  );
  requireLogRange("yRange", yRange, logY, "logY");
  const list = requireCurves(lines, { logX, logY });
  const traceCount = list.reduce((n, line) => n + (line.spread ? 2 : 1), 0);
  const maxPoints = pointsPerTrace(traceCount);
  const data: PlotlyObject[] = [];
  list.forEach((line, i) => {
    const color = line.color ?? SEQUENCE_COLORS[i % SEQUENCE_COLORS.length];
    const kept = decimate(line.x.length, maxPoints);
    const xs = kept.map((k) => round(line.x[k], 6));
    if (line.spread) {
      const spread = line.spread;
      // One closed band: the upper edge left to right, then the lower edge right to left.
      const upper = kept.map((k) => round(line.y[k] + spread[k]));
      const lower = kept.map((k) => round(line.y[k] - spread[k]));
      data.push({
        type: "scatter",
        x: [...xs, ...[...xs].reverse()],
        y: [...upper, ...lower.reverse()],
        fill: "toself",
        fillcolor: color,
        opacity: 0.18,
        line: { width: 0 },
        hoverinfo: "skip",
        showlegend: false,
        legendgroup: `${i}`,
      });
    }
    data.push({
      type: "scatter",
      mode: line.mode ?? lineMode(line.x.length),
      name: line.name,
      legendgroup: `${i}`,
      x: xs,
      y: kept.map((k) => round(line.y[k])),
      ...(line.spread && { customdata: kept.map((k) => round(line.spread?.[k] ?? 0, 3)) }),
      line: { color, width: 2, dash: line.dash ?? "solid" },
      marker: { color, size: 7 },
      hovertemplate: `${line.name}<br>%{x}: %{y}${line.spread ? " ± %{customdata}" : ""}<extra></extra>`,
    });
  });
  const { shapes, annotations } = guideLayout(guides, { logX, logY });
  const layout = baseLayout(title, {
    xaxis: axis(xTitle, logAxis(logX)),
    yaxis: axis(yTitle, { ...logAxis(logY), ...axisRange(yRange, logY) }),
    width,
    height,
    shapes,
    annotations,
  });
  return { data, layout, config: FIGURE_CONFIG };
}

/** Checks every curve: names, equal lengths, finite numbers, positive values on log axes. */
function requireCurves(
  lines: readonly Curve[],
  logs: { logX: boolean; logY: boolean },
): readonly Curve[] {
  if (!Array.isArray(lines) || lines.length === 0) {
    throw invalid(
      "lines",
      "a non-empty array of curves such as [{ name, x: [...], y: [...] }]",
      lines,
    );
  }
  lines.forEach((line, i) => {
    const where = `lines[${i}]`;
    if (line == null || typeof line !== "object" || typeof line.name !== "string") {
      throw invalid(where, "a curve { name, x, y } with a name (a string)", line);
    }
    requireOptions(where, line, CURVE_KEYS, "{ name, x, y }");
    const numbers = (name: "x" | "y" | "spread", positive: boolean) => {
      const values = line[name];
      if (values === undefined && name === "spread") return;
      const length = line.x?.length;
      if (
        !Array.isArray(values) ||
        values.length === 0 ||
        (name !== "x" && values.length !== length)
      ) {
        const accepted =
          name === "x"
            ? "a non-empty array of numbers"
            : `an array of ${length} numbers, one per x`;
        throw invalid(`${where}.${name}`, accepted, values);
      }
      values.forEach((v, k) => {
        if (!Number.isFinite(v) || (positive && !(v > 0)) || (name === "spread" && v < 0)) {
          const accepted =
            name === "spread"
              ? "a finite number ≥ 0"
              : positive
                ? "a number > 0 (the axis is logarithmic)"
                : "a finite number";
          throw invalid(`${where}.${name}[${k}]`, accepted, v);
        }
      });
    };
    numbers("x", logs.logX);
    numbers("y", logs.logY);
    numbers("spread", false);
    if (line.color !== undefined) requireColors("colors", [line.color]);
    if (line.dash !== undefined) requireChoice(`${where}.dash`, line.dash, DASHES);
    if (line.mode !== undefined) requireChoice(`${where}.mode`, line.mode, MODES);
  });
  return lines;
}
