import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGradient } from "../../../lib/src/objectives/check-gradient";
import {
  compileExpression,
  fromExpression,
} from "../../../lib/src/objectives/expression/from-expression";

/** Expressions with the same function written by hand, checked on points inside `domain`. */
const expressions: {
  expression: string;
  variables?: string[];
  hand: (...x: number[]) => number;
  domain: [number, number];
}[] = [
  { expression: "3x^2 - 3x + 4", hand: (x) => 3 * x * x - 3 * x + 4, domain: [-5, 5] },
  {
    expression: "x^2 + 2y^2",
    variables: ["x", "y"],
    hand: (x, y) => x * x + 2 * y * y,
    domain: [-5, 5],
  },
  {
    expression: "(1 - x)^2 + 100(y - x^2)^2",
    hand: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    domain: [-2, 2],
  },
  { expression: "x * cos(2x)", hand: (x) => x * Math.cos(2 * x), domain: [-5, 5] },
  {
    expression: "exp(-x^2 / 2) * sin(3y) + log(1 + x^2 + y^2)",
    hand: (x, y) => Math.exp((-x * x) / 2) * Math.sin(3 * y) + Math.log(1 + x * x + y * y),
    domain: [-3, 3],
  },
  { expression: "pi * x^2 + e^y", hand: (x, y) => Math.PI * x * x + Math.E ** y, domain: [-2, 2] },
  {
    expression: "sqrt(1 + x^2 + y^2 + z^2)",
    hand: (x, y, z) => Math.sqrt(1 + x * x + y * y + z * z),
    domain: [-3, 3],
  },
  {
    expression: "tanh(w) * b + 1 / (1 + exp(-w))",
    hand: (b, w) => Math.tanh(w) * b + 1 / (1 + Math.exp(-w)),
    domain: [-3, 3],
  },
  { expression: "x^3 - 2x^5 + x^-2", hand: (x) => x ** 3 - 2 * x ** 5 + x ** -2, domain: [0.5, 2] },
  { expression: "x^1.5 + 2^x + x^y", hand: (x, y) => x ** 1.5 + 2 ** x + x ** y, domain: [0.5, 2] },
  {
    expression: "log(x, 2) + log10(y) + cbrt(x y)",
    hand: (x, y) => Math.log2(x) + Math.log10(y) + Math.cbrt(x * y),
    domain: [0.5, 3],
  },
  {
    expression: "atan(x) + asinh(y) + sec(x) - cot(y + 2)",
    hand: (x, y) => Math.atan(x) + Math.asinh(y) + 1 / Math.cos(x) - 1 / Math.tan(y + 2),
    domain: [-0.9, 0.9],
  },
  {
    expression: "abs(x - 3) + cosh(y / 2) + tau * phi",
    hand: (x, y) => Math.abs(x - 3) + Math.cosh(y / 2) + 2 * Math.PI * ((1 + Math.sqrt(5)) / 2),
    domain: [-2, 2],
  },
  { expression: "θ^2 / 2 - sin(θ)", hand: (t) => (t * t) / 2 - Math.sin(t), domain: [-4, 4] },
  {
    expression: "pow(x - 1, 4) + (y + 1)^2 * exp(0.1 x)",
    hand: (x, y) => (x - 1) ** 4 + (y + 1) ** 2 * Math.exp(0.1 * x),
    domain: [-2, 2],
  },
];

describe.each(expressions)(
  "fromExpression($expression)",
  ({ expression, variables, hand, domain }) => {
    const objective = fromExpression(expression, variables);
    const point = fc.array(fc.double({ min: domain[0], max: domain[1], noNaN: true }), {
      minLength: objective.dim,
      maxLength: objective.dim,
    });

    it("computes the same value as the hand-written function", () => {
      fc.assert(
        fc.property(point, (x) => {
          const expected = hand(...x);
          expect(objective.value(x)).toBeCloseTo(
            expected,
            12 - Math.ceil(Math.log10(Math.max(1, Math.abs(expected)))),
          );
        }),
        { numRuns: 200 },
      );
    });

    it("has a symbolic gradient that matches central differences", () => {
      fc.assert(
        fc.property(point, (x) => {
          expect(checkGradient(objective, x, { tolerance: 1e-5 }).passed).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it("shows one derivative per variable as text and LaTeX", () => {
      expect(objective.gradientExpressions).toHaveLength(objective.dim);
      expect(objective.gradientLatex).toHaveLength(objective.dim);
    });

    it("has a Hessian that matches differences of the gradient", () => {
      const x = Array.from(
        { length: objective.dim },
        (_, i) => domain[0] + ((i + 1) * (domain[1] - domain[0])) / (objective.dim + 2),
      );
      const hessian = objective.hessian(x);
      for (let j = 0; j < objective.dim; j++) {
        const step = 1e-5;
        const plus = [...x];
        const minus = [...x];
        plus[j] += step;
        minus[j] -= step;
        const forward = objective.gradient(plus);
        const backward = objective.gradient(minus);
        for (let i = 0; i < objective.dim; i++) {
          const numeric = (forward[i] - backward[i]) / (2 * step);
          expect(Math.abs(hessian[i][j] - numeric)).toBeLessThan(
            1e-4 * Math.max(1, Math.abs(numeric)),
          );
        }
      }
    });
  },
);

describe("fromExpression", () => {
  it("shows the simplified derivative of the seed function", () => {
    const f = fromExpression("3x^2 - 3x + 4");
    expect(f.variables).toEqual(["x"]);
    expect(f.gradientExpressions).toEqual(["6 * x - 3"]);
    expect(f.gradientLatex).toEqual(["6\\cdot x-3"]);
    expect(f.formula).toBe("3x^2 - 3x + 4");
    expect(f.name).toBe("3x^2 - 3x + 4");
    expect(f.value([1])).toBe(4);
    expect(f.gradient([1])).toEqual(Float64Array.of(3));
  });

  it("infers variables in alphabetical order unless given", () => {
    expect(fromExpression("y^2 + x + a").variables).toEqual(["a", "x", "y"]);
    const f = fromExpression("y^2 + x", ["y", "x"]);
    expect(f.variables).toEqual(["y", "x"]);
    expect(f.gradient([3, 1])).toEqual(Float64Array.of(6, 1));
  });

  it("treats pi, e, tau and phi as constants, unless listed as variables", () => {
    expect(fromExpression("pi x + e").variables).toEqual(["x"]);
    const f = fromExpression("e^2 + x", ["e", "x"]);
    expect(f.gradient([3, 0])).toEqual(Float64Array.of(6, 1));
  });

  it("accepts variables the expression does not use, with zero partial derivative", () => {
    const f = fromExpression("x^2", ["x", "y"]);
    expect(f.gradient([2, 5])).toEqual(Float64Array.of(4, 0));
  });

  it("knows L for quadratics and not otherwise", () => {
    expect(fromExpression("0.1x^2 + 2y^2").smoothness).toBe(4);
    expect(fromExpression("2.75x^2 + 4.5x*y + 2.75y^2").smoothness).toBe(10);
    expect(fromExpression("(1 - x)^2 + 100(y - x^2)^2").smoothness).toBeUndefined();
  });

  it("finds the local minima of 1-D expressions in the domain", () => {
    const f = fromExpression("x * cos(x)", undefined, { domain: [[-10, 10]] });
    expect(f.localMinima).toHaveLength(4);
    for (const x of f.localMinima!) expect(Math.abs(f.gradient([x])[0])).toBeLessThan(1e-9);
    expect(fromExpression("x^2 + y^2").localMinima).toBeUndefined();
  });

  it("takes a name and a domain", () => {
    const f = fromExpression("x^2", undefined, { name: "parabola", domain: [[-1, 2]] });
    expect(f.name).toBe("parabola");
    expect(f.domain).toEqual([[-1, 2]]);
    expect(fromExpression("x^2 + y^2").domain).toEqual([
      [-5, 5],
      [-5, 5],
    ]);
  });

  it("compiles to plain JavaScript, without mathjs at evaluation time", () => {
    const { value, gradient } = compileExpression("x^2 * sin(y)").parts;
    for (const source of [value.toString(), gradient.toString()]) {
      expect(source).toContain("Math.sin");
      expect(source).not.toMatch(/evaluate|math\./);
    }
    expect(value.toString()).toContain("v0 * v0");
    expect(gradient.toString()).toContain("out[1] = ");
  });

  it("wraps the generated closures in the built-ins' input checks", () => {
    const { parts } = compileExpression("x^2 * sin(y)");
    const objective = fromExpression("x^2 * sin(y)");
    const x = [1.5, -0.25];
    expect(objective.value(x)).toBe(parts.value(x));
    expect(objective.gradient(x)).toEqual(parts.gradient(x, new Float64Array(2)));
    expect(objective.hessian(x)).toEqual(parts.hessian(x));
    expect(() => objective.value([1, NaN])).toThrow("x[1] must be a finite number, got NaN");
    expect(parts.value([1, NaN])).toBeNaN();
  });

  it("computes shared subexpressions once", () => {
    const source = compileExpression("exp(x y) + exp(x y)^2").parts.value.toString();
    expect(source.match(/Math\.exp/g)).toHaveLength(1);
  });

  it("writes the LaTeX of the formula", () => {
    expect(fromExpression("sqrt(x) / 2").latex).toBe("\\frac{\\sqrt{ x}}{2}");
  });
});
