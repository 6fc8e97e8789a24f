import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { objectives } from "../../../lib/src/objectives";
import { optimizers } from "../../../lib/src/optimizers";
import { lrRangeTest } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import { expectChecks } from "./expect-checks";

/** The lesson's range test, from (0, 0) with plain SGD, 1e-5 to 10 in 100 steps. */
function rangeTest(objective: Parameters<typeof lrRangeTest>[0]) {
  return lrRangeTest(objective, {
    x0: [0, 0],
    optimizer: optimizers.sgd(),
    startLr: 1e-5,
    endLr: 10,
    numIt: 100,
  });
}

/** The lesson's recipe applied to the new problem: range test, then a one cycle; its peak explored as the lesson's slider does (edge/2). */
const mystery = exercises.lesson08.mystery;
const test = rangeTest(mystery.objective(8));
const edge = test.lrs[test.suggestions[2].index];
const recipe = schedules.oneCycleLR({ maxLr: edge / 2, totalSteps: 200, cycleMomentum: false });

/** The lesson's own schedules, built for seed 004's regression. */
const R = objectives.noisyLineRegression;
const lessonTest = rangeTest(R.stochastic({ batchSize: 4, seed: 8 }));
const lessonEdge = lessonTest.lrs[lessonTest.suggestions[2].index];

/** The debiased exponential moving average with β = 0.98. */
function smooth(losses: number[]): number[] {
  let average = 0;
  return losses.map((loss, i) => {
    average = 0.98 * average + 0.02 * loss;
    return average / (1 - 0.98 ** (i + 1));
  });
}

describe("lesson 08 checks", () => {
  expectChecks(exercises.lesson08, {
    // XᵀX/m = 30/4 = 7.5.
    stabilityLimit: { right: 2 / 7.5, wrong: 1 / 7.5, trivial: { "the placeholder": 0 } },
    // 1e-5 · (1e6)^(1/4) ≈ 3.16e-4.
    rangeTestRate: {
      right: 3.1623e-4,
      wrong: 2.5,
      trivial: { "the start rate": 1e-5, "the placeholder": 0 },
    },
    smoothLosses: {
      right: smooth,
      // Without the bias correction the first values are far too small.
      wrong: (losses: number[]) => {
        let average = 0;
        return losses.map((loss) => (average = 0.98 * average + 0.02 * loss));
      },
    },
    // 0.3 · 300 − 1.
    oneCyclePeakStep: {
      right: 89,
      wrong: 90,
      trivial: { "the lesson's printed t = 59 for 200 steps": 59 },
    },
    scheduleForNewProblem: {
      right: (t: number) => recipe.lr(t),
      // A one cycle that peaks too close to the edge: it diverges.
      wrong: (t: number) =>
        schedules.oneCycleLR({ maxLr: edge / 1.2, totalSteps: 200, cycleMomentum: false }).lr(t),
      trivial: {
        "the placeholder constant 0.01": () => 0.01,
        "the lesson's one cycle (peak edge/3 of seed 004's problem)": (t: number) =>
          schedules
            .oneCycleLR({ maxLr: lessonEdge / 3, totalSteps: 200, cycleMomentum: false })
            .lr(t),
        "the lesson's constant minimum/10": () => lessonTest.minimum,
        "the best constant itself": () => 0.1,
      },
    },
  });
});
