import {
  invalid,
  LrlabError,
  requireBoolean,
  requireIntegerIn,
  requireNumber,
  requirePoint,
  requirePositive,
  REQUIRED,
  parseOptions,
} from "../errors";
import { requireObjective } from "../objectives/require-objective";
import type { Objective, Vector } from "../objectives/objective";
import type { Optimizer } from "../optimizers/optimizer";
import { withSchedule } from "../optimizers/scheduled";
import { exponentialDecay } from "../schedules/course/decay";
import { minimize } from "./minimize";
import { rejectScheduleOption, requireOptimizer, requireRecordableSteps, type Run } from "./run";

export interface LrRangeTestOptions {
  x0: Vector;
  /**
   * The optimizer to test, with a number as its lr: the test sets its rate at every step (and
   * restores it afterwards), so an optimizer made with a schedule as lr is an error.
   */
  optimizer: Optimizer;
  /** First learning rate (default 1e-7, fastai's start_lr). */
  startLr?: number;
  /** Rate reached after numIt steps (default 10, fastai's end_lr). */
  endLr?: number;
  /** Number of steps, at least 6 (default 100, fastai's num_it). */
  numIt?: number;
  /** Stop once the smoothed loss exceeds 4× its best (default true, fastai's stop_div). */
  stopDiv?: boolean;
}

/** A suggested rate; the curve's point at `index` is where it was read (for minimum/10, the minimum). */
export interface LrSuggestion {
  readonly label: "valley" | "steep" | "minimum/10";
  readonly lr: number;
  readonly index: number;
}

export interface LrRangeTestResult {
  /** The rate of step i: startLr·(endLr/startLr)^(i/numIt). */
  readonly lrs: readonly number[];
  /** The loss at the parameters step i started from (fastai's pairing). */
  readonly losses: readonly number[];
  /** Debiased exponential moving average of `losses`, β = 0.98 (what fastai records and plots). */
  readonly smoothedLosses: readonly number[];
  /** "stopped": the smoothed loss passed 4× its best; "diverged": the run did; else "completed". */
  readonly status: "completed" | "stopped" | "diverged";
  readonly valley: number;
  readonly steep: number;
  readonly minimum: number;
  /** valley, steep and minimum/10 with where each was read, for plot.lrRangeTest. */
  readonly suggestions: readonly LrSuggestion[];
  /** The underlying run (its lrs and losses go on past the stop when stopDiv cut the curve). */
  readonly run: Run;
}

const BETA = 0.98;
/** fastai's start_lr, startLr's default. */
const START_LR = 1e-7;

/** fastai's `valley`: about half way along the longest strictly decreasing run of losses. */
function valleyIndex(losses: readonly number[]): number {
  const lengths = losses.map(() => 1);
  let start = 0;
  let end = 0;
  for (let i = 1; i < losses.length; i++) {
    for (let j = 0; j < i; j++) {
      if (losses[i] < losses[j] && lengths[i] < lengths[j] + 1) lengths[i] = lengths[j] + 1;
      if (lengths[end] < lengths[i]) {
        end = i;
        start = end - lengths[end];
      }
    }
  }
  const sections = (end - start) / 3;
  return start + Math.trunc(sections) + Math.trunc(sections / 2);
}

/** fastai's `steep`: the left end of the steepest fall of loss against log lr. */
function steepIndex(lrs: readonly number[], losses: readonly number[]): number {
  let best = 0;
  let steepest = Infinity;
  for (let i = 0; i + 1 < losses.length; i++) {
    const slope = (losses[i + 1] - losses[i]) / (Math.log(lrs[i + 1]) - Math.log(lrs[i]));
    if (slope < steepest) {
      steepest = slope;
      best = i;
    }
  }
  return best;
}

/**
 * Leslie Smith's learning-rate range test as fastai's `lr_find` runs it. Starting from x0, step i
 * uses lr = startLr·(endLr/startLr)^(i/numIt) for i = 0 … numIt − 1, and records the loss at the
 * parameters it started from, smoothed as s_i = a_i/(1 − βⁱ⁺¹) with a_i = β·a_{i−1} + (1 − β)·loss_i,
 * β = 0.98. With stopDiv it stops right after the first point where s_i > 4·min(s_0…s_i).
 *
 * Suggestions are read from the smoothed curve without its first numIt/10 and last 5 points (all
 * of it when that leaves fewer than 2), as fastai does:
 * - valley: take the longest decreasing subsequence of the losses, from its start index a to its
 *   end b; the index a + ⌊(b − a)/3⌋ + ⌊(b − a)/6⌋ (fastai's default).
 * - steep: the rate where the loss falls fastest against log lr (left end of the steepest segment).
 * - minimum: the rate with the lowest smoothed loss, divided by 10.
 *
 * Example: on f(x) = x² with sgd from x0 = [1] (plain GD is stable for lr < 1), the loss falls
 * from lr ≈ 1e-4, sits near 0 while lr < 1 and blows up after; with the defaults the test stops at
 * the last step (lr ≈ 8.3) and suggests valley ≈ 1.2e-3, steep ≈ 0.12, minimum/10 ≈ 0.33.
 */
export function lrRangeTest(objective: Objective, options: LrRangeTestOptions): LrRangeTestResult {
  requireObjective(objective);
  rejectScheduleOption(
    "lrRangeTest",
    options,
    "The test sets the rate itself, from startLr to endLr over numIt steps: drop schedule and give an optimizer with a number lr, such as optimizers.sgd({ momentum: 0.9 }).",
  );
  const { x0, optimizer, startLr, endLr, numIt, stopDiv } = parseOptions(
    "lrRangeTest",
    options,
    {
      x0: [REQUIRED, (name, value) => requirePoint(value, objective.dim, name)],
      optimizer: [REQUIRED, requireOptimizer],
      startLr: [START_LR, requirePositive],
      endLr: [
        10,
        (name, value) => {
          const startLr = options.startLr ?? START_LR;
          const accepted = `a finite number > startLr (${startLr})`;
          return requireNumber(name, value, accepted, (v) => v > startLr && Number.isFinite(v));
        },
      ],
      numIt: [
        100,
        (name, value) =>
          requireRecordableSteps(name, requireIntegerIn(name, value, 6, Infinity), objective.dim),
      ],
      stopDiv: [true, requireBoolean],
    },
    "{ x0: [1], optimizer: optimizers.sgd() }",
  );
  if (optimizer.schedule) {
    throw new LrlabError(
      `optimizer must have a number as its lr, as ${optimizer.name}() has (the test sets the ` +
        `rate itself), got ${optimizer.name} with the schedule ${optimizer.schedule.name}`,
    );
  }
  const schedule = exponentialDecay({ lr: startLr, decayRate: endLr / startLr, decaySteps: numIt });
  // The exponential schedule writes the optimizer's lr at every step; put the learner's back after.
  const lr = optimizer.lr;
  let run: Run;
  try {
    run = minimize(objective, {
      x0,
      optimizer: withSchedule(optimizer, schedule),
      steps: numIt,
      tol: 0,
    });
  } finally {
    optimizer.lr = lr;
  }
  if (run.steps === 0 && run.status === "converged") {
    throw invalid(
      "x0",
      "a point where the gradient is not 0 (from a stationary point no rate moves)",
      x0,
    );
  }

  const lrs: number[] = [];
  const losses: number[] = [];
  const smoothedLosses: number[] = [];
  let average = 0;
  let best = Infinity;
  let stopped = false;
  for (let i = 0; i < Math.min(numIt, run.losses.length) && !stopped; i++) {
    average = BETA * average + (1 - BETA) * run.losses[i];
    const smoothed = average / (1 - BETA ** (i + 1));
    lrs.push(schedule.lr(i));
    losses.push(run.losses[i]);
    smoothedLosses.push(smoothed);
    best = Math.min(best, smoothed);
    stopped = stopDiv && smoothed > 4 * best;
  }

  const trimmed = smoothedLosses.length - 5 - Math.floor(numIt / 10) >= 2;
  const offset = trimmed ? Math.floor(numIt / 10) : 0;
  const end = trimmed ? smoothedLosses.length - 5 : smoothedLosses.length;
  const curve = smoothedLosses.slice(offset, end);
  const curveLrs = lrs.slice(offset, end);
  const valley = offset + valleyIndex(curve);
  const steep = offset + steepIndex(curveLrs, curve);
  const lowest = offset + curve.indexOf(Math.min(...curve));
  const suggestions: LrSuggestion[] = [
    { label: "valley", lr: lrs[valley], index: valley },
    { label: "steep", lr: lrs[steep], index: steep },
    { label: "minimum/10", lr: lrs[lowest] / 10, index: lowest },
  ];
  return {
    lrs,
    losses,
    smoothedLosses,
    status: stopped ? "stopped" : run.status === "diverged" ? "diverged" : "completed",
    valley: lrs[valley],
    steep: lrs[steep],
    minimum: lrs[lowest] / 10,
    suggestions,
    run,
  };
}
