import { defineObjective } from "../objectives/define";
import { linearRegression } from "../objectives/builtins/linear-regression";
import type { Objective } from "../objectives/objective";
import { optimizers } from "../optimizers";
import type { Optimizer } from "../optimizers/optimizer";
import { seededRandom } from "../random";
import { minimize } from "../runner/minimize";
import { defineCheck, defineFunctionCheck, type Verdict } from "./check";

// ── Exercise 1: a lower bound for Polyak ────────────────────────────────────────────────────

/**
 * The mystery: f(x, y) = ½(x − 1.3)² + 2(y + 0.7)² + ln(1 + e^(x + 2y)) + 7.5. Smooth and strongly
 * convex, with a minimum value that has no closed form: the check finds it by Newton's method.
 */
const MYSTERY_SHIFT = 7.5;
function mysteryValue(x: ArrayLike<number>): number {
  const s = x[0] + 2 * x[1];
  const softplus = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
  return 0.5 * (x[0] - 1.3) ** 2 + 2 * (x[1] + 0.7) ** 2 + softplus + MYSTERY_SHIFT;
}
function mysteryGradient(x: ArrayLike<number>, out: Float64Array): Float64Array {
  const s = x[0] + 2 * x[1];
  const sigma = 1 / (1 + Math.exp(-s));
  out[0] = x[0] - 1.3 + sigma;
  out[1] = 4 * (x[1] + 0.7) + 2 * sigma;
  return out;
}

const mystery: Objective = defineObjective({
  name: "mystery",
  variables: ["x", "y"],
  formula: "(hidden)",
  latex: "\\text{(hidden)}",
  domain: [
    [-3, 3],
    [-3, 3],
  ],
  value: mysteryValue,
  gradient: mysteryGradient,
});

/** The mystery's minimum value, by Newton's method on its gradient (to machine precision). */
function newtonMinimum(): number {
  let x = 0;
  let y = 0;
  for (let k = 0; k < 50; k++) {
    const g = mysteryGradient([x, y], new Float64Array(2));
    const s = x + 2 * y;
    const w = 1 / (1 + Math.exp(-s));
    const h = w * (1 - w);
    const [a, b, d] = [1 + h, 2 * h, 4 + 4 * h];
    const det = a * d - b * b;
    x -= (d * g[0] - b * g[1]) / det;
    y -= (a * g[1] - b * g[0]) / det;
  }
  return mysteryValue([x, y]);
}

let minimumValue: number | undefined;

/** The mystery's minimum value f*, found on first use and then kept. */
function mysteryMinimum(): number {
  return (minimumValue ??= newtonMinimum());
}

/** The Polyak run the check makes: polyakSgd({ fMin }) with its defaults, from the start below. */
const POLYAK_TASK = { x0: [3, 2], steps: 100, gap: 1e-8 } as const;

/**
 * f(θ_T) after POLYAK_TASK.steps Polyak steps with the learner's fMin (NaN if diverged): the last
 * loss of the learner's own run, which says nothing about f*.
 */
function polyakFinalLoss(fMin: number): number {
  const run = minimize(mystery, {
    x0: POLYAK_TASK.x0,
    optimizer: optimizers.polyakSgd({ fMin }),
    steps: POLYAK_TASK.steps,
    tol: 0,
  });
  return run.status === "diverged" ? NaN : mystery.value(run.xs[run.steps]);
}

function judgePolyakBound(fMin: number): Verdict {
  if (typeof fMin !== "number" || !Number.isFinite(fMin)) {
    return { pass: false, hint: `the answer should be a finite number, got ${String(fMin)}.` };
  }
  const last = polyakFinalLoss(fMin);
  const fStar = mysteryMinimum();
  const gap = last - fStar;
  if (gap <= POLYAK_TASK.gap) {
    return {
      pass: true,
      note: `After ${POLYAK_TASK.steps} Polyak steps f − f* = ${gap.toExponential(1)}. The true f* is ${fStar.toFixed(10)}: a bound that tight had to come from a run, not from a guess.`,
    };
  }
  // The hint shows only what the learner's own run shows (its last loss), never f − f*: printing
  // the gap would give f* away (with fMin above f*, Polyak stops at f ≈ fMin, so f* ≈ fMin − gap).
  return {
    pass: false,
    hint: `with fMin = ${fMin} the run ends at f = ${Number.isNaN(last) ? "diverged" : last.toFixed(6)} after ${POLYAK_TASK.steps} steps, not within ${POLYAK_TASK.gap} of the minimum. If fMin is above the minimum value, Polyak stops on the level set f = fMin; if it is below, the step grows near the minimum until the cap γ_max = 1 makes it bounce. Find f* first: minimize the mystery with a method that needs no f* (Prodigy, COCOB, …) and read its lowest loss.`,
  };
}

// ── Exercise 2: which Schedule-Free sequence to deploy ──────────────────────────────────────

/**
 * The deployment task: Schedule-Free SGD (lr 1) on fresh noisy regressions, batch 1, each with its
 * own b1 (β), so that an answer with β = 0.9 written in does not pass.
 */
const DEPLOY_TASK = {
  seeds: [11, 12, 13, 14, 15],
  betas: [0.9, 0.7, 0.95, 0.8, 0.6],
  steps: 300,
  lr: 1,
  gap: 1e-3,
} as const;

/** A fresh noisy line y = 2 − 1.5x + noise, 30 points in [0, 1.45], drawn from `seed`. */
function freshRegression(seed: number) {
  const random = seededRandom(seed);
  const X = Array.from({ length: 30 }, (_, i) => i / 20);
  const y = X.map((x) => {
    const noise = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return 2 - 1.5 * x + 0.3 * noise;
  });
  return linearRegression({ X, y, fitIntercept: true, name: `fresh line ${seed}` });
}

/**
 * What the learner returns: the point to deploy, from y (`params`, where the gradients are
 * taken), z (`state.buffers.z`, the SGD-like sequence) and β (`b1`). `evalParams` is not given.
 */
export type DeployPick = (y: Float64Array, z: Float64Array, beta: number) => ArrayLike<number>;

/** The full-data loss gap of the learner's deployed point on each fresh problem. */
function deployGaps(pick: DeployPick): number[] {
  return DEPLOY_TASK.seeds.map((seed, k) => {
    const problem = freshRegression(seed);
    const beta = DEPLOY_TASK.betas[k];
    const optimizer = optimizers.scheduleFreeSgd({ lr: DEPLOY_TASK.lr, b1: beta });
    const run = minimize(problem.stochastic({ batchSize: 1, seed }), {
      x0: [0, 0],
      optimizer,
      steps: DEPLOY_TASK.steps,
      tol: 0,
    });
    // Copies: the learner's function cannot reach the optimizer or change the run.
    const y = Float64Array.from(run.xs[run.steps]);
    const z = Float64Array.from(optimizer.state.buffers.z);
    const deployed = pick(y, z, beta);
    if (deployed == null || deployed.length !== 2) {
      throw new Error(`return 2 numbers (b, w), got ${String(deployed)}`);
    }
    const point = Array.from(deployed);
    if (!point.every(Number.isFinite)) return NaN;
    const best = problem.value(problem.minima![0]);
    return problem.value(point) - best;
  });
}

function judgeDeploy(pick: DeployPick): Verdict {
  const gaps = deployGaps(pick);
  const shown = gaps.map((g) => (Number.isNaN(g) ? "NaN" : g.toExponential(1))).join(", ");
  if (gaps.every((g) => g <= DEPLOY_TASK.gap)) {
    return {
      pass: true,
      note: `Loss above the least-squares optimum on five fresh problems (β = ${DEPLOY_TASK.betas.join(", ")}): ${shown}, all ≤ ${DEPLOY_TASK.gap}.`,
    };
  }
  return {
    pass: false,
    hint: `on five fresh problems (β = ${DEPLOY_TASK.betas.join(", ")}) your point's loss is above the optimum by ${shown}; each must be ≤ ${DEPLOY_TASK.gap}. y is where the gradients are taken and z is the SGD-like sequence; neither is the average. The lesson wrote y in terms of the other two: solve it for the average, with the β you are given.`,
  };
}

// ── Exercise 3: a method for a badly scaled problem ─────────────────────────────────────────

/** Optimizers a choice may name. */
const CHOICES = [
  "sgd",
  "adam",
  "adamw",
  "polyakSgd",
  "dog",
  "dowg",
  "dadaptAdamw",
  "prodigy",
  "cocob",
  "scheduleFreeSgd",
  "scheduleFreeAdamw",
  "momo",
  "momoAdam",
  "lion",
] as const;

/** A learner's choice: an optimizer from `optimizers` and its options (default none). */
export interface Choice {
  optimizer: (typeof CHOICES)[number];
  options?: Record<string, unknown>;
}

/**
 * The budget: 200 steps from 0 on three versions of one rotated quadratic (condition number 20),
 * whose gradient scale g and distance to the minimum d differ: (g, d) = (100, 1), (1, 100) and
 * (0.01, 0.01). The minimum values are 2.5, −4 and 0.7, not 0: f* must not be assumed.
 */
const SCALED_TASK = {
  steps: 200,
  relativeGap: 1e-6,
  versions: [
    { gradientScale: 100, distance: 1, fStar: 2.5 },
    { gradientScale: 1, distance: 100, fStar: -4 },
    { gradientScale: 0.01, distance: 0.01, fStar: 0.7 },
  ],
} as const;

/** One version: f(x) = g·q((x − d·u)/d) + f*, q(v) = ½vᵀAv with A = R·diag(1, 20)·Rᵀ. */
function scaledVersion(g: number, d: number, fStar: number): Objective {
  const [c, s] = [Math.cos(0.6), Math.sin(0.6)];
  const A = [
    [c * c + 20 * s * s, (1 - 20) * c * s],
    [(1 - 20) * c * s, s * s + 20 * c * c],
  ];
  const center = [0.8 * d, -0.6 * d];
  const k = g / (d * d);
  return defineObjective({
    name: "badly scaled",
    variables: ["x", "y"],
    formula: "(hidden)",
    latex: "\\text{(hidden)}",
    domain: [
      [-2 * d, 2 * d],
      [-2 * d, 2 * d],
    ],
    value: (x) => {
      const v = [x[0] - center[0], x[1] - center[1]];
      return (
        0.5 *
          k *
          (v[0] * (A[0][0] * v[0] + A[0][1] * v[1]) + v[1] * (A[1][0] * v[0] + A[1][1] * v[1])) +
        fStar
      );
    },
    gradient: (x, out) => {
      const v = [x[0] - center[0], x[1] - center[1]];
      out[0] = k * (A[0][0] * v[0] + A[0][1] * v[1]);
      out[1] = k * (A[1][0] * v[0] + A[1][1] * v[1]);
      return out;
    },
  });
}

/** (f(x_T) − f*)/(f(x₀) − f*) of the learner's choice on each version (NaN when it diverged). */
function scaledGaps(choice: Choice): number[] {
  return SCALED_TASK.versions.map(({ gradientScale, distance, fStar }) => {
    const f = scaledVersion(gradientScale, distance, fStar);
    const make = optimizers[choice.optimizer] as (options?: Record<string, unknown>) => Optimizer;
    const run = minimize(f, {
      x0: [0, 0],
      optimizer: make(choice.options ?? {}),
      steps: SCALED_TASK.steps,
      tol: 0,
    });
    if (run.status === "diverged") return NaN;
    const last = run.evalXs ? run.evalXs[run.steps] : run.xs[run.steps];
    return (f.value(last) - fStar) / (f.value([0, 0]) - fStar);
  });
}

function judgeScaled(choice: Choice): Verdict {
  if (typeof choice !== "object" || choice === null || !CHOICES.includes(choice.optimizer)) {
    return {
      pass: false,
      hint: `the answer should be an object such as { optimizer: "sgd", options: { lr: 0.1 } }, with optimizer one of ${CHOICES.join(", ")}.`,
    };
  }
  if (
    choice.options !== undefined &&
    (typeof choice.options !== "object" || choice.options === null)
  ) {
    return { pass: false, hint: "options should be an object such as { lr: 0.1 }, or left out." };
  }
  const gaps = scaledGaps(choice);
  const shown = gaps.map((g) => (Number.isNaN(g) ? "diverged" : g.toExponential(1))).join(", ");
  if (gaps.every((g) => g <= SCALED_TASK.relativeGap)) {
    return {
      pass: true,
      note: `Relative gap after ${SCALED_TASK.steps} steps on the three versions: ${shown}. One setting, gradient and distance scales 10⁴ apart.`,
    };
  }
  return {
    pass: false,
    hint: `relative gaps after ${SCALED_TASK.steps} steps: ${shown}; each must be ≤ ${SCALED_TASK.relativeGap}. The three versions differ in the gradient's scale and in the distance to the minimum, and f* is not 0. A rate tuned for one version is wrong for another; pick a method that estimates what it needs (and that does not need f*).`,
  };
}

export const lesson11 = {
  /**
   * The mystery function of exercise 1: value and gradient only; its minimum value is hidden.
   *
   * Example:
   *
   * ```ts
   * exercises.lesson11.mystery.value([0, 0]) > 7.5; // → true
   * ```
   */
  mystery,
  /**
   * A value fMin for polyakSgd({ fMin }) that brings it within 1e-8 of the mystery's minimum in 100
   * steps from (3, 2).
   *
   * Example:
   *
   * ```ts
   * exercises.lesson11.polyakBound(0).passed; // → false
   * ```
   */
  polyakBound: defineCheck("Polyak's f*", judgePolyakBound),
  /**
   * A function (y, z, beta) => the point to deploy after Schedule-Free SGD, computed without
   * evalParams, judged on five fresh noisy regressions with different β.
   *
   * Example:
   *
   * ```ts
   * exercises.lesson11.deploy((y, z, beta) => y).passed; // → false
   * ```
   */
  deploy: defineFunctionCheck(
    "which sequence to deploy",
    "exercises.lesson11.deploy(myDeploy)",
    judgeDeploy,
  ),
  /**
   * An optimizer and its options that reach a relative gap of 1e-6 in 200 steps on three versions
   * of a badly scaled quadratic.
   *
   * Example:
   *
   * ```ts
   * exercises.lesson11.badlyScaled({ optimizer: "sgd", options: { lr: 0.1 } }).passed; // → false
   * ```
   */
  badlyScaled: defineCheck("one setting for every scale", judgeScaled),
};
