import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import type { RuleInput } from "../../../lib/src/exercises/lesson06";
import { expectChecks } from "./expect-checks";

describe("lesson 06 checks", () => {
  expectChecks(exercises.lesson06, {
    derivativeRuleLimit: { right: 100 / 18, wrong: 33.3 },
    lossRuleLargestBase: { right: 1 / 3 / 3.25, wrong: 1 / 3 },
    polyakRate: {
      right: (loss: number, grad: number) => (loss - 3.25) / grad ** 2,
      // The seed's loss rule: forgets to subtract the minimum value.
      wrong: (loss: number, grad: number) => loss / grad ** 2,
    },
    yourRule: {
      // A fixed rate of 0.15 shrinks x − 0.5 by 1 − 6·0.15 = 0.1 per step, from anywhere.
      right: () => 0.15,
      // The derivative rule of the seed: blows up from x₀ = ±10.
      wrong: ({ grad }: RuleInput) => 0.01 * Math.abs(grad),
    },
  });
});
