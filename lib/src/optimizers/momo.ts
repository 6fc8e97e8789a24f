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

export interface MomoOptions extends MomoModelOptions {
  /** α, the largest step size: τ ≤ α (≥ 0, optax's default 1). */
  lr?: number | Schedule;
  /** β, the momentum of the averages of loss, gradient and ⟨g, θ⟩ (in [0, 1), default 0.9). */
  beta?: number;
}

/**
 * Momo, model-based momentum: SGD with momentum whose step is Polyak's, computed from averages of
 * the losses and gradients, as optax.contrib.momo (optax 0.2.8). Schaipp, Ohana, Eickenberg, Defazio
 * and Gower (2024), "MoMo: Momentum Models for Adaptive Learning Rates".
 *
 * ```text
 * f̄ ← 0, d ← 0, γ̄ ← 0, ℓ ← f*
 * for t = 1, 2, …:
 *   b ← 0 at t = 1, else β
 *   f̄ ← b·f̄ + (1 − b)·f(θ)
 *   d ← b·d + (1 − b)·∇f(θ)
 *   γ̄ ← b·γ̄ + (1 − b)·⟨∇f(θ), θ⟩
 *   h ← f̄ − γ̄ + ⟨d, θ⟩                 (the model's value at 0, as Polyak's f(θ))
 *   if adaptLowerBound and (1 + αλ)(f̄ − γ̄) + ⟨d, θ⟩ < (1 + αλ)ℓ:
 *     ℓ ← max(((1 + αλ)(f̄ − γ̄) + ⟨d, θ⟩) / (2(1 + αλ)), f*)
 *   τ ← min(α, max((1 + αλ)(f̄ − ℓ − γ̄) + ⟨d, θ⟩, 0) / ‖d‖²)   (τ ← 0 if ‖d‖² ≤ 2⁻⁵²)
 *   θ ← θ − αλ/(1 + αλ)·θ − τd
 *   if adaptLowerBound:  ℓ ← max(h − ½τ‖d‖², f*)
 * ```
 * (⟨d, θ⟩ at the θ before the step.) It reads the loss: call `step(params, grad, loss)` with f(θ)
 * (minimize and train do). α is `lr`, read at each step. State: `tau` (τ, the learned rate: the
 * step is θ ← θ − τd), `expAvg` (d), `barf` (f̄), `gamma` (γ̄), `lb` (ℓ). β is
 * `optimizer.momentum`, read at each step.
 *
 * Example:
 *
 * ```ts
 * const opt = optimizers.momo();
 * const x = new Float64Array([1, 2]);
 * opt.step(x, [2, 4], 5); // f(x) = x₁² + x₂² = 5 there, f* = 0
 * x[0]; // → 0.5
 * opt.state.buffers.tau[0]; // → 0.25
 * ```
 */
export function momo(options: MomoOptions = {}): Optimizer {
  const { beta, lowerBound, weightDecay, adaptLowerBound, ...common } = parseOptimizerOptions(
    "momo",
    options,
    { lr: [1, nonNegative], beta: [0.9, unitInterval], ...momoModelSpec },
  );
  const model = { lowerBound, weightDecay, adaptLowerBound };
  return createOptimizer(
    "momo",
    common,
    {
      readsLoss: true,
      createBuffers: (size) => momoBuffers(size, ["expAvg"], lowerBound),
      update(params, grad, buffers, step, alpha, momentum, loss) {
        const { expAvg, barf, gamma } = buffers;
        const bt = step === 1 ? 0 : momentum;
        const w = 1 - bt;
        barf[0] = bt * barf[0] + w * loss;
        // One pass for the average and the sums ⟨g, θ⟩, ‖d‖² and ⟨d, θ⟩ (each in index order).
        let gradDotParams = 0;
        let expAvgNorm = 0;
        let iprod = 0;
        for (let i = 0; i < params.length; i++) {
          const g = grad[i];
          const p = params[i];
          const m = bt * expAvg[i] + w * g;
          expAvg[i] = m;
          gradDotParams += g * p;
          expAvgNorm += m * m;
          iprod += m * p;
        }
        gamma[0] = bt * gamma[0] + w * gradDotParams;
        const rate = momoStepSize(buffers, model, alpha, 1, iprod, expAvgNorm);
        const shrink = momoShrink(alpha, weightDecay);
        for (let i = 0; i < params.length; i++) {
          const p = params[i];
          params[i] = p + (shrink * p - rate * expAvg[i]);
        }
      },
    },
    { momentum: optionMomentum(beta, "beta") },
  );
}
