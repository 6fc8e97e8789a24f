import { objectives } from "../objectives";
import { optimizers } from "../optimizers";
import { minimize } from "../runner";
import { defineCheck, numberVerdict, sequenceMismatch } from "./check";

/** Where exercise 4 starts on the ill-conditioned bowl 0.1x² + 2y². */
const BOWL_START = [-4.5, 2];

/** Exercises of lesson 04, momentum: the course's v ← βv − α·∇f(x), x ← x + v. */
export const lesson04 = {
  /**
   * The course's GD_momentum on x², as `(xStart, epochs, lr, momentum) => xs` with xs[0] = xStart;
   * compared with optimizers.classicMomentum on several settings.
   */
  gdMomentum: defineCheck(
    "Your GD_momentum",
    (gd: (xStart: number, epochs: number, lr: number, momentum: number) => number[]) => {
      for (const [xStart, epochs, lr, momentum] of [
        [-5, 6, 0.1, 0.5],
        [-5, 6, 0.9, 0.1],
        [3, 8, 0.01, 0.9],
        [1, 4, 0.3, 0],
      ]) {
        const expected = minimize(objectives.xSquared, {
          x0: [xStart],
          optimizer: optimizers.classicMomentum({ lr, momentum }),
          steps: epochs,
          tol: 0,
        }).xs.map((x) => x[0]);
        const mismatch = sequenceMismatch(
          `myGDMomentum(${xStart}, ${epochs}, ${lr}, ${momentum})`,
          gd(xStart, epochs, lr, momentum),
          expected,
          "Return the start and every iterate; start with v = 0, then each step v ← momentum·v − lr·2x and x ← x + v.",
        );
        if (mismatch) return mismatch;
      }
      return { pass: true, note: "That is the course's GD_momentum." };
    },
  ),

  /** The speed |v| approached on a constant slope (gradient 1) with α = 0.01, β = 0.9. */
  terminalSpeed: defineCheck("The speed on a constant slope", (speed: number) => {
    const optimizer = optimizers.classicMomentum({ lr: 0.01, momentum: 0.9 });
    const x = new Float64Array([0]);
    for (let t = 0; t < 1000; t++) optimizer.step(x, [1]);
    const velocity = optimizer.state.buffers.velocity[0];
    return numberVerdict(
      speed,
      Math.abs(velocity),
      1e-6,
      "unroll v = −α(g + βg + β²g + …): the geometric series sums to α·g/(1 − β).",
    );
  }),

  /** The largest stable learning rate on x² (λ = 2) with β = 0.9: ηλ < 2 + 2β. */
  largestStableRate: defineCheck("The largest stable rate with β = 0.9", (eta: number) => {
    const lambda = objectives.xSquared.smoothness ?? 2;
    return numberVerdict(
      eta,
      (2 + 2 * 0.9) / lambda,
      1e-3,
      "momentum converges when 0 < ηλ < 2 + 2β; here λ = 2 and β = 0.9.",
    );
  }),

  /** Any β in [0, 1) with which classic momentum at η = 0.8 converges on 0.1x² + 2y². */
  betaForEta08: defineCheck("A momentum that tames η = 0.8", (beta: number) => {
    if (typeof beta !== "number" || !(beta >= 0 && beta < 1)) {
      return { pass: false, hint: `β should be a number with 0 ≤ β < 1, got ${String(beta)}.` };
    }
    const run = minimize(objectives.illConditioned, {
      x0: BOWL_START,
      optimizer: optimizers.classicMomentum({ lr: 0.8, momentum: beta }),
      steps: 2000,
      tol: 1e-6,
    });
    if (run.status === "converged") {
      return { pass: true, note: `With β = ${beta} it converged in ${run.steps} steps.` };
    }
    return {
      pass: false,
      hint: `with β = ${beta} the run ${run.status === "diverged" ? "diverged" : "did not converge within 2000 steps"}. The steep direction has λ = 4, so ηλ = 3.2 must be below 2 + 2β.`,
    };
  }),
};
