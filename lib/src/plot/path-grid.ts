// Small multiples of 1-D paths drawn on their curve: the course's 4 × 4 grids of rate × decay or momentum.
import {
  invalid,
  parseOptions,
  requireChoice,
  requirePositiveInteger,
  requireText,
} from "../errors";
import type { Figure } from "./figure";
import type { Objective } from "../objectives/objective";
import { decimate, pointsPerTrace } from "./decimate";
import { axisId, axisKey, cellDomain, paperLabel } from "./panels";
import { labelsCheck } from "./grid";
import { linspace, rangeOf, requireObjectiveOfDim, requireRange, type Range } from "./objectives";
import { FIGURE_CONFIG, baseLayout, requireColors, round, type PlotlyObject } from "./theme";

export interface PathGridOptions {
  /** Label of each row, e.g. ["lr = 0.1", "lr = 0.3"]. */
  rowLabels?: readonly string[];
  /** Label of each column, e.g. ["decay = 0", "decay = 0.5"]. */
  colLabels?: readonly string[];
  /** One colour per row, or per column with colorBy "column" (the course's 'k', 'r', 'g', 'y' by default). */
  colors?: readonly string[];
  /** Whether `colors` go one per "row" (default) or one per "column". */
  colorBy?: "row" | "column";
  /** The x range of every cell; default the objective's domain. */
  domain?: readonly [number, number];
  /** The y range of every cell; default the curve's range over `domain`, with a margin. */
  yRange?: readonly [number, number];
  title?: string;
  /** Figure size in pixels (default 820 × 760). */
  width?: number;
  height?: number;
}

/** The course's colours, 'k', 'r', 'g', 'y', one per row. */
const ROW_COLORS = ["black", "#d62728", "#2ca02c", "#e6b800"];
const GAP = 0.04;
const CURVE_POINTS = 100;

/** Checks the paths: a non-empty rows × columns table of non-empty arrays of numbers. */
function requirePaths(paths: unknown): readonly (readonly (readonly number[])[])[] {
  const accepted = "rows × columns of paths, each a non-empty array of numbers (x₀, x₁, …)";
  if (!Array.isArray(paths) || paths.length === 0) throw invalid("paths", accepted, paths);
  const cols = Array.isArray(paths[0]) ? paths[0].length : 0;
  paths.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length === 0 || row.length !== cols) {
      throw invalid(`paths[${r}]`, `a row of ${cols || "one or more"} paths, like row 0`, row);
    }
    row.forEach((path: unknown, c) => {
      if (!Array.isArray(path) || path.length === 0 || !path.every((v) => typeof v === "number")) {
        throw invalid(`paths[${r}][${c}]`, "a non-empty array of numbers (x₀, x₁, …)", path);
      }
    });
  });
  return paths as number[][][];
}

/**
 * Small plots of one-dimensional paths on their curve, rows × columns: in every cell the curve
 * f(x) over the domain, and one path x₀, x₁, … on it with its last point drawn large, coloured by
 * row. This is the course's figure for GD_decay's and GD_momentum's grids (seed 004).
 *
 * Example:
 *
 * ```ts
 * const fig = plot.pathGrid(objectives.xSquared, [[[-1, 0.8, -0.6], [-1, 0.5, 0.2], [-1, 0], [-1, -0.5]], [[-1, -0.9], [-1, -0.8], [-1, -0.7], [-1, -0.6]]], { rowLabels: ["lr = 0.9", "lr = 0.1"], domain: [-1.5, 1.5] });
 * fig.data.length; // → 16
 * ```
 */
export function pathGrid(
  objective: Objective,
  paths: readonly (readonly (readonly number[])[])[],
  options: PathGridOptions = {},
): Figure {
  requireObjectiveOfDim(objective, 1);
  const table = requirePaths(paths);
  const rows = table.length;
  const cols = table[0].length;
  const { rowLabels, colLabels, colors, colorBy, domain, yRange, title, width, height } =
    parseOptions(
      "pathGrid",
      options,
      {
        rowLabels: [[], labelsCheck(rows, "row")],
        colLabels: [[], labelsCheck(cols, "column")],
        colors: [ROW_COLORS, requireColors],
        colorBy: ["row", (parameter, value) => requireChoice(parameter, value, ["row", "column"])],
        domain: [undefined, requireRange],
        yRange: [undefined, requireRange],
        title: [undefined, requireText],
        width: [820, requirePositiveInteger],
        height: [760, requirePositiveInteger],
      },
      '{ rowLabels: ["lr = 0.1", "lr = 0.9"], domain: [-1.5, 1.5] }',
    );

  const xRange: Range = rangeOf(objective, 0, domain, "domain");
  const curveX = linspace(xRange, CURVE_POINTS);
  const curveY = curveX.map((x) => objective.value([x]));
  const yRangeUsed: Range =
    yRange ??
    (() => {
      const low = Math.min(...curveY.filter(Number.isFinite));
      const high = Math.max(...curveY.filter(Number.isFinite));
      const margin = 0.1 * (high - low || 1);
      return [low - margin, high + margin] as const;
    })();
  const maxPoints = pointsPerTrace(2 * rows * cols);
  const keep = decimate(CURVE_POINTS, maxPoints);

  // Row 0 at the top.
  const xCell = (c: number) => cellDomain(c, cols, GAP);
  const yCell = (r: number) => cellDomain(rows - 1 - r, rows, GAP);
  const data: PlotlyObject[] = [];
  const layout: PlotlyObject = baseLayout(title, {
    width,
    height,
    showlegend: false,
    margin: { l: 80, r: 20, t: title ? 90 : 60, b: 50 },
    annotations: [
      ...colLabels.map((text, c) =>
        paperLabel(text, { x: (xCell(c)[0] + xCell(c)[1]) / 2, y: 1.01, yanchor: "bottom" }),
      ),
      ...rowLabels.map((text, r) =>
        paperLabel(text, { textangle: -90, x: -0.05, y: (yCell(r)[0] + yCell(r)[1]) / 2 }),
      ),
    ],
  });
  table.forEach((row, r) =>
    row.forEach((xs, c) => {
      const cell = r * cols + c;
      layout[axisKey("x", cell)] = {
        domain: xCell(c),
        anchor: axisId("y", cell),
        range: [...xRange],
        zeroline: false,
      };
      layout[axisKey("y", cell)] = {
        domain: yCell(r),
        anchor: axisId("x", cell),
        range: [...yRangeUsed],
        zeroline: false,
      };
      const on = { xaxis: axisId("x", cell), yaxis: axisId("y", cell) };
      const color = colors[(colorBy === "row" ? r : c) % colors.length];
      const name =
        [rowLabels[r], colLabels[c]].filter(Boolean).join(", ") || `row ${r + 1}, column ${c + 1}`;
      data.push({
        ...on,
        type: "scatter",
        x: keep.map((i) => round(curveX[i])),
        y: keep.map((i) => round(curveY[i])),
        mode: "lines",
        line: { color: "#1f77b4", width: 1 },
        hoverinfo: "skip",
      });
      const steps = decimate(xs.length, maxPoints);
      data.push({
        ...on,
        type: "scatter",
        x: steps.map((t) => round(xs[t])),
        y: steps.map((t) => (Number.isFinite(xs[t]) ? round(objective.value([xs[t]])) : null)),
        mode: "lines+markers",
        line: { color, width: 1 },
        marker: { color, size: steps.map((t) => (t === xs.length - 1 ? 13 : 5)) },
        name,
        hovertemplate: "x = %{x:.4g}<br>f(x) = %{y:.4g}<extra>%{fullData.name}</extra>",
      });
    }),
  );
  return { data, layout, config: FIGURE_CONFIG };
}
