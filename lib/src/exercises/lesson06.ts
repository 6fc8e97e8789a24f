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

/** A parabola (L/2)(x − c)² + f*: its curvature, minimum and minimum value are unknown to the rule. */
interface Parabola {
  readonly L: number;
  readonly c: number;
  readonly fStar: number;
}

/** The seed's f (L = 6) and two parabolas 10 times steeper and 10 times flatter. */
const ruleParabolas: readonly Parabola[] = [
  { L: curvature, c: xStar, fStar },
  { L: 60, c: -1, fStar: 10 },
  { L: 0.6, c: 2, fStar: -4 },
];

/** Runs x ← x − rule(…)·f′(x) for `epochs` updates on a parabola; the last x, or NaN once it leaves every bound. */
function runRule(
  rule: (input: RuleInput) => number,
  p: Parabola,
  x0: number,
  epochs: number,
): number {
  let x = x0;
  let previous: RuleInput["previous"] = null;
  for (let t = 0; t < epochs; t++) {
    const grad = p.L * (x - p.c);
    if (grad === 0) return x; // at the minimum: nothing left to do
    const lr = rule({ t, x, loss: (p.L / 2) * (x - p.c) ** 2 + p.fStar, grad, previous });
    if (typeof lr !== "number" || !Number.isFinite(lr)) return NaN;
    previous = { x, grad };
    x -= lr * grad;
    if (!Number.isFinite(x) || Math.abs(x) > 1e6) return NaN;
  }
  return x;
}

/** The starts `yourRule` must survive on every parabola: the seed's interval [−2, 2], and far outside it. */
const ruleStarts = [-50, -10, -2, 0.938, 10, 50];

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

  /** A rule of the learner's own that reaches the minimum within 1e-6 in 50 epochs on three parabolas, from every start. */
  yourRule: defineFunctionCheck(
    "Your own rule",
    "exercises.lesson06.yourRule(myRule)",
    (rule: (input: RuleInput) => number): Verdict => {
      for (const p of ruleParabolas) {
        const name = `${p.L / 2}(x ${p.c < 0 ? "+" : "−"} ${Math.abs(p.c)})² ${p.fStar < 0 ? "−" : "+"} ${Math.abs(p.fStar)}`;
        for (const x0 of ruleStarts) {
          const x = runRule(rule, p, x0, 50);
          if (Number.isNaN(x)) {
            return {
              pass: false,
              hint: `on f(x) = ${name} from x₀ = ${x0} the run blew up (or the rule returned a non-finite rate). Which of the four failures is it?`,
            };
          }
          if (Math.abs(x - p.c) >= 1e-6) {
            return {
              pass: false,
              hint: `on f(x) = ${name} from x₀ = ${x0} the run ended at x = ${x.toPrecision(6)} after 50 epochs, not within 1e-6 of its minimum ${p.c}. A rule that ignores what it sees cannot suit curvatures from 0.6 to 60: which signal tells you the curvature?`,
            };
          }
        }
      }
      return { pass: true, note: `It survives every start on curvatures 0.6, 6 and 60.` };
    },
  ),
};
