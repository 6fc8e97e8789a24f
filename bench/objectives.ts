// Objectives benchmark: fromExpression's compiled closures against hand-written TypeScript and
// mathjs's own compile().evaluate(), on the same points, in one run.
import { compile, derivative } from "mathjs";
import { fromExpression } from "lrlab";

type Point = Float64Array;

interface Case {
  expression: string;
  variables: string[];
  /** The same function and gradient written by hand. */
  value(p: Point): number;
  gradient(p: Point, out: Float64Array): Float64Array;
}

const CASES: Case[] = [
  {
    expression: "3x^2 - 3x + 4",
    variables: ["x"],
    value: (p) => 3 * p[0] * p[0] - 3 * p[0] + 4,
    gradient(p, out) {
      out[0] = 6 * p[0] - 3;
      return out;
    },
  },
  {
    expression: "(1 - x)^2 + 100(y - x^2)^2",
    variables: ["x", "y"],
    value(p) {
      const x = p[0];
      const valley = p[1] - x * x;
      return (1 - x) * (1 - x) + 100 * valley * valley;
    },
    gradient(p, out) {
      const x = p[0];
      const valley = p[1] - x * x;
      out[0] = -2 * (1 - x) - 400 * x * valley;
      out[1] = 200 * valley;
      return out;
    },
  },
  {
    expression: "exp(-x^2 / 2) * sin(3y) + log(1 + x^2 + y^2)",
    variables: ["x", "y"],
    value(p) {
      const x = p[0];
      const y = p[1];
      return Math.exp((-x * x) / 2) * Math.sin(3 * y) + Math.log(1 + x * x + y * y);
    },
    gradient(p, out) {
      const x = p[0];
      const y = p[1];
      const bump = Math.exp((-x * x) / 2);
      const radius = 1 + x * x + y * y;
      out[0] = -x * bump * Math.sin(3 * y) + (2 * x) / radius;
      out[1] = 3 * bump * Math.cos(3 * y) + (2 * y) / radius;
      return out;
    },
  },
];

const POINTS = 4096; // distinct points, cycled
const CALLS = 2_000_000; // calls per measurement for the JavaScript closures
const MATHJS_CALLS = 40_000; // mathjs is ~100× slower: fewer calls, reported per call
const REPEATS = 9; // the fastest of these is reported, after one warm-up

interface Implementation {
  value(p: Point): number;
  gradient(p: Point, out: Float64Array): Float64Array;
}

let loops = 0;

/**
 * A fresh copy of the timing loop for each measurement, so that its call site sees one function,
 * as a user's loop does, and earlier measurements cannot slow later ones (the numbered comment
 * keeps V8 from sharing one compiled copy). Sums the results so nothing is optimized away.
 */
function timingLoop(operation: "value" | "gradient") {
  const call = operation === "value" ? "f(points[i & mask])" : "f(points[i & mask], out)[0]";
  return new Function(
    "f",
    "points",
    "calls",
    "out",
    `// timing loop ${++loops}
     const mask = points.length - 1; let sum = 0;
     for (let i = 0; i < calls; i++) sum += ${call};
     return sum;`,
  ) as (f: unknown, points: Point[], calls: number, out: Float64Array) => number;
}

/** Nanoseconds per call (fastest of REPEATS) and the sum of the results. */
function measure(
  implementation: Implementation,
  operation: "value" | "gradient",
  points: Point[],
  calls: number,
) {
  const loop = timingLoop(operation);
  const out = new Float64Array(points[0].length);
  let best = Infinity;
  let checksum = 0;
  for (let repeat = 0; repeat <= REPEATS; repeat++) {
    const start = performance.now();
    checksum = loop(implementation[operation], points, calls, out);
    const elapsed = performance.now() - start;
    if (repeat > 0) best = Math.min(best, elapsed);
  }
  return { nanoseconds: (best * 1e6) / calls, checksum };
}

/** mathjs's own compiled expressions, evaluated with a reused scope. */
function mathjsImplementation({ expression, variables }: Case): Implementation {
  const value = compile(expression);
  const partials = variables.map((v) => derivative(expression, v).compile());
  const scope: Record<string, number> = {};
  const setScope = (p: Point) => variables.forEach((v, i) => (scope[v] = p[i]));
  return {
    value(p) {
      setScope(p);
      return value.evaluate(scope) as number;
    },
    gradient(p, out) {
      setScope(p);
      partials.forEach((partial, i) => (out[i] = partial.evaluate(scope) as number));
      return out;
    },
  };
}

function randomPoints(dim: number): Point[] {
  let state = 12345;
  const uniform = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  return Array.from({ length: POINTS }, () => Float64Array.from({ length: dim }, uniform));
}

/** Prints a markdown table of ns per call and the two ratios, with PASS/MISS per target. */
export function benchObjectives(): void {
  const rows: string[] = [];
  const totals = { hand: 0, compiled: 0, mathjs: 0 };
  for (const testCase of CASES) {
    const points = randomPoints(testCase.variables.length);
    const compiled = fromExpression(testCase.expression, testCase.variables);
    const mathjs = mathjsImplementation(testCase);
    for (const operation of ["value", "gradient"] as const) {
      const hand = measure(testCase, operation, points, CALLS);
      const fast = measure(compiled, operation, points, CALLS);
      const slow = measure(mathjs, operation, points, MATHJS_CALLS);
      if (Math.abs(hand.checksum - fast.checksum) > 1e-9 * Math.abs(hand.checksum) + 1e-6) {
        throw new Error(`${testCase.expression} ${operation}: compiled and hand-written disagree`);
      }
      totals.hand += hand.nanoseconds;
      totals.compiled += fast.nanoseconds;
      totals.mathjs += slow.nanoseconds;
      rows.push(
        row(
          `\`${testCase.expression}\``,
          operation,
          hand.nanoseconds,
          fast.nanoseconds,
          slow.nanoseconds,
        ),
      );
    }
  }
  console.log(
    `\n## Objectives: ns per call (fastest of ${REPEATS}; ${CALLS / 1e6}M calls, mathjs ${MATHJS_CALLS / 1e3}k)\n`,
  );
  console.log(
    "| function | operation | hand-written | compiled | mathjs evaluate | compiled / hand-written | mathjs / compiled |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const line of rows) console.log(line);
  console.log(row("**all**", "sum", totals.hand, totals.compiled, totals.mathjs));
  console.log(
    "\nTargets: compiled within 1.3× of hand-written; mathjs evaluate at least 100× slower than compiled.",
  );
}

function row(
  name: string,
  operation: string,
  hand: number,
  compiled: number,
  mathjs: number,
): string {
  const overhead = compiled / hand;
  const speedup = mathjs / compiled;
  const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");
  return `| ${name} | ${operation} | ${hand.toFixed(1)} | ${compiled.toFixed(1)} | ${mathjs.toFixed(0)} | ${overhead.toFixed(2)}× ${verdict(overhead <= 1.3)} | ${speedup.toFixed(0)}× ${verdict(speedup >= 100)} |`;
}
