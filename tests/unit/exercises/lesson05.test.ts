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
    stepsUntilRateFallsTenfold: { right: 100, wrong: 10, trivial: { "the placeholder": 0 } },
    // β₁ = 0.95, β₂ = 0.9999: (1 − β₁)/√(1 − β₂) = 0.05/0.01 = 5.
    uncorrectedFirstStepRatio: {
      right: 5,
      wrong: 0.05,
      trivial: {
        "the defaults' 3.16, printed in the lesson": 0.1 / Math.sqrt(0.001),
        "the placeholder": 0,
      },
    },
    // ρ = 0.95, ε = 1e-4, θ₀ = 3 (g = 6).
    adadeltaFirstStep: {
      right: (Math.sqrt(1e-4) / Math.sqrt(0.05 * 36 + 1e-4)) * 6,
      wrong: 6,
      trivial: {
        "the defaults' first step from θ₀ = 10, printed in the lesson":
          (Math.sqrt(1e-6) / Math.sqrt(0.1 * 400 + 1e-6)) * 20,
        "√(ε/(1 − ρ)) for the defaults": Math.sqrt(1e-6 / 0.1),
      },
    },
    chooseOptimizer: {
      right: { optimizer: "rmsprop", lr: 0.1 },
      wrong: { optimizer: "adam", lr: 0.1 },
      trivial: {
        "the placeholder": { optimizer: "sgd", lr: 0.01 },
        "the lesson's AdaGrad at η = 0.5": { optimizer: "adagrad", lr: 0.5 },
        "momentum at its best rate": { optimizer: "momentum", lr: 0.1 },
        "Adam at PyTorch's default rate": { optimizer: "adam", lr: 0.001 },
        "RMSprop at PyTorch's default rate": { optimizer: "rmsprop", lr: 0.01 },
        "an unknown name": { optimizer: "lbfgs", lr: 1 },
      },
    },
  });
});
