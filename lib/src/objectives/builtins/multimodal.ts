import { parseOptions, requirePositive, requirePositiveInteger } from "../../errors";
import { defineObjective } from "../define";
import { localMinima1d } from "../local-minima";
import type { Objective } from "../objective";
import { defaultVariables, squareDomain } from "../options";
import { latexName, polynomial } from "../notation";

export interface XCosOptions {
  /** Frequency c of the cosine: a finite number > 0 (default 1). The domain is [−10/c, 10/c]. */
  c?: number;
}

/**
 * f(x) = x·cos(c·x) over [−10/c, 10/c]: four local minima of different depths, so the start point
 * and the learning rate decide which one GD reaches. f′(x) = cos(cx) − c·x·sin(cx).
 *
 * Example:
 *
 * ```ts
 * const f = objectives.xCos(); // c = 1
 * f.name; // → "x cos(x)"
 * f.localMinima; // → [-6.437, -0.8603, 3.426, 9.529]
 * f.value([Math.PI]); // → -3.141592653589793
 * f.gradient([Math.PI]); // → [-1]
 * objectives.xCos({ c: 2 }).domain; // → [[-5, 5]]
 * ```
 */
export function xCos(options: XCosOptions = {}): Objective {
  const { c } = parseOptions("xCos", options, { c: [1, requirePositive] }, "{ c: 2 }");
  const derivative = (x: number) => Math.cos(c * x) - c * x * Math.sin(c * x);
  const domain = [-10 / c, 10 / c] as const;
  const factor = c === 1 ? "" : String(c);
  return defineObjective({
    name: `x cos(${factor}x)`,
    variables: ["x"],
    formula: `x*cos(${factor}x)`,
    latex: `x\\cos(${factor}x)`,
    domain: [domain],
    localMinima: localMinima1d(derivative, domain),
    value: (x) => x[0] * Math.cos(c * x[0]),
    gradient(x, out) {
      out[0] = derivative(x[0]);
      return out;
    },
    hessian: (x) => [[-2 * c * Math.sin(c * x[0]) - c * c * x[0] * Math.cos(c * x[0])]],
  });
}

export interface RastriginOptions {
  /** Number of variables n: a positive integer (default 1). */
  dim?: number;
}

/**
 * Rastrigin's function: f(x) = 10n + Σᵢ (xᵢ² − 10·cos(2πxᵢ)) over [−5.12, 5.12]ⁿ, a bowl covered
 * in ripples: a local minimum near every integer point, the global one 0 at the origin.
 * ∂f/∂xᵢ = 2xᵢ + 20π·sin(2πxᵢ).
 *
 * Example:
 *
 * ```ts
 * const f = objectives.rastrigin(); // n = 1
 * f.value([1]); // → 1
 * f.gradient([0.5]); // → [1]
 * f.localMinima?.length; // → 11
 * objectives.rastrigin({ dim: 2 }).name; // → "rastrigin 2-D"
 * ```
 */
export function rastrigin(options: RastriginOptions = {}): Objective {
  const { dim } = parseOptions(
    "rastrigin",
    options,
    { dim: [1, requirePositiveInteger] },
    "{ dim: 2 }",
  );
  const variables = defaultVariables(dim);
  const twoPi = 2 * Math.PI;
  const slope = (x: number) => 2 * x + 20 * Math.PI * Math.sin(twoPi * x);
  const domain = squareDomain(dim, -5.12, 5.12);
  const sum = (term: (v: string) => string) =>
    polynomial([[10 * dim, ""], ...variables.map((v) => [1, term(v)] as const)]);
  return defineObjective({
    name: dim === 1 ? "rastrigin" : `rastrigin ${dim}-D`,
    variables,
    formula: sum((v) => `(${v}^2 - 10cos(2pi ${v}))`),
    latex: sum((v) => `\\left(${latexName(v)}^2 - 10\\cos(2\\pi ${latexName(v)})\\right)`),
    minima: [new Array<number>(dim).fill(0)],
    domain,
    ...(dim === 1 && { localMinima: localMinima1d(slope, domain[0]) }),
    value(x) {
      let total = 10 * dim;
      for (let i = 0; i < dim; i++) total += x[i] * x[i] - 10 * Math.cos(twoPi * x[i]);
      return total;
    },
    gradient(x, out) {
      for (let i = 0; i < dim; i++) out[i] = slope(x[i]);
      return out;
    },
    hessian: (x) =>
      variables.map((_, i) =>
        variables.map((__, j) => (i === j ? 2 + 40 * Math.PI ** 2 * Math.cos(twoPi * x[i]) : 0)),
      ),
  });
}
