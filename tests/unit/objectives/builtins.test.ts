import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGradient } from "../../../lib/src/objectives/check-gradient";
import { objectives } from "../../../lib/src/objectives/builtins";
import { fromExpression } from "../../../lib/src/objectives/expression/from-expression";
import { symmetricEigenvalues } from "../../../lib/src/objectives/linear-algebra";
import type { Objective, Vector } from "../../../lib/src/objectives/objective";

/** Every built-in, with the factories called with their defaults and a few settings. */
const builtins: Record<string, Objective> = {
  thetaSquared: objectives.thetaSquared,
  courseQuadratic: objectives.courseQuadratic,
  xSquared: objectives.xSquared,
  exactFitRegression: objectives.exactFitRegression,
  noisyLineRegression: objectives.noisyLineRegression,
  noisyLineStochastic: objectives.noisyLineRegression.stochastic({ batchSize: 4, seed: 7 }),
  xCos: objectives.xCos(),
  xCos3: objectives.xCos({ c: 3 }),
  rastrigin: objectives.rastrigin(),
  rastrigin2d: objectives.rastrigin({ dim: 2 }),
  bowl: objectives.bowl,
  illConditioned: objectives.illConditioned,
  rotatedQuadratic: objectives.rotatedQuadratic,
  saddle: objectives.saddle,
  rosenbrock: objectives.rosenbrock,
  beale: objectives.beale,
  himmelblau: objectives.himmelblau,
  quadratic3d: objectives.quadratic({
    A: [
      [4, 1, 0],
      [1, 3, -1],
      [0, -1, 2],
    ],
    b: [1, -2, 0.5],
    c: 3,
  }),
};

/** A point drawn uniformly from the objective's plot domain. */
const pointIn = (objective: Objective) =>
  fc.tuple(...objective.domain.map(([min, max]) => fc.double({ min, max, noNaN: true })));

/** Central differences of the gradient: the Hessian column by column. */
function numericHessian(objective: Objective, x: Vector): number[][] {
  return Array.from({ length: objective.dim }, (_, j) => {
    const step = 1e-5 * Math.max(1, Math.abs(x[j]));
    const plus = Float64Array.from(x);
    const minus = Float64Array.from(x);
    plus[j] += step;
    minus[j] -= step;
    const forward = objective.gradient(plus);
    const backward = objective.gradient(minus);
    return Array.from(forward, (g, i) => (g - backward[i]) / (2 * step));
  });
}

describe.each(Object.entries(builtins))("built-in %s", (_, objective) => {
  it("has a gradient that matches central differences everywhere in its domain", () => {
    fc.assert(
      fc.property(pointIn(objective), (x) => {
        expect(checkGradient(objective, x, { tolerance: 1e-5 }).passed).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("describes itself: name, variables, dim, formula, LaTeX and domain", () => {
    expect(objective.name).not.toBe("");
    expect(objective.variables).toHaveLength(objective.dim);
    expect(objective.domain).toHaveLength(objective.dim);
    expect(objective.formula).not.toBe("");
    expect(objective.latex).not.toBe("");
  });

  it("writes the gradient into `out` when given", () => {
    const x = objective.domain.map(([min, max]) => (min + 2 * max) / 3);
    const out = new Float64Array(objective.dim);
    expect(objective.gradient(x, out)).toBe(out);
    expect(out).toEqual(objective.gradient(x));
  });

  it.runIf(objective.hessian)("has a Hessian that matches differences of the gradient", () => {
    fc.assert(
      fc.property(pointIn(objective), (x) => {
        const analytic = objective.hessian!(x);
        numericHessian(objective, x).forEach((column, j) =>
          column.forEach((entry, i) => {
            expect(analytic[i][j]).toBeCloseTo(
              entry,
              3 - Math.ceil(Math.log10(Math.max(1, Math.abs(entry)))),
            );
          }),
        );
      }),
      { numRuns: 50 },
    );
  });

  it.runIf(objective.minima)("has zero gradient at its minima", () => {
    for (const minimum of objective.minima!) {
      for (const g of objective.gradient(minimum)) expect(Math.abs(g)).toBeLessThan(1e-10);
    }
  });

  it.runIf(objective.localMinima)("lists local minima with zero slope and upward curvature", () => {
    expect(objective.localMinima!.length).toBeGreaterThanOrEqual(2);
    for (const x of objective.localMinima!) {
      expect(Math.abs(objective.gradient([x])[0])).toBeLessThan(1e-9);
      expect(objective.hessian!([x])[0][0]).toBeGreaterThan(0);
    }
  });

  it.runIf(objective.smoothness !== undefined)(
    "has smoothness L = max |eigenvalue of the Hessian|",
    () => {
      const eigenvalues = symmetricEigenvalues(objective.hessian!(objective.domain.map(() => 0)));
      expect(objective.smoothness).toBeCloseTo(Math.max(...eigenvalues.map(Math.abs)), 12);
    },
  );

  it.runIf(!objective.name.includes("regression"))(
    "has a formula that parses back to the same function",
    () => {
      const parsed = fromExpression(objective.formula, objective.variables);
      fc.assert(
        fc.property(pointIn(objective), (x) => {
          const value = objective.value(x);
          expect(parsed.value(x)).toBeCloseTo(
            value,
            10 - Math.ceil(Math.log10(Math.max(1, Math.abs(value)))),
          );
        }),
        { numRuns: 50 },
      );
    },
  );
});

describe("the lessons' functions", () => {
  it("θ²: loss and gradient 2θ, L = 2", () => {
    const f = objectives.thetaSquared;
    expect(f.variables).toEqual(["θ"]);
    expect(f.value([10])).toBe(100);
    expect(f.gradient([10])).toEqual(Float64Array.of(20));
    expect(f.smoothness).toBe(2);
  });

  it("3x² − 3x + 4: minimum 3.25 at 0.5, L = 6", () => {
    const f = objectives.courseQuadratic;
    expect(f.formula).toBe("3x^2 - 3x + 4");
    expect(f.value([2])).toBe(10);
    expect(f.gradient([2])).toEqual(Float64Array.of(9));
    expect(f.minima).toEqual([[0.5]]);
    expect(f.value([0.5])).toBe(3.25);
    expect(f.smoothness).toBe(6);
  });

  it("x² over [−5, 5], named by its formula", () => {
    expect(objectives.xSquared.name).toBe("x^2");
    expect(objectives.xSquared.domain).toEqual([[-5, 5]]);
    expect(objectives.xSquared.gradient([-3])).toEqual(Float64Array.of(-6));
  });
});

describe("quadratic", () => {
  it("keeps its own copy of b: changing the caller's array later changes nothing", () => {
    const b = [1];
    const f = objectives.quadratic({ A: [[2]], b });
    b[0] = 5;
    expect(Array.from(f.gradient([0]))).toEqual([1]);
    expect(f.minima).toEqual([[-0.5]]);
  });
});

describe("2-D test functions", () => {
  it("have their textbook values", () => {
    expect(objectives.illConditioned.formula).toBe("0.1x^2 + 2y^2");
    expect(objectives.illConditioned.smoothness).toBe(4);
    expect(objectives.rotatedQuadratic.smoothness).toBe(10);
    expect(symmetricEigenvalues(objectives.rotatedQuadratic.hessian!([0, 0]))).toEqual([1, 10]);
    expect(objectives.saddle.minima).toBeUndefined();
    expect(objectives.rosenbrock.value([-1.2, 1])).toBeCloseTo(24.2, 12);
    expect(Array.from(objectives.rosenbrock.gradient([-1.2, 1]))).toEqual([
      expect.closeTo(-215.6, 10),
      expect.closeTo(-88, 10),
    ]);
    expect(objectives.beale.value([0, 0])).toBe(14.203125);
    expect(objectives.beale.value([3, 0.5])).toBe(0);
    expect(objectives.himmelblau.value([0, 0])).toBe(170);
    expect(objectives.himmelblau.minima).toHaveLength(4);
    for (const minimum of objectives.himmelblau.minima!) {
      expect(objectives.himmelblau.value(minimum)).toBeLessThan(1e-25);
    }
  });
});

describe("non-convex 1-D functions", () => {
  it("x·cos(x) has four local minima in [−10, 10]", () => {
    const f = objectives.xCos();
    expect(f.domain).toEqual([[-10, 10]]);
    expect(f.localMinima).toEqual([
      expect.closeTo(-6.4373, 4),
      expect.closeTo(-0.8603, 4),
      expect.closeTo(3.4256, 4),
      expect.closeTo(9.5293, 4),
    ]);
    expect(f.value([Math.PI])).toBeCloseTo(-Math.PI, 14);
  });

  it("rastrigin has a local minimum near every integer and its global one at 0", () => {
    const f = objectives.rastrigin();
    expect(f.localMinima!.map(Math.round)).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    expect(f.value([0])).toBe(0);
    expect(objectives.rastrigin({ dim: 2 }).value([0, 0])).toBe(0);
  });
});

describe("linear regression", () => {
  const X = [
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
  ];
  const y = [5, 7, 9, 11];

  it("computes the exact-fit loss (1/2m)·Σ(Xθ − y)² and gradient (1/m)·Xᵀ(Xθ − y)", () => {
    const J = objectives.exactFitRegression;
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (a, b) => {
          const residuals = X.map((row, i) => row[0] * a + row[1] * b - y[i]);
          const loss = residuals.reduce((sum, r) => sum + r * r, 0) / 8;
          const gradient = [0, 1].map(
            (j) => residuals.reduce((sum, r, i) => sum + r * X[i][j], 0) / 4,
          );
          expect(J.value([a, b])).toBeCloseTo(loss, 9);
          Array.from(J.gradient([a, b])).forEach((g, j) => expect(g).toBeCloseTo(gradient[j], 9));
        },
      ),
    );
    expect(J.value([0, 0])).toBe(34.5);
    expect(J.gradient([0, 0])).toEqual(Float64Array.of(-22.5, -30.5));
  });

  it("knows the exact fit, Hessian XᵀX/m and L of the 4-point data", () => {
    const J = objectives.exactFitRegression;
    expect(J.minima![0][0]).toBeCloseTo(-1, 10);
    expect(J.minima![0][1]).toBeCloseTo(3, 10);
    expect(J.hessian([0, 0])).toEqual([
      [7.5, 10],
      [10, 13.5],
    ]);
    expect(J.smoothness).toBeCloseTo(10.5 + Math.sqrt(436) / 2, 12);
    expect(J.variables).toEqual(["θ0", "θ1"]);
  });

  it("fits the noisy line y = b + w·x near (1, 2), with an intercept column", () => {
    const J = objectives.noisyLineRegression;
    expect(J.variables).toEqual(["b", "w"]);
    expect(J.X).toHaveLength(20);
    expect(J.X[3]).toEqual([1, 0.3]);
    const [b, w] = J.minima![0];
    expect(Math.abs(b - 1)).toBeLessThan(0.2);
    expect(Math.abs(w - 2)).toBeLessThan(0.2);
  });

  it("names the regressions by what they are", () => {
    expect(objectives.exactFitRegression.name).toBe("exact-fit regression (4 points)");
    expect(objectives.noisyLineRegression.name).toBe("noisy-line regression (20 points)");
  });

  it("accepts one number per example as a single feature", () => {
    const J = objectives.linearRegression({ X: [0, 1, 2], y: [1, 3, 5], fitIntercept: true });
    expect(J.minima![0][0]).toBeCloseTo(1, 12);
    expect(J.minima![0][1]).toBeCloseTo(2, 12);
    expect(J.value([1, 2])).toBe(0);
  });

  describe("stochastic mini-batches", () => {
    const full = objectives.noisyLineRegression;

    it("are reproducible from the seed and differ between seeds", () => {
      const losses = (seed: number) => {
        const J = full.stochastic({ batchSize: 3, seed });
        return Array.from({ length: 10 }, () => (J.nextBatch!(), J.value([0, 0])));
      };
      expect(losses(1)).toEqual(losses(1));
      expect(losses(1)).not.toEqual(losses(2));
    });

    it("visit every example once per epoch, so an epoch's gradients average to the full one", () => {
      const J = full.stochastic({ batchSize: 5, seed: 3 });
      const theta = [0.3, -0.7];
      const sum = new Float64Array(2);
      for (let batch = 0; batch < 4; batch++) {
        J.gradient(theta).forEach((g, j) => (sum[j] += g / 4));
        J.nextBatch!();
      }
      const gradient = full.gradient(theta);
      sum.forEach((g, j) => expect(g).toBeCloseTo(gradient[j], 12));
    });

    it("keep the batch until nextBatch is called", () => {
      const J = full.stochastic({ batchSize: 2 });
      expect(J.value([1, 1])).toBe(J.value([1, 1]));
      expect(J.name).toContain("mini-batches of 2");
    });

    it("with the whole dataset as one batch equal the full loss", () => {
      const J = full.stochastic({ batchSize: 20, seed: 9 });
      expect(J.value([0.5, 1.5])).toBeCloseTo(full.value([0.5, 1.5]), 13);
    });
  });
});
