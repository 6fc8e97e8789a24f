import { objectives } from "../objectives";
import { optimizers } from "../optimizers";
import { minimize } from "../runner";
import {
  defineCheck,
  defineFunctionCheck,
  nearlyEqual,
  numberVerdict,
  sequenceMismatch,
  type Verdict,
} from "./check";

/** Where exercise 4 starts on the ill-conditioned bowl 0.1x² + 2y². */
const BOWL_START = [-4.5, 2];

const BETA_STEPS = 150;

type NesterovGD = (
  xStart: number,
  df: (x: number) => number,
  epochs: number,
  lr: number,
  momentum: number,
) => number[];

/** Derivatives lrlab has no objective for, so the library cannot stand in for df. */
const nesterovCases = [
  {
    df: (x: number) => 2 * x + Math.sin(3 * x),
    what: "d/dx(x² − cos(3x)/3)",
    xStart: -5,
    epochs: 8,
    lr: 0.1,
    momentum: 0.9,
  },
  {
    df: (x: number) => 4 * x ** 3,
    what: "d/dx x⁴",
    xStart: 1.2,
    epochs: 6,
    lr: 0.05,
    momentum: 0.5,
  },
  { df: (x: number) => 2 * x, what: "d/dx x²", xStart: 3, epochs: 5, lr: 0.3, momentum: 0 },
];

/** Nesterov in the course's form: the iterates and the look-ahead points where df is evaluated. */
function nesterovPath(
  df: (x: number) => number,
  xStart: number,
  epochs: number,
  lr: number,
  momentum: number,
) {
  let x = xStart;
  let v = 0;
  const xs = [x];
  const probes: number[] = [];
  for (let i = 0; i < epochs; i++) {
    probes.push(x + momentum * v);
    v = momentum * v - lr * df(x + momentum * v);
    x += v;
    xs.push(x);
  }
  return { xs, probes };
}

/** Exercise 5's hidden bowl ½(λ₁x² + λ₂y²), κ = 180. */
const MYSTERY_CURVATURES = [0.05, 9] as const;
const MYSTERY_START = [3, -2];
const MYSTERY_STEPS = 200;
const mysteryBowl = objectives.quadratic({
  A: [
    [MYSTERY_CURVATURES[0], 0],
    [0, MYSTERY_CURVATURES[1]],
  ],
});
function mysteryBowlGradient(point: number[]): number[] {
  return Array.from(mysteryBowl.gradient(point));
}

/** Exercises of lesson 04, momentum: the course's v ← βv − α·∇f(x), x ← x + v. */
export const lesson04 = {
  /**
   * Nesterov momentum in the course's form, `(x_start, df, epochs, lr, momentum) => xs`, run on
   * derivatives lrlab does not have; the check also looks at the points where df is evaluated.
   */
  gdNesterov: defineFunctionCheck(
    "Your Nesterov momentum",
    "exercises.lesson04.gdNesterov(myGDNesterov)",
    (gd: NesterovGD): Verdict => {
      for (const { df, what, xStart, epochs, lr, momentum } of nesterovCases) {
        const { xs: expected, probes } = nesterovPath(df, xStart, epochs, lr, momentum);
        const seen: number[] = [];
        const got = gd(xStart, (x) => (seen.push(x), df(x)), epochs, lr, momentum);
        const call = `myGDNesterov(${xStart}, ${what}, ${epochs}, ${lr}, ${momentum})`;
        const hint =
          "start from v = 0; each step v ← momentum·v − lr·df(x + momentum·v), then x ← x + v. The gradient is taken at the look-ahead point x + momentum·v, not at x.";
        const mismatch = sequenceMismatch(call, got, expected, hint);
        if (mismatch) {
          if (seen.length === 0) {
            return {
              pass: false,
              hint: `${call} never called df: the update must use the df it is given. ${hint}`,
            };
          }
          if (seen.length >= 2 && nearlyEqual(seen[1], Array.isArray(got) ? Number(got[1]) : NaN)) {
            return {
              pass: false,
              hint: `${call} evaluates df at x itself: that is heavy-ball momentum (GD_momentum). ${hint}`,
            };
          }
          return mismatch;
        }
        if (!probes.every((p, i) => nearlyEqual(seen[i], p))) {
          return {
            pass: false,
            hint: `${call} returns the right points but evaluates df elsewhere. ${hint}`,
          };
        }
      }
      return {
        pass: true,
        note: "The gradient at the look-ahead point: that is Nesterov's correction.",
      };
    },
  ),

  /** The speed |v| approached on a constant slope (gradient 1) with α = 0.01, β = 0.9. */
  terminalSpeed: defineCheck("The speed on a constant slope", (speed: number) => {
    const optimizer = optimizers.classicMomentum({ lr: 0.01, momentum: 0.9 });
    const x = new Float64Array([0]);
    for (let t = 0; t < 1000; t++) optimizer.step(x, [1]);
    const velocity = optimizer.state.buffers.velocity[0];
    return numberVerdict(
      speed,
      Math.abs(velocity),
      1e-6,
      "unroll v = −α(g + βg + β²g + …): the geometric series sums to α·g/(1 − β).",
    );
  }),

  /** The largest stable learning rate on x² (λ = 2) with β = 0.9: ηλ < 2 + 2β. */
  largestStableRate: defineCheck("The largest stable rate with β = 0.9", (eta: number) => {
    const lambda = objectives.xSquared.smoothness ?? 2;
    return numberVerdict(
      eta,
      (2 + 2 * 0.9) / lambda,
      1e-3,
      "momentum converges when 0 < ηλ < 2 + 2β; here λ = 2 and β = 0.9.",
    );
  }),

  /** A β in [0, 1) with which classic momentum at η = 0.8 converges on 0.1x² + 2y² within 150 steps. */
  betaForEta08: defineCheck("A momentum that tames η = 0.8 in 150 steps", (beta: number) => {
    if (typeof beta !== "number" || !(beta >= 0 && beta < 1)) {
      return { pass: false, hint: `β should be a number with 0 ≤ β < 1, got ${String(beta)}.` };
    }
    const run = minimize(objectives.illConditioned, {
      x0: BOWL_START,
      optimizer: optimizers.classicMomentum({ lr: 0.8, momentum: beta }),
      steps: BETA_STEPS,
      tol: 1e-6,
    });
    if (run.status === "converged") {
      return { pass: true, note: `With β = ${beta} it converged in ${run.steps} steps.` };
    }
    return {
      pass: false,
      hint: `with β = ${beta} the run ${run.status === "diverged" ? "diverged" : `did not converge within ${BETA_STEPS} steps`}. The steep direction has λ = 4, so ηλ = 3.2 must be below 2 + 2β; and once the roots are complex, ρ = √β: too much momentum is slow.`,
    };
  }),

  /** Exercise 5's hidden bowl: `mystery.gradient([x, y])`; probe it to find its curvatures. */
  mystery: { gradient: mysteryBowlGradient },

  /** An { lr, momentum } with which classic momentum converges on the hidden bowl within 200 steps. */
  chooseLrAndMomentum: defineCheck(
    "Your learning rate and momentum for the mystery bowl",
    (choice: { lr: number; momentum: number }): Verdict => {
      const hint =
        "probe the curvatures: λ₁ = ∂f/∂x at (1, 0), λ₂ = ∂f/∂y at (0, 1). Every direction needs 0 < ηλ < 2 + 2β, and the slowest direction sets the speed: ρ = √β once the roots are complex, so pick β just large enough to make the flat direction's roots complex.";
      const { lr, momentum } = (choice ?? {}) as { lr?: unknown; momentum?: unknown };
      if (
        typeof lr !== "number" ||
        !(lr > 0) ||
        !Number.isFinite(lr) ||
        typeof momentum !== "number" ||
        !(momentum >= 0 && momentum < 1)
      ) {
        return {
          pass: false,
          hint: `answer { lr, momentum } with lr > 0 and 0 ≤ momentum < 1, got ${JSON.stringify(choice)}. ${hint}`,
        };
      }
      const run = minimize(mysteryBowl, {
        x0: MYSTERY_START,
        optimizer: optimizers.classicMomentum({ lr, momentum }),
        steps: MYSTERY_STEPS,
        tol: 1e-6,
      });
      if (run.status === "converged") {
        return {
          pass: true,
          note: `Converged in ${run.steps} steps. The curvatures were ${MYSTERY_CURVATURES.join(" and ")} (κ = ${MYSTERY_CURVATURES[1] / MYSTERY_CURVATURES[0]}); plain gradient descent needs about ${Math.round(Math.log(1e-6) / Math.log((180 - 1) / (180 + 1)))} steps at its best rate.`,
        };
      }
      return {
        pass: false,
        hint: `with lr = ${lr}, momentum = ${momentum} the run ${run.status === "diverged" ? "diverged" : `did not converge within ${MYSTERY_STEPS} steps`}. ${hint}`,
      };
    },
  ),
};
