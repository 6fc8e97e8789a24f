import { invalid, requireNonNegative, requireOptions } from "../../errors";
import { requireSchedule, requireStep, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/**
 * PyTorch's LambdaLR: lr(t) = lr·lrLambda(t), for any multiplier you can write down.
 *
 * Example: lambdaLR({ lr: 0.1, lrLambda: (t) => 0.5 ** t }) gives 0.1, 0.05, 0.025 at t = 0…2.
 */
export function lambdaLR(options: { lr: number; lrLambda: (t: number) => number }): Schedule {
  requireOptions("lambdaLR", options, ["lr", "lrLambda"], "{ lr: 0.1, lrLambda: (t) => 0.9 ** t }");
  const lr = requireNonNegative("lr", options.lr);
  const { lrLambda } = options;
  if (typeof lrLambda !== "function") throw invalid("lrLambda", "a function of t", lrLambda);
  return timeSchedule("lambdaLR", (t) => lr * requireNonNegative(`lrLambda(${t})`, lrLambda(t)));
}

/**
 * PyTorch's SequentialLR: schedules[0] until milestones[0], then schedules[1] restarted at its own
 * t = 0, and so on. lr(t) = schedules[i].lr(t − milestones[i−1]) with i the number of
 * milestones ≤ t. Each schedule carries its own base lr, so this factory takes none.
 *
 * Example: sequentialLR({ schedules: [constant({ lr: 1 }), exponentialLR({ lr: 1, gamma: 0.5 })],
 * milestones: [2] }) gives 1, 1, 1, 0.5, 0.25 at t = 0…4.
 */
export function sequentialLR(options: {
  schedules: readonly Schedule[];
  milestones: readonly number[];
}): Schedule {
  const example = "{ schedules: [constant({ lr: 0.1 }), constant({ lr: 0.01 })], milestones: [5] }";
  requireOptions("sequentialLR", options, ["schedules", "milestones"], example);
  const { schedules, milestones } = options;
  if (!Array.isArray(schedules) || schedules.length === 0) {
    throw invalid("schedules", "a non-empty array of schedules", schedules);
  }
  schedules.forEach((schedule, i) => requireSchedule(`schedules[${i}]`, schedule));
  const increasing = (m: number, i: number) =>
    Number.isInteger(m) && m > (i === 0 ? 0 : milestones[i - 1]);
  if (
    !Array.isArray(milestones) ||
    milestones.length !== schedules.length - 1 ||
    !milestones.every(increasing)
  ) {
    throw invalid(
      "milestones",
      `${schedules.length - 1} increasing positive integers (one fewer than schedules)`,
      milestones,
    );
  }
  /** The schedule in charge at step t, and t counted from its own start. */
  const active = (t: number): [Schedule, number] => {
    requireStep(t);
    const i = milestones.filter((m) => m <= t).length;
    return [schedules[i], t - (i === 0 ? 0 : milestones[i - 1])];
  };
  const sequential: Schedule = {
    name: "sequentialLR",
    lr(t, ctx) {
      const [schedule, local] = active(t);
      return schedule.lr(local, ctx);
    },
    reset: () => schedules.forEach((schedule) => schedule.reset?.()),
  };
  if (schedules.some((schedule) => schedule.lrPerParameter)) {
    // Per-parameter rates where the active schedule has them, else its one rate for every parameter.
    sequential.lrPerParameter = (t, dim, ctx) => {
      const [schedule, local] = active(t);
      return (
        schedule.lrPerParameter?.(local, dim, ctx) ??
        new Float64Array(dim).fill(schedule.lr(local, ctx))
      );
    };
  }
  return sequential;
}
