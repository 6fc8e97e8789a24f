// Hand-made runs and objectives for the figure tests (the real runner and objectives are not needed).
import type { Objective } from "../../../lib/src/objectives/objective";
import type { Run } from "../../../lib/src/runner/run";

/** Plain gradient descent with a fixed rate, recorded as a Run. */
export function gdRun(
  objective: Objective,
  x0: readonly number[],
  lr: number,
  steps: number,
  optimizer = "sgd",
): Run {
  const xs = [Float64Array.from(x0)];
  for (let t = 0; t < steps; t++) {
    const x = xs[t];
    const g = objective.gradient(x);
    xs.push(x.map((v, i) => v - lr * g[i]));
  }
  const losses = xs.map((x) => objective.value(x));
  const diverged =
    !Number.isFinite(losses[losses.length - 1]) || Math.abs(losses[losses.length - 1]) > 1e6;
  return {
    label: `${optimizer} η=${lr}`,
    optimizer,
    objective: objective.name,
    xs,
    losses,
    grads: xs.map((x) => objective.gradient(x)),
    lrs: Array.from({ length: steps }, () => lr),
    status: diverged ? "diverged" : "max-steps",
    steps,
  };
}

export const parabola: Objective = {
  name: "parabola",
  dim: 1,
  variables: ["θ"],
  value: (x) => x[0] ** 2,
  gradient: (x) => Float64Array.of(2 * x[0]),
  formula: "θ^2",
  latex: "\\theta^2",
  minima: [[0]],
  domain: [[-12, 12]],
};

export const rosenbrock: Objective = {
  name: "rosenbrock",
  dim: 2,
  variables: ["x", "y"],
  value: (p) => (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2,
  gradient: (p) =>
    Float64Array.of(-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] ** 2), 200 * (p[1] - p[0] ** 2)),
  formula: "(1 - x)^2 + 100 (y - x^2)^2",
  latex: "(1-x)^2 + 100(y-x^2)^2",
  minima: [[1, 1]],
  domain: [
    [-2, 2],
    [-1, 3],
  ],
};

/** JSON size of a figure, as the notebooks' payload budget measures it. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

/** A trace or layout as a plain record, for reading fields in assertions. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
