import { linearRegression } from "../objectives/builtins/linear-regression";
import { noisyLineRegression, thetaSquared } from "../objectives/builtins/course";
import { sgd } from "../optimizers/sgd";
import { lrRangeTest } from "../runner/lr-range-test";
import { oneCycleLR } from "../schedules/torch/cyclic";
import {
  beatsConstantVerdict,
  bestConstantRate,
  defineCheck,
  defineFunctionCheck,
  nearlyEqual,
  numberVerdict,
  scheduledSgd,
} from "./check";

/** One feature, no intercept: XᵀX/m = (1 + 4 + 9 + 16)/4. */
const oneFeature = linearRegression({ X: [1, 2, 3, 4], y: [2, 4, 6, 8] });

/** Loss curves to smooth: a range test's own losses, a constant, and a noisy rise. */
function curvesToSmooth(): { losses: number[]; smoothed: readonly number[] }[] {
  const test = lrRangeTest(thetaSquared, { x0: [10], optimizer: sgd(), numIt: 60 });
  const runOf = (losses: number[]) => {
    let average = 0;
    return {
      losses,
      smoothed: losses.map((loss, i) => {
        average = 0.98 * average + 0.02 * loss;
        return average / (1 - 0.98 ** (i + 1));
      }),
    };
  };
  return [
    runOf(Array.from({ length: 40 }, (_, i) => 1 + 0.05 * i + 0.3 * Math.sin(7 * i))),
    runOf([3, 3, 3, 3, 3]),
    { losses: [...test.losses], smoothed: test.smoothedLosses },
  ];
}

/** Exercise 5: seed 004's data with x tripled and y perturbed; L ≈ 11.9 (2/L ≈ 0.17), not the lesson's. */
const seedXs = noisyLineRegression.X.map((row) => row[1]);
const mysteryLoss = linearRegression({
  X: seedXs.map((x) => [1, 3 * x]),
  y: noisyLineRegression.y.map((v, i) => v + 0.3 * Math.sin(7 * i)),
  name: "mystery regression",
});
const MYSTERY_SEEDS = [11, 12, 13, 14, 15];
const MYSTERY_STEPS = 200;
const MYSTERY_CONSTANTS = [0.001, 0.003, 0.01, 0.03, 0.1];

/** Geometric mean over the seeds of the excess full-batch loss after 200 steps; Infinity if any run diverges. */
function mysteryScore(rate: (t: number) => number): number {
  const best = mysteryLoss.value(mysteryLoss.minima![0]);
  let logSum = 0;
  for (const seed of MYSTERY_SEEDS) {
    const theta = scheduledSgd(mysteryLoss, rate, { batchSize: 4, seed, steps: MYSTERY_STEPS });
    if (!theta) return Infinity;
    logSum += Math.log(Math.max(mysteryLoss.value(theta) - best, 1e-300));
  }
  return Math.exp(logSum / MYSTERY_SEEDS.length);
}

const bestMysteryConstant = bestConstantRate(MYSTERY_CONSTANTS, mysteryScore);

/** Exercises of lesson 08, finding a learning rate. */
export const lesson08 = {
  /** 2/L for X = (1, 2, 3, 4)ᵀ without intercept: L = XᵀX/m = 7.5. */
  stabilityLimit: defineCheck("The stability limit of the one-feature regression", (eta: number) =>
    numberVerdict(
      eta,
      2 / oneFeature.smoothness,
      1e-4,
      "L is the only entry of XᵀX/m = (1² + 2² + 3² + 4²)/4; the limit is 2/L.",
    ),
  ),

  /** Step 25 of a range test from 1e-5 to 10 in 100 steps: 1e-5·(1e6)^(1/4). */
  rangeTestRate: defineCheck("The range test's rate at step 25", (eta: number) => {
    const expected = 1e-5 * (10 / 1e-5) ** (25 / 100);
    return numberVerdict(
      eta,
      expected,
      1e-3 * expected,
      "η_i = η_start·(η_end/η_start)^(i/N): here 1e-5 · (1e6)^(25/100).",
    );
  }),

  /** The debiased moving average (β = 0.98) of a list of losses, as lrRangeTest smooths them. */
  smoothLosses: defineCheck("Your smoothing", (smooth: (losses: number[]) => number[]) => {
    for (const { losses, smoothed } of curvesToSmooth()) {
      const got = smooth([...losses]);
      if (!Array.isArray(got) || got.length !== losses.length) {
        return {
          pass: false,
          hint: `return one smoothed value per loss (${losses.length} of them), got ${Array.isArray(got) ? got.length : String(got)}.`,
        };
      }
      const i = smoothed.findIndex((want, k) => !nearlyEqual(got[k], want));
      if (i >= 0) {
        return {
          pass: false,
          hint: `for the losses [${losses
            .slice(0, 3)
            .map((v) => +v.toPrecision(4))
            .join(
              ", ",
            )}, …], s_${i} should be ${smoothed[i].toPrecision(6)}, got ${typeof got[i] === "number" ? got[i].toPrecision(6) : String(got[i])}: a_i = 0.98·a_(i−1) + 0.02·ℓ_i starting from a = 0, then s_i = a_i/(1 − 0.98^(i+1)).`,
        };
      }
    }
    return { pass: true, note: "That is exactly the curve the range test plots." };
  }),

  /** The step at which oneCycleLR({ maxLr: 0.5, totalSteps: 300 }) is highest: 0.3·300 − 1. */
  oneCyclePeakStep: defineCheck("The one cycle's peak step", (t: number) => {
    const schedule = oneCycleLR({ maxLr: 0.5, totalSteps: 300 });
    const rates = Array.from({ length: 300 }, (_, s) => schedule.lr(s));
    const peak = rates.indexOf(Math.max(...rates));
    return numberVerdict(
      t,
      peak,
      0,
      "the rate climbs for the first pctStart·T − 1 steps (pctStart = 0.3 by default), then falls.",
    );
  }),

  /** Exercise 5's problem: `objective(seed)` (mini-batches of 4) and `fullLoss`, from (0, 0). */
  mystery: {
    objective: (seed: number) => mysteryLoss.stochastic({ batchSize: 4, seed }),
    fullLoss: mysteryLoss,
  },

  /** A 200-step schedule that ends 5× below the best constant rate on the new noisy problem. */
  scheduleForNewProblem: defineFunctionCheck(
    "Your schedule for the new problem",
    "exercises.lesson08.scheduleForNewProblem(myNoisySchedule)",
    (rate: (t: number) => number) => {
      const best = bestMysteryConstant();
      const yours = mysteryScore(rate);
      return beatsConstantVerdict(yours, best, 5, {
        note: (timesLower) =>
          `Excess loss ${yours.toExponential(2)}, ${timesLower.toFixed(0)} times below the best constant rate (${best.lr}); here 2/L = ${(2 / mysteryLoss.smoothness).toFixed(3)}.`,
        diverged: "your schedule diverged on at least one seed (or gave a bad rate)",
        advice:
          "This problem's curvature is not lesson 08's: run lrRangeTest on mystery.objective(…) to find its edge, build a one cycle from it, and explore its peak as the lesson's slider does (the check runs plain SGD, without momentum).",
      });
    },
  ),
};
