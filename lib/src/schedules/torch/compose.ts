import { invalid, parseOptions, REQUIRED, requireNonNegative } from "../../errors";
import { requireFunctionOfT, requireSchedule, requireStep, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/** Options of lambdaLR: PyTorch's LambdaLR arguments in camelCase. */
export interface LambdaLROptions {
  /** The base learning rate that lrLambda(t) multiplies (≥ 0). Required. */
  lr: number;
  /** The multiplier at step t: a function giving a finite number ≥ 0 (checked). Required. */
  lrLambda: (t: number) => number;
}

/**
 * PyTorch's LambdaLR: lr(t) = lr·lrLambda(t), for any multiplier you can write down.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.lambdaLR({ lr: 0.1, lrLambda: (t) => 0.5 ** t });
 * [0, 1, 2].map((t) => s.lr(t)); // → [0.1, 0.05, 0.025]
 * ```
 */
export function lambdaLR(options: LambdaLROptions): Schedule {
  const { lr, lrLambda } = parseOptions(
    "lambdaLR",
    options,
    {
      lr: [REQUIRED, requireNonNegative],
      lrLambda: [REQUIRED, requireFunctionOfT],
    },
    "{ lr: 0.1, lrLambda: (t) => 0.9 ** t }",
  );
  return timeSchedule("lambdaLR", (t) => lr * requireNonNegative(`lrLambda(${t})`, lrLambda(t)));
}

/** Options of sequentialLR: PyTorch's SequentialLR arguments (each schedule has its own lr). */
export interface SequentialLROptions {
  /** The schedules to run one after another (a non-empty array of Schedules). Required. */
  schedules: readonly Schedule[];
  /**
   * The steps at which each next schedule takes over: increasing positive integers, one fewer than
   * schedules. Required.
   */
  milestones: readonly number[];
}

/** Checks that `value` is a non-empty array of Schedules. */
function requireSchedules(parameter: string, value: readonly Schedule[]): readonly Schedule[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid(parameter, "a non-empty array of schedules", value);
  }
  value.forEach((schedule, i) => requireSchedule(`${parameter}[${i}]`, schedule));
  return value;
}

/**
 * PyTorch's SequentialLR: schedules[0] until milestones[0], then schedules[1] restarted at its own
 * t = 0, and so on. lr(t) = schedules[i].lr(t − milestones[i−1]) with i the number of
 * milestones ≤ t. Each schedule carries its own base lr, so this factory takes none. The context,
 * `reset` and per-parameter rates pass through to the schedule in charge.
 *
 * When any of the schedules cycles momentum (oneCycleLR, cyclicLR), so does the sequence:
 * momentum(t) is the momentum of the schedule in charge, counted from its own start. A schedule
 * without momentum leaves the optimizer's momentum where the one before it ended, as PyTorch's
 * schedulers that do not touch `group["momentum"]`; before the first momentum-cycling schedule it
 * is that schedule's starting momentum, which PyTorch's OneCycleLR and CyclicLR write to the
 * optimizer when they are made.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.sequentialLR({
 *   schedules: [schedules.constant({ lr: 1 }), schedules.exponentialLR({ lr: 1, gamma: 0.5 })],
 *   milestones: [2],
 * });
 * [0, 1, 2, 3, 4].map((t) => s.lr(t)); // → [1, 1, 1, 0.5, 0.25]
 * // Warm up at a constant rate, then one cycle: momentum follows the cycle, and holds before it.
 * const cycle = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
 * const warm = schedules.sequentialLR({
 *   schedules: [schedules.constant({ lr: 0.01 }), cycle],
 *   milestones: [2],
 * });
 * [0, 1, 2, 3, 4].map((t) => warm.momentum!(t)); // → [0.95, 0.95, 0.95, 0.9, 0.85]
 * ```
 */
export function sequentialLR(options: SequentialLROptions): Schedule {
  const { schedules, milestones } = parseOptions(
    "sequentialLR",
    options,
    {
      schedules: [REQUIRED, requireSchedules],
      // The table checks in order, so schedules is known to be good here.
      milestones: [REQUIRED, (parameter, value) => requireMilestones(parameter, value, options)],
    },
    "{ schedules: [constant({ lr: 0.1 }), constant({ lr: 0.01 })], milestones: [5] }",
  );
  /** Where schedules[i] starts. */
  const startOf = (i: number) => (i === 0 ? 0 : milestones[i - 1]);
  /** The index of the schedule in charge at step t, and t counted from its own start. */
  const active = (t: number): [number, number] => {
    requireStep(t);
    const i = milestones.filter((m) => m <= t).length;
    return [i, t - startOf(i)];
  };
  const sequential: Schedule = {
    name: "sequentialLR",
    lr(t, ctx) {
      const [i, local] = active(t);
      return schedules[i].lr(local, ctx);
    },
    reset: () => schedules.forEach((schedule) => schedule.reset?.()),
  };
  if (schedules.some((schedule) => schedule.lrPerParameter)) {
    // Per-parameter rates where the active schedule has them, else its one rate for every parameter.
    sequential.lrPerParameter = (t, dim, ctx) => {
      const [i, local] = active(t);
      const schedule = schedules[i];
      return (
        schedule.lrPerParameter?.(local, dim, ctx) ??
        new Float64Array(dim).fill(schedule.lr(local, ctx))
      );
    };
  }
  const first = schedules.findIndex((schedule) => schedule.momentum);
  if (first >= 0) {
    sequential.momentum = (t) => {
      const [i, local] = active(t);
      if (schedules[i].momentum) return schedules[i].momentum!(local);
      // Held over: the last value of the latest momentum-cycling schedule before this one.
      for (let j = i - 1; j >= 0; j--) {
        if (schedules[j].momentum) return schedules[j].momentum!(startOf(j + 1) - startOf(j) - 1);
      }
      return schedules[first].momentum!(0);
    };
  }
  return sequential;
}

/** Checks sequentialLR's milestones against its (already checked) schedules. */
function requireMilestones(
  parameter: string,
  milestones: readonly number[],
  { schedules }: SequentialLROptions,
): readonly number[] {
  const increasing = (m: number, i: number) =>
    Number.isInteger(m) && m > (i === 0 ? 0 : milestones[i - 1]);
  if (
    !Array.isArray(milestones) ||
    milestones.length !== schedules.length - 1 ||
    !milestones.every(increasing)
  ) {
    throw invalid(
      parameter,
      `${schedules.length - 1} increasing positive integers (one fewer than schedules)`,
      milestones,
    );
  }
  return milestones;
}
