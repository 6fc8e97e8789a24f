// One look for every lesson: a colour per optimizer or course rule, axis titles, default sizes.
import { invalid } from "../errors";

/** A Plotly trace or layout fragment as plain JSON. */
export type PlotlyObject = Record<string, unknown>;

/** Default figure size in pixels: readable inline in JupyterLab and on the course site. */
export const DEFAULT_WIDTH = 720;
export const DEFAULT_HEIGHT = 440;

/** The same colour for the same optimizer or learning-rate rule in every figure of the course. */
export const OPTIMIZER_COLORS: Readonly<Record<string, string>> = {
  sgd: "#1f77b4",
  momentum: "#ff7f0e",
  classicmomentum: "#ff7f0e",
  nesterov: "#2ca02c",
  adagrad: "#d62728",
  rmsprop: "#9467bd",
  adadelta: "#8c564b",
  adam: "#e377c2",
  adamw: "#7f7f7f",
  adamax: "#bcbd22",
  nadam: "#17becf",
  radam: "#393b79",
  lion: "#637939",
  polyaksgd: "#e6550d",
  dog: "#3182bd",
  dowg: "#6baed6",
  dadaptadamw: "#756bb1",
  prodigy: "#9e9ac8",
  schedulefreesgd: "#31a354",
  schedulefreeadamw: "#74c476",
  cocob: "#843c39",
  momo: "#d6616b",
  momoadam: "#e7969c",
  fixed: "#1f77b4",
  gradbased: "#d62728",
  timebased: "#2ca02c",
  lossbased: "#9467bd",
  localmin: "#ff7f0e",
};

/** Colours for names not in OPTIMIZER_COLORS, picked by a hash of the name so they never change. */
const EXTRA_COLORS = ["#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"];

/** The colour of an optimizer or rule; "Grad-based", "grad_based" and "gradBased" are the same. */
export function colorOf(name: string): string {
  if (typeof name !== "string") {
    throw invalid("name", "an optimizer or schedule name (a string)", name);
  }
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const known = OPTIMIZER_COLORS[key];
  if (known) return known;
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return EXTRA_COLORS[hash % EXTRA_COLORS.length];
}

/** Plotly's default colour sequence: one colour per run or curve when they share an optimizer. */
export const SEQUENCE_COLORS = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
] as const;

/** Line dashes that tell apart several runs of the same optimizer in one figure. */
const DASHES = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"];

/** Checks the `colors` option of the figures that draw runs: an array of colour strings. */
export function requireColors(parameter: string, colors: readonly string[]): readonly string[] {
  if (!Array.isArray(colors)) {
    throw invalid(
      parameter,
      'an array of colours, one per run, such as ["red", "#1f77b4"]',
      colors,
    );
  }
  colors.forEach((color, i) => {
    if (typeof color !== "string") {
      throw invalid(`${parameter}[${i}]`, 'a colour string such as "red" or "#1f77b4"', color);
    }
  });
  return colors;
}

/**
 * Colour by optimizer, dash by how many earlier runs in the figure used the same optimizer. With
 * `colors` (one per run, e.g. one per learning rate), run i is drawn solid in colors[i] instead.
 */
export function runStyles(
  optimizers: readonly string[],
  colors?: readonly string[],
): { color: string; dash: string }[] {
  const given = colors === undefined ? undefined : requireColors("colors", colors);
  const seen = new Map<string, number>();
  return optimizers.map((name, i) => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    const color = given?.[i];
    if (color) return { color, dash: "solid" };
    return { color: colorOf(name), dash: DASHES[count % DASHES.length] };
  });
}

/** Axis titles, with their units where they have one. */
export const AXIS_TITLES = {
  iteration: "iteration t",
  learningRate: "learning rate η",
  loss: "loss J(θ)",
  parameter: "parameter θ",
  gradient: "gradient ∇J(θ)",
  gradientNorm: "gradient norm ‖∇J(θ)‖",
  decay: "decay rate",
} as const;

/** An axis with a title and the course's grid style. */
export function axis(title: string, extra: PlotlyObject = {}): PlotlyObject {
  return { title: { text: title }, zeroline: false, automargin: true, ...extra };
}

/** A log axis's settings when `log` (ticks as powers of 10), else none: spread into axis()'s extra. */
export function logAxis(log: boolean): PlotlyObject {
  return log ? { type: "log", exponentformat: "power" } : {};
}

/** An axis's `range` setting when there is a range, else none; Plotly takes a log axis's range in powers of 10. */
export function axisRange(
  range: readonly [number, number] | undefined,
  log: boolean,
): PlotlyObject {
  return range ? { range: log ? range.map(Math.log10) : [...range] } : {};
}

/** A range on a log axis must be positive: checks `range` when `log`, naming the `flag` that set it. */
export function requireLogRange(
  parameter: string,
  range: readonly [number, number] | undefined,
  log: boolean,
  flag: string,
): void {
  if (log && range && !(range[0] > 0)) {
    throw invalid(parameter, `[min, max] with min > 0 with ${flag}`, range);
  }
}

/** The base layout of every figure: size, fonts, margins, legend and background. */
export function baseLayout(title: string | undefined, extra: PlotlyObject = {}): PlotlyObject {
  if (title !== undefined && typeof title !== "string") throw invalid("title", "a string", title);
  return {
    ...(title
      ? {
          title: {
            text: title,
            x: 0.02,
            xanchor: "left",
            yref: "container",
            y: 0.98,
            yanchor: "top",
          },
        }
      : {}),
    width: DEFAULT_WIDTH,
    height: DEFAULT_HEIGHT,
    margin: { l: 70, r: 30, t: title ? 60 : 30, b: 60 },
    font: { family: "Helvetica, Arial, sans-serif", size: 13 },
    plot_bgcolor: "#fafafa",
    hovermode: "closest",
    ...extra,
  };
}

/** Plotly config for every figure: no Plotly logo, no link to Chart Studio. */
export const FIGURE_CONFIG: PlotlyObject = { displaylogo: false, showLink: false };

/**
 * Rounds to `digits` significant digits, so the figure JSON stays small; NaN and ±∞ become null,
 * which Plotly draws as a gap.
 */
export function round(value: number, digits = 4): number | null {
  if (!Number.isFinite(value)) return null;
  return Number(value.toPrecision(digits));
}
