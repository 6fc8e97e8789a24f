import { objectives } from "../objectives";
import { optimizers } from "../optimizers";
import { minimize } from "../runner";
import { schedules } from "../schedules";
import { defineCheck, numberVerdict, sequenceMismatch } from "./check";

/** Steps from x₀ = −1 on x² with time-based decay until |x| < tolerance for the first time. */
function stepsToReach(lr: number, decay: number, tolerance: number): number {
  const schedule = schedules.inverseTime({ lr, decay });
  let x = -1;
  let steps = 0;
  while (Math.abs(x) >= tolerance) {
    x -= schedule.lr(steps) * 2 * x;
    steps++;
  }
  return steps;
}

/** Exercises of lesson 03, learning-rate decay, on the course's J(x) = x². */
export const lesson03 = {
  /** The rate of iteration i = 4 with lr = 0.3 and decay = 0.5: lr/(1 + decay·i). */
  rateAtIteration4: defineCheck("The rate at iteration 4", (rate: number) =>
    numberVerdict(
      rate,
      schedules.inverseTime({ lr: 0.3, decay: 0.5 }).lr(4),
      1e-9,
      "η_i = η / (1 + decay·i) with η = 0.3, decay = 0.5 and i = 4.",
    ),
  ),

  /**
   * The course's GD_decay on x², as `(wInit, epochs, lr, decay) => xs` with xs[0] = wInit; compared
   * with minimize + schedules.inverseTime on several settings.
   */
  gdDecay: defineCheck(
    "Your GD_decay",
    (gd: (wInit: number, epochs: number, lr: number, decay: number) => number[]) => {
      for (const [wInit, epochs, lr, decay] of [
        [-1, 10, 0.99, 0.5],
        [-1, 10, 0.3, 0],
        [3, 5, 0.1, 0.9],
        [2, 8, 0.9, 0.01],
      ]) {
        const expected = minimize(objectives.xSquared, {
          x0: [wInit],
          optimizer: optimizers.sgd({ lr }),
          schedule: schedules.inverseTime({ lr, decay }),
          steps: epochs,
          tol: 0,
        }).xs.map((x) => x[0]);
        const mismatch = sequenceMismatch(
          `myGDDecay(${wInit}, ${epochs}, ${lr}, ${decay})`,
          gd(wInit, epochs, lr, decay),
          expected,
          "Return the start and every iterate; step i uses lr_i = lr / (1 + decay·i) with i from 0, and x ← x − lr_i·2x.",
        );
        if (mismatch) return mismatch;
      }
      return { pass: true, note: "That is the course's GD_decay." };
    },
  ),

  /** Steps from x = −1 with η = 0.9, decay = 0.5 until |x| < 1e-3. */
  stepsWithDecay: defineCheck("Steps to |x| < 1e-3 with η = 0.9, decay = 0.5", (steps: number) =>
    numberVerdict(
      steps,
      stepsToReach(0.9, 0.5, 1e-3),
      0,
      "run x ← x − η_i·2x from x = −1 with η_i = 0.9/(1 + 0.5·i) and count the steps until |x| < 0.001.",
    ),
  ),

  /** The total of all rates of exponential decay with η₀ = 0.05, γ = 0.95: η₀/(1 − γ). */
  exponentialBudget: defineCheck("The total learning-rate budget", (total: number) => {
    const schedule = schedules.exponentialDecay({ lr: 0.05, decayRate: 0.95 });
    let sum = 0;
    for (let t = 0; t < 2000; t++) sum += schedule.lr(t);
    return numberVerdict(
      total,
      sum,
      1e-6,
      "the rates η₀, η₀γ, η₀γ², … form a geometric series; its sum is η₀ / (1 − γ).",
    );
  }),
};
