import { objectives } from "../objectives";
import { defineCheck, isClose, notALearningRate, numberVerdict } from "./check";

/** J(θ) = 2.5θ² (L = 5) for the one-step rate, J(θ) = 0.8θ² (L = 1.6) for the limit: not in the lesson. */
const steeper = objectives.quadratic({ A: [[5]], variables: ["θ"] });
const flatter = objectives.quadratic({ A: [[1.6]], variables: ["θ"] });

/** The hidden loss of exercise 5: J(θ) = (L/2)(θ − c)², with L and c not shown in the lesson. */
const MYSTERY_L = 17.6;
const MYSTERY_MINIMUM = 1.7;
const MYSTERY_STEPS = 20;
function mysteryGradient(theta: number): number {
  if (typeof theta !== "number" || !Number.isFinite(theta)) {
    throw new TypeError(`mysteryGradient takes a finite number θ, got ${String(theta)}`);
  }
  return MYSTERY_L * (theta - MYSTERY_MINIMUM);
}

/** Exercises of lesson 01, the learning rate. Each checks the learner's answer on J(θ) = θ². */
export const lesson01 = {
  /** The rate that lands on θ = 0 in one step on J(θ) = 2.5θ²: one step multiplies θ by 1 − 5η. */
  oneStepRate: defineCheck("The one-step learning rate on 2.5θ²", (eta: number) =>
    numberVerdict(
      eta,
      1 / steeper.smoothness!,
      1e-9,
      "J'(θ) = 5θ here, so one step gives θ₁ = (1 − 5η)·θ₀; which η makes that factor 0?",
    ),
  ),

  /** The largest stable rate on J(θ) = 0.8θ²: its curvature is L = 1.6, so the limit is 2/L. */
  stableLimit: defineCheck("The stability limit on 0.8θ²", (eta: number) =>
    numberVerdict(
      eta,
      2 / flatter.smoothness!,
      1e-3,
      "J''(θ) = 1.6 here, and GD is stable exactly when η < 2/L.",
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

  /** Exercise 5's hidden quadratic: `mystery.gradient(θ)`; probe it to find its curvature. */
  mystery: { gradient: mysteryGradient },

  /** A rate that takes GD on the hidden quadratic from θ₀ = 10 to within 1e-6 of its minimum in 20 steps. */
  rateForMysteryLoss: defineCheck("A rate for the mystery loss", (eta: number) => {
    const hint =
      "measure the curvature first: L = mysteryGradient(1) − mysteryGradient(0). Then each step multiplies the distance to the minimum by 1 − ηL; make that factor small.";
    const notARate = notALearningRate(eta, hint);
    if (notARate) return notARate;
    let theta = 10;
    for (let t = 0; t < MYSTERY_STEPS; t++) theta -= eta * mysteryGradient(theta);
    const distance = Math.abs(theta - MYSTERY_MINIMUM);
    if (distance < 1e-6) {
      return {
        pass: true,
        note: `After ${MYSTERY_STEPS} steps θ is ${distance.toExponential(1)} from the minimum (L was ${MYSTERY_L}, so 2/L = ${(2 / MYSTERY_L).toFixed(3)}).`,
      };
    }
    const factor = 1 - eta * MYSTERY_L;
    const what =
      Math.abs(factor) >= 1
        ? "it diverged: the rate is past the limit 2/L"
        : factor < 0
          ? "it oscillates across the minimum and shrinks too slowly"
          : "it creeps towards the minimum too slowly";
    return {
      pass: false,
      hint: `with η = ${eta}, θ ends ${Number.isFinite(distance) ? distance.toPrecision(3) : "infinitely far"} from the minimum after ${MYSTERY_STEPS} steps: ${what}. ${hint}`,
    };
  }),
};
