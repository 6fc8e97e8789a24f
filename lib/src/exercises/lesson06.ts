import { objectives } from "../objectives";
import { defineCheck, isClose, numberVerdict } from "./check";

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
}

/** Runs x ← x − rule(…)·f′(x) for `epochs` updates; the last x, or NaN once it leaves every bound. */
function runRule(rule: (input: RuleInput) => number, x0: number, epochs: number): number {
  let x = x0;
  for (let t = 0; t < epochs; t++) {
    const grad = fPrime(x);
    const lr = rule({ t, x, loss: f.value([x]), grad });
    if (typeof lr !== "number" || !Number.isFinite(lr)) return NaN;
    x -= lr * grad;
    if (!Number.isFinite(x) || Math.abs(x) > 1e6) return NaN;
  }
  return x;
}

/** The starts `yourRule` must survive: the seed's interval [−2, 2], and far outside it. */
const ruleStarts = [-50, -10, -2, 0, 0.938, 2, 10, 50];

/** Exercises of lesson 06, the mission: four ways to change the learning rate. */
export const lesson06 = {
  /** How far from the minimum the derivative rule (η = 0.01) can start without blowing up: |x₀ − 0.5| < 2/(6·η·6). */
  derivativeRuleLimit: defineCheck("Where the derivative rule blows up", (distance: number) => {
    // u = f′(x) = 6(x − ½) maps to u(1 − f″·η·|u|): it grows once f″·η·|u| > 2.
    const eta = 0.01;
    const criticalDerivative = 2 / (curvature * eta);
    return numberVerdict(
      distance,
      criticalDerivative / curvature,
      0.02,
      "write u = f′(x) = 6x − 3; one step maps u to u·(1 − 6·η·|u|). It grows when |1 − 6η|u|| > 1; turn that |u| into |x − 0.5|.",
    );
  }),

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

  /** A rule of the learner's own that reaches |x − 0.5| < 1e-6 within 50 epochs from every start. */
  yourRule: defineCheck("Your own rule", (rule: (input: RuleInput) => number) => {
    for (const x0 of ruleStarts) {
      const x = runRule(rule, x0, 50);
      if (Number.isNaN(x)) {
        return {
          pass: false,
          hint: `from x₀ = ${x0} the run blew up (or the rule returned a non-finite rate). Which of the four failures is it?`,
        };
      }
      if (Math.abs(x - xStar) >= 1e-6) {
        return {
          pass: false,
          hint: `from x₀ = ${x0} the run ended at x = ${x.toPrecision(6)} after 50 epochs, not within 1e-6 of 0.5. Too timid, or stalling?`,
        };
      }
    }
    return { pass: true, note: `It survives every start in [${ruleStarts.join(", ")}].` };
  }),
};
