import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import type { RuleInput } from "../../../lib/src/exercises/lesson06";
import { expectChecks } from "./expect-checks";

/** The lesson's secant (local-minimum) rule: 1/h from the last step, 0.01 when there is none. */
function secantRule({ x, grad, previous }: RuleInput): number {
  if (previous === null) return 0.01;
  const h = (grad - previous.grad) / (x - previous.x);
  return h > 0 && Number.isFinite(h) ? 1 / h : 0.01;
}

/** The secant rule with a guard: the rate may at most double from one epoch to the next. */
function safeguardedSecant(input: RuleInput): number {
  const { x, previous } = input;
  if (previous === null) return 0.01;
  const lastRate = Math.abs(x - previous.x) / Math.abs(previous.grad);
  return Math.min(secantRule(input), 2 * lastRate);
}

describe("lesson 06 checks", () => {
  expectChecks(exercises.lesson06, {
    // η = 0.004: |x₀ − 0.5| > 1/(18η) = 13.9.
    derivativeRuleLimit: {
      right: 1 / (18 * 0.004),
      wrong: 33.3,
      trivial: { "η = 0.01's 5.56, printed in the lesson": 100 / 18 },
    },
    lossRuleLargestBase: {
      right: 1 / 3 / 3.25,
      wrong: 1 / 3,
      trivial: { "the lesson's diverging 0.11": 0.11, "the note's base 0.01": 0.01 },
    },
    polyakRate: {
      right: (loss: number, grad: number) => (loss - 3.25) / grad ** 2,
      // The seed's loss rule: forgets to subtract the minimum value.
      wrong: (loss: number, grad: number) => loss / grad ** 2,
    },
    yourRule: {
      right: safeguardedSecant,
      // The derivative rule of the seed: blows up from x₀ = ±10.
      wrong: ({ grad }: RuleInput) => 0.01 * Math.abs(grad),
      trivial: {
        "a constant 0.1": () => 0.1,
        "a constant 0.15 (one step halfway on the seed's f)": () => 0.15,
        "the one-step rate 1/6 of the seed's f": () => 1 / 6,
        "a small safe constant 0.01": () => 0.01,
        "the loss rule": ({ loss }: RuleInput) => 0.01 * loss,
        "Polyak with the seed's f* = 3.25": ({ loss, grad }: RuleInput) =>
          (loss - 3.25) / grad ** 2,
        "the time rule": ({ t }: RuleInput) => 0.1 * (1 - (t + 1) / 50),
        "the lesson's secant rule, copied from the cell above": secantRule,
        "the secant rule with a guard too loose to matter (rate ≤ 50)": (input: RuleInput) =>
          Math.min(secantRule(input), 50),
      },
    },
  });
});
