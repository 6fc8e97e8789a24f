import { objectives } from "../objectives";
import { defineCheck, defineFunctionCheck, isClose, numberVerdict, type Verdict } from "./check";

// Seed 002's f(x) = 3x² − 3x + 4: minimum f* = 3.25 at x* = 0.5, curvature f″ = 6.
const f = objectives.courseQuadratic;
const xStar = 0.5;
const fStar = f.value([xStar]);
const curvature = f.smoothness as number; // f″ = 6, the Hessian of a 1-D quadratic
const fPrime = (x: number) => f.gradient([x])[0];

/** What a learner's rule sees before each update. */
export interface RuleInput {
  /** The epoch index, from 0. */
  readonly t: number;
  readonly x: number;
  readonly loss: number;
  readonly grad: number;
  /** The point and derivative of the step before, or null at t = 0. */
  readonly previous: { readonly x: number; readonly grad: number } | null;
}

/** A 1-D test function for a rule: its formula as text, value, derivative and minimizer c (unknown to the rule). */
interface RuleTest {
  readonly name: string;
  readonly value: (x: number) => number;
  readonly derivative: (x: number) => number;
  readonly c: number;
  /** A parabola (from far starts) or a bowl that flattens far away (from starts in [−10, 10]). */
  readonly kind: "parabola" | "bowl";
  /** The starts the rule must survive from. */
  readonly starts: readonly number[];
}

/** The seed's interval [−2, 2], and far outside it. */
const farStarts = [-50, -10, -2, 0.938, 10, 50];
/** Starts within [−10, 10], for the bowls that flatten far away. */
const nearStarts = [-10, -2, 0.938, 10];

/** A parabola (L/2)(x − c)² + f*. */
function parabola(L: number, c: number, min: number): RuleTest {
  const shift = c < 0 ? `+ ${-c}` : `− ${c}`;
  return {
    name: `${L / 2}(x ${shift})² ${min < 0 ? "−" : "+"} ${Math.abs(min)}`,
    value: (x) => (L / 2) * (x - c) ** 2 + min,
    derivative: (x) => L * (x - c),
    c,
    kind: "parabola",
    starts: farStarts,
  };
}

/**
 * The seed's f (L = 6), two parabolas 10 times steeper and 10 times flatter, and two bowls that
 * curve like a parabola at their minimum but flatten into straight lines away from it, where the
 * secant's fitted curvature h is nearly 0 and 1/h huge.
 */
const ruleTests: readonly RuleTest[] = [
  parabola(curvature, xStar, fStar),
  parabola(60, -1, 10),
  parabola(0.6, 2, -4),
  {
    name: "√(1 + (x − 1.5)²)",
    value: (x) => Math.sqrt(1 + (x - 1.5) ** 2),
    derivative: (x) => (x - 1.5) / Math.sqrt(1 + (x - 1.5) ** 2),
    c: 1.5,
    kind: "bowl",
    starts: nearStarts,
  },
  {
    name: "ln cosh(x + 0.3)",
    value: (x) => Math.log(Math.cosh(x + 0.3)),
    derivative: (x) => Math.tanh(x + 0.3),
    c: -0.3,
    kind: "bowl",
    starts: nearStarts,
  },
];

/** Runs x ← x − rule(…)·f′(x) for `epochs` updates; the last x, or NaN once it leaves every bound. */
function runRule(
  rule: (input: RuleInput) => number,
  test: RuleTest,
  x0: number,
  epochs: number,
): number {
  let x = x0;
  let previous: RuleInput["previous"] = null;
  for (let t = 0; t < epochs; t++) {
    const grad = test.derivative(x);
    if (grad === 0) return x; // at the minimum: nothing left to do
    const lr = rule({ t, x, loss: test.value(x), grad, previous });
    if (typeof lr !== "number" || !Number.isFinite(lr)) return NaN;
    previous = { x, grad };
    x -= lr * grad;
    if (!Number.isFinite(x) || Math.abs(x) > 1e6) return NaN;
  }
  return x;
}

/** Exercises of lesson 06, the mission: four ways to change the learning rate. */
export const lesson06 = {
  /** How far from the minimum the derivative rule with η = 0.004 can start without blowing up: |x₀ − 0.5| < 2/(6·η·6). */
  derivativeRuleLimit: defineCheck(
    "Where the derivative rule with η = 0.004 blows up",
    (distance: number) => {
      // u = f′(x) = 6(x − ½) maps to u(1 − f″·η·|u|): it grows once f″·η·|u| > 2.
      const eta = 0.004;
      const criticalDerivative = 2 / (curvature * eta);
      return numberVerdict(
        distance,
        criticalDerivative / curvature,
        0.02,
        "write u = f′(x) = 6x − 3; one step maps u to u·(1 − 6·η·|u|). It grows when |1 − 6η|u|| > 1; turn that |u| into |x − 0.5|.",
      );
    },
  ),

  /** The largest base rate η for lr = η·loss that is still stable at the minimum: η·f* < 2/f″. */
  lossRuleLargestBase: defineCheck("The loss rule's largest stable base rate", (eta: number) =>
    numberVerdict(
      eta,
      2 / curvature / fStar,
      0.0005,
      "at the minimum the rate is η·f(0.5) = 3.25η, and GD on this f is stable only while the rate is below 2/f″ = 1/3.",
    ),
  ),

  /** Polyak's step: lr = (f(x) − f*)/f′(x)², with f* = 3.25 known. Checked at several x. */
  polyakRate: defineCheck("Your Polyak rate", (rate: (loss: number, grad: number) => number) => {
    for (const x of [-2, -0.7, 0, 0.4, 1.3, 7]) {
      const loss = f.value([x]);
      const grad = fPrime(x);
      const expected = (loss - fStar) / grad ** 2;
      const got = rate(loss, grad);
      if (!isClose(got, expected, 1e-9 * Math.max(1, expected))) {
        return {
          pass: false,
          hint: `at x = ${x} (loss ${loss.toFixed(4)}, f′ = ${grad.toFixed(4)}) the rate should be ${expected.toPrecision(6)}, got ${got}. Subtract the minimum value 3.25 from the loss before dividing by f′².`,
        };
      }
    }
    return {
      pass: true,
      note: "On this quadratic it is always 1/12: each step goes half-way to the minimum. The catch: you must know f*.",
    };
  }),

  /**
   * A rule of the learner's own that reaches the minimum within 1e-6 in 50 epochs on three
   * parabolas and two bowls that flatten far away, from every start.
   */
  yourRule: defineFunctionCheck(
    "Your own rule",
    "exercises.lesson06.yourRule(myRule)",
    (rule: (input: RuleInput) => number): Verdict => {
      for (const test of ruleTests) {
        const parabolaLike = test.kind === "parabola";
        for (const x0 of test.starts) {
          const x = runRule(rule, test, x0, 50);
          if (Number.isNaN(x)) {
            return {
              pass: false,
              hint: `on f(x) = ${test.name} from x₀ = ${x0} the run blew up (or the rule returned a non-finite rate). ${parabolaLike ? "Which of the four failures is it?" : "Far from its minimum this bowl is almost a straight line: what does the secant's fitted curvature h, and 1/h, do there? Trust a fitted parabola only so far."}`,
            };
          }
          if (Math.abs(x - test.c) >= 1e-6) {
            return {
              pass: false,
              hint: `on f(x) = ${test.name} from x₀ = ${x0} the run ended at x = ${x.toPrecision(6)} after 50 epochs, not within 1e-6 of its minimum ${test.c}. ${parabolaLike ? "A rule that ignores what it sees cannot suit curvatures from 0.6 to 60: which signal tells you the curvature?" : "Near the minimum the bowl is a parabola; far away, a guard on the step must not stop the rule from getting there."}`,
            };
          }
        }
      }
      return {
        pass: true,
        note: "It survives every start on curvatures 0.6, 6 and 60, and on bowls where a fitted parabola misleads: a safeguarded secant, as line searches and quasi-Newton methods safeguard theirs.",
      };
    },
  ),
};
