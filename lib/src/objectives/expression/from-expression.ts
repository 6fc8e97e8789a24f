import { derivative, type MathNode } from "mathjs";
import { invalid, parseOptions } from "../../errors";
import { localMinima1d } from "../local-minima";
import { spectralRadius } from "../linear-algebra";
import type { Objective, Vector } from "../objective";
import { requireDomain, requireName, squareDomain } from "../options";
import { defineObjective, type ObjectiveParts } from "../define";
import { dependsOn, generateProgram } from "./codegen";
import { expressionError, parseExpression } from "./parse";

export interface FromExpressionOptions {
  /** Display name: any string (default the expression, trimmed). */
  name?: string;
  /**
   * Plot range per variable: one pair [min, max] of finite numbers with min < max for each
   * (default [−5, 5] for each).
   */
  domain?: readonly (readonly [number, number])[];
}

/** An objective typed as a formula, with its symbolic derivatives. */
export interface ExpressionObjective extends Objective {
  /** ∂f/∂vᵢ for each variable, as mathjs writes it simplified, e.g. ["6 * x - 3"]. */
  readonly gradientExpressions: readonly string[];
  /** The same derivatives as LaTeX, e.g. ["6\\cdot x-3"]. */
  readonly gradientLatex: readonly string[];
  /** The Hessian from symbolic second derivatives (computed and compiled on first use). */
  hessian(x: Vector): number[][];
  /** L = max |λ| of the Hessian when it is constant (the expression is quadratic), else undefined. */
  readonly smoothness: number | undefined;
}

/**
 * Parses `expression` with mathjs, differentiates it symbolically and compiles value, gradient
 * and Hessian to plain JavaScript (no mathjs at evaluation time), as fast as hand-written code,
 * with the same input checks as the built-ins (`defineObjective`).
 * Variables are `variables` in that order, else the expression's symbols in alphabetical order;
 * `pi`, `e`, `tau` and `phi` are constants. Real-valued: where mathjs would answer with a complex
 * number (e.g. `log` of a negative number), the result is NaN.
 *
 * Example:
 *
 * ```ts
 * const f = fromExpression("3x^2 - 3x + 4");
 * f.value([1]); // → 4
 * f.gradient([1]); // → [3]
 * f.gradientExpressions; // → ["6 * x - 3"]
 * f.localMinima; // → [0.5]
 * fromExpression("x^2 + 2y^2", ["x", "y"]).smoothness; // → 4
 * fromExpression("sin(t)", undefined, { name: "wave", domain: [[0, 6]] }).name; // → "wave"
 * ```
 */
export function fromExpression(
  expression: string,
  variables?: readonly string[],
  options: FromExpressionOptions = {},
): ExpressionObjective {
  const { parts, gradientExpressions, gradientLatex, smoothness } = compileExpression(
    expression,
    variables,
    options,
  );
  return {
    ...defineObjective(parts),
    gradientExpressions,
    gradientLatex,
    get smoothness() {
      return smoothness();
    },
  };
}

/** `fromExpression` before the input checks: the formula's generated closures and facts. */
export interface CompiledExpression {
  /** What `defineObjective` takes: `value`, `gradient` (into `out`) and `hessian` trust `x`. */
  readonly parts: ObjectiveParts & { hessian(x: Vector): number[][] };
  readonly gradientExpressions: readonly string[];
  readonly gradientLatex: readonly string[];
  /** L = max |λ| of the Hessian when it is constant, else undefined. */
  smoothness(): number | undefined;
}

/**
 * Parses, differentiates and compiles `expression` as `fromExpression` does, without the input
 * checks: each closure reads x[0 … dim − 1] and computes, so it is only as safe as its input.
 */
export function compileExpression(
  expression: string,
  variables?: readonly string[],
  options: FromExpressionOptions = {},
): CompiledExpression {
  if (variables != null && typeof variables === "object" && !Array.isArray(variables)) {
    const accepted =
      'a list of names such as ["x", "y"]; options come third: fromExpression(expression, undefined, options)';
    throw invalid("variables", accepted, variables);
  }
  const { tree, variables: names } = parseExpression(expression, variables);
  const dim = names.length;
  const parsed = parseOptions(
    "fromExpression",
    options,
    {
      name: [undefined, requireName],
      domain: [undefined, (_, domain) => requireDomain(domain, dim)],
    },
    "{ domain: [[-2, 2]] }",
  );
  const domain = parsed.domain ?? squareDomain(dim, -5, 5);

  const differentiate = (node: MathNode, variable: string): MathNode => {
    try {
      return derivative(node, variable);
    } catch (error) {
      const problem = `mathjs cannot differentiate it: ${(error as Error).message}`;
      throw expressionError(
        "expression",
        "a formula mathjs can differentiate",
        expression,
        problem,
        expression,
      );
    }
  };
  const rejectConstant = (text: string) =>
    expressionError(
      "expression",
      "real-valued",
      expression,
      `${text} is not a finite real number`,
      expression,
    );
  /** One function of `parameters` that binds x[i] to v{i}, then computes `trees`. */
  const compile = (
    trees: readonly MathNode[],
    parameters: string,
    result: (leaves: readonly string[]) => string,
  ) => {
    const program = generateProgram(trees, names, rejectConstant);
    const source = `"use strict";
return function (${parameters}) {
  const ${names.map((_, i) => `v${i} = x[${i}]`).join(", ")};
  ${program.body}
  ${result(program.results)}
};`;
    return new Function(source)();
  };

  const value: (x: Vector) => number = compile([tree], "x", ([leaf]) => `return ${leaf};`);
  // After `value`, whose compilation rejects constants such as log(-1) with a clear message.
  const gradientTrees = names.map((name) => differentiate(tree, name));
  const gradient: (x: Vector, out: Float64Array) => Float64Array = compile(
    gradientTrees,
    "x, out",
    (leaves) => `${leaves.map((leaf, i) => `out[${i}] = ${leaf};`).join("\n")}\nreturn out;`,
  );

  // Second derivatives, upper triangle row by row (∂²f/∂vᵢ∂vⱼ for j ≥ i), made on first use.
  let secondDerivatives: MathNode[] | undefined;
  const hessianTrees = () =>
    (secondDerivatives ??= gradientTrees.flatMap((first, i) =>
      names.slice(i).map((name) => differentiate(first, name)),
    ));
  const compileHessian = (): ((x: Vector) => number[][]) =>
    compile(hessianTrees(), "x", (leaves) => {
      const entry = (i: number, j: number) =>
        leaves[upperTriangleIndex(Math.min(i, j), Math.max(i, j), dim)];
      const rows = names.map((_, i) => `[${names.map((__, j) => entry(i, j)).join(", ")}]`);
      return `return [${rows.join(", ")}];`;
    });
  let compiledHessian: ((x: Vector) => number[][]) | undefined;
  const hessian = (x: Vector) => (compiledHessian ??= compileHessian())(x);

  return {
    parts: {
      name: parsed.name ?? expression.trim(),
      variables: names,
      formula: expression.trim(),
      latex: tree.toTex(),
      domain,
      value,
      gradient,
      hessian,
      ...(dim === 1 && { localMinima: localMinima1d(slopeOf(gradient), domain[0]) }),
    },
    gradientExpressions: gradientTrees.map(String),
    gradientLatex: gradientTrees.map((node) => node.toTex()),
    smoothness() {
      const constant = !hessianTrees().some((node) => dependsOn(node, names));
      return constant ? spectralRadius(hessian(new Float64Array(dim))) : undefined;
    },
  };
}

/** f′ of a 1-D objective as a function of a number, probing with one reused Float64Array. */
function slopeOf(gradient: (x: Vector, out: Float64Array) => Float64Array): (x: number) => number {
  const point = new Float64Array(1);
  const out = new Float64Array(1);
  return (x) => {
    point[0] = x;
    return gradient(point, out)[0];
  };
}

/** Position of (i, j), i ≤ j, in the row-major upper triangle of a dim × dim matrix. */
function upperTriangleIndex(i: number, j: number, dim: number): number {
  return i * dim - (i * (i - 1)) / 2 + (j - i);
}
