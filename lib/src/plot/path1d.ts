// A 1-D loss curve with the optimizer's path on it: numbered steps and arrows for each update.
import { parseOptions, requireIntegerIn, requirePositiveInteger, type OptionSpec } from "../errors";
import type { Figure } from "./figure";
import type { Objective } from "../objectives/objective";
import type { Run } from "../runner/run";
import {
  inside,
  linspace,
  rangeOf,
  requireObjectiveOfDim,
  requireRange,
  type Range,
} from "./objectives";
import { requireRunDims, runList } from "./runs";
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  FIGURE_CONFIG,
  axis,
  baseLayout,
  requireColors,
  round,
  runStyles,
  type PlotlyObject,
} from "./theme";
import { decimate } from "./decimate";
import { pointMarkers } from "./traces";

/** Options of plot.path1d (and of plot.animate1d's still picture). */
export interface Path1dOptions {
  /** x range of the curve, [min, max] with min < max; default the objective's domain. */
  domain?: Range;
  /** How many of the first steps get a number next to them (skipping ones that would overlap), an integer ≥ 0; default 10. */
  numbered?: number;
  /** How many of the first updates get an arrow from θ_t to θ_t+1, an integer ≥ 0; default 10. */
  arrows?: number;
  /** Title above the figure; default "Gradient descent on J(θ) = …". */
  title?: string;
  /** One colour per run, in order (e.g. one per learning rate); default the optimizer's colour. */
  colors?: readonly string[];
  /** Figure width in pixels (a positive integer); default 720. */
  width?: number;
  /** Figure height in pixels (a positive integer); default 440. */
  height?: number;
}

/** The spec table of Path1dOptions, shared with animate1d. */
export const PATH1D_SPEC = {
  domain: [undefined, requireRange],
  numbered: [10, (parameter, value) => requireIntegerIn(parameter, value, 0, Infinity)],
  arrows: [10, (parameter, value) => requireIntegerIn(parameter, value, 0, Infinity)],
  // Checked by baseLayout, after `?? default`: null gives the default title.
  title: [undefined, (_, value) => value],
  colors: [undefined, requireColors],
  width: [DEFAULT_WIDTH, requirePositiveInteger],
  height: [DEFAULT_HEIGHT, requirePositiveInteger],
} as const satisfies OptionSpec<Path1dOptions>;

const CURVE_SAMPLES = 400;
const MAX_PATH_POINTS = 500;

/** The name of a 1-D objective's variable for labels: x for "3x^2 - 3x + 4", θ for θ². */
function variableOf(objective: Objective): string {
  return objective.variables[0] ?? "θ";
}

/** The curve J(θ) sampled over the domain, with its y range padded by 8 %. */
function lossCurve(objective: Objective, domain: Range): { trace: PlotlyObject; yRange: Range } {
  const xs = linspace(domain, CURVE_SAMPLES);
  const ys = xs.map((x) => objective.value([x]));
  const finite = ys.filter(Number.isFinite);
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = 0.08 * (high - low || 1);
  return {
    trace: {
      type: "scatter",
      mode: "lines",
      name: `J(${variableOf(objective)}) = ${objective.formula}`,
      x0: domain[0],
      dx: (domain[1] - domain[0]) / (CURVE_SAMPLES - 1),
      y: ys.map((y) => round(y)),
      line: { color: "#444", width: 2 },
      hovertemplate: `${variableOf(objective)} = %{x:.4g}<br>J = %{y:.4g}<extra></extra>`,
    },
    yRange: [low - pad, high + pad],
  };
}

/** Numbers closer than this fraction of the domain's width to an earlier one would overlap. */
const LABEL_GAP = 0.03;

/**
 * The steps among the first `numbered` that get their number: those at least LABEL_GAP of the
 * domain's width from every position numbered before them in this figure (`taken`, which grows),
 * so steps crowding near a minimum, or runs sharing a start, stay readable. Hover shows every t.
 */
function numberedSteps(run: Run, numbered: number, domain: Range, taken: number[]): Set<number> {
  const gap = LABEL_GAP * (domain[1] - domain[0]);
  const labelled = new Set<number>();
  for (let t = 0; t < Math.min(numbered, run.xs.length); t++) {
    const x = run.xs[t][0];
    if (taken.every((other) => Math.abs(other - x) >= gap)) {
      labelled.add(t);
      taken.push(x);
    }
  }
  return labelled;
}

/**
 * The loss curve with each run's iterates θ_t on it: the first steps numbered, arrows from θ_t to
 * θ_t+1 that show overshoot across the minimum, the start point and the known minima.
 *
 * Example:
 *
 * ```ts
 * const runs = [0.1, 0.9].map((lr) => minimize(objectives.thetaSquared, { x0: [10], optimizer: optimizers.sgd({ lr }), steps: 10 }));
 * const fig = plot.path1d(objectives.thetaSquared, runs, { domain: [-12, 12], width: 600 });
 * fig.data.length; // → 5
 * ```
 */
export function path1d(
  objective: Objective,
  runs: Run | readonly Run[],
  options: Path1dOptions = {},
): Figure {
  const parsed = parseOptions("path1d", options, PATH1D_SPEC, "{ domain: [-5, 5], numbered: 10 }");
  const { numbered, arrows, title, colors, width, height } = parsed;
  requireObjectiveOfDim(objective, 1);
  const list = runList(runs);
  requireRunDims(list, 1);
  const domain = rangeOf(objective, 0, parsed.domain, "domain");
  const curve = lossCurve(objective, domain);
  const variable = variableOf(objective);
  const styles = runStyles(
    list.map((run) => run.optimizer),
    colors,
  );
  const data: PlotlyObject[] = [curve.trace];
  const annotations: PlotlyObject[] = [];

  const taken: number[] = [];
  list.forEach((run, r) => {
    const kept = decimate(run.xs.length, MAX_PATH_POINTS);
    const { color, dash } = styles[r];
    const labelled = numberedSteps(run, numbered, domain, taken);
    data.push({
      type: "scatter",
      mode: "lines+markers+text",
      name: run.label,
      x: kept.map((t) => round(run.xs[t][0])),
      y: kept.map((t) => round(run.losses[t])),
      text: kept.map((t) => (labelled.has(t) ? String(t) : "")),
      textposition: "top center",
      textfont: { color, size: 11 },
      customdata: kept,
      line: { color, dash, width: 1 },
      marker: { color, size: 7 },
      hovertemplate: `t = %{customdata}<br>${variable} = %{x}<br>J = %{y}<extra>%{fullData.name}</extra>`,
    });
    for (let t = 0; t < Math.min(arrows, run.xs.length - 1); t++) {
      const [x0, y0, x1, y1] = [run.xs[t][0], run.losses[t], run.xs[t + 1][0], run.losses[t + 1]];
      if (
        ![x0, x1].every((x) => inside(x, domain)) ||
        ![y0, y1].every((y) => inside(y, curve.yRange))
      )
        break;
      annotations.push({
        x: round(x1),
        y: round(y1),
        ax: round(x0),
        ay: round(y0),
        xref: "x",
        yref: "y",
        axref: "x",
        ayref: "y",
        showarrow: true,
        arrowhead: 2,
        arrowsize: 1,
        arrowwidth: 1.5,
        arrowcolor: color,
        opacity: 0.8,
        text: "",
      });
    }
  });

  const starts = [...new Set(list.map((run) => run.xs[0][0]))];
  data.push(
    pointMarkers(
      `${starts.length > 1 ? "starts" : "start"} ${variable}₀`,
      starts.map((start) => [start, objective.value([start])]),
      { symbol: "diamond", color: "#fff" },
    ),
  );
  if (objective.minima?.length) {
    const minima = objective.minima.map((m) => [m[0], objective.value(m)]);
    data.push(pointMarkers("minimum", minima, { symbol: "star", color: "gold", size: 16 }));
  }
  return {
    data,
    layout: baseLayout(title ?? `Gradient descent on J(${variable}) = ${objective.formula}`, {
      xaxis: axis(`parameter ${variable}`, { range: domain }),
      yaxis: axis(`loss J(${variable})`, { range: curve.yRange }),
      annotations,
      width,
      height,
    }),
    config: FIGURE_CONFIG,
  };
}
