// The LR range test: loss against an exponentially growing learning rate, with suggestions marked.
import { invalid, parseOptions, requirePositiveInteger, requireText } from "../errors";
import type { LrRangeTestResult } from "../runner/lr-range-test";
import type { Figure } from "./figure";
import { decimate } from "./decimate";
import { guideLayout, requireGuides, type Guide } from "./guides";
import {
  AXIS_TITLES,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  FIGURE_CONFIG,
  axis,
  baseLayout,
  logAxis,
  round,
  type PlotlyObject,
} from "./theme";

const SUGGESTION_COLORS = ["#2ca02c", "#d62728", "#9467bd", "#ff7f0e"];
const MAX_POINTS = 2000;

/** Checks the suggestions: each { label, lr } with lr > 0, for the log axis. */
function requireSuggestions(suggestions: unknown): readonly { label: string; lr: number }[] {
  if (suggestions === undefined) return [];
  if (!Array.isArray(suggestions)) {
    throw invalid(
      "result.suggestions",
      'an array such as [{ label: "valley", lr: 0.003 }]',
      suggestions,
    );
  }
  suggestions.forEach((s, i) => {
    if (s == null || typeof s !== "object") {
      throw invalid(
        `result.suggestions[${i}]`,
        '{ label, lr } such as { label: "valley", lr: 0.003 }',
        s,
      );
    }
    if (typeof s.label !== "string") {
      throw invalid(`result.suggestions[${i}].label`, "a string", s.label);
    }
    if (typeof s.lr !== "number" || !(s.lr > 0) || !Number.isFinite(s.lr)) {
      throw invalid(
        `result.suggestions[${i}].lr`,
        "a finite number > 0 (the axis is logarithmic)",
        s.lr,
      );
    }
  });
  return suggestions;
}

/** Options of plot.lrRangeTest. */
export interface LrRangeTestFigureOptions {
  /** Title (default "LR range test"). */
  title?: string;
  /** Reference lines, e.g. [{ x: 2 / L, label: "2/L" }] (default none). */
  guides?: readonly Guide[];
  /** Figure size in pixels (default 720 × 440). */
  width?: number;
  height?: number;
}

/**
 * Loss against learning rate on a log axis, raw and smoothed, with a dashed line and a label at
 * each suggested learning rate, and any reference lines given as `guides`.
 *
 * Example:
 *
 * ```ts
 * const test = lrRangeTest(objectives.rosenbrock, { x0: [-1.5, 2], optimizer: optimizers.sgd() });
 * const fig = plot.lrRangeTest(test, { guides: [{ x: 1e-3, label: "a guess" }] });
 * fig.data.length; // → 2
 * ```
 */
export function lrRangeTest(
  result: Pick<LrRangeTestResult, "lrs" | "losses"> &
    Partial<Pick<LrRangeTestResult, "smoothedLosses" | "suggestions">>,
  options: LrRangeTestFigureOptions = {},
): Figure {
  const { title, guides, width, height } = parseOptions(
    "lrRangeTest",
    options,
    {
      title: ["LR range test", requireText],
      guides: [[], requireGuides],
      width: [DEFAULT_WIDTH, requirePositiveInteger],
      height: [DEFAULT_HEIGHT, requirePositiveInteger],
    },
    '{ title: "LR range test" }',
  );
  if (
    result == null ||
    !Array.isArray(result.lrs) ||
    !Array.isArray(result.losses) ||
    result.lrs.length !== result.losses.length ||
    result.lrs.length === 0
  ) {
    throw invalid("result", "{ lrs, losses } of equal, non-zero length", result);
  }
  result.lrs.forEach((lr, i) => {
    if (typeof lr !== "number" || !(lr > 0) || !Number.isFinite(lr)) {
      throw invalid(`result.lrs[${i}]`, "a finite number > 0 (the axis is logarithmic)", lr);
    }
  });
  const smoothed = result.smoothedLosses;
  if (
    smoothed !== undefined &&
    (!Array.isArray(smoothed) || smoothed.length !== result.lrs.length)
  ) {
    throw invalid(
      "result.smoothedLosses",
      `an array of ${result.lrs.length} losses (one per lr)`,
      smoothed,
    );
  }
  const suggestions = requireSuggestions(result.suggestions);
  const kept = decimate(result.lrs.length, MAX_POINTS);
  const line = (values: readonly number[], name: string, style: PlotlyObject): PlotlyObject => ({
    type: "scatter",
    mode: "lines",
    name,
    x: kept.map((i) => round(result.lrs[i])),
    y: kept.map((i) => round(values[i])),
    hovertemplate: "η = %{x:.3g}<br>loss = %{y:.4g}<extra></extra>",
    ...style,
  });
  const data: PlotlyObject[] = [
    line(result.losses, "loss", { line: { color: "#9ecae1", width: 1 } }),
  ];
  if (result.smoothedLosses)
    data.push(
      line(result.smoothedLosses, "smoothed loss", { line: { color: "#1f77b4", width: 2.5 } }),
    );
  const shapes = suggestions.map((s, i) => ({
    type: "line",
    xref: "x",
    yref: "paper",
    x0: s.lr,
    x1: s.lr,
    y0: 0,
    y1: 1,
    line: { color: SUGGESTION_COLORS[i % SUGGESTION_COLORS.length], dash: "dash", width: 2 },
  }));
  const annotations = suggestions.map((s, i) => ({
    x: Math.log10(s.lr), // annotations on a log axis take log₁₀ of the value
    y: 1 - 0.08 * i,
    xref: "x",
    yref: "paper",
    text: `${s.label}: η = ${s.lr.toPrecision(2)}`,
    showarrow: false,
    xanchor: "left",
    yanchor: "top",
    bgcolor: "rgba(255,255,255,0.8)",
    font: { color: SUGGESTION_COLORS[i % SUGGESTION_COLORS.length] },
  }));
  const reference = guideLayout(guides, { logX: true });
  return {
    data,
    layout: baseLayout(title, {
      width,
      height,
      yaxis: axis(AXIS_TITLES.loss, { range: lossRange(result.smoothedLosses ?? result.losses) }),
      xaxis: axis(AXIS_TITLES.learningRate + " (log scale)", logAxis(true)),
      shapes: [...shapes, ...reference.shapes],
      annotations: [...annotations, ...reference.annotations],
    }),
    config: FIGURE_CONFIG,
  };
}

/**
 * The y range that shows the descent, not the blow-up: from the lowest loss up to the highest one
 * before it. The lowest is looked for after the first tenth of the curve, as lrRangeTest reads its
 * suggestions: with mini-batches the very first loss can be the lowest (a lucky first batch), and
 * the range would then hide the whole curve.
 */
function lossRange(losses: readonly number[]): [number, number] {
  const finite = losses.map((v) => (Number.isFinite(v) ? v : Infinity));
  const skip = Math.min(Math.floor(finite.length / 10), Math.max(0, finite.length - 2));
  const after = finite.slice(skip);
  const lowest = skip + after.indexOf(Math.min(...after));
  const low = finite[lowest];
  const high = Math.max(...finite.slice(0, lowest + 1));
  const pad = 0.15 * (high - low || Math.abs(low) || 1);
  return [low - pad, high + pad];
}
