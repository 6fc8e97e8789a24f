// Tiny objectives for the schedule and runner tests, written out independently of lib/src/objectives.
import type { Objective, Vector } from "../../../lib/src/objectives/objective";

function objective(
  name: string,
  dim: number,
  value: (x: Vector) => number,
  gradient: (x: Vector) => number[],
  smoothness?: number,
): Objective {
  return {
    name,
    dim,
    variables: Array.from({ length: dim }, (_, i) => `x${i}`),
    value,
    gradient: (x, out = new Float64Array(dim)) => {
      out.set(gradient(x));
      return out;
    },
    formula: name,
    latex: name,
    domain: Array.from({ length: dim }, () => [-2, 2] as const),
    smoothness,
  };
}

/** a·x² + b·x + c; seed 002's f(x) = 3x² − 3x + 4 by default (minimum 3.25 at x = 0.5, L = 6). */
export function quadratic(a = 3, b = -3, c = 4): Objective {
  return objective(
    `${a}x^2 + ${b}x + ${c}`,
    1,
    (x) => a * x[0] ** 2 + b * x[0] + c,
    (x) => [2 * a * x[0] + b],
    2 * a,
  );
}

/** ½·Σ hᵢ·xᵢ², a convex quadratic with curvatures h (L = max h). */
export function bowl(h: readonly number[]): Objective {
  return objective(
    "bowl",
    h.length,
    (x) => h.reduce((sum, hi, i) => sum + 0.5 * hi * x[i] ** 2, 0),
    (x) => h.map((hi, i) => hi * x[i]),
    Math.max(...h),
  );
}

/** 30 rows of 3 features in 3 classes, from a fixed formula: labelled data for the training tests. */
export function toyData(rows = 30): { X: number[][]; y: number[] } {
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < rows; i++) {
    const label = i % 3;
    X.push([Math.sin(i) + label, Math.cos(2 * i) - label, ((i * 7) % 5) / 5]);
    y.push(label);
  }
  return { X, y };
}

/** XOR: four rows that no linear model separates. */
export const XOR = {
  X: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  y: [0, 1, 1, 0],
};
