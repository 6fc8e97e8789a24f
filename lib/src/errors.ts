/** Thrown for bad input: names the parameter, what is accepted, and what was given. */
export class LrlabError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LrlabError";
  }
}

/** Stack frames that are not the caller's: lrlab's, its dependencies', Node's, built-ins', tslab's. */
const NOT_THE_CALLERS = [
  __dirname,
  "node_modules",
  "(node:",
  "at node:",
  "(<anonymous>)",
  "evalmachine.<anonymous>",
];

/**
 * How Node prints an LrlabError (console.log, a notebook cell's error, an uncaught error): the
 * message, then only the caller's stack frames, so a learner sees what to change rather than
 * lrlab's internals. In a notebook that is the message alone. `error.stack` keeps every frame.
 */
Object.defineProperty(LrlabError.prototype, Symbol.for("nodejs.util.inspect.custom"), {
  value(this: LrlabError): string {
    const callerFrames = (this.stack ?? "")
      .split("\n")
      .filter((line) => /^\s+at /.test(line))
      .filter((frame) => !NOT_THE_CALLERS.some((marker) => frame.includes(marker)));
    return [`${this.name}: ${this.message}`, ...callerFrames].join("\n");
  },
});

/** Shows a received value briefly, for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value == null)
    return String(value);
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const head = items.slice(0, 6).map(describe).join(", ");
    return `[${head}${items.length > 6 ? ", …" : ""}] (length ${items.length})`;
  }
  return typeof value;
}

/** `parameter must be <accepted>, got <value>` as an LrlabError. */
export function invalid(parameter: string, accepted: string, got: unknown): LrlabError {
  return new LrlabError(`${parameter} must be ${accepted}, got ${describe(got)}`);
}

export function requireFinite(parameter: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalid(parameter, "a finite number", value);
  }
  return value;
}

export function requireNonNegative(parameter: string, value: number): number {
  if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
    throw invalid(parameter, "a finite number ≥ 0", value);
  }
  return value;
}

export function requirePositiveInteger(parameter: string, value: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
    throw invalid(parameter, "a positive integer", value);
  }
  return value;
}

/**
 * Checks an options argument: an object whose keys are all `known`, else an LrlabError naming
 * `name`, e.g. `adam options must be an object such as { lr: 0.01 }, got 0.01` or
 * `adam option must be one of lr, betas, eps, got "weight_decay"` (catching misspelt names).
 */
export function requireOptions<T>(
  name: string,
  given: T,
  known: readonly string[],
  example: string,
): T {
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw invalid(`${name} options`, `an object such as ${example}`, given);
  }
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) throw invalid(`${name} option`, `one of ${known.join(", ")}`, key);
  }
  return given;
}

export function requireBoolean(parameter: string, value: boolean): boolean {
  if (typeof value !== "boolean") throw invalid(parameter, "true or false", value);
  return value;
}

/**
 * Checks a factor in (0, 1], such as LinearLR's startFactor (0 would never warm up) or
 * Schedule-Free's interpolation b1.
 */
export function requirePositiveFraction(parameter: string, value: number): number {
  return requireNumber(parameter, value, "a number in (0, 1]", (v) => v > 0 && v <= 1);
}

/** Checks a text option, such as a title or a label. */
export function requireText(parameter: string, value: string): string {
  if (typeof value !== "string") throw invalid(parameter, "a string", value);
  return value;
}

/** Requires an integer from `min` to `max` (no upper bound when max is Infinity). */
export function requireIntegerIn(
  parameter: string,
  value: number,
  min: number,
  max: number,
): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const accepted = max === Infinity ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
    throw invalid(parameter, accepted, value);
  }
  return value;
}

export function requirePositive(parameter: string, value: number): number {
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
    throw invalid(parameter, "a finite number > 0", value);
  }
  return value;
}

/** Requires 0 < value < 1, e.g. a fraction of the rows. */
export function requireOpenUnitInterval(parameter: string, value: number): number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    throw invalid(parameter, "a number in (0, 1)", value);
  }
  return value;
}

/** A seed of lrlab's generator: an integer from 0 to 2³² − 1. */
export function requireSeed(parameter: string, value: number): number {
  return requireIntegerIn(parameter, value, 0, 2 ** 32 - 1);
}

/** Requires 0 ≤ value ≤ 1, as PyTorch does for Adadelta's rho and LinearLR's factors. */
export function requireClosedUnitInterval(parameter: string, value: number): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw invalid(parameter, "a number in [0, 1]", value);
  }
  return value;
}

/** Requires 0 ≤ value < 1, as PyTorch does for betas, alpha and rho. */
export function requireUnitInterval(parameter: string, value: number): number {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) {
    throw invalid(parameter, "a number in [0, 1)", value);
  }
  return value;
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

/** Checks that `value` is an array or typed array of finite numbers (ctx.grad, ctx.x). */
export function requireFiniteArray(parameter: string, value: ArrayLike<number>): ArrayLike<number> {
  const arrayLike =
    Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  let finite = arrayLike;
  for (let i = 0; finite && i < value.length; i++) finite = Number.isFinite(value[i]);
  if (!finite) throw invalid(parameter, "an array of finite numbers", value);
  return value;
}

/** Why `x` is not `dim` finite numbers (a point, a start x0, a vector option), or undefined. O(dim). */
export function pointError(
  x: ArrayLike<number>,
  dim: number,
  parameter = "x",
): LrlabError | undefined {
  if (x == null || typeof x !== "object" || x.length !== dim) {
    return invalid(parameter, `an array of ${dim} finite number${dim === 1 ? "" : "s"}`, x);
  }
  for (let i = 0; i < dim; i++) {
    if (!Number.isFinite(x[i])) return invalid(`${parameter}[${i}]`, "a finite number", x[i]);
  }
  return undefined;
}

/**
 * Checks that `x` holds `dim` finite numbers and returns it. Every objective's `value`, `gradient`
 * and `hessian` checks its input first, so bad input is an error that names `x`, never a NaN that
 * spreads.
 */
export function requirePoint<V extends ArrayLike<number>>(x: V, dim: number, parameter = "x"): V {
  const error = pointError(x, dim, parameter);
  if (error !== undefined) throw error;
  return x;
}

/** The error for an `out` array that is not a Float64Array of length `dim`. */
export function outputError(out: unknown, dim: number): LrlabError {
  return invalid("out", `a Float64Array of length ${dim}`, out);
}

/** Checks one option and returns it: throws an LrlabError naming `parameter` when it is bad. */
export type Check<T> = (parameter: string, value: T) => T;

/** Marks an option that has no default: leaving it out is an error. */
export const REQUIRED = Symbol("required");

/**
 * The spec table of a factory's options: for each option, its default and its check. The default
 * REQUIRED makes the option required; undefined leaves a missing option undefined. The accepted
 * names are the table's keys.
 */
export type OptionSpec<T> = {
  [K in keyof T]-?: readonly [
    Exclude<T[K], undefined> | typeof REQUIRED | undefined,
    Check<Exclude<T[K], undefined>>,
  ];
};

/** What parseOptions returns: every option filled in, undefined only where the default is undefined. */
export type ParsedOptions<T, S> = {
  [K in keyof Required<T>]: K extends keyof S
    ? S[K] extends readonly [undefined, unknown]
      ? Exclude<T[K], undefined> | undefined
      : Exclude<T[K], undefined>
    : never;
};

/**
 * The one way lrlab reads an options object: rejects a non-object and unknown names (e.g.
 * `weight_decay`, via requireOptions), fills in defaults, and checks every given or required value.
 * It checks in the table's order, so a later check may use what an earlier one found (the size of
 * a matrix, for a vector that must fit it).
 *
 * Example:
 *
 * ```ts
 * parseOptions("stepLR", { lr: 0.1, stepSize: 10 }, {
 *   lr: [REQUIRED, requireNonNegative],
 *   stepSize: [REQUIRED, requirePositiveInteger],
 *   gamma: [0.1, requireNonNegative],
 * }, "{ lr: 0.1, stepSize: 10 }"); // → { lr: 0.1, stepSize: 10, gamma: 0.1 }
 * ```
 */
export function parseOptions<T extends object, S extends OptionSpec<T>>(
  name: string,
  given: T,
  spec: S,
  example: string,
): ParsedOptions<T, S> {
  const table = spec as Record<string, readonly [unknown, Check<unknown>]>;
  requireOptions(name, given, Object.keys(table), example);
  const parsed: Record<string, unknown> = {};
  for (const [key, [fallback, check]] of Object.entries(table)) {
    const value = (given as Record<string, unknown>)[key];
    parsed[key] = value === undefined && fallback !== REQUIRED ? fallback : check(key, value);
  }
  return parsed as ParsedOptions<T, S>;
}
