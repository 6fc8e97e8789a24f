import { describe, expect, it } from "vitest";
import { checkGradient } from "../../../lib/src/objectives/check-gradient";
import { objectives } from "../../../lib/src/objectives/builtins";
import { fromExpression } from "../../../lib/src/objectives/expression/from-expression";
import type { Objective } from "../../../lib/src/objectives/objective";

describe("checkGradient", () => {
  it("passes a correct gradient with a tiny error", () => {
    const check = checkGradient(objectives.rosenbrock, [-1.2, 1]);
    expect(check.passed).toBe(true);
    expect(check.maxRelativeError).toBeLessThan(1e-8);
    expect(Array.from(check.numeric)).toEqual([expect.closeTo(-215.6, 5), expect.closeTo(-88, 5)]);
  });

  it("catches a wrong gradient and names the worst component", () => {
    const f = fromExpression("x^2 + y^3");
    const wrong: Objective = { ...f, gradient: (x) => Float64Array.of(2 * x[0], 2 * x[1]) };
    const check = checkGradient(wrong, [1, 2]);
    expect(check.passed).toBe(false);
    expect(check.worstIndex).toBe(1);
    expect(check.maxRelativeError).toBeCloseTo(8 / 12, 6);
  });

  it("uses an absolute error where the gradient is small", () => {
    const check = checkGradient(objectives.bowl, [0, 0]);
    expect(check.maxRelativeError).toBeLessThan(1e-10);
    expect(check.analytic).toEqual(Float64Array.of(0, 0));
  });
});
