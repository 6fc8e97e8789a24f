import { adadelta } from "../optimizers/adadelta";
import { adagrad } from "../optimizers/adagrad";
import { linearRegression } from "../objectives/builtins/linear-regression";
import { optimizers } from "../optimizers";
import type { Optimizer } from "../optimizers/optimizer";
import { minimize } from "../runner";
import { defineCheck, numberVerdict, sequenceMismatch, type Verdict } from "./check";

/** AdaGrad's effective rate η/(√s + ε) after feeding `grads` to optimizers.adagrad, step by step. */
function adagradRatesFromLibrary(grads: readonly number[], lr: number): number[] {
  const optimizer = adagrad({ lr });
  const theta = new Float64Array([0]);
  return grads.map((g) => {
    optimizer.step(theta, [g]);
    return lr / (Math.sqrt(optimizer.state.buffers.sum[0]) + 1e-10);
  });
}

/** Exercise 5: 400 examples of [common 1, rare (only example 0), 8·(37i mod 400)/400]; exact fit, minimum 0. */
const mysteryX = Array.from({ length: 400 }, (_, i) => [
  1,
  i === 0 ? 1 : 0,
  (8 * ((37 * i) % 400)) / 400,
]);
const mysteryRegression = linearRegression({
  X: mysteryX,
  y: mysteryX.map(([common, rare, scaled]) => common - 0.5 * scaled + 2 * rare),
  variables: ["w_common", "w_rare", "w_scaled"],
  name: "mystery regression",
});
const CHOICE_STEPS = 150;
const CHOICE_TARGET = 1e-9;
const MAKERS: Record<string, (lr: number) => Optimizer> = {
  sgd: (lr) => optimizers.sgd({ lr }),
  momentum: (lr) => optimizers.sgd({ lr, momentum: 0.9 }),
  adagrad: (lr) => optimizers.adagrad({ lr }),
  rmsprop: (lr) => optimizers.rmsprop({ lr }),
  adam: (lr) => optimizers.adam({ lr }),
  adadelta: (lr) => optimizers.adadelta({ lr }),
};

/** Exercises of lesson 05, adaptive learning rates (AdaGrad, Adam, Adadelta). */
export const lesson05 = {
  /** A function (grads, lr) => AdaGrad's effective rate after each step, checked on several streams. */
  adagradRates: defineCheck(
    "Your AdaGrad effective rates",
    (rates: (grads: number[], lr: number) => number[]) => {
      const cases: [number[], number][] = [
        [[3, 4], 0.1],
        [[2, 2, 2, 2], 0.5],
        [[-1, 0, 5, -0.5, 10], 0.01],
      ];
      for (const [grads, lr] of cases) {
        const expected = adagradRatesFromLibrary(grads, lr);
        const mismatch = sequenceMismatch(
          `myAdagradRates([${grads}], ${lr})`,
          rates([...grads], lr),
          expected,
          "Return one rate per step; accumulate s ← s + g² first, then η/(√s + ε).",
        );
        if (mismatch) return mismatch;
      }
      return {
        pass: true,
        note: "The sum only grows, so each rate is at most the one before: AdaGrad's stall in one line.",
      };
    },
  ),

  /** Constant gradient g: s_t = t·g², so the rate η/(|g|√t) is a tenth of the first one at t = 100. */
  stepsUntilRateFallsTenfold: defineCheck(
    "Steps until AdaGrad's rate falls tenfold",
    (t: number) => {
      const rates = adagradRatesFromLibrary(new Array<number>(1000).fill(2), 0.1);
      const expected = rates.findIndex((rate) => rate <= (rates[0] / 10) * (1 + 1e-9)) + 1;
      return numberVerdict(
        t,
        expected,
        0,
        "with a constant gradient g, s_t = t·g², so the rate is η/(|g|·√t); when is √t = 10?",
      );
    },
  ),

  /** Uncorrected Adam's first step over the corrected one with β₁ = 0.95, β₂ = 0.9999: (1 − β₁)/√(1 − β₂) = 5. */
  uncorrectedFirstStepRatio: defineCheck(
    "Uncorrected Adam's first step with β₁ = 0.95, β₂ = 0.9999",
    (ratio: number) => {
      const [beta1, beta2] = [0.95, 0.9999];
      // With any gradient g: m₁ = (1 − β₁)g and v₁ = (1 − β₂)g², while m̂₁ = g and v̂₁ = g².
      const g = 3;
      const uncorrected = ((1 - beta1) * g) / Math.sqrt((1 - beta2) * g * g);
      const corrected = g / Math.sqrt(g * g);
      return numberVerdict(
        ratio,
        uncorrected / corrected,
        0.01,
        "after one step m₁ = (1 − β₁)g and v₁ = (1 − β₂)g²; the uncorrected step is η·m₁/√v₁, the corrected one η·m̂₁/√v̂₁ = η.",
      );
    },
  ),

  /** Adadelta's first step from θ = 3 on θ² with ρ = 0.95, ε = 1e-4: √ε·|g|/√((1 − ρ)g² + ε). */
  adadeltaFirstStep: defineCheck(
    "Adadelta's first step with ρ = 0.95, ε = 1e-4",
    (step: number) => {
      const theta = new Float64Array([3]);
      adadelta({ rho: 0.95, eps: 1e-4 }).step(theta, [2 * 3]);
      const expected = Math.abs(theta[0] - 3);
      return numberVerdict(
        Math.abs(step),
        expected,
        expected * 0.01,
        "u₀ = 0, so Δ₁ = √ε / √((1 − ρ)g² + ε) · g with g = J′(3) = 6, ρ = 0.95, ε = 1e-4.",
      );
    },
  ),

  /** Exercise 5's regression: a common, a rare (1 in 400) and a large-scale feature. */
  mystery: { objective: mysteryRegression },

  /** An { optimizer, lr } that takes the mystery regression below loss 1e-9 in 150 steps. */
  chooseOptimizer: defineCheck(
    "Your optimizer for the mystery regression",
    (choice: { optimizer: string; lr: number }): Verdict => {
      const { optimizer, lr } = (choice ?? {}) as { optimizer?: unknown; lr?: unknown };
      const names = Object.keys(MAKERS);
      if (typeof optimizer !== "string" || !names.includes(optimizer)) {
        return {
          pass: false,
          hint: `optimizer should be one of ${names.map((n) => `"${n}"`).join(", ")}, got ${JSON.stringify(optimizer)}.`,
        };
      }
      if (typeof lr !== "number" || !Number.isFinite(lr) || lr <= 0) {
        return { pass: false, hint: `lr should be a number > 0, got ${String(lr)}.` };
      }
      const run = minimize(mysteryRegression, {
        x0: [0, 0, 0],
        optimizer: MAKERS[optimizer](lr),
        steps: CHOICE_STEPS,
        tol: 0,
      });
      const loss = run.losses[run.losses.length - 1];
      if (run.status !== "diverged" && loss < CHOICE_TARGET) {
        return { pass: true, note: `Loss ${loss.toExponential(1)} after ${CHOICE_STEPS} steps.` };
      }
      return {
        pass: false,
        hint: `${optimizer} with lr = ${lr} ${run.status === "diverged" ? "diverged" : `ends at a loss of ${loss.toExponential(1)}`}, not below ${CHOICE_TARGET}. One rate for all parameters must suit the large-scale feature and the rare one at once; which methods give each parameter its own rate? Compare them with sweep over a grid of rates, as §8 does.`,
      };
    },
  ),
};
