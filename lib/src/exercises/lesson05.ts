import { adadelta } from "../optimizers/adadelta";
import { adagrad } from "../optimizers/adagrad";
import { defineCheck, numberVerdict, sequenceMismatch } from "./check";

/** AdaGrad's effective rate η/(√s + ε) after feeding `grads` to optimizers.adagrad, step by step. */
function adagradRatesFromLibrary(grads: readonly number[], lr: number): number[] {
  const optimizer = adagrad({ lr });
  const theta = new Float64Array([0]);
  return grads.map((g) => {
    optimizer.step(theta, [g]);
    return lr / (Math.sqrt(optimizer.state.buffers.sum[0]) + 1e-10);
  });
}

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

  /** Uncorrected Adam's first step over the corrected one: (1 − β₁)/√(1 − β₂) = 3.16 for the defaults. */
  uncorrectedFirstStepRatio: defineCheck("Uncorrected Adam's first step", (ratio: number) => {
    const [beta1, beta2] = [0.9, 0.999];
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
  }),

  /** Adadelta's first step from θ = 10 on θ² with PyTorch's defaults: about √(ε/(1 − ρ)). */
  adadeltaFirstStep: defineCheck("Adadelta's first step", (step: number) => {
    const theta = new Float64Array([10]);
    adadelta().step(theta, [2 * 10]);
    const expected = Math.abs(theta[0] - 10);
    return numberVerdict(
      Math.abs(step),
      expected,
      expected * 0.01,
      "u₀ = 0, so Δ₁ = √ε / √((1 − ρ)g² + ε) · g with g = J′(10) = 20, ρ = 0.9, ε = 1e-6.",
    );
  }),
};
