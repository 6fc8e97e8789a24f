// A slider over precomputed learning rates: dragging it shows the run made with that rate.
import { invalid } from "../errors";
import type { Figure } from "../display/show";
import type { Objective } from "../objectives/objective";
import type { Run } from "../runner/run";
import { MAX_FRAMES } from "./decimate";
import { path1d } from "./path1d";
import { panelLines, runList, type SeriesPanel } from "./runs";
import { series } from "./series";
import type { PlotlyObject } from "./theme";

export interface LrSliderOptions {
  /** A 1-D objective: show each run as a path on its loss curve instead of a series. */
  objective?: Objective;
  /** The series drawn when there is no objective; default "loss". */
  panel?: SeriesPanel;
  logY?: boolean;
  /** Slider labels; default each run's first learning rate, "η = 0.1". */
  labels?: readonly string[];
  title?: string;
}

/**
 * One run per learning rate, computed beforehand; a slider picks which one is shown, so the
 * figure stays interactive with no kernel.
 *
 * @example plot.lrSlider([0.01, 0.1, 0.5, 0.9, 1.1].map((lr) => minimize(objective, sgd({ lr }), { x0: [10] })), { objective })
 */
export function lrSlider(runs: readonly Run[], options: LrSliderOptions = {}): Figure {
  const list = runList(runs);
  if (list.length > MAX_FRAMES) throw invalid("runs", `at most ${MAX_FRAMES} runs`, runs);
  const labels = options.labels ?? list.map((run) => `η = ${run.lrs[0]?.toPrecision(3) ?? "?"}`);
  const panel = options.panel ?? "loss";
  // Which traces belong to each run: path1d draws the curve first; series draws runs in order.
  let figure: Figure;
  let tracesOf: (r: number) => number[];
  if (options.objective) {
    figure = path1d(options.objective, list, { arrows: 0, title: options.title });
    tracesOf = (r) => [r + 1];
  } else {
    figure = series(list, { panels: [panel], logY: options.logY, title: options.title });
    const lines = panelLines(list[0], panel).length;
    tracesOf = (r) => Array.from({ length: lines }, (_, k) => r * lines + k);
  }
  const owner = new Map(list.flatMap((_, r) => tracesOf(r).map((i) => [i, r] as const)));
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
