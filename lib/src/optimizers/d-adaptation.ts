// What D-Adaptation's AdamW (dadaptAdamw) and Prodigy share: Adam's options with a distance
// estimate d that sets the step, its state, and the step's learning rate dlr.
import { adamFamilySpec, positive, scalar, zeros } from "./base";
import type { CommonOptions } from "./base";
import type { Schedule } from "../schedules/schedule";

/** Options shared by dadaptAdamw and prodigy (each documents its own `eps`). */
export interface DAdaptationOptions extends CommonOptions {
  /** Multiplies the estimated step d (≥ 0, optax's default 1, where d alone sets the step). */
  lr?: number | Schedule;
  /** [β₁, β₂], decay rates of the moment averages (each in [0, 1), default [0.9, 0.999]). */
  betas?: readonly [number, number];
  /** d₀, the first estimate of the distance to the solution (> 0, default 1e-6). */
  estimLr0?: number;
  /** Decoupled weight decay λ, θ ← θ − λ·dlr·θ (≥ 0, default 0). */
  weightDecay?: number;
}

/**
 * Rows of the spec table shared by dadaptAdamw and prodigy: the Adam family's (lr 1, betas,
 * eps 1e-8, weightDecay 0) and d₀.
 */
export const dAdaptationSpec = { ...adamFamilySpec(1), estimLr0: [1e-6, positive] } as const;

/** The state: `estimLr` (d, from d₀), `numeratorWeighted` (r, from 0), then per-parameter zeros. */
export function dAdaptationBuffers<K extends string>(
  size: number,
  estimLr0: number,
  names: readonly K[],
): { estimLr: Float64Array; numeratorWeighted: Float64Array } & Record<K, Float64Array> {
  return { estimLr: scalar(estimLr0), numeratorWeighted: scalar(0), ...zeros(size, names) };
}

/** The step's learning rate, dlr = d · γ · √(1 − β₂ᵗ)/(1 − β₁ᵗ), as optax computes it. */
export function dAdaptedLr(
  d: number,
  lr: number,
  beta1: number,
  beta2: number,
  step: number,
): number {
  return d * lr * (Math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step));
}
