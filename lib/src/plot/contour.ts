// 2-D landscapes: contour or surface of an objective with optimizer trajectories racing on it.
import {
  invalid,
  parseOptions,
  requireBoolean,
  requireIntegerIn,
  requirePositiveInteger,
  type OptionSpec,
  type ParsedOptions,
} from "../errors";
import type { Figure } from "./figure";
import type { Objective } from "../objectives/objective";
import type { Run } from "../runner/run";
import { decimate, pointsPerTrace } from "./decimate";
import { inside, linspace, rangeOf, requireObjectiveOfDim, type Range } from "./objectives";
import { requireRunDims, runList } from "./runs";
import {
  FIGURE_CONFIG,
  axis,
  baseLayout,
  requireColors,
  round,
  runStyles,
  type PlotlyObject,
} from "./theme";
import { pointMarkers } from "./traces";

/** Options of plot.contour and plot.surface (and of plot.animate2d's still picture). */
export interface LandscapeOptions {
  /** [[xmin, xmax], [ymin, ymax]]; default the objective's domain. */
  domain?: readonly [Range, Range];
  /** Grid points per axis, an integer from 10 to 150; default 80 for contours, 50 for surfaces. */
  resolution?: number;
  /** Number of contour levels, a positive integer; default 25 (a surface has none). */
  levels?: number;
  /** Colour by log₁₀(1 + J − J_min) so narrow valleys such as Rosenbrock's show; default true. */
  log?: boolean;
  /** Title above the figure; default "<objective name>: J = <formula>". */
  title?: string;
  /** One colour per run, in order (e.g. one per learning rate); default the optimizer's colour. */
  colors?: readonly string[];
  /** Figure width in pixels (a positive integer); default 760. */
  width?: number;
  /** Figure height in pixels (a positive integer); default 560 for contours, 600 for surfaces. */
  height?: number;
}

const MIN_RESOLUTION = 10;
const MAX_RESOLUTION = 150;

/** The spec table of LandscapeOptions with a figure's own defaults; animate2d extends it. */
export function landscapeSpec(defaults: { resolution: number; height: number }) {
  return {
    domain: [undefined, requireDomain],
    resolution: [
      defaults.resolution,
      (parameter, value) => requireIntegerIn(parameter, value, MIN_RESOLUTION, MAX_RESOLUTION),
    ],
    levels: [25, requirePositiveInteger],
    log: [true, requireBoolean],
    // Checked by baseLayout, after `?? default`: null gives the default title.
    title: [undefined, (_, value) => value],
    colors: [undefined, requireColors],
    width: [760, requirePositiveInteger],
    height: [defaults.height, requirePositiveInteger],
  } as const satisfies OptionSpec<LandscapeOptions>;
}
export const LANDSCAPE_EXAMPLE = "{ resolution: 80 }";
export const CONTOUR_DEFAULTS = { resolution: 80, height: 560 };
const SURFACE_DEFAULTS = { resolution: 50, height: 600 };

/** LandscapeOptions as parseOptions returns them: every default filled in. */
export type ParsedLandscapeOptions = ParsedOptions<
  LandscapeOptions,
  ReturnType<typeof landscapeSpec>
>;

/** Checks the `domain` option: two ranges, each checked against the objective later. */
function requireDomain(
  parameter: string,
  domain: readonly [Range, Range],
): readonly [Range, Range] {
  const isPair =
    Array.isArray(domain) && domain.length === 2 && domain.every((range) => Array.isArray(range));
  if (!isPair) throw invalid(parameter, "[[xmin, xmax], [ymin, ymax]]", domain);
  return domain;
}
/** 2-D paths share this many points per figure; 2-D paths rarely need more to look smooth. */
const MAX_PATH_POINTS = 1000;

/** The objective sampled on a grid, ready for a contour or surface trace. */
interface Landscape {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** z[j][i] at (x[i], y[j]), rounded, null where not finite. */
  readonly z: (number | null)[][];
  /** Maps a loss value onto the z scale (identity or log). */
  readonly scale: (loss: number) => number;
  readonly zTitle: string;
  readonly xRange: Range;
  readonly yRange: Range;
}

/** Samples `objective` (checked by the caller) on a resolution × resolution grid over its domain. */
function landscape(objective: Objective, options: ParsedLandscapeOptions): Landscape {
  const xRange = rangeOf(objective, 0, options.domain?.[0], "domain[0]");
  const yRange = rangeOf(objective, 1, options.domain?.[1], "domain[1]");
  const resolution = options.resolution;
  const x = linspace(xRange, resolution);
  const y = linspace(yRange, resolution);
  const raw = y.map((yj) => x.map((xi) => objective.value([xi, yj])));
  const minima = (objective.minima ?? []).map((m) => objective.value(m));
  const lowest = Math.min(...raw.flat().filter(Number.isFinite), ...minima);
  const log = options.log;
  const scale = log
    ? (loss: number) => Math.log10(1 + Math.max(0, loss - lowest))
    : (loss: number) => loss;
  return {
    x,
    y,
    z: raw.map((row) => row.map((v) => round(scale(v)))),
    scale,
    zTitle: log ? "log₁₀(1 + J − J_min)" : "loss J",
    xRange,
    yRange,
  };
}

function axisNames(objective: Objective): [string, string] {
  return [objective.variables?.[0] ?? "θ₁", objective.variables?.[1] ?? "θ₂"];
}

function distinctStarts(runs: readonly Run[]): number[][] {
  const seen = new Map<string, number[]>();
  for (const run of runs) {
    const start = [run.xs[0][0], run.xs[0][1]];
    seen.set(start.join(","), start);
  }
  return [...seen.values()];
}

/**
 * Contours of a 2-D objective with each run's trajectory, its start point and the known minima.
 * Several runs from the same start race each other; the colour is the optimizer's.
 *
 * Example:
 *
 * ```ts
 * const runs = [optimizers.sgd({ lr: 0.002 }), optimizers.adam({ lr: 0.05 })].map((optimizer) =>
 *   minimize(objectives.rosenbrock, { x0: [-1.5, 2], optimizer, steps: 100 }));
 * const fig = plot.contour(objectives.rosenbrock, runs, { levels: 30, width: 600, height: 480 });
 * fig.data.length; // → 5
 * ```
 */
export function contour(
  objective: Objective,
  runs: Run | readonly Run[],
  options: LandscapeOptions = {},
): Figure {
  const parsed = parseOptions(
    "contour",
    options,
    landscapeSpec(CONTOUR_DEFAULTS),
    LANDSCAPE_EXAMPLE,
  );
  return contourWithPaths(objective, runList(runs), parsed, MAX_PATH_POINTS);
}

/** What the contour and the surface share: the checked inputs, the sampled landscape, names, styles. */
function landscapeFigureParts(
  objective: Objective,
  list: readonly Run[],
  options: ParsedLandscapeOptions,
  maxPathPoints: number,
) {
  requireObjectiveOfDim(objective, 2);
  requireRunDims(list, 2);
  const land = landscape(objective, options);
  const [xName, yName] = axisNames(objective);
  return {
    land,
    xName,
    yName,
    styles: runStyles(
      list.map((run) => run.optimizer),
      options.colors,
    ),
    maxPoints: Math.min(maxPathPoints, pointsPerTrace(list.length)),
    title: options.title ?? `${objective.name}: J = ${objective.formula}`,
  };
}

/** The landscape's colouring: light valleys, so the trajectories in them stand out. */
function landscapeColors(land: Landscape): PlotlyObject {
  return {
    colorscale: "Blues",
    reversescale: true,
    colorbar: { title: { text: land.zTitle, side: "right" }, thickness: 14 },
  };
}

/** The contour figure with each path decimated to at most `maxPathPoints` points. */
export function contourWithPaths(
  objective: Objective,
  list: readonly Run[],
  options: ParsedLandscapeOptions,
  maxPathPoints: number,
): Figure {
  const { land, xName, yName, styles, maxPoints, title } = landscapeFigureParts(
    objective,
    list,
    options,
    maxPathPoints,
  );
  const data: PlotlyObject[] = [
    {
      type: "contour",
      name: "J",
      x0: round(land.x[0], 8),
      dx: round(land.x[1] - land.x[0], 8),
      y0: round(land.y[0], 8),
      dy: round(land.y[1] - land.y[0], 8),
      z: land.z,
      ncontours: options.levels,
      ...landscapeColors(land),
      contours: { coloring: "heatmap", showlines: true },
      line: { width: 0.5, color: "rgba(0,0,0,0.25)" },
      hovertemplate: `${xName} = %{x:.3g}<br>${yName} = %{y:.3g}<br>%{z:.3g}<extra></extra>`,
      showlegend: false,
    },
    ...list.map((run, r) => trajectory(run, styles[r], maxPoints)),
    pointMarkers("start", distinctStarts(list), { symbol: "diamond", color: "#fff" }),
  ];
  if (objective.minima?.length) {
    data.push(
      pointMarkers("minimum", objective.minima, { symbol: "star", color: "gold", size: 16 }),
    );
  }
  return {
    data,
    layout: baseLayout(title, {
      width: options.width,
      height: options.height,
      xaxis: axis(xName, { range: land.xRange }),
      yaxis: axis(yName, { range: land.yRange }),
      legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
      margin: { l: 70, r: 30, t: 120, b: 60 },
    }),
    config: FIGURE_CONFIG,
  };
}

function trajectory(
  run: Run,
  style: { color: string; dash: string },
  maxPoints: number,
): PlotlyObject {
  const kept = decimate(run.xs.length, maxPoints);
  return {
    type: "scatter",
    mode: "lines+markers",
    name: run.label,
    x: kept.map((t) => round(run.xs[t][0])),
    y: kept.map((t) => round(run.xs[t][1])),
    customdata: kept,
    line: { color: style.color, dash: style.dash, width: 2 },
    marker: { color: style.color, size: 4 },
    hovertemplate: "t = %{customdata}<br>(%{x}, %{y})<extra>%{fullData.name}</extra>",
  };
}

/**
 * The same landscape as a 3-D surface with the trajectories lying on it; drag to rotate.
 *
 * Example:
 *
 * ```ts
 * const run = minimize(objectives.saddle, { x0: [-1.5, 0.01], optimizer: optimizers.sgd({ lr: 0.05 }), steps: 40 });
 * const fig = plot.surface(objectives.saddle, run, { resolution: 30, width: 640 });
 * fig.data.length; // → 2
 * ```
 */
export function surface(
  objective: Objective,
  runs: Run | readonly Run[],
  options: LandscapeOptions = {},
): Figure {
  const parsed = parseOptions(
    "surface",
    options,
    landscapeSpec(SURFACE_DEFAULTS),
    LANDSCAPE_EXAMPLE,
  );
  const list = runList(runs);
  const { land, xName, yName, styles, maxPoints, title } = landscapeFigureParts(
    objective,
    list,
    parsed,
    MAX_PATH_POINTS,
  );
  const data: PlotlyObject[] = [
    {
      type: "surface",
      name: "J",
      x: land.x.map((v) => round(v)),
      y: land.y.map((v) => round(v)),
      z: land.z,
      ...landscapeColors(land),
      opacity: 0.85,
      showscale: true,
    },
    ...list.map((run, r) => {
      const kept = decimate(run.xs.length, maxPoints).filter(
        (t) => inside(run.xs[t][0], land.xRange) && inside(run.xs[t][1], land.yRange),
      );
      return {
        type: "scatter3d",
        mode: "lines+markers",
        name: run.label,
        x: kept.map((t) => round(run.xs[t][0])),
        y: kept.map((t) => round(run.xs[t][1])),
        z: kept.map((t) => round(land.scale(run.losses[t]))),
        line: { color: styles[r].color, width: 5 },
        marker: { color: styles[r].color, size: 2 },
      };
    }),
  ];
  return {
    data,
    layout: baseLayout(title, {
      width: parsed.width,
      height: parsed.height,
      scene: {
        xaxis: { title: { text: xName }, range: land.xRange },
        yaxis: { title: { text: yName }, range: land.yRange },
        zaxis: { title: { text: land.zTitle } },
      },
    }),
    config: FIGURE_CONFIG,
  };
}
