import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

describe("lesson 01 checks", () => {
  const L = exercises.lesson01.mystery.gradient(1) - exercises.lesson01.mystery.gradient(0);
  expectChecks(exercises.lesson01, {
    // J = 2.5θ²: one step multiplies θ by 1 − 5η.
    oneStepRate: {
      right: 0.2,
      wrong: 0.25,
      trivial: { "θ²'s one-step rate printed in the lesson": 0.5 },
    },
    // J = 0.8θ²: L = 1.6.
    stableLimit: {
      right: 1.25,
      wrong: 2 / 0.8,
      trivial: {
        "θ²'s limit printed in the lesson": 1,
        "3θ²'s limit printed in the lesson": 1 / 3,
      },
    },
    iterationsToReach001: { right: 31, wrong: 20, trivial: { "the lesson's 20 iterations": 20 } },
    gradientStep: {
      right: (theta: number, lr: number) => theta - lr * 2 * theta,
      wrong: (theta: number, lr: number) => theta - lr * theta,
      trivial: { "the placeholder": (theta: number) => theta },
    },
    rateForMysteryLoss: {
      // The one-step rate 1/L, found by probing the gradient twice.
      right: 1 / L,
      wrong: 2 / L,
      trivial: {
        "the lesson's good rate 0.1": 0.1,
        "θ²'s one-step rate 0.5": 0.5,
        "a tiny safe rate": 0.01,
        "3θ²'s limit 1/3": 1 / 3,
        "the placeholder 0": 0,
      },
    },
  });
});
