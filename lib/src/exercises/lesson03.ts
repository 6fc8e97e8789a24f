import { objectives } from "../objectives";
import { schedules } from "../schedules";
import {
  beatsConstantVerdict,
  bestConstantRate,
  defineCheck,
  defineFunctionCheck,
  numberVerdict,
  scheduledSgd,
  sequenceMismatch,
  type Verdict,
} from "./check";

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

export type StepDecayGD = (
  wInit: number,
  df: (x: number) => number,
  epochs: number,
  lr: number,
  drop: number,
  every: number,
) => number[];

/** Derivatives of functions lrlab does not have, so the library's x² cannot stand in for df. */
const stepDecayCases = [
  {
    df: (x: number) => 2 * x + Math.sin(3 * x),
    what: "d/dx(x² − cos(3x)/3)",
    wInit: -1,
    epochs: 12,
    lr: 0.9,
    drop: 0.5,
    every: 3,
  },
  {
    df: (x: number) => 4 * x ** 3,
    what: "d/dx x⁴",
    wInit: 1.5,
    epochs: 10,
    lr: 0.1,
    drop: 0.3,
    every: 4,
  },
  { df: (x: number) => 2 * x, what: "d/dx x²", wInit: 3, epochs: 7, lr: 0.99, drop: 0.1, every: 2 },
];

/** The course's GD with step decay, as the learner writes it: every x from wInit on. */
const stepDecayPath: StepDecayGD = (wInit, df, epochs, lr, drop, every) => {
  const xs = [wInit];
  let x = wInit;
  for (let i = 0; i < epochs; i++) {
    x -= lr * drop ** Math.floor(i / every) * df(x);
    xs.push(x);
  }
  return xs;
};

/** Exercise 5: seed 004's regression, mini-batches of 2, 100 steps, 10 seeds the lesson never uses. */
const NOISY_STEPS = 100;
const NOISY_SEEDS = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110];
const CONSTANT_RATES = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7];
const BEAT_FACTOR = 5;

/** Mean excess full-batch loss over the last 10 of 100 mini-batch SGD steps, averaged over the seeds. */
function noisyScore(rate: (t: number) => number): number {
  const regression = objectives.noisyLineRegression;
  const bestLoss = regression.value(regression.minima![0]);
  let total = 0;
  for (const seed of NOISY_SEEDS) {
    const last = scheduledSgd(
      regression,
      rate,
      { batchSize: 2, seed, steps: NOISY_STEPS },
      (point, t) => {
        if (t >= NOISY_STEPS - 10) total += (regression.value(point) - bestLoss) / 10;
      },
    );
    if (!last) return Infinity;
  }
  return total / NOISY_SEEDS.length;
}

const bestConstant = bestConstantRate(CONSTANT_RATES, noisyScore);

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
   * The course's GD_decay changed to step decay, `(w_init, df, epochs, lr, drop, every) => xs`: run
   * on derivatives lrlab does not have, so only a loop of the learner's own can pass.
   */
  gdStepDecay: defineFunctionCheck(
    "Your GD with step decay",
    "exercises.lesson03.gdStepDecay(myGDStepDecay)",
    (gd: StepDecayGD): Verdict => {
      for (const { df, what, wInit, epochs, lr, drop, every } of stepDecayCases) {
        const expected = stepDecayPath(wInit, df, epochs, lr, drop, every);
        const seen: number[] = [];
        const got = gd(wInit, (x) => (seen.push(x), df(x)), epochs, lr, drop, every);
        const call = `myGDStepDecay(${wInit}, ${what}, ${epochs}, ${lr}, ${drop}, ${every})`;
        const hint =
          "start from GD_decay and change only the rate: lr_i = lr · drop^⌊i/every⌋ (Math.floor(i / every)), with i from 0; each step x ← x − lr_i·df(x).";
        const mismatch = sequenceMismatch(call, got, expected, hint);
        if (mismatch) {
          if (seen.length === 0) {
            return {
              pass: false,
              hint: `${call} never called df: the check's derivative is not x², so the update must use df(x). ${hint}`,
            };
          }
          return mismatch;
        }
        if (seen.length !== epochs) {
          return {
            pass: false,
            hint: `${call} called df ${seen.length} times; one call per epoch (${epochs}) is enough.`,
          };
        }
      }
      return { pass: true, note: "Step decay: the rate holds for `every` epochs, then drops." };
    },
  ),

  /** Steps from x = −1 with η = 0.97, decay = 0.2 until |x| < 1e-4 (not printed in the lesson). */
  stepsWithDecay: defineCheck("Steps to |x| < 1e-4 with η = 0.97, decay = 0.2", (steps: number) =>
    numberVerdict(
      steps,
      stepsToReach(0.97, 0.2, 1e-4),
      0,
      "run x ← x − η_i·2x from x = −1 with η_i = 0.97/(1 + 0.2·i) and count the steps until |x| < 0.0001.",
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

  /** A schedule `(t) => lr` that ends 5× below the best constant rate on noisy mini-batches in 100 steps. */
  beatConstantRate: defineFunctionCheck(
    "Your schedule on noisy gradients",
    "exercises.lesson03.beatConstantRate(mySchedule)",
    (schedule: (t: number) => number) => {
      const best = bestConstant();
      const yours = noisyScore(schedule);
      return beatsConstantVerdict(yours, best, BEAT_FACTOR, {
        note: (timesLower) =>
          `Excess loss ${yours.toExponential(2)} against ${best.score.toExponential(2)} for the best constant rate (${best.lr}): ${timesLower.toFixed(1)} times lower.`,
        diverged: "your schedule diverged or returned a bad rate",
        advice: `The noise floor falls with the rate: start large enough to arrive, and bring the rate close to 0 by step ${NOISY_STEPS}.`,
      });
    },
  ),
};
