import { invalid, requireFiniteArray, requireIntegerIn } from "../errors";
import type { Schedule, ScheduleContext } from "./schedule";

/** Checks a step index t: an integer ≥ 0. */
export function requireStep(t: number): number {
  return requireIntegerIn("t", t, 0, Infinity);
}

/** A time-based schedule from its formula: `lr(t)` checks t and ignores the context. */
export function timeSchedule(name: string, lrAt: (t: number) => number): Schedule {
  return { name, lr: (t) => lrAt(requireStep(t)) };
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
