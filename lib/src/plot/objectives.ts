// What figures read from objectives: the plotting domain and checks on the dimension.
import { invalid } from "../errors";
import type { Objective } from "../objectives/objective";

export type Range = readonly [number, number];

export function requireObjective(objective: Objective, dim: number): Objective {
  if (objective == null || typeof objective.value !== "function") {
    throw invalid("objective", "an Objective", objective);
  }
  if (objective.dim !== dim) {
    throw invalid("objective.dim", `${dim} for this figure`, objective.dim);
  }
  return objective;
}

/** The range of variable `i`: the option when given, else the objective's suggested domain. */
export function rangeOf(objective: Objective, i: number, given?: Range): Range {
  const range = given ?? objective.domain[i];
  if (range == null || !(range[0] < range[1])) {
    throw invalid(
      `domain for ${objective.variables[i] ?? `variable ${i}`}`,
      "[min, max] with min < max",
      range,
    );
  }
  return range;
}

/** `count` evenly spaced points from range[0] to range[1]. */
export function linspace(range: Range, count: number): number[] {
  const step = (range[1] - range[0]) / (count - 1);
  return Array.from({ length: count }, (_, i) => range[0] + i * step);
}
