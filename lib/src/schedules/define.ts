import { invalid } from "../errors";
import type { Schedule } from "./schedule";

/** Checks a step index t: an integer ≥ 0. */
export function requireStep(t: number): number {
  if (typeof t !== "number" || !Number.isInteger(t) || t < 0) {
    throw invalid("t", "an integer ≥ 0", t);
  }
  return t;
}

/** Checks one numeric option: a number for which `ok` holds, else "<parameter> must be <accepted>". */
export function requireNumber(
  parameter: string,
  value: number,
  accepted: string,
  ok: (value: number) => boolean,
): number {
  if (typeof value !== "number" || Number.isNaN(value) || !ok(value)) {
    throw invalid(parameter, accepted, value);
  }
  return value;
}

/** Checks an option that must be one of a few strings. */
export function requireChoice<T extends string>(
  parameter: string,
  value: T,
  choices: readonly T[],
): T {
  if (!choices.includes(value)) {
    throw invalid(parameter, `one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`, value);
  }
  return value;
}

/** A time-based schedule from its formula: `lr(t)` checks t and ignores the context. */
export function timeSchedule(name: string, lrAt: (t: number) => number): Schedule {
  return { name, lr: (t) => lrAt(requireStep(t)) };
}
