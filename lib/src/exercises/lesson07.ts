import { linearRegression } from "../objectives/builtins/linear-regression";
import { seed003Regression } from "../objectives/builtins/course";
import { symmetricEigenvalues } from "../objectives/linear-algebra";
import { exponentialDecay, restarts } from "../schedules/course/decay";
import { defineCheck, isClose, numberVerdict } from "./check";

/** Seed 003's features with every value doubled: XᵀX/m, and so L, grows fourfold. */
const doubledFeatures = linearRegression({
  X: seed003Regression.X.map((row) => row.map((v) => 2 * v)),
  y: seed003Regression.y,
});

/** Seed 003's data with the usual intercept column of ones instead of the column x + 1. */
const withIntercept = linearRegression({
  X: seed003Regression.X.map((row) => [row[0], 1]),
  y: seed003Regression.y,
});

/** λmax/λmin of a symmetric positive-definite matrix. */
function conditionNumberOf(matrix: number[][]): number {
  const eigenvalues = symmetricEigenvalues(matrix);
  return eigenvalues[eigenvalues.length - 1] / eigenvalues[0];
}

/** Exercises of lesson 07, schedules on seed 003's linear regression. */
export const lesson07 = {
  /** 2/L when every feature of seed 003's X is doubled: L = λmax(XᵀX/m) grows by 2² = 4. */
  doubledFeaturesLimit: defineCheck("The stability limit with doubled features", (eta: number) =>
    numberVerdict(
      eta,
      2 / doubledFeatures.smoothness,
      1e-4,
      "doubling X multiplies XᵀX/m by 4, so every eigenvalue, and L, grows 4-fold; the limit is 2/L.",
    ),
  ),

  /** κ of XᵀX/m when the second column x + 1 is replaced by an intercept column of ones. */
  interceptConditionNumber: defineCheck(
    "The condition number with an intercept column",
    (kappa: number) =>
      numberVerdict(
        kappa,
        conditionNumberOf(withIntercept.hessian([0, 0])),
        0.05,
        "build H = XᵀX/m for X = [[1, 1], [2, 1], [3, 1], [4, 1]] (or objectives.linearRegression({ X, y }).hessian([0, 0])), then κ = λmax/λmin with λ = (a+d)/2 ± √(((a−d)/2)² + b²).",
      ),
  ),

  /** The first t at which 0.5/(1 + 0.01t) is below seed 003's limit 2/L. */
  halfDynamicCrossing: defineCheck("The first stable step of 0.5/(1 + 0.01t)", (t: number) => {
    const limit = 2 / seed003Regression.smoothness;
    let first = 0;
    while (0.5 / (1 + 0.01 * first) >= limit) first++;
    return numberVerdict(
      t,
      first,
      0,
      "solve 0.5/(1 + 0.01t) < 2/L for t (2/L ≈ 0.0955) and take the first whole iteration, or loop over t and test.",
    );
  }),

  /** A warm restart `(t) => lr`: 0.01·0.99^(t mod 100), checked against schedules.restarts. */
  warmRestart: defineCheck("Your warm restart", (rate: (t: number) => number) => {
    const expected = restarts({
      schedule: exponentialDecay({ lr: 0.01, decayRate: 0.99 }),
      period: 100,
    });
    for (let t = 0; t < 1000; t++) {
      const got = rate(t);
      const want = expected.lr(t);
      if (!isClose(got, want, 1e-12)) {
        return {
          pass: false,
          hint: `at t = ${t} your rate is ${got}, expected ${want}: η_t = 0.01 · 0.99^(t mod 100) (t % 100 in TypeScript).`,
        };
      }
    }
    return { pass: true, note: "The rate decays for 100 steps, then jumps back to 0.01." };
  }),
};
