import {
  invalid,
  parseOptions,
  requireChoice,
  requireNonNegative,
  requirePoint,
  REQUIRED,
} from "../errors";
import { requireObjective } from "../objectives/require-objective";
import type { Objective, Vector } from "../objectives/objective";
import type { Optimizer } from "../optimizers/optimizer";
import { minimize } from "./minimize";
import { formatNumber, requireRecordableSteps, type Run, type RunStatus } from "./run";

/** One setting's value: a number (learning rate, decay) or a name (an optimizer). */
export type SweepValue = number | string;
/** The settings to try: each key an axis, each array its values. */
export type SweepGrid = Record<string, readonly SweepValue[]>;
/** One cell of the grid: a value for every axis. */
export type SweepSettings<G extends SweepGrid> = { readonly [K in keyof G]: G[K][number] };

export interface SweepOptions<G extends SweepGrid> {
  /** The start of every run: objective.dim finite numbers. Required. */
  x0: Vector;
  /** Updates per run: a positive integer; all runs together record at most 10⁶ steps. Required. */
  steps: number;
  /** Each run stops as "converged" once ‖∇f‖ ≤ tol (≥ 0, default minimize's 1e-8). */
  tol?: number;
  /** The settings, e.g. { lr: [0.01, 0.1, 1], decay: [0, 0.01, 0.1] }: non-empty arrays of finite numbers or strings. Required. */
  grid: G;
  /**
   * Builds the optimizer for one cell, e.g. ({ lr }) => sgd({ lr }), or, with a schedule as its
   * rate, ({ lr, decay }) => sgd({ lr: inverseTime({ lr, decay }) }).
   */
  setup(settings: SweepSettings<G>): Optimizer;
}

export interface SweepRow<G extends SweepGrid> {
  readonly settings: SweepSettings<G>;
  /** Position of each setting along its axis, in the order of `axes`. */
  readonly index: readonly number[];
  readonly status: RunStatus;
  /** Loss at the run's last recorded point (always finite; for a diverged run, the last good one). */
  readonly finalLoss: number;
  /** Updates made: where the run converged or diverged, else `steps`. */
  readonly steps: number;
  readonly run: Run;
}

export interface SweepResult<G extends SweepGrid> {
  readonly axes: readonly { readonly name: string; readonly values: readonly SweepValue[] }[];
  /** Every cell, the last axis varying fastest. */
  readonly rows: readonly SweepRow<G>[];
  /**
   * The row of one cell, by its settings: a value for every axis, each one of the values swept,
   * e.g. `result.at({ lr: 0.1, decay: 0 }).run`. A setting that was not swept is an error that
   * lists the values that were.
   */
  at(settings: SweepSettings<G>): SweepRow<G>;
  /**
   * For a sweep over two numeric settings, the heatmap table: x the first axis, y the second,
   * z[j][i] the cell at x[i], y[j]. "finalLoss" is null where the run diverged; "steps" (steps to
   * converge) is null where it did not converge. plot.heatmap draws it.
   */
  table(metric: "finalLoss" | "steps"): {
    x: number[];
    y: number[];
    z: (number | null)[][];
  };
}

const SWEEP_EXAMPLE =
  "{ x0: [0], steps: 100, grid: { lr: [0.01, 0.1] }, setup: ({ lr }) => optimizers.sgd({ lr }) }";

/** The grid's axes: each a non-empty array of finite numbers or strings. */
function requireGrid<G extends SweepGrid>(parameter: string, grid: G): G {
  if (grid == null || typeof grid !== "object" || Object.keys(grid).length === 0) {
    throw invalid(parameter, "an object of settings, e.g. { lr: [0.01, 0.1] }", grid);
  }
  for (const [name, values] of Object.entries(grid)) {
    const ok = (v: unknown) =>
      typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
    if (!Array.isArray(values) || values.length === 0 || !values.every(ok)) {
      throw invalid(
        `${parameter}.${name}`,
        "a non-empty array of finite numbers or strings",
        values,
      );
    }
  }
  return grid;
}

/** What setup(settings) returned, when it is an Optimizer. */
function requireSetup(made: Optimizer): Optimizer {
  if (typeof made?.step === "function") return made;
  const wrapped = typeof (made as { optimizer?: Optimizer })?.optimizer?.step === "function";
  const accepted = wrapped
    ? "the Optimizer itself, e.g. ({ lr, decay }) => optimizers.sgd({ lr: schedules.inverseTime({ lr, decay }) }): a schedule is the optimizer's lr"
    : "an Optimizer such as optimizers.sgd({ lr })";
  throw invalid("setup(settings)", accepted, made);
}

/** Every combination of the axes' values, as index tuples, the last axis varying fastest. */
function cells(sizes: readonly number[]): number[][] {
  return sizes.reduce<number[][]>(
    (partial, size) =>
      partial.flatMap((cell) => Array.from({ length: size }, (_, i) => [...cell, i])),
    [[]],
  );
}

/**
 * Runs `minimize` once per cell of `grid` (e.g. learning rate × decay, or optimizer × learning
 * rate) from the same x0, with the optimizer that `setup` builds for the cell, and
 * tabulates final loss, steps and status. Each run's label lists its settings ("lr=0.1 decay=0").
 * `at(settings)` finds one cell's row.
 *
 * Example:
 *
 * ```ts
 * const f = fromExpression("3*x^2 - 3*x + 4");
 * const result = sweep(f, { x0: [0], steps: 100, grid: { lr: [0.01, 0.1, 0.4] },
 *   setup: ({ lr }) => optimizers.sgd({ lr }) });
 * result.rows.length; // → 3
 * result.at({ lr: 0.4 }).status; // → "diverged" (0.4 > 2/6)
 * ```
 */
export function sweep<G extends SweepGrid>(
  objective: Objective,
  options: SweepOptions<G>,
): SweepResult<G> {
  const asOptions = objective as unknown as { objective?: unknown } | null;
  if (asOptions !== null && typeof asOptions === "object" && "objective" in asOptions) {
    throw invalid(
      "sweep",
      "called as sweep(objective, { x0, steps, grid, setup }), as minimize(objective, options) is",
      "sweep({ objective, … })",
    );
  }
  requireObjective(objective);
  const { x0, tol, grid, setup } = parseOptions(
    "sweep",
    options,
    {
      x0: [REQUIRED, (name, value) => requirePoint(value, objective.dim, name)],
      // Checked below against the number of runs.
      steps: [REQUIRED, (_, value) => value],
      tol: [undefined, requireNonNegative],
      grid: [REQUIRED, requireGrid],
      setup: [
        REQUIRED,
        (name, value) => {
          if (typeof value !== "function") throw invalid(name, "a function of the settings", value);
          return value;
        },
      ],
    },
    SWEEP_EXAMPLE,
  );
  const axes = Object.entries(grid).map(([name, values]) => ({ name, values }));
  const runs = axes.reduce((count, axis) => count * axis.values.length, 1);
  const steps = requireRecordableSteps("steps", options.steps, objective.dim, runs);

  const rows = cells(axes.map((axis) => axis.values.length)).map((index) => {
    const settings = Object.fromEntries(
      axes.map(({ name, values }, a) => [name, values[index[a]]]),
    ) as SweepSettings<G>;
    const label = axes
      .map(({ name, values }, a) => {
        const value = values[index[a]];
        return `${name}=${typeof value === "number" ? formatNumber(value) : value}`;
      })
      .join(" ");
    const run = {
      ...minimize(objective, { x0, steps, tol, optimizer: requireSetup(setup(settings)) }),
      label,
    };
    return {
      settings,
      index,
      status: run.status,
      finalLoss: run.losses[run.losses.length - 1],
      steps: run.steps,
      run,
    };
  });

  const names = axes.map((axis) => axis.name);
  return {
    axes,
    rows,
    at(settings) {
      const given = settings as Record<string, unknown> | null;
      const keys = given !== null && typeof given === "object" ? Object.keys(given) : [];
      if (keys.length !== names.length || !names.every((name) => keys.includes(name))) {
        throw invalid(
          "settings",
          `an object with one value for each setting swept, ${names.join(", ")}, such as ` +
            `{ ${axes.map(({ name, values }) => `${name}: ${JSON.stringify(values[0])}`).join(", ")} }`,
          settings,
        );
      }
      const index = axes.map(({ name, values }) => {
        const i = values.indexOf(given?.[name] as SweepValue);
        if (i < 0) {
          const swept = values.map((v) => JSON.stringify(v)).join(", ");
          throw invalid(`settings.${name}`, `one of the values swept, ${swept}`, given?.[name]);
        }
        return i;
      });
      // rows lists the cells with the last axis varying fastest.
      return rows[index.reduce((flat, i, a) => flat * axes[a].values.length + i, 0)];
    },
    table(metric) {
      requireChoice("metric", metric, ["finalLoss", "steps"]);
      const [x, y] = axes.map((axis) => axis.values);
      const numeric = (values: readonly SweepValue[] | undefined): values is number[] =>
        values !== undefined && values.every((v) => typeof v === "number");
      if (axes.length !== 2 || !numeric(x) || !numeric(y)) {
        throw invalid("grid", "exactly two axes of numbers for table()", Object.keys(grid));
      }
      const value = (row: SweepRow<G>) =>
        metric === "steps"
          ? row.status === "converged"
            ? row.steps
            : null
          : row.status === "diverged"
            ? null
            : row.finalLoss;
      return {
        x: [...x],
        y: [...y],
        z: y.map((_, j) => x.map((_, i) => value(rows[i * y.length + j]))),
      };
    },
  };
}
