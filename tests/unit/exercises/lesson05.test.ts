import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

/** AdaGrad's effective rate after each step, written out as the lesson's formula. */
function adagradRates(grads: number[], lr: number): number[] {
  let sum = 0;
  return grads.map((g) => {
    sum += g * g;
    return lr / (Math.sqrt(sum) + 1e-10);
  });
}

describe("lesson 05 checks", () => {
  expectChecks(exercises.lesson05, {
    adagradRates: {
      right: adagradRates,
      // Divides by the sum instead of its square root.
      wrong: (grads: number[], lr: number) => {
        let sum = 0;
        return grads.map((g) => lr / (sum += g * g));
      },
    },
    stepsUntilRateFallsTenfold: { right: 100, wrong: 10 },
    uncorrectedFirstStepRatio: { right: 0.1 / Math.sqrt(0.001), wrong: 0.1 },
    adadeltaFirstStep: { right: (Math.sqrt(1e-6) / Math.sqrt(0.1 * 400 + 1e-6)) * 20, wrong: 20 },
  });
});
