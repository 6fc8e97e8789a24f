// What figures read from runs: input checks and the values behind each kind of panel.
import { invalid, LrlabError } from "../errors";
import type { Run } from "../runner/run";
import { AXIS_TITLES } from "./theme";

/** A quantity recorded at every iteration of a run. */
export type SeriesPanel = "x" | "loss" | "grad" | "lr";

export const SERIES_PANELS: readonly SeriesPanel[] = ["x", "loss", "grad", "lr"];

/** One line of a panel: the values over iterations and, for multi-dimensional runs, a suffix. */
export interface PanelLine {
  readonly suffix: string;
  readonly values: readonly number[];
}

/** Whether `value` looks like a Run: recorded points (at least x0) and losses. */
export function isRun(value: unknown): value is Run {
  const run = value as Run | null | undefined;
  return run != null && Array.isArray(run.xs) && run.xs.length > 0 && Array.isArray(run.losses);
}

/** Accepts one run or several; figures always work on a non-empty list. */
export function runList(runs: Run | readonly Run[], parameter = "runs"): readonly Run[] {
  const list = Array.isArray(runs) ? (runs as readonly Run[]) : [runs as Run];
  if (list.length === 0) throw invalid(parameter, "a run or a non-empty array of runs", runs);
  list.forEach((run, i) => {
    if (!isRun(run)) throw invalid(`${parameter}[${i}]`, "a Run (from minimize)", run);
  });
  return list;
}

/** Checks that every run has points of the objective's dimension `dim`, e.g. a 2-D run on a contour. */
export function requireRunDims(list: readonly Run[], dim: number, parameter = "runs"): void {
  list.forEach((run, i) => {
    const coordinates = dimOf(run);
    if (coordinates !== dim) {
      throw new LrlabError(
        `${parameter}[${i}] must be a run of a ${dim}-D objective ` +
          `(its points have ${coordinates} coordinate${coordinates === 1 ? "" : "s"})`,
      );
    }
  });
}

export function requirePanel(parameter: string, panel: unknown): SeriesPanel {
  if (!SERIES_PANELS.includes(panel as SeriesPanel)) {
    throw invalid(parameter, `one of ${SERIES_PANELS.map((p) => `"${p}"`).join(", ")}`, panel);
  }
  return panel as SeriesPanel;
}

function dimOf(run: Run): number {
  return run.xs[0]?.length ?? 1;
}

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);
}

/**
 * The lines of one panel: θ (one line per coordinate), the loss, the derivative (1-D) or gradient
 * norm (n-D), or the learning rate of each update.
 */
export function panelLines(run: Run, panel: SeriesPanel): PanelLine[] {
  const dim = dimOf(run);
  switch (panel) {
    case "x":
      if (dim === 1) return [{ suffix: "", values: run.xs.map((x) => x[0]) }];
      return Array.from({ length: dim }, (_, i) => ({
        suffix: ` θ${subscript(i + 1)}`,
        values: run.xs.map((x) => x[i]),
      }));
    case "loss":
      return [{ suffix: "", values: run.losses }];
    case "grad":
      return [{ suffix: "", values: run.grads.map((g) => (dim === 1 ? g[0] : Math.hypot(...g))) }];
    case "lr":
      return [{ suffix: "", values: run.lrs }];
  }
}

/** The axis title of a panel; the gradient panel is the derivative J′(θ) for one parameter. */
export function panelTitle(panel: SeriesPanel, dim: number): string {
  switch (panel) {
    case "x":
      return AXIS_TITLES.parameter;
    case "loss":
      return AXIS_TITLES.loss;
    case "grad":
      return dim === 1 ? "derivative J′(θ)" : AXIS_TITLES.gradientNorm;
    case "lr":
      return AXIS_TITLES.learningRate;
  }
}

export function runDim(runs: readonly Run[]): number {
  return dimOf(runs[0]);
}
