// A slider over precomputed learning rates: dragging it shows the run made with that rate.
import {
  describe,
  invalid,
  LrlabError,
  parseOptions,
  requireBoolean,
  requirePositiveInteger,
} from "../errors";
import type { Figure } from "./figure";
import type { Objective } from "../objectives/objective";
import type { Run } from "../runner/run";
import { MAX_FRAMES } from "./decimate";
import { requireObjectiveOfDim, requireRange, type Range } from "./objectives";
import { path1d } from "./path1d";
import { panelLines, requirePanel, runList, type SeriesPanel } from "./runs";
import { series } from "./series";
import { axisRange, colorOf, requireColors, requireLogRange, type PlotlyObject } from "./theme";

/** Options of plot.lrSlider. */
export interface LrSliderOptions {
  /** A 1-D objective: show each run as a path on its loss curve instead of a series; default none. */
  objective?: Objective;
  /** The series drawn when there is no objective: "x", "loss", "grad" or "lr"; default "loss". */
  panel?: SeriesPanel;
  /** Log scale on the series' y axis (not with an objective); default false. */
  logY?: boolean;
  /** Slider labels, one per step; default each step's (first) run's first learning rate, "η = 0.1". */
  labels?: readonly string[];
  /** Title above the figure; default path1d's or none. */
  title?: string;
  /**
   * One colour per run, in order (e.g. one per learning rate); default the optimizer's colour.
   * With groups, one colour per position in a group (the k-th run of every step gets colors[k]);
   * default each run's optimizer colour, solid.
   */
  colors?: readonly string[];
  /** Figure width in pixels (a positive integer); default 720. */
  width?: number;
  /** Figure height in pixels, slider included (a positive integer); default the picture's + 80. */
  height?: number;
  /** The x axis's range [min, max], the same for every step; default fit to the runs (or the objective's domain). */
  xRange?: Range;
  /** The y axis's range [min, max] (min > 0 with logY), the same for every step; default fit to the runs. */
  yRange?: Range;
}

/** Checks the slider labels: one string per step. */
function labelsCheck(steps: number) {
  return (parameter: string, labels: readonly string[]): readonly string[] => {
    if (!Array.isArray(labels) || !labels.every((label) => typeof label === "string")) {
      throw invalid(parameter, `an array of strings, one per step (${steps})`, labels);
    }
    if (labels.length !== steps) {
      throw new LrlabError(
        `${parameter} must have ${steps} entries (one per step), got ${describe(labels)}`,
      );
    }
    return labels;
  };
}

/**
 * One run per learning rate, computed beforehand; a slider picks which one is shown, so the
 * figure stays interactive with no kernel. A step may also show a group of runs (an array), e.g.
 * several rules from one start point: the slider then picks a group.
 *
 * Example:
 *
 * ```ts
 * const objective = objectives.thetaSquared;
 * const runs = [0.1, 0.5, 0.9, 1.1].map((lr) => minimize(objective, { x0: [10], optimizer: optimizers.sgd({ lr }), steps: 20 }));
 * const fig = plot.lrSlider(runs, { objective: objective, width: 640 });
 * (fig.layout as { sliders: { steps: unknown[] }[] }).sliders[0].steps.length; // → 4
 * ```
 */
export function lrSlider(
  runs: readonly (Run | readonly Run[])[],
  options: LrSliderOptions = {},
): Figure {
  if (!Array.isArray(runs) || runs.length === 0) {
    throw invalid("runs", "a non-empty array of runs, or of groups of runs", runs);
  }
  if (runs.length > MAX_FRAMES) throw invalid("runs", `at most ${MAX_FRAMES} slider steps`, runs);
  const grouped = runs.some((entry) => Array.isArray(entry));
  const groups = runs.map((entry, g) => {
    const group = (Array.isArray(entry) ? entry : [entry]) as readonly Run[];
    if (group.length === 0)
      throw invalid(`runs[${g}]`, "a run or a non-empty group of runs", entry);
    return group;
  });
  const list = runList(groups.flatMap((group) => group));
  const stepOf = groups.flatMap((group, g) => group.map(() => g));
  const {
    objective,
    panel,
    logY,
    labels,
    title,
    colors: given,
    width,
    height,
    xRange,
    yRange,
  } = parseOptions(
    "lrSlider",
    options,
    {
      objective: [undefined, (_, value) => requireObjectiveOfDim(value, 1)],
      panel: ["loss", requirePanel],
      logY: [false, requireBoolean],
      labels: [
        groups.map((group) => `η = ${group[0].lrs[0]?.toPrecision(3) ?? "?"}`),
        labelsCheck(groups.length),
      ],
      // Checked by path1d (where null gives its default title) or series.
      title: [undefined, (_, value) => value],
      colors: [undefined, requireColors],
      width: [undefined, requirePositiveInteger],
      height: [undefined, requirePositiveInteger],
      xRange: [undefined, requireRange],
      yRange: [undefined, requireRange],
    },
    '{ panel: "loss", logY: true }',
  );
  // logY applies to the series panel only: path1d's curve (with `objective`) is never on a log axis.
  const yLog = logY && !objective;
  requireLogRange("yRange", yRange, yLog, "logY");
  const colors = grouped
    ? groups.flatMap((group) => group.map((run, k) => given?.[k] ?? colorOf(run.optimizer)))
    : given;
  // Which traces belong to each run: path1d draws the curve first; series draws runs in order.
  let figure: Figure;
  let tracesOf: (r: number) => number[];
  if (objective) {
    figure = path1d(objective, list, { arrows: 0, title, colors, width });
    tracesOf = (r) => [r + 1];
  } else {
    figure = series(list, { panels: [panel], logY, title, colors, width });
    const lines = panelLines(list[0], panel).length;
    tracesOf = (r) => Array.from({ length: lines }, (_, k) => r * lines + k);
  }
  const owner = new Map(list.flatMap((_, r) => tracesOf(r).map((i) => [i, stepOf[r]] as const)));
  const visibleFor = (selected: number) =>
    figure.data.map((_, i) => !owner.has(i) || owner.get(i) === selected);
  const initial = visibleFor(0);
  return {
    ...figure,
    data: figure.data.map((trace, i) => ({ ...trace, visible: initial[i] })),
    layout: {
      ...(figure.layout as PlotlyObject),
      height: height ?? ((figure.layout as PlotlyObject).height as number) + 80,
      ...(xRange && { xaxis: { ...axisOf(figure, "xaxis"), range: [...xRange] } }),
      ...(yRange && { yaxis: { ...axisOf(figure, "yaxis"), ...axisRange(yRange, yLog) } }),
      margin: { ...((figure.layout as PlotlyObject).margin as PlotlyObject), b: 140 },
      sliders: [
        {
          active: 0,
          y: 0,
          yanchor: "top",
          pad: { t: 60 },
          currentvalue: { prefix: "showing ", font: { size: 13 } },
          steps: labels.map((label, r) => ({
            label,
            method: "restyle",
            args: [{ visible: visibleFor(r) }],
          })),
        },
      ],
    },
  };
}

function axisOf(figure: Figure, name: "xaxis" | "yaxis"): PlotlyObject {
  return ((figure.layout as PlotlyObject)[name] as PlotlyObject | undefined) ?? {};
}
