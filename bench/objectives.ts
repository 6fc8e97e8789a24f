// Objectives benchmark (issue 3): fromExpression against hand-written TypeScript and mathjs's own
// compile().evaluate(), on the same points, in one run. Every cell is nanoseconds per call, the
// fastest of REPEATS timed loops (after one warm-up), the implementations of a row taking turns so
// that they share the machine's load. Gradients always write into a reused `out` (no allocation).
//
// Table (a), the formula itself, no input checks on any side (the targets apply here):
//   hand-written     a TypeScript function for the same formula and its gradient.
//   generated        the closure fromExpression generates (compileExpression(...).parts).
//   mathjs evaluate  compile(expression).evaluate(scope), scope a reused object set per point; for
//                    the gradient, derivative(expression, v).compile().evaluate(scope) per variable.
//   mathjs / hand-written  the largest speed-up over mathjs that code for this formula reaches: a
//                    generated closure that is as fast as hand-written code cannot beat it.
// Table (b), the public API, both sides with defineObjective's checks (length, finiteness, `out`):
//   hand-written objective  the built-in (objectives.courseQuadratic, objectives.rosenbrock), or
//                           defineObjective around the hand-written functions (exp/sin/log case).
//   fromExpression          fromExpression(expression, variables).
//   checks                  fromExpression / generated: what the checks cost on top of the formula.
import { compile, derivative } from "mathjs";
import { fromExpression, objectives, type Objective } from "lrlab";
import { defineObjective } from "lrlab/dist/objectives/define";
import { compileExpression } from "lrlab/dist/objectives/expression/from-expression";

type Point = Float64Array;

/** What is timed: value, and gradient into `out`. */
interface Implementation {
  value(p: Point): number;
  gradient(p: Point, out: Float64Array): Float64Array;
}

interface Case extends Implementation {
  expression: string;
  variables: string[];
  /** The hand-written objective with the built-ins' checks, for table (b). */
  objective(hand: Implementation): Objective;
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
    objective: () => objectives.courseQuadratic,
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
    objective: () => objectives.rosenbrock,
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
    objective: ({ value, gradient }) =>
      defineObjective({
        name: "bump",
        variables: ["x", "y"],
        formula: "exp(-x^2 / 2) * sin(3y) + log(1 + x^2 + y^2)",
        latex: "e^{-x^2/2}\\sin(3y) + \\log(1 + x^2 + y^2)",
        domain: [
          [-5, 5],
          [-5, 5],
        ],
        value,
        gradient,
      }),
  },
];

const POINTS = 4096; // distinct points, cycled
const CALLS = 2_000_000; // calls per timed loop for the JavaScript functions
const MATHJS_CALLS = 100_000; // mathjs is 30-1000× slower: fewer calls, still reported per call
const REPEATS = 5; // timed loops per implementation; the fastest is reported

let loops = 0;

/**
 * A fresh copy of the timing loop for each implementation, so that its call site sees one
 * function, as a user's loop does, and one measurement cannot slow another (the numbered comment
 * keeps V8 from sharing one compiled copy). Sums the results so nothing is optimized away.
 */
function timingLoop(operation: keyof Implementation) {
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

/** ns per call of each implementation (fastest of REPEATS, taking turns), keyed like the input. */
function measure<K extends string>(
  implementations: Record<K, { run: Implementation; calls: number }>,
  operation: keyof Implementation,
  points: Point[],
): Record<K, number> {
  const entries = Object.entries(implementations) as [K, { run: Implementation; calls: number }][];
  const timed = entries.map(([name, { run, calls }]) => ({
    name,
    calls,
    f: run[operation],
    loop: timingLoop(operation),
    best: Infinity,
  }));
  const out = new Float64Array(points[0].length);
  for (let repeat = 0; repeat <= REPEATS; repeat++) {
    for (const entry of timed) {
      const start = performance.now();
      entry.loop(entry.f, points, entry.calls, out);
      const elapsed = performance.now() - start;
      if (repeat > 0) entry.best = Math.min(entry.best, elapsed);
    }
  }
  return Object.fromEntries(timed.map((t) => [t.name, (t.best * 1e6) / t.calls])) as Record<
    K,
    number
  >;
}

/** mathjs's own compiled expression and compiled partial derivatives, with a reused scope. */
function mathjsImplementation({ expression, variables }: Case): Implementation {
  const value = compile(expression);
  const partials = variables.map((v) => derivative(expression, v).compile());
  const scope: Record<string, number> = {};
  const setScope = (p: Point) => {
    for (let i = 0; i < variables.length; i++) scope[variables[i]] = p[i];
  };
  return {
    value(p) {
      setScope(p);
      return value.evaluate(scope) as number;
    },
    gradient(p, out) {
      setScope(p);
      for (let i = 0; i < partials.length; i++) out[i] = partials[i].evaluate(scope) as number;
      return out;
    },
  };
}

function randomPoints(dim: number): Point[] {
  let state = 12345;
  const uniform = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  return Array.from({ length: POINTS }, () => Float64Array.from({ length: dim }, uniform));
}

/** Throws unless every implementation agrees with `reference` at `points`. */
function checkAgreement(
  name: string,
  points: Point[],
  reference: Implementation,
  others: Implementation[],
) {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(a) + 1e-12;
  for (const p of points) {
    const expected = reference.value(p);
    const gradient = reference.gradient(p, new Float64Array(p.length));
    for (const other of others) {
      const g = other.gradient(p, new Float64Array(p.length));
      if (!close(expected, other.value(p)) || gradient.some((v, i) => !close(v, g[i]))) {
        throw new Error(`${name}: the implementations disagree at [${p.join(", ")}]`);
      }
    }
  }
}

const ratio = (r: number) => `${r.toFixed(2)}×`;
const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");

/** Prints tables (a) and (b) in markdown: ns per call, and ratios (PASS/MISS on the targets). */
export function benchObjectives(): void {
  const formulaRows: string[] = [];
  const apiRows: string[] = [];
  const started = performance.now();
  for (const testCase of CASES) {
    const { expression, variables } = testCase;
    const points = randomPoints(variables.length);
    const hand: Implementation = { value: testCase.value, gradient: testCase.gradient };
    const generated = compileExpression(expression, variables).parts;
    const mathjs = mathjsImplementation(testCase);
    const handObjective = testCase.objective(hand) as Implementation;
    const publicObjective = fromExpression(expression, variables) as Implementation;
    checkAgreement(expression, points.slice(0, 64), hand, [
      generated,
      mathjs,
      handObjective,
      publicObjective,
    ]);
    for (const operation of ["value", "gradient"] as const) {
      const ns = measure(
        {
          hand: { run: hand, calls: CALLS },
          generated: { run: generated, calls: CALLS },
          mathjs: { run: mathjs, calls: MATHJS_CALLS },
          handObjective: { run: handObjective, calls: CALLS },
          publicObjective: { run: publicObjective, calls: CALLS },
        },
        operation,
        points,
      );
      const overhead = ns.generated / ns.hand;
      const speedup = ns.mathjs / ns.generated;
      formulaRows.push(
        `| \`${expression}\` | ${operation} | ${ns.hand.toFixed(1)} | ${ns.generated.toFixed(1)} | ${ns.mathjs.toFixed(0)} | ${ratio(overhead)} ${verdict(overhead <= 1.3)} | ${speedup.toFixed(0)}× ${verdict(speedup >= 100)} | ${(ns.mathjs / ns.hand).toFixed(0)}× |`,
      );
      apiRows.push(
        `| \`${expression}\` | ${operation} | ${ns.handObjective.toFixed(1)} | ${ns.publicObjective.toFixed(1)} | ${ratio(ns.publicObjective / ns.handObjective)} | ${ratio(ns.publicObjective / ns.generated)} |`,
      );
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n## Objectives: ns per call, fastest of ${REPEATS} (${CALLS / 1e6}M calls per loop, mathjs ${MATHJS_CALLS / 1e3}k; ${seconds} s)\n`,
  );
  console.log(
    "(a) The formula, unchecked. Targets: generated ≤ 1.3× hand-written; mathjs ≥ 100×.\n",
  );
  console.log(
    "| function | operation | hand-written | generated | mathjs evaluate | generated / hand-written | mathjs / generated | mathjs / hand-written |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const line of formulaRows) console.log(line);
  console.log("\n(b) The public objective, with defineObjective's input checks on both sides.\n");
  console.log(
    "| function | operation | hand-written objective | fromExpression | fromExpression / hand-written | fromExpression / generated |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const line of apiRows) console.log(line);
}
