// Values worked by hand from the published formulas (the algorithm boxes in the PyTorch docs,
// torch.optim.*), one parameter, three steps each. The arithmetic is in the comments; numbers are
// chosen so that it stays small.
import { describe, expect, test } from "vitest";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";

/** θ after each step, starting from θ0 and feeding the given gradients (and lrs, if given). */
function trajectory(optimizer: Optimizer, theta0: number, grads: number[], lrs?: number[]) {
  const theta = Float64Array.of(theta0);
  return grads.map((g, t) => {
    if (lrs) optimizer.lr = lrs[t];
    optimizer.step(theta, [g]);
    return theta[0];
  });
}

function expectAll(actual: number[], expected: number[]) {
  expected.forEach((value, t) => expect(actual[t], `step ${t + 1}`).toBeCloseTo(value, 14));
}

describe("hand-worked from the PyTorch docs' pseudo-code", () => {
  test("sgd dampening: the first step takes the gradient undamped", () => {
    // μ = τ = ½, γ = ½, g = 1: b = 1, then ½·1 + ½·1 = 1, 1 → θ = −½, −1, −3/2
    const opt = optimizers.sgd({ lr: 0.5, momentum: 0.5, dampening: 0.5 });
    expectAll(trajectory(opt, 0, [1, 1, 1]), [-0.5, -1, -1.5]);
  });

  test("sgd nesterov: g + μb", () => {
    // μ = ½, γ = ½, g = 1: b = 1, 3/2, 7/4; g + μb = 3/2, 7/4, 15/8 → θ = −3/4, −13/8, −41/16
    const opt = optimizers.sgd({ lr: 0.5, momentum: 0.5, nesterov: true });
    expectAll(trajectory(opt, 0, [1, 1, 1]), [-0.75, -1.625, -2.5625]);
  });

  test("sgd weightDecay: g + λθ", () => {
    // λ = ½, γ = ½, g = 0: θ ← θ − ¼θ = ¾θ
    const opt = optimizers.sgd({ lr: 0.5, weightDecay: 0.5 });
    expectAll(trajectory(opt, 1, [0, 0, 0]), [0.75, 0.5625, 0.421875]);
  });

  test("classicMomentum: v ← βv − γg, θ ← θ + v", () => {
    // β = ½, γ = ½, g = 1: v = −½, −¾, −7/8 → θ = −½, −5/4, −17/8
    const opt = optimizers.classicMomentum({ lr: 0.5, momentum: 0.5 });
    expectAll(trajectory(opt, 0, [1, 1, 1]), [-0.5, -1.25, -2.125]);
  });

  test("adagrad lrDecay: γ̃ = γ / (1 + (t − 1)η)", () => {
    // γ = 1, η = 1, ε = 0, g = 3, 4, 12: s = 9, 25, 169; γ̃ = 1, ½, ⅓
    // θ = −3/3 = −1, −1 − ½·4/5 = −1.4, −1.4 − ⅓·12/13 = −1.4 − 4/13
    const opt = optimizers.adagrad({ lr: 1, lrDecay: 1, eps: 0 });
    expectAll(trajectory(opt, 0, [3, 4, 12]), [-1, -1.4, -1.4 - 4 / 13]);
  });

  test("adagrad initialAccumulatorValue", () => {
    // s0 = 16, γ = 1, ε = 0, g = 3, 0, 12: s = 25, 25, 169 → θ = −3/5, −3/5, −3/5 − 12/13
    const opt = optimizers.adagrad({ lr: 1, initialAccumulatorValue: 16, eps: 0 });
    expectAll(trajectory(opt, 0, [3, 0, 12]), [-0.6, -0.6, -0.6 - 12 / 13]);
  });

  test("rmsprop: θ ← θ − γg/(√v + ε)", () => {
    // α = ½, γ = 1, ε = 0, g = 2: v = 2, 3, 7/2 → θ = −2/√2, − 2/√3, − 2/√3.5
    const opt = optimizers.rmsprop({ lr: 1, alpha: 0.5, eps: 0 });
    const steps = [2 / Math.sqrt(2), 2 / Math.sqrt(3), 2 / Math.sqrt(3.5)];
    expectAll(trajectory(opt, 0, [2, 2, 2]), [
      -steps[0],
      -steps[0] - steps[1],
      -steps[0] - steps[1] - steps[2],
    ]);
  });

  test("rmsprop centered: v − g_ave²", () => {
    // α = ½, γ = 1, ε = 0, g = 2: v = 2, 3, 7/2; g_ave = 1, 3/2, 7/4; ṽ = 1, 3/4, 7/16
    // θ = −2, −2 − 2/√(3/4), … − 2/√(7/16)
    const opt = optimizers.rmsprop({ lr: 1, alpha: 0.5, eps: 0, centered: true });
    const second = -2 - 2 / Math.sqrt(0.75);
    expectAll(trajectory(opt, 0, [2, 2, 2]), [-2, second, second - 2 / Math.sqrt(7 / 16)]);
  });

  test("rmsprop momentum: b ← μb + g/(√v + ε)", () => {
    // α = ½, μ = ½, γ = 1, ε = 0, g = 2: b = √2, √2/2 + 2/√3, (√2/2 + 2/√3)/2 + 2/√3.5
    const opt = optimizers.rmsprop({ lr: 1, alpha: 0.5, eps: 0, momentum: 0.5 });
    const b = [Math.SQRT2, Math.SQRT2 / 2 + 2 / Math.sqrt(3)];
    b.push(b[1] / 2 + 2 / Math.sqrt(3.5));
    expectAll(trajectory(opt, 0, [2, 2, 2]), [-b[0], -b[0] - b[1], -b[0] - b[1] - b[2]]);
  });

  test("adadelta: Δx = √(u + ε)/√(v + ε)·g", () => {
    // ρ = ½, ε = 1, γ = 1, g = 1: v = ½, ¾, 7/8
    // Δx = √(1/1.5) = √(2/3); u = ⅓; Δx = √(4/3)/√(7/4) = √(16/21); u = 1/6 + 8/21 = 23/42;
    // Δx = √(65/42)/√(15/8) = √(52/63)
    const opt = optimizers.adadelta({ rho: 0.5, eps: 1 });
    const d = [Math.sqrt(2 / 3), Math.sqrt(16 / 21), Math.sqrt(52 / 63)];
    expectAll(trajectory(opt, 0, [1, 1, 1]), [-d[0], -d[0] - d[1], -d[0] - d[1] - d[2]]);
  });

  test("adam: bias correction", () => {
    // β = (½, ¾), γ = 0.1, ε = 0, g = 1, −1, 2:
    // m = ½, −¼, 7/8; v = ¼, 7/16, 85/64; 1 − β₁ᵗ = ½, ¾, 7/8; 1 − β₂ᵗ = ¼, 7/16, 37/64
    // m̂ = 1, −⅓, 1; v̂ = 1, 1, 85/37 → θ = −0.1, −0.1 + 0.1/3, … − 0.1·√(37/85)
    const opt = optimizers.adam({ lr: 0.1, betas: [0.5, 0.75], eps: 0 });
    const second = -0.1 + 0.1 / 3;
    expectAll(trajectory(opt, 0, [1, -1, 2]), [-0.1, second, second - 0.1 * Math.sqrt(37 / 85)]);
  });

  test("adam amsgrad: the running maximum of v", () => {
    // β = (½, ¾), γ = 0.1, ε = 0, g = 2, 0, 0: m = 1, ½, ¼; v = 1, ¾, 9/16 but v_max = 1
    // m̂ = 2, ⅔, 2/7; v̂ = 4, 16/7, 64/37 → Δ = −0.1, −0.1·√7/6, −0.1·√37/28
    const opt = optimizers.adam({ lr: 0.1, betas: [0.5, 0.75], eps: 0, amsgrad: true });
    const second = -0.1 - (0.1 * Math.sqrt(7)) / 6;
    expectAll(trajectory(opt, 0, [2, 0, 0]), [-0.1, second, second - (0.1 * Math.sqrt(37)) / 28]);
  });

  test("adamw: θ ← θ(1 − γλ) before the Adam step", () => {
    // γ = 0.1, λ = ½, g = 0: m = 0, so only the decay moves θ: 0.95ᵗ
    const opt = optimizers.adamw({ lr: 0.1, weightDecay: 0.5 });
    expectAll(trajectory(opt, 1, [0, 0, 0]), [0.95, 0.9025, 0.857375]);
  });

  test("adam weightDecay (L2) instead moves by γ in the first step", () => {
    // γ = 0.1, λ = ½, ε = 0, g = 0: g + λθ = ½ → m̂ = ½, v̂ = ¼ → θ = 1 − 0.1
    const opt = optimizers.adam({ lr: 0.1, weightDecay: 0.5, eps: 0 });
    expect(trajectory(opt, 1, [0])[0]).toBeCloseTo(0.9, 15);
  });

  test("adamax: u ← max(β₂u, |g| + ε)", () => {
    // β = (½, ½), γ = 1, ε = 0, g = 2, 1, 4: m = 1, 1, 5/2; u = 2, 1, 4; γ/(1 − β₁ᵗ) = 2, 4/3, 8/7
    // θ = −1, −1 − 4/3 = −7/3, −7/3 − 5/7 = −64/21
    const opt = optimizers.adamax({ lr: 1, betas: [0.5, 0.5], eps: 0 });
    expectAll(trajectory(opt, 0, [2, 1, 4]), [-1, -7 / 3, -64 / 21]);
  });

  test("nadam: μₜ with momentumDecay 0 is β₁/2", () => {
    // β = (½, ¾), ψ = 0, γ = 1, ε = 0, g = 1: μ = ¼; Πμ = ¼, 1/16, 1/64; m = ½, ¾, 7/8;
    // v/(1 − β₂ᵗ) = 1 so d = 1. Steps: (¾)/(¾)·1 + ¼/(15/16)·½ = 1 + 2/15;
    // (¾)/(15/16) + ¼/(63/64)·¾ = 4/5 + 4/21; (¾)/(63/64) + ¼/(255/256)·7/8 = 16/21 + 56/255
    const opt = optimizers.nadam({ lr: 1, betas: [0.5, 0.75], eps: 0, momentumDecay: 0 });
    const first = -1 - 2 / 15;
    const second = first - 4 / 5 - 4 / 21;
    expectAll(trajectory(opt, 0, [1, 1, 1]), [first, second, second - 16 / 21 - 56 / 255]);
    expect(opt.state.buffers.muProduct[0]).toBe(1 / 64);
  });

  test("nadam: the default μ schedule, μ₁ = β₁(1 − ½·0.96^0.004)", () => {
    const opt = optimizers.nadam();
    opt.step(Float64Array.of(0), [1]);
    expect(opt.state.buffers.muProduct[0]).toBeCloseTo(0.9 * (1 - 0.5 * 0.96 ** 0.004), 15);
  });

  test("radam: unrectified steps are momentum SGD with bias correction", () => {
    // β = (½, ¾): ρ∞ = 7, ρₜ = 1, 1.86, 2.62 ≤ 5. γ = 0.1, g = 1, −1, 2: m̂ = 1, −⅓, 1
    const opt = optimizers.radam({ lr: 0.1, betas: [0.5, 0.75] });
    const second = -0.1 + 0.1 / 3;
    expectAll(trajectory(opt, 0, [1, -1, 2]), [-0.1, second, second - 0.1]);
  });

  test("radam: the rectification threshold ρₜ > 5 is first passed at step 6 by default", () => {
    // β₂ = 0.999: ρ∞ = 1999, ρₜ = ρ∞ − 2tβ₂ᵗ/(1 − β₂ᵗ): ρ₅ = 4.996 (≤ 5), ρ₆ = 5.994.
    // g = 1 throughout: m̂ = 1 and v = 1 − β₂ᵗ, so steps 1–5 move exactly γ and step 6 moves
    // γ·r₆/(1 + ε/√v), r₆ = √((ρ₆ − 4)(ρ₆ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ₆)) ≈ 0.0258
    const rhoInf = 1999;
    const b6 = 0.999 ** 6;
    const rho6 = rhoInf - (12 * b6) / (1 - b6);
    const r6 = Math.sqrt(((rho6 - 4) * (rho6 - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rho6));
    const opt = optimizers.radam({ lr: 1 });
    const theta = trajectory(opt, 0, [1, 1, 1, 1, 1, 1]);
    expectAll(theta.slice(0, 5), [-1, -2, -3, -4, -5]);
    expect(r6).toBeCloseTo(0.0258, 4);
    expect(theta[5] - theta[4]).toBeCloseTo(-r6 / (1 + 1e-8 / Math.sqrt(1 - b6)), 13);
  });
});
