import { invalid } from "../errors";
import { sumOfSquares } from "../vectors";
import { createOptimizer, nonNegative, parseOptimizerOptions, scalar } from "./base";
import type { CommonOptions } from "./base";
import { distanceOverGradients } from "./distance-over-gradients";
import type { Optimizer } from "./optimizer";
import type { Schedule } from "../schedules/schedule";

/** How DoG's first step is set: optax's `init_step` tags. */
export type DogInitStep = readonly ["distance" | "learning_rate" | "heuristic", number];

export interface DogOptions extends CommonOptions {
  /** Multiplies DoG's step: θ ← θ − γηg (≥ 0, optax's default 1, where η alone sets the step). */
  lr?: number | Schedule;
  /**
   * The first step, as `[tag, value]` with value > 0 (default `["heuristic", 1e-6]`):
   * `"distance"` sets r̄₀ = value; `"learning_rate"` makes the first η = value (and r̄₀ = 0);
   * `"heuristic"` sets r̄₀ = value·(1 + ‖θ₀‖) — the authors suggest 1e-6 (1e-4 with batch norm).
   */
  initStep?: DogInitStep;
  /** Added to the sum of squared gradient norms under the square root (≥ 0, default 1e-8). */
  eps?: number;
  /** L2 weight decay λ added to the gradient before everything else (≥ 0, default 0: none). */
  weightDecay?: number;
}

/**
 * DoG, Distance over Gradients, as optax.contrib.dog (optax 0.2.8): SGD whose step size is the
 * largest distance travelled from the start over the root of the summed squared gradient norms.
 * Ivgi, Hinder and Carmon (2023), "DoG is SGD's Best Friend: A Parameter-Free Dynamic Step Size
 * Schedule".
 *
 * ```text
 * θ₀ ← θ (the params of the first step);  G ← 0
 * r̄ ← value·(1 + ‖θ₀‖) ("heuristic"), value ("distance"), 0 ("learning_rate")
 * for t = 1, 2, …:
 *   g ← ∇f(θ) + λθ
 *   r̄ ← max(r̄, ‖θ − θ₀‖)
 *   G ← G + ‖g‖²
 *   η ← r̄ / √(G + ε)                 (η ← value at t = 1 with "learning_rate")
 *   θ ← θ − γηg
 * ```
 * γ is `lr` (default 1): η alone is the learned step; a schedule can still scale it, as optax's
 * `learning_rate` does. State: `eta` (η, the learned rate), `maxDist` (r̄), `sumSqNormGrads` (G)
 * and `initParams` (θ₀). The authors recommend averaging the iterates.
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.dog();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4]);
 * x[0]; // → 0.9999986
 * opt.state.buffers.eta[0]; // → 7.2e-7
 * ```
 */
export function dog(options: DogOptions = {}): Optimizer {
  const { initStep, eps, weightDecay, ...common } = parseOptimizerOptions("dog", options, {
    lr: [1, nonNegative],
    initStep: [["heuristic", 1e-6], requireInitStep],
    eps: [1e-8, nonNegative],
    weightDecay: [0, nonNegative],
  });
  const [tag, value] = initStep;
  return createOptimizer(
    "dog",
    common,
    distanceOverGradients(
      () => ({ maxDist: scalar(0), sumSqNormGrads: scalar(0) }),
      (params, { maxDist }) => {
        maxDist[0] =
          tag === "distance"
            ? value
            : tag === "heuristic"
              ? value * (1 + Math.sqrt(sumOfSquares(params)))
              : 0;
      },
      (distSq, gradSqNorm, { maxDist, sumSqNormGrads }, step) => {
        maxDist[0] = Math.max(maxDist[0], Math.sqrt(distSq));
        sumSqNormGrads[0] = sumSqNormGrads[0] + gradSqNorm;
        return tag === "learning_rate" && step === 1
          ? value
          : maxDist[0] / Math.sqrt(sumSqNormGrads[0] + eps);
      },
    ),
    { weightDecay },
  );
}

const INIT_STEP_TAGS = ["distance", "learning_rate", "heuristic"];

function requireInitStep(parameter: string, value: DogInitStep): DogInitStep {
  const accepted =
    'a pair [tag, value] with tag "distance", "learning_rate" or "heuristic" and value > 0, such as ["heuristic", 1e-6]';
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !INIT_STEP_TAGS.includes(value[0]) ||
    typeof value[1] !== "number" ||
    !(value[1] > 0) ||
    !Number.isFinite(value[1])
  ) {
    throw invalid(parameter, accepted, value);
  }
  return [value[0], value[1]];
}
