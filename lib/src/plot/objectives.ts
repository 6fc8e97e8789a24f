// What figures read from objectives: the plotting domain and checks on the dimension.
import { invalid } from "../errors";
import type { Objective } from "../objectives/objective";
import { requireObjective } from "../objectives/require-objective";

export type Range = readonly [number, number];

/** Checks the objective of a figure drawn for `dim` variables. */
export function requireObjectiveOfDim(objective: Objective, dim: number): Objective {
  requireObjective(objective);
  if (objective.dim !== dim) {
    throw invalid("objective.dim", `${dim} for this figure`, objective.dim);
  }
  return objective;
}

/** Requires [min, max] of finite numbers with min < max, e.g. an axis range. */
export function requireRange(parameter: string, range: unknown): Range {
  const [min, max] = Array.isArray(range) && range.length === 2 ? range : [];
  const finite = [min, max].every((v) => typeof v === "number" && Number.isFinite(v));
  if (!finite || !(min < max)) {
    throw invalid(parameter, "[min, max] of finite numbers with min < max", range);
  }
  if (!Number.isFinite(max - min)) {
    // [-1e308, 1e308] would overflow the grid's step to NaN.
    throw invalid(
      parameter,
      "[min, max] of finite numbers with min < max and a finite max − min",
      range,
    );
  }
  return [min, max];
}

/**
 * The range of variable `i`: `given` (the figure's option, called `parameter`) when there is one,
 * else the objective's suggested domain.
 */
export function rangeOf(objective: Objective, i: number, given: unknown, parameter: string): Range {
  if (given !== undefined) return requireRange(parameter, given);
  const suggested = objective.domain?.[i];
  if (suggested == null) {
    const example = objective.dim === 1 ? "[-5, 5]" : "[[-2, 2], [-1, 3]]";
    throw invalid(
      "domain",
      `given for an objective with no domain of its own, such as ${example}`,
      given,
    );
  }
  return requireRange(`objective.domain[${i}]`, suggested);
}

/** Whether `value` lies in `range`, ends included. */
export function inside(value: number, range: Range): boolean {
  return value >= range[0] && value <= range[1];
}

/** `count` evenly spaced points from range[0] to range[1]. */
export function linspace(range: Range, count: number): number[] {
  const step = (range[1] - range[0]) / (count - 1);
  return Array.from({ length: count }, (_, i) => range[0] + i * step);
}
