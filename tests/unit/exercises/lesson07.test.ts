import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

describe("lesson 07 checks", () => {
  expectChecks(exercises.lesson07, {
    // L of the note's data is ≈ 20.9403; doubling X makes it 4 times larger.
    doubledFeaturesLimit: { right: 2 / (4 * 20.94030650891055), wrong: 2 / 20.94030650891055 },
    // H = [[7.5, 2.5], [2.5, 1]]: λ = (8.5 ± √67.25)/2.
    interceptConditionNumber: {
      right: (8.5 + Math.sqrt(67.25)) / (8.5 - Math.sqrt(67.25)),
      wrong: 350.8,
    },
    // 0.5/(1 + 0.01t) < 0.09551 ⇔ t > 423.5.
    halfDynamicCrossing: { right: 424, wrong: 948 },
    warmRestart: {
      right: (t: number) => 0.01 * 0.99 ** (t % 100),
      wrong: (t: number) => 0.01 * 0.99 ** t,
    },
  });
});
