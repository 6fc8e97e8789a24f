import { objectives } from "../objectives";
import { defineCheck, isClose, numberVerdict } from "./check";

/** J(θ) = 3θ², the steeper loss of the lesson's "Where this breaks": L = 6. */
const threeThetaSquared = objectives.quadratic({ A: [[6]], variables: ["θ"] });

/** Exercises of lesson 01, the learning rate. Each checks the learner's answer on J(θ) = θ². */
export const lesson01 = {
  /** The rate that lands on θ = 0 in one step from any θ₀ (one step multiplies θ by 1 − 2η). */
  oneStepRate: defineCheck("The one-step learning rate", (eta: number) =>
    numberVerdict(
      eta,
      1 / objectives.thetaSquared.smoothness!,
      1e-9,
      "one step gives θ₁ = (1 − 2η)·θ₀; which η makes that factor 0?",
    ),
  ),

  /** The largest stable rate on J(θ) = 3θ²: its curvature is L = 6, so the limit is 2/L. */
  stableLimitFor3ThetaSquared: defineCheck("The stability limit on 3θ²", (eta: number) =>
    numberVerdict(
      eta,
      2 / threeThetaSquared.smoothness!,
      1e-3,
      "J''(θ) = 6 here, and GD is stable exactly when η < 2/L.",
    ),
  ),

  /** How many iterations from θ₀ = 10 with η = 0.1 until |θ| < 0.01 for the first time. */
  iterationsToReach001: defineCheck("Iterations until |θ| < 0.01", (iterations: number) => {
    let theta = 10;
    let needed = 0;
    while (Math.abs(theta) >= 0.01) {
      theta -= 0.1 * 2 * theta;
      needed++;
    }
    return numberVerdict(
      iterations,
      needed,
      0,
      "θ_t = 10 · 0.8^t; solve 10 · 0.8^t < 0.01, or run the loop and count.",
    );
  }),

  /** A gradient-descent step `(theta, lr) => newTheta` for J(θ) = θ², checked on many inputs. */
  gradientStep: defineCheck(
    "Your gradient-descent step",
    (step: (theta: number, lr: number) => number) => {
      for (const theta of [10, -3, 0.5, 0]) {
        for (const lr of [0.01, 0.1, 0.9]) {
          const expected = theta - lr * 2 * theta;
          const got = step(theta, lr);
          if (!isClose(got, expected, 1e-12)) {
            return {
              pass: false,
              hint: `step(${theta}, ${lr}) returned ${got}, expected ${expected}: θ − η·J'(θ) with J'(θ) = 2θ.`,
            };
          }
        }
      }
      return { pass: true, note: "That is exactly θ ← θ − η·∇J(θ)." };
    },
  ),
};
