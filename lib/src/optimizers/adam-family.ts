// Pieces shared by PyTorch's Adam family (adam, adamw, adamax, nadam, radam): the
// decoupledWeightDecay option and what each passes to createOptimizer. The moment averages stay
// written out in each update loop: a shared per-element function, even one of numbers only, made
// adam's step 15–20% slower in the CommonJS build and several times slower under tsx (V8 does not
// reliably inline a call into another module).
import { beta1Momentum, flag } from "./base";
import type { OptimizerExtras } from "./base";

/** PyTorch's decoupled_weight_decay, an option of adam, nadam and radam. */
export interface DecoupledWeightDecayOption {
  /** Decay the weights directly, θ ← θ(1 − γλ), as AdamW (default false). */
  decoupledWeightDecay?: boolean;
}

/** The spec-table row of DecoupledWeightDecayOption. */
export const decoupledWeightDecaySpec = { decoupledWeightDecay: [false, flag] } as const;

/**
 * What an Adam-family optimizer adds around its algorithm: its weight decay (L2 unless
 * `decoupledWeightDecay`), applied by createOptimizer before the update, and β₁ = betas[0] as its
 * settable `momentum`.
 */
export function adamFamilyExtras(
  betas: readonly [number, number],
  weightDecay: number,
  decoupledWeightDecay = false,
): OptimizerExtras {
  return { weightDecay, decoupledWeightDecay, momentum: beta1Momentum(betas) };
}
