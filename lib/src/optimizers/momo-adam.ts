import {
  createOptimizer,
  nonNegative,
  optionMomentum,
  parseOptimizerOptions,
  unitInterval,
} from "./base";
import type { Optimizer } from "./optimizer";
import { momoBuffers, momoModelSpec, momoShrink, momoStepSize } from "./polyak-step";
import type { MomoModelOptions } from "./polyak-step";
import type { Schedule } from "../schedules/schedule";

export interface MomoAdamOptions extends MomoModelOptions {
  /** α, the largest step size: τ ≤ α/(1 − β₁ᵗ) (≥ 0, optax's default 1e-2). */
  lr?: number | Schedule;
  /** β₁, the momentum of the averages of loss, gradient and ⟨g, θ⟩ (in [0, 1), default 0.9). */
  b1?: number;
  /** β₂, decay rate of the squared-gradient average (in [0, 1), default 0.999). */
  b2?: number;
  /** Added to √v̂ in the preconditioner (≥ 0, default 1e-8). */
  eps?: number;
}

/**
 * MomoAdam: Adam whose step is Polyak's, computed from averages of the losses and gradients in
 * Adam's metric, as optax.contrib.momo_adam (optax 0.2.8). Schaipp, Ohana, Eickenberg, Defazio and
 * Gower (2024), "MoMo: Momentum Models for Adaptive Learning Rates".
 *
 * ```text
 * f̄ ← 0, d ← 0, v ← 0, γ̄ ← 0, ℓ ← f*
 * for t = 1, 2, …:
 *   g ← ∇f(θ)
 *   f̄ ← β₁f̄ + (1 − β₁)f(θ);  d ← β₁d + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²
 *   γ̄ ← β₁γ̄ + (1 − β₁)⟨g, θ⟩
 *   D ← ε + √(v / (1 − β₂ᵗ));  b ← 1 − β₁ᵗ
 *   if adaptLowerBound and (1 + αλ)(f̄ − γ̄) + ⟨d, θ⟩ < (1 + αλ)·b·ℓ:
 *     ℓ ← max(((1 + αλ)(f̄ − γ̄) + ⟨d, θ⟩) / (2b(1 + αλ)), f*)
 *   τ ← min(α/b, max((1 + αλ)(f̄ − bℓ − γ̄) + ⟨d, θ⟩, 0) / ⟨d, d/D⟩)   (τ ← 0 if ⟨d, d/D⟩ ≤ 2⁻⁵²)
 *   θ ← θ − αλ/(1 + αλ)·θ − τd/D
 *   if adaptLowerBound:  ℓ ← max((f̄ + ⟨d, θ⟩ − γ̄ − ½τ⟨d, d/D⟩) / b, f*)
 * ```
 * (⟨d, θ⟩ at the θ before the step.) It reads the loss: call `step(params, grad, loss)` with f(θ)
 * (minimize and train do). α is `lr`, read at each step. State: `tau` (τ, the learned rate: the
 * step is θ ← θ − τd/D), `expAvg` (d), `expAvgSq` (v), `barf` (f̄), `gamma` (γ̄), `lb` (ℓ). β₁ is
 * `optimizer.momentum`, read at each step.
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.momoAdam();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4], 5); // f(x) = x₁² + x₂² = 5 there, f* = 0
 * x[0]; // → 0.99
 * ```
 */
export function momoAdam(options: MomoAdamOptions = {}): Optimizer {
  const { b1, b2, eps, lowerBound, weightDecay, adaptLowerBound, ...common } =
    parseOptimizerOptions("momoAdam", options, {
      lr: [1e-2, nonNegative],
      b1: [0.9, unitInterval],
      b2: [0.999, unitInterval],
      eps: [1e-8, nonNegative],
      ...momoModelSpec,
    });
  const model = { lowerBound, weightDecay, adaptLowerBound };
  /** Scratch: D, the preconditioner of the current step. */
  let precond = new Float64Array(0);
  return createOptimizer(
    "momoAdam",
    common,
    {
      readsLoss: true,
      createBuffers: (size) => momoBuffers(size, ["expAvg", "expAvgSq"], lowerBound),
      update(params, grad, buffers, step, alpha, beta1, loss) {
        const { expAvg, expAvgSq, barf, gamma } = buffers;
        if (precond.length !== params.length) precond = new Float64Array(params.length);
        const w1 = 1 - beta1;
        const w2 = 1 - b2;
        barf[0] = beta1 * barf[0] + w1 * loss;
        const bc2 = 1 - b2 ** step;
        let expAvgNorm = 0;
        let gradDotParams = 0;
        let iprod = 0;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const p = params[i];
          const m = beta1 * expAvg[i] + w1 * g;
          expAvg[i] = m;
          const v = b2 * expAvgSq[i] + w2 * g * g;
          expAvgSq[i] = v;
          const D = eps + Math.sqrt(v / bc2);
          precond[i] = D;
          expAvgNorm += m * (m / D);
          gradDotParams += g * p;
          iprod += m * p;
        }
        gamma[0] = beta1 * gamma[0] + w1 * gradDotParams;
        const bc1 = 1 - beta1 ** step;
        const rate = momoStepSize(buffers, model, alpha, bc1, iprod, expAvgNorm);
        const shrink = momoShrink(alpha, weightDecay);
        for (let i = 0; i < params.length; i++) {
          const p = params[i];
          params[i] = p + (shrink * p - (rate * expAvg[i]) / precond[i]);
        }
      },
    },
    { momentum: optionMomentum(b1, "b1") },
  );
}
