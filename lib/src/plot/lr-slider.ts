// A slider over precomputed learning rates: dragging it shows the run made with that rate.
import { describe, invalid, LrlabError, requireBoolean, requireOptions } from "../errors";
import type { Figure } from "./figure";
import type { Objective } from "../objectives/objective";
import type { Run } from "../runner/run";
import { MAX_FRAMES } from "./decimate";
import { path1d } from "./path1d";
import { panelLines, requirePanel, runList, type SeriesPanel } from "./runs";
import { series } from "./series";
import { colorOf, requireColors, type PlotlyObject } from "./theme";

export interface LrSliderOptions {
  /** A 1-D objective: show each run as a path on its loss curve instead of a series. */
  objective?: Objective;
  /** The series drawn when there is no objective; default "loss". */
  panel?: SeriesPanel;
  logY?: boolean;
  /** Slider labels; default each step's (first) run's first learning rate, "η = 0.1". */
  labels?: readonly string[];
  title?: string;
  /**
   * One colour per run, in order (e.g. one per learning rate); default the optimizer's colour.
   * With groups, one colour per position in a group (the k-th run of every step gets colors[k]);
   * default each run's optimizer colour, solid.
   */
  colors?: readonly string[];
}

const LR_SLIDER_OPTIONS: readonly (keyof LrSliderOptions)[] = [
  "objective",
  "panel",
  "logY",
  "labels",
  "title",
  "colors",
];

/** Checks the slider labels: one string per step. */
function requireLabels(labels: unknown, steps: number): readonly string[] {
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === "string")) {
    throw invalid("labels", `an array of strings, one per step (${steps})`, labels);
  }
  if (labels.length !== steps) {
    throw new LrlabError(
      `labels must have ${steps} entries (one per step), got ${describe(labels)}`,
    );
  }
  return labels;
}

/**
 * One run per learning rate, computed beforehand; a slider picks which one is shown, so the
 * figure stays interactive with no kernel. A step may also show a group of runs (an array), e.g.
 * several rules from one start point: the slider then picks a group.
 *
 * @example plot.lrSlider([0.01, 0.1, 0.5, 0.9, 1.1].map((lr) => minimize(objective, { x0: [10], optimizer: optimizers.sgd({ lr }), steps: 30 })), { objective })
 * @example plot.lrSlider(starts.map((x0) => rules.map((rule) => runFrom(x0, rule))), { panel: "x", labels })
 */
export function lrSlider(
  runs: readonly (Run | readonly Run[])[],
  options: LrSliderOptions = {},
): Figure {
  requireOptions("lrSlider", options, LR_SLIDER_OPTIONS, '{ panel: "loss", logY: true }');
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
  const given = requireColors(options.colors);
  const colors = grouped
    ? groups.flatMap((group) => group.map((run, k) => given?.[k] ?? colorOf(run.optimizer)))
    : given;
  const labels =
    options.labels === undefined
      ? groups.map((group) => `η = ${group[0].lrs[0]?.toPrecision(3) ?? "?"}`)
      : requireLabels(options.labels, groups.length);
  const panel = requirePanel("panel", options.panel ?? "loss");
  if (options.logY !== undefined) requireBoolean("logY", options.logY);
  // Which traces belong to each run: path1d draws the curve first; series draws runs in order.
  let figure: Figure;
  let tracesOf: (r: number) => number[];
  if (options.objective) {
    figure = path1d(options.objective, list, {
      arrows: 0,
      title: options.title,
      colors,
    });
    tracesOf = (r) => [r + 1];
  } else {
    figure = series(list, {
      panels: [panel],
      logY: options.logY,
      title: options.title,
      colors,
    });
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
      height: ((figure.layout as PlotlyObject).height as number) + 80,
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
