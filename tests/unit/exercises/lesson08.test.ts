import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

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
    stabilityLimit: { right: 2 / 7.5, wrong: 1 / 7.5 },
    // 1e-5 · (1e6)^(1/4) ≈ 3.16e-4.
    rangeTestRate: { right: 3.1623e-4, wrong: 2.5 },
    smoothLosses: {
      right: smooth,
      // Without the bias correction the first values are far too small.
      wrong: (losses: number[]) => {
        let average = 0;
        return losses.map((loss) => (average = 0.98 * average + 0.02 * loss));
      },
    },
    // 0.3 · 300 − 1.
    oneCyclePeakStep: { right: 89, wrong: 90 },
  });
});
