import {
  LrlabError,
  invalid,
  requireChoice,
  requireFiniteArray,
  requireIntegerIn,
  requireNumber,
  type Check,
} from "../errors";
import type { Schedule, ScheduleContext } from "./schedule";

// Checks for the schedules' option tables (parseOptions), beyond the shared ones in errors.ts.

/** A check that the option is one of `choices`, e.g. oneOf("min", "max"). */
export function oneOf<T extends string>(...choices: T[]): Check<T> {
  return (parameter, value) => requireChoice(parameter, value, choices);
}

/** Checks an integer ≥ 0, such as a patience or a cooldown. */
export function requireCount(parameter: string, value: number): number {
  return requireIntegerIn(parameter, value, 0, Infinity);
}

/** Checks an integer ≥ 1, such as cosineAnnealingWarmRestarts' tMult. */
export function requireMultiplier(parameter: string, value: number): number {
  return requireIntegerIn(parameter, value, 1, Infinity);
}

/** Checks any integer, such as a seed. */
export function requireInteger(parameter: string, value: number): number {
  return requireNumber(parameter, value, "an integer", Number.isInteger);
}

/** Checks an array of step indices, integers ≥ 0 in any order (multiStepLR's milestones). */
export function requireSteps(parameter: string, value: readonly number[]): readonly number[] {
  if (!Array.isArray(value) || !value.every((m) => Number.isInteger(m) && m >= 0)) {
    throw invalid(parameter, "an array of integers ≥ 0", value);
  }
  return value;
}

/** Checks a function of the step t, such as lambdaLR's lrLambda. */
export function requireFunctionOfT<F>(parameter: string, value: F): F {
  if (typeof value !== "function") throw invalid(parameter, "a function of t", value);
  return value;
}

/** Checks a step index t: an integer ≥ 0. */
export function requireStep(t: number): number {
  return requireIntegerIn("t", t, 0, Infinity);
}

/** A time-based schedule from its formula: `lr(t)` checks t and ignores the context. */
export function timeSchedule(name: string, lrAt: (t: number) => number): Schedule {
  return { name, lr: (t) => lrAt(requireStep(t)) };
}

/**
 * A factory's schedule that another factory computes, under the factory's own name, as stepLR is
 * exponentialDecay with a staircase.
 */
export function renamed(name: string, schedule: Schedule): Schedule {
  return { ...schedule, name };
}

/**
 * A schedule driven by the loss and gradient at the current point, without state: `lr(t, ctx)`
 * checks t and the context (see requireContext), then gives `lrAt(ctx)`.
 */
export function contextSchedule(name: string, lrAt: (ctx: ScheduleContext) => number): Schedule {
  return {
    name,
    lr(t, ctx) {
      requireStep(t);
      return lrAt(requireContext(name, ctx));
    },
  };
}

/**
 * Checks that a context-driven schedule got `{ loss, grad }`: a finite loss and a gradient of finite
 * numbers, and with `readsX` the current parameters x as well, as long as grad.
 */
export function requireContext(
  name: string,
  ctx: ScheduleContext | undefined,
  readsX = false,
): ScheduleContext {
  if (typeof ctx !== "object" || ctx === null) {
    throw invalid("ctx", `{ loss, grad } at the current parameters (${name} reads them)`, ctx);
  }
  if (typeof ctx.loss !== "number" || !Number.isFinite(ctx.loss)) {
    throw invalid("ctx.loss", "a finite number", ctx.loss);
  }
  const { grad, x } = ctx;
  requireFiniteArray("ctx.grad", grad);
  if (readsX) {
    if (x == null) throw invalid("ctx.x", `the current parameters (${name} reads them)`, x);
    requireFiniteArray("ctx.x", x);
    if (x.length !== grad.length) {
      throw invalid("ctx.x", `an array as long as ctx.grad (${grad.length})`, x);
    }
  }
  return ctx;
}

/** Checks an option that must be a Schedule (an object with `lr`), such as restarts' `schedule`. */
export function requireSchedule(parameter: string, value: Schedule): Schedule {
  if (typeof value === "function") {
    throw new LrlabError(
      `${parameter} must be a Schedule such as schedules.constant({ lr: 0.01 }), got function: call the factory to make the schedule`,
    );
  }
  if (typeof value !== "object" || value === null || typeof value.lr !== "function") {
    throw invalid(parameter, "a Schedule such as schedules.constant({ lr: 0.01 })", value);
  }
  return value;
}

/**
 * A stateful schedule that must see every step in order: `start(ctx)` gives the rate at t = 0 and
 * clears its state, `next(ctx)` the rate at each following t. Asking for the same t twice returns
 * the same rate; skipping a step throws.
 */
export function orderedSchedule(
  name: string,
  state: { start(ctx?: ScheduleContext): number; next(ctx: ScheduleContext): number },
): Schedule {
  let lastT = -1;
  let rate = 0;
  return {
    name,
    reset: () => {
      lastT = -1;
    },
    lr(t, ctx) {
      if (requireStep(t) === lastT) return rate;
      if (t !== 0 && t !== lastT + 1) {
        const expected = lastT < 0 ? "0" : `0 or ${lastT + 1}`;
        throw invalid("t", `${expected} (${name} is stateful: call lr in order t = 0, 1, 2, …)`, t);
      }
      rate = t === 0 ? state.start(ctx) : state.next(requireContext(name, ctx));
      lastT = t;
      return rate;
    },
  };
}
