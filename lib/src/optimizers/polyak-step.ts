// Polyak's step size, shared by polyakSgd and by the Momo optimizers (momo, momoAdam), which take
// Polyak's step on a model of the loss built from averages of losses, gradients and ⟨g, θ⟩.
import { finite, flag, nonNegative, scalar, zeros } from "./base";
import type { CommonOptions } from "./base";

/**
 * Polyak's step size: gap / sqNorm capped at maxStep, and 0 where sqNorm ≤ 2⁻⁵² (machine epsilon),
 * as optax computes it: polyak_sgd with gap = f(θ) − f* and sqNorm = ‖u‖² + ε, momo and momo_adam
 * with the gap and norm of their model.
 */
export function polyakStepSize(gap: number, sqNorm: number, maxStep: number): number {
  return sqNorm <= Number.EPSILON ? 0 : Math.min(gap / sqNorm, maxStep);
}

/** Options shared by momo and momoAdam: the model's lower bound and the decoupled weight decay. */
export interface MomoModelOptions extends CommonOptions {
  /** f*, a lower bound on the loss (finite, default 0). */
  lowerBound?: number;
  /** Decoupled weight decay λ (≥ 0, default 0). */
  weightDecay?: number;
  /** Raises the lower bound as the run learns more about the loss (default false). */
  adaptLowerBound?: boolean;
}

/** Rows of the spec table shared by momo and momoAdam (after their own). */
export const momoModelSpec = {
  lowerBound: [0, finite],
  weightDecay: [0, nonNegative],
  adaptLowerBound: [false, flag],
} as const;

/** The parsed options of MomoModelOptions that momoStepSize reads. */
type MomoModel = Required<Pick<MomoModelOptions, keyof typeof momoModelSpec>>;

/** The scalars of Momo's state: τ, f̄, γ̄ and ℓ, each a one-element array. */
interface MomoScalars {
  tau: Float64Array;
  barf: Float64Array;
  gamma: Float64Array;
  lb: Float64Array;
}

/** Momo's state: `tau`, then the per-parameter `averages` (zeros), then `barf`, `gamma` and `lb`. */
export function momoBuffers<K extends string>(
  size: number,
  averages: readonly K[],
  lowerBound: number,
): MomoScalars & Record<K, Float64Array> {
  return {
    tau: scalar(0),
    ...zeros(size, averages),
    barf: scalar(0),
    gamma: scalar(0),
    lb: scalar(lowerBound),
  };
}

/**
 * Momo's step size τ, stored in `tau`, from the averages f̄ and γ̄ of this step (already in `barf`
 * and `gamma`), ⟨d, θ⟩ = `iprod` and the squared norm of d in the optimizer's metric, `normSq`; with
 * adaptLowerBound it also raises ℓ, `lb`, for the next step. `bc1` is MomoAdam's bias correction
 * 1 − β₁ᵗ, and 1 for Momo (where each product and quotient with it is exact):
 *
 * ```text
 * if adaptLowerBound and (1 + αλ)(f̄ − γ̄) + iprod < (1 + αλ)·b·ℓ:
 *   ℓ ← max(((1 + αλ)(f̄ − γ̄) + iprod) / (2b(1 + αλ)), f*)
 * τ ← Polyak's step with gap max((1 + αλ)(f̄ − bℓ − γ̄) + iprod, 0), normSq and cap α/b
 * if adaptLowerBound:  ℓ ← max((f̄ + iprod − γ̄ − ½τ·normSq) / b, f*)
 * ```
 */
export function momoStepSize(
  { tau, barf, gamma, lb }: MomoScalars,
  { lowerBound, weightDecay, adaptLowerBound }: MomoModel,
  alpha: number,
  bc1: number,
  iprod: number,
  normSq: number,
): number {
  const decay = 1 + alpha * weightDecay;
  let thisLb = lb[0];
  if (adaptLowerBound) {
    const cap = decay * (barf[0] - gamma[0]) + iprod;
    if (cap < decay * bc1 * lb[0]) thisLb = Math.max(cap / (2 * bc1 * decay), lowerBound);
  }
  const gap = Math.max(decay * (barf[0] - bc1 * thisLb - gamma[0]) + iprod, 0);
  const rate = polyakStepSize(gap, normSq, alpha / bc1);
  tau[0] = rate;
  if (adaptLowerBound) {
    lb[0] = Math.max((barf[0] + iprod - gamma[0] - 0.5 * rate * normSq) / bc1, lowerBound);
  }
  return rate;
}

/** Momo's decoupled weight decay as a factor of θ in the step: −αλ/(1 + αλ). */
export function momoShrink(alpha: number, weightDecay: number): number {
  return -(alpha * weightDecay) / (1 + alpha * weightDecay);
}
