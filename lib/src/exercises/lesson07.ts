import { linearRegression } from "../objectives/builtins/linear-regression";
import { exactFitRegression } from "../objectives/builtins/course";
import { symmetricEigenvalues } from "../objectives/linear-algebra";
import { sgd } from "../optimizers/sgd";
import { minimize } from "../runner/minimize";
import {
  defineCheck,
  defineFunctionCheck,
  isClose,
  notALearningRate,
  numberVerdict,
  type Verdict,
} from "./check";

/** Seed 003's features with every value doubled: XᵀX/m, and so L, grows fourfold. */
const doubledFeatures = linearRegression({
  X: exactFitRegression.X.map((row) => row.map((v) => 2 * v)),
  y: exactFitRegression.y,
});

/** Seed 003's data with the usual intercept column of ones instead of the column x + 1. */
const withIntercept = linearRegression({
  X: exactFitRegression.X.map((row) => [row[0], 1]),
  y: exactFitRegression.y,
});

/** Exercise 4: the start of the doubling cycle t is in (0, 50, 150, 350, …), and the rate there. */
function doublingRestart(t: number): number {
  let start = 0;
  let length = 50;
  while (t >= start + length) {
    start += length;
    length *= 2;
  }
  return 0.01 * 0.99 ** (t - start);
}

/** Exercise 5's data: intercept and x = 1 … 5, y = 3 + x/2; L ≈ 11.8, κ ≈ 70. */
const MYSTERY_X = [
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
];
const MYSTERY_Y = MYSTERY_X.map((row) => 3 + 0.5 * row[1]);
const MYSTERY_STEPS = 400;
const mysteryRegression = linearRegression({ X: MYSTERY_X, y: MYSTERY_Y });

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
    const limit = 2 / exactFitRegression.smoothness;
    let first = 0;
    while (0.5 / (1 + 0.01 * first) >= limit) first++;
    return numberVerdict(
      t,
      first,
      0,
      "solve 0.5/(1 + 0.01t) < 2/L for t (2/L ≈ 0.0955) and take the first whole iteration, or loop over t and test.",
    );
  }),

  /** The exponential warm restart with doubling cycles (50, 100, 200, …) as `(t) => lr`. */
  warmRestart: defineFunctionCheck(
    "Your warm restart with doubling cycles",
    "exercises.lesson07.warmRestart(myWarmRestart)",
    (rate: (t: number) => number): Verdict => {
      for (let t = 0; t < 1000; t++) {
        const got = rate(t);
        const want = doublingRestart(t);
        if (!isClose(got, want, 1e-12)) {
          return {
            pass: false,
            hint: `at t = ${t} your rate is ${got}, expected ${want}: find the start s of the cycle t is in (0, 50, 150, 350, 750, …), then η_t = 0.01 · 0.99^(t − s).`,
          };
        }
      }
      return {
        pass: true,
        note: "Each cycle twice as long as the one before, as in SGDR with T_mult = 2.",
      };
    },
  ),

  /** Exercise 5's new data set: X (with an intercept column) and y. */
  mystery: { X: MYSTERY_X.map((row) => [...row]), y: [...MYSTERY_Y] },

  /** A fixed rate that takes the new regression below loss 1e-8 within 400 steps. */
  rateForNewData: defineCheck("A fixed rate for the new data", (eta: number): Verdict => {
    const hint =
      "compute H = XᵀX/m for these data and its eigenvalues: the rate must stay below 2/L, and the flat direction then wants it as large as possible. Try rates in (1/L, 2/L).";
    const notARate = notALearningRate(eta, hint);
    if (notARate) return notARate;
    const run = minimize(mysteryRegression, {
      x0: [0, 0],
      optimizer: sgd({ lr: eta }),
      steps: MYSTERY_STEPS,
      tol: 0,
    });
    const loss = run.losses[run.losses.length - 1];
    if (run.status !== "diverged" && loss < 1e-8) {
      return {
        pass: true,
        note: `Loss ${loss.toExponential(1)} after ${MYSTERY_STEPS} steps; here 2/L = ${(2 / mysteryRegression.smoothness).toFixed(4)}.`,
      };
    }
    return {
      pass: false,
      hint: `with η = ${eta} the loss ${run.status === "diverged" ? "diverged" : `is ${loss.toExponential(1)} after ${MYSTERY_STEPS} steps`}. ${hint}`,
    };
  }),
};
