// Animations that run without a kernel: Plotly frames with play/pause and a step slider.
import { parseOptions, requireIntegerIn, requirePositive, type OptionSpec } from "../errors";
import type { Figure } from "./figure";
import type { Objective } from "../objectives/objective";
import type { Run } from "../runner/run";
import { decimate, MAX_FRAMES } from "./decimate";
import {
  CONTOUR_DEFAULTS,
  contourWithPaths,
  landscapeSpec,
  type LandscapeOptions,
} from "./contour";
import { path1d, PATH1D_SPEC, type Path1dOptions } from "./path1d";
import { runList } from "./runs";
import { round, runStyles, type PlotlyObject } from "./theme";

/** What an animation adds to its still picture's options. */
export interface AnimationOptions {
  /** At most this many frames, from 2 to 200 (default 200); long runs are decimated, keeping the start and the end. */
  maxFrames?: number;
  /** Milliseconds per frame while playing, > 0; default 120. */
  frameDuration?: number;
}

/** Options of plot.animate1d: the animation's, and path1d's for the still picture (with no numbers or arrows). */
export type Animate1dOptions = AnimationOptions & Path1dOptions;
/** Options of plot.animate2d: the animation's, and contour's for the landscape. */
export type Animate2dOptions = AnimationOptions & LandscapeOptions;

const ANIMATION_SPEC = {
  maxFrames: [MAX_FRAMES, (parameter, value) => requireIntegerIn(parameter, value, 2, MAX_FRAMES)],
  frameDuration: [120, requirePositive],
} as const satisfies OptionSpec<AnimationOptions>;
const ANIMATION_EXAMPLE = "{ maxFrames: 100, frameDuration: 200 }";

/** How many of the latest iterates stay highlighted behind the current one. */
const TRAIL_1D = 8;
const TRAIL_2D = 5;
/** The whole path stays visible, faded, with this many points at most (the frames carry the rest). */
const FADED_PATH_POINTS = 300;

/** One animated marker per run: where it is at step t, and the steps that led there. */
function headAndTrail(
  run: Run,
  t: number,
  trail: number,
  point: (x: Float64Array, t: number) => [number, number],
): PlotlyObject[] {
  const last = Math.min(t, run.xs.length - 1);
  const steps = Array.from({ length: Math.min(trail, last + 1) }, (_, k) => last - k).reverse();
  const points = steps.map((s) => point(run.xs[s], s));
  const here = point(run.xs[last], last);
  return [
    { x: points.map((p) => round(p[0])), y: points.map((p) => round(p[1])) },
    { x: [round(here[0])], y: [round(here[1])] },
  ];
}

/** Adds trail and head traces for every run, the frames, and the play/pause buttons and slider. */
function animate(
  figure: Figure,
  runs: readonly Run[],
  trail: number,
  point: (run: Run) => (x: Float64Array, t: number) => [number, number],
  options: { maxFrames: number; frameDuration: number; colors?: readonly string[] },
): Figure {
  const { maxFrames, frameDuration } = options;
  const longest = Math.max(...runs.map((run) => run.xs.length));
  const times = decimate(longest, maxFrames);
  const styles = runStyles(
    runs.map((run) => run.optimizer),
    options.colors,
  );
  const firstAnimated = figure.data.length;
  const animated = runs.flatMap((_, r) => [firstAnimated + 2 * r, firstAnimated + 2 * r + 1]);
  const frameData = (t: number) => runs.flatMap((run) => headAndTrail(run, t, trail, point(run)));

  const initial = frameData(0);
  const data = [
    ...figure.data,
    ...runs.flatMap((run, r) => [
      {
        type: "scatter",
        mode: "lines+markers",
        name: `${run.label} (latest steps)`,
        showlegend: false,
        hoverinfo: "skip",
        line: { color: styles[r].color, width: 3 },
        marker: { color: styles[r].color, size: 6 },
        ...initial[2 * r],
      },
      {
        type: "scatter",
        mode: "markers",
        name: `${run.label} now`,
        showlegend: false,
        marker: { color: styles[r].color, size: 15, line: { color: "#000", width: 2 } },
        ...initial[2 * r + 1],
      },
    ]),
  ];
  const frames = times.map((t) => ({ name: String(t), data: frameData(t), traces: animated }));
  const still = {
    mode: "immediate",
    frame: { duration: 0, redraw: false },
    transition: { duration: 0 },
  };
  const layout = figure.layout as PlotlyObject;
  return {
    data,
    frames,
    layout: {
      ...layout,
      // Two rows under the x axis: the buttons, then the step slider across the whole width (side
      // by side, the slider ran under the buttons on figures with a legend).
      height: (layout.height as number) + 130,
      margin: { ...(layout.margin as PlotlyObject), b: 190 },
      updatemenus: [
        {
          type: "buttons",
          direction: "left",
          showactive: false,
          x: 0,
          y: 0,
          xanchor: "left",
          yanchor: "top",
          pad: { t: 55, r: 10 },
          buttons: [
            {
              label: "▶ Play",
              method: "animate",
              args: [
                null,
                {
                  fromcurrent: true,
                  frame: { duration: frameDuration, redraw: false },
                  transition: { duration: 0 },
                },
              ],
            },
            { label: "❚❚ Pause", method: "animate", args: [[null], still] },
          ],
        },
      ],
      sliders: [
        {
          active: 0,
          x: 0,
          len: 1,
          y: 0,
          yanchor: "top",
          pad: { t: 95 },
          currentvalue: { prefix: "iteration t = ", font: { size: 13 } },
          steps: times.map((t) => ({
            label: String(t),
            method: "animate",
            args: [[String(t)], still],
          })),
        },
      ],
    },
    config: figure.config,
  };
}

/** Fades a figure's path traces so the animated trail stands out. */
function faded(figure: Figure, pathTraces: readonly number[]): Figure {
  return {
    ...figure,
    data: figure.data.map((trace, i) =>
      pathTraces.includes(i) ? { ...trace, opacity: 0.3, text: undefined } : trace,
    ),
  };
}

/**
 * Steps through a 1-D run on its loss curve: Play, Pause, or drag the slider to any iteration.
 *
 * Example:
 *
 * ```ts
 * const run = minimize(objectives.thetaSquared, { x0: [10], optimizer: optimizers.sgd({ lr: 0.9 }), steps: 30 });
 * const fig = plot.animate1d(objectives.thetaSquared, run, { maxFrames: 20, width: 640 });
 * fig.frames?.length; // → 20
 * ```
 */
export function animate1d(
  objective: Objective,
  runs: Run | readonly Run[],
  options: Animate1dOptions = {},
): Figure {
  const { maxFrames, frameDuration, ...pathOptions } = parseOptions(
    "animate1d",
    options,
    { ...ANIMATION_SPEC, ...PATH1D_SPEC },
    ANIMATION_EXAMPLE,
  );
  const list = runList(runs);
  const still = path1d(objective, list, { ...pathOptions, numbered: 0, arrows: 0 });
  const paths = list.map((_, r) => r + 1); // path1d: the curve, then one path per run
  return animate(faded(still, paths), list, TRAIL_1D, (run) => (x, t) => [x[0], run.losses[t]], {
    maxFrames,
    frameDuration,
    colors: pathOptions.colors,
  });
}

/**
 * Several optimizers racing on a 2-D landscape, step by step: Play, Pause, or drag the slider.
 *
 * Example:
 *
 * ```ts
 * const runs = [optimizers.sgd({ lr: 0.002 }), optimizers.adam({ lr: 0.05 })].map((optimizer) =>
 *   minimize(objectives.rosenbrock, { x0: [-1.5, 2], optimizer, steps: 100 }));
 * const fig = plot.animate2d(objectives.rosenbrock, runs, { maxFrames: 50, frameDuration: 80 });
 * fig.frames?.length; // → 50
 * ```
 */
export function animate2d(
  objective: Objective,
  runs: Run | readonly Run[],
  options: Animate2dOptions = {},
): Figure {
  const parsed = parseOptions(
    "animate2d",
    options,
    { ...ANIMATION_SPEC, ...landscapeSpec(CONTOUR_DEFAULTS) },
    ANIMATION_EXAMPLE,
  );
  const list = runList(runs);
  const still = contourWithPaths(objective, list, parsed, FADED_PATH_POINTS);
  const paths = list.map((_, r) => r + 1); // contour: the landscape, then one path per run
  return animate(faded(still, paths), list, TRAIL_2D, () => (x) => [x[0], x[1]], parsed);
}
