/**
 * What `fromExpression` accepts: the functions mathjs can differentiate, each with the JavaScript
 * it compiles to, and the named constants.
 */

type Emit = (args: readonly string[]) => string;

const math =
  (name: string): Emit =>
  (args) =>
    `Math.${name}(${args[0]})`;
const reciprocal =
  (name: string): Emit =>
  (args) =>
    `1 / Math.${name}(${args[0]})`;
const ofReciprocal =
  (name: string): Emit =>
  (args) =>
    `Math.${name}(1 / ${args[0]})`;

/**
 * A lookup table without Object.prototype, so `name in table` and `table[name]` see only its own
 * entries: a formula's `toString` or `constructor` is an unknown name, not a built-in method.
 */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Function name → JavaScript for its (leaf) arguments. `log` takes an optional base. */
export const FUNCTIONS = table<Emit>({
  sin: math("sin"),
  cos: math("cos"),
  tan: math("tan"),
  sec: reciprocal("cos"),
  csc: reciprocal("sin"),
  cot: reciprocal("tan"),
  asin: math("asin"),
  acos: math("acos"),
  atan: math("atan"),
  asec: ofReciprocal("acos"),
  acsc: ofReciprocal("asin"),
  acot: ofReciprocal("atan"),
  sinh: math("sinh"),
  cosh: math("cosh"),
  tanh: math("tanh"),
  sech: reciprocal("cosh"),
  csch: reciprocal("sinh"),
  coth: reciprocal("tanh"),
  asinh: math("asinh"),
  acosh: math("acosh"),
  atanh: math("atanh"),
  asech: ofReciprocal("acosh"),
  acsch: ofReciprocal("asinh"),
  acoth: ofReciprocal("atanh"),
  exp: math("exp"),
  log: (args) =>
    args.length === 1 ? `Math.log(${args[0]})` : `Math.log(${args[0]}) / Math.log(${args[1]})`,
  log10: math("log10"),
  sqrt: math("sqrt"),
  cbrt: math("cbrt"),
  abs: math("abs"),
});

/** How many arguments each function takes; one unless listed. `pow(a, b)` is `a ^ b`. */
export const ARITY = table<readonly number[]>({ log: [1, 2], pow: [2] });

/** Named constants, as mathjs defines them. A variable of the same name takes precedence. */
export const CONSTANTS = table<number>({
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  phi: (1 + Math.sqrt(5)) / 2,
});

/** Operators by mathjs function name. */
export const OPERATORS = [
  "add",
  "subtract",
  "multiply",
  "divide",
  "pow",
  "unaryMinus",
  "unaryPlus",
];

export const SUPPORTED_FUNCTIONS = [...Object.keys(FUNCTIONS), "pow"].join(", ");
