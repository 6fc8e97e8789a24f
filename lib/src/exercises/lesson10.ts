import { optimizers } from "../optimizers";
import { train } from "../runner/train";
import { schedules } from "../schedules";
import type { Schedule } from "../schedules/schedule";
import { defineCheck, notALearningRate, type Verdict } from "./check";
import { digitsData, digitsNetwork } from "./digits";

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

// Exercise 1: the reference run, and the new batch size.
const SCALE_SEEDS = [31, 32, 33];
const REFERENCE = { batchSize: 20, lr: 0.03, epochs: 6 };
const NEW_BATCH = 400;
/** The final training loss may differ from the reference run's by at most this fraction. */
const SCALE_BAND = 0.25;
let referenceLoss: number | undefined;
/** The question that leads to the answer, at the end of every hint. */
const ADVICE =
  "Which quantity did this lesson find decides where a run stands after a given number of epochs?";

/** Mean final training loss of plain SGD on the 64-32-10 network, over the exercise's seeds. */
function finalLoss(lr: number, batchSize: number): number {
  const net = digitsNetwork([32]);
  return mean(
    SCALE_SEEDS.map((seed) => {
      const run = train(net, {
        optimizer: optimizers.sgd({ lr }),
        epochs: REFERENCE.epochs,
        batchSize,
        seed,
        progress: false,
        evaluateEvery: 1e6,
      });
      return run.status === "diverged" ? Infinity : run.final.trainLoss;
    }),
  );
}

// Exercise 2: the failing deep Adam run.
const WARMUP = { hidden: [32, 32, 32, 32], lr: 0.15, batchSize: 256, epochs: 10 };
const WARMUP_SEEDS = [41, 42, 43];
/** The run's steps: WARMUP.epochs epochs of ⌈rows / batchSize⌉ batches (10 · ⌈1438 / 256⌉ = 60). */
function warmupSteps(): number {
  return WARMUP.epochs * Math.ceil(digitsNetwork(WARMUP.hidden).rows / WARMUP.batchSize);
}
/** A warm-up starts at most this fraction of the peak, and stays above WARMUP_HOLD of it after. */
const WARMUP_START = 0.25;
const WARMUP_HOLD = 0.5;
/** Steps after the rate first reaches its peak during which it must stay ≥ WARMUP_HOLD·peak. */
const WARMUP_HOLD_STEPS = 10;
/** Every seed must reach this validation accuracy, and their mean WARMUP_MEAN. */
const WARMUP_EACH = 0.85;
const WARMUP_MEAN = 0.88;

/** The answer's rates at steps 0 … steps − 1. */
function ratesOf(answer: Schedule | ((t: number) => number), steps: number): number[] {
  const lrAt =
    typeof answer === "function"
      ? answer
      : typeof answer === "object" && answer !== null && typeof answer.lr === "function"
        ? (t: number) => answer.lr(t)
        : undefined;
  if (lrAt === undefined) {
    throw new Error(
      `give a schedule such as schedules.warmupCosine({ … }) or a function (t) => η, got ${String(answer)}`,
    );
  }
  if (typeof answer === "object") answer.reset?.();
  return Array.from({ length: steps }, (_, t) => lrAt(t));
}

/** Validation accuracy of the exercise's run with these rates, on each of WARMUP_SEEDS. */
function accuraciesOf(rates: number[]): number[] {
  const net = digitsNetwork(WARMUP.hidden);
  const { validation } = digitsData();
  return WARMUP_SEEDS.map((seed) => {
    const run = train(net, {
      optimizer: optimizers.adam({
        lr: schedules.lambdaLR({ lr: 1, lrLambda: (t) => rates[Math.min(t, rates.length - 1)] }),
      }),
      epochs: WARMUP.epochs,
      batchSize: WARMUP.batchSize,
      seed,
      validation,
      evaluateEvery: 1e6,
      progress: false,
    });
    return run.status === "diverged" ? 0 : run.final.validationAccuracy;
  });
}
const shownAccuracies = (accuracies: number[]) =>
  accuracies.map((a) => `${(100 * a).toFixed(1)}%`).join(", ");

// Exercise 3: the Robbins–Monro conditions.
const SCHEDULE_CHOICES = ["constant", "exponential", "1/t", "1/sqrt(t)", "1/t^0.75", "1/t^2"];
/** Σηₜ = ∞ and Σηₜ² < ∞: ηₜ ∝ t^−p with 1/2 < p ≤ 1. */
const ROBBINS_MONRO = ["1/t", "1/t^0.75"];

/** Exercises of lesson 10, batch size, noise and warm-up. */
export const lesson10 = {
  /**
   * Scale η from the reference run (batches of 20, η = 0.03, 6 epochs) to batches of 400. The check
   * trains both on fresh seeds and passes when the final training losses agree to within 25%.
   */
  scaleForBatch: defineCheck(`Your η for batches of ${NEW_BATCH}`, (eta: number): Verdict => {
    const notARate = notALearningRate(eta, ADVICE);
    if (notARate) return notARate;
    referenceLoss ??= finalLoss(REFERENCE.lr, REFERENCE.batchSize);
    const loss = finalLoss(eta, NEW_BATCH);
    const ratio = loss / referenceLoss;
    const measured = `after ${REFERENCE.epochs} epochs on seeds ${SCALE_SEEDS.join(", ")} the reference (batches of ${REFERENCE.batchSize}, η = ${REFERENCE.lr}) ends at a training loss of ${referenceLoss.toFixed(3)}, yours (batches of ${NEW_BATCH}, η = ${eta}) at ${Number.isFinite(loss) ? loss.toFixed(3) : "divergence"}`;
    if (Math.abs(ratio - 1) <= SCALE_BAND) {
      return {
        pass: true,
        note: `${measured}: the same training, with ${NEW_BATCH / REFERENCE.batchSize} times fewer steps.`,
      };
    }
    const direction =
      ratio > 1
        ? "higher: with the same epochs, a larger batch takes fewer steps, so each step must go further"
        : "lower: your run trained further than the reference, so its η/B is larger";
    return {
      pass: false,
      hint: `${measured}, ${(100 * Math.abs(ratio - 1)).toFixed(0)}% ${direction}. ${ADVICE}`,
    };
  }),

  /**
   * A warm-up for Adam (lr 0.15) on a 64-32-32-32-32-10 ReLU network, batches of 256, 10 epochs
   * (60 steps). The schedule must be a warm-up: start at most 25% of the peak 0.15, climb without
   * going down to its first reach of the peak, by step 30, never exceed it, and stay at half of it
   * or more for the 10 steps after. Then the check trains it on three fresh seeds.
   */
  warmupSchedule: defineCheck(
    "Your warm-up",
    (answer: Schedule | ((t: number) => number)): Verdict => {
      const steps = warmupSteps();
      const rates = ratesOf(answer, steps);
      const bad = rates.findIndex((r) => typeof r !== "number" || !Number.isFinite(r) || r < 0);
      if (bad >= 0) {
        return {
          pass: false,
          hint: `the rate at step ${bad} is ${String(rates[bad])}: every rate must be a finite number ≥ 0.`,
        };
      }
      const peak = Math.max(...rates);
      if (peak > WARMUP.lr * (1 + 1e-9) || peak < 0.99 * WARMUP.lr) {
        return {
          pass: false,
          hint: `the run must reach its full rate ${WARMUP.lr} and never go above it (a warm-up changes how you get there, not where), but your highest rate over the ${steps} steps is ${+peak.toPrecision(4)}.`,
        };
      }
      // The first step at (within 1% of) the peak: the warm-up is everything before it.
      const top = rates.findIndex((r) => r >= 0.99 * peak);
      if (rates[0] > WARMUP_START * peak) {
        const accuracies = accuraciesOf(rates);
        return {
          pass: false,
          hint: `your rate starts at ${+rates[0].toPrecision(3)}, ${((100 * rates[0]) / peak).toFixed(0)}% of its peak: that is no warm-up. Trained as it is, it reaches ${shownAccuracies(accuracies)} on seeds ${WARMUP_SEEDS.join(", ")}. A warm-up starts small (at most ${100 * WARMUP_START}% of the peak) and climbs to the full rate.`,
        };
      }
      if (top > steps / 2) {
        return {
          pass: false,
          hint: `your rate first reaches ${WARMUP.lr} at step ${top}: a warm-up should take at most half of the ${steps} steps (here ${steps / 2}), so that most of the run is spent at a useful rate.`,
        };
      }
      const fall = rates.slice(0, top + 1).findIndex((r, t) => t > 0 && r < rates[t - 1] - 1e-12);
      if (fall >= 0) {
        return {
          pass: false,
          hint: `your rate goes down at step ${fall} (${+rates[fall - 1].toPrecision(3)} → ${+rates[fall].toPrecision(3)}), before it first reaches the peak at step ${top}: a warm-up climbs steadily from a small start to the full rate.`,
        };
      }
      const held = rates.slice(top, top + WARMUP_HOLD_STEPS);
      const drop = held.findIndex((r) => r < WARMUP_HOLD * peak);
      if (drop >= 0) {
        return {
          pass: false,
          hint: `your rate reaches ${WARMUP.lr} at step ${top} but is down to ${+held[drop].toPrecision(3)} at step ${top + drop}: after the warm-up the run should train near the full rate (at least half of it for ${WARMUP_HOLD_STEPS} steps), or the warm-up only led to a low rate.`,
        };
      }
      const accuracies = accuraciesOf(rates);
      const shown = shownAccuracies(accuracies);
      if (Math.min(...accuracies) >= WARMUP_EACH && mean(accuracies) >= WARMUP_MEAN) {
        return {
          pass: true,
          note: `validation accuracy on seeds ${WARMUP_SEEDS.join(", ")}: ${shown}, from a run that fails without warm-up.`,
        };
      }
      return {
        pass: false,
        hint: `validation accuracy on seeds ${WARMUP_SEEDS.join(", ")}: ${shown}; every seed needs ${100 * WARMUP_EACH}% and their mean ${100 * WARMUP_MEAN}%. Is the warm-up long enough for Adam's first steps to become small, and does the rate come down again by the end?`,
      };
    },
  ),

  /** Which of the decays ηₜ ∝ … satisfy both Robbins–Monro conditions. */
  robbinsMonro: defineCheck(
    "The schedules that satisfy Robbins–Monro",
    (names: string[]): Verdict => {
      if (!Array.isArray(names) || names.some((n) => !SCHEDULE_CHOICES.includes(n))) {
        return {
          pass: false,
          hint: `give an array of names from ${SCHEDULE_CHOICES.map((n) => JSON.stringify(n)).join(", ")}, got ${JSON.stringify(names)}.`,
        };
      }
      const chosen = new Set(names);
      const missing = ROBBINS_MONRO.filter((n) => !chosen.has(n));
      const extra = [...chosen].filter((n) => !ROBBINS_MONRO.includes(n));
      if (missing.length === 0 && extra.length === 0) {
        return { pass: true, note: "ηₜ ∝ t^−p satisfies both exactly when 1/2 < p ≤ 1." };
      }
      return {
        pass: false,
        hint: `${extra.length > 0 ? `${extra.map((n) => JSON.stringify(n)).join(", ")} fails one of the conditions` : `you missed ${missing.length} of them`}. For ηₜ = t^−p: Σ t^−p is infinite for p ≤ 1, Σ t^−2p is finite for 2p > 1. A constant or an exponential decay is not a power of t: check their sums directly.`,
      };
    },
  ),
};
