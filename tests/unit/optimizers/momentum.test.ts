// optimizer.momentum: PyTorch's group["momentum"] (sgd, rmsprop, classicMomentum) or β₁ =
// group["betas"][0] (the Adam family), settable between steps as momentum-cycling schedulers do.
import { describe, expect, test } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";
import { namesWhere } from "./optimizer-db";

type Factory = (options?: Record<string, unknown>) => Optimizer;
const factories = optimizers as unknown as Record<string, Factory>;
/** PyTorch's momentum as an option (sgd, classicMomentum, rmsprop), from optimizer-db. */
const withMomentumFactor: readonly string[] = namesWhere({ momentum: "momentum" });
/** The Adam family from PyTorch, whose momentum is β₁ (adam, adamw, adamax, nadam, radam). */
const adamFamily: readonly string[] = namesWhere({ reference: "torch", momentum: "beta1" });
/** PyTorch's optimizers with no momentum (adagrad, adadelta). */
const withoutMomentum = namesWhere({ reference: "torch", momentum: "none" });

/** Steps `opt` on fixed gradients from params0 and returns the params after each step. */
function trajectory(opt: Optimizer, grads: number[][], before?: (step: number) => void) {
  const params = Float64Array.of(1, -2);
  return grads.map((grad, step) => {
    before?.(step);
    opt.step(params, grad);
    return Array.from(params);
  });
}
const grads = [
  [1, -2],
  [0.5, 3],
  [-1, 0.25],
  [2, 1],
];

describe("optimizer.momentum", () => {
  test.each([
    ["sgd", optimizers.sgd(), 0],
    ["sgd", optimizers.sgd({ momentum: 0.9 }), 0.9],
    ["rmsprop", optimizers.rmsprop({ momentum: 0.5 }), 0.5],
    ["classicMomentum", optimizers.classicMomentum(), 0.9],
    ["adam", optimizers.adam(), 0.9],
    ["adamw", optimizers.adamw({ betas: [0.5, 0.99] }), 0.5],
    ["adamax", optimizers.adamax(), 0.9],
    ["nadam", optimizers.nadam({ betas: [0.8, 0.9] }), 0.8],
    ["radam", optimizers.radam(), 0.9],
  ])("%s starts at the factory's momentum (β₁ for the Adam family)", (_name, opt, expected) => {
    expect(opt.momentum).toBe(expected);
    expect(Object.keys(opt)).toContain("momentum");
  });

  test.each(withoutMomentum)("%s has no momentum property", (name) => {
    const opt = factories[name]();
    expect("momentum" in opt).toBe(false);
    expect(opt.momentum).toBeUndefined();
  });

  test.each([...withMomentumFactor, ...adamFamily])(
    "%s: setting momentum before the first step is the factory option",
    (name) => {
      const option = adamFamily.includes(name) ? { betas: [0.3, 0.999] } : { momentum: 0.3 };
      const set = factories[name]({ lr: 0.1 });
      set.momentum = 0.3;
      expect(set.momentum).toBe(0.3);
      expect(trajectory(set, grads)).toEqual(
        trajectory(factories[name]({ lr: 0.1, ...option }), grads),
      );
    },
  );

  test.each([...withMomentumFactor, ...adamFamily])(
    "%s: reads the momentum at each step, and reset() restores the factory's",
    (name) => {
      const opt = factories[name]({ lr: 0.1 });
      const initial = opt.momentum;
      const cycled = trajectory(opt, grads, (step) => (opt.momentum = [0.9, 0.5, 0.7, 0.2][step]));
      expect(opt.momentum).toBe(0.2);
      opt.reset();
      expect(opt.momentum).toBe(initial);
      expect(trajectory(opt, grads)).not.toEqual(cycled);
    },
  );

  test.each([...withMomentumFactor, ...adamFamily])("%s rejects a bad momentum", (name) => {
    const opt = factories[name]();
    const before = opt.momentum;
    for (const bad of [-0.1, NaN, Infinity, "0.9"]) {
      expect(() => (opt.momentum = bad as number)).toThrow(LrlabError);
      expect(() => (opt.momentum = bad as number)).toThrow(/^momentum/);
    }
    expect(opt.momentum).toBe(before);
  });

  test("messages: μ ≥ 0 as the factory's option; β₁ in [0, 1) as betas[0]", () => {
    const sgd = optimizers.sgd();
    expect(() => (sgd.momentum = -1)).toThrow("momentum must be a finite number ≥ 0, got -1");
    sgd.momentum = 1.5; // PyTorch accepts any μ ≥ 0
    expect(sgd.momentum).toBe(1.5);
    const adam = optimizers.adam();
    expect(() => (adam.momentum = 1)).toThrow(
      "momentum (β₁, betas[0]) must be a number in [0, 1), got 1",
    );
  });
});

describe("momentum changing between steps, as PyTorch", () => {
  test("sgd: the buffer starts, undamped, at the first step with μ ≠ 0", () => {
    const opt = optimizers.sgd({ lr: 1, dampening: 0.5 });
    const params = Float64Array.of(0);
    opt.step(params, [2]); // μ = 0: plain step, no buffer
    expect(params[0]).toBe(-2);
    expect(opt.state.buffers).toEqual({});
    opt.momentum = 0.5;
    opt.step(params, [4]); // first step with μ: b ← g = 4
    expect(opt.state.buffers.momentumBuffer).toEqual(Float64Array.of(4));
    expect(params[0]).toBe(-6);
    opt.momentum = 0.25;
    opt.step(params, [2]); // b ← 0.25·4 + (1 − 0.5)·2 = 2
    expect(opt.state.buffers.momentumBuffer).toEqual(Float64Array.of(2));
    expect(params[0]).toBe(-8);
    opt.momentum = 0;
    opt.step(params, [1]); // μ = 0: plain step, the buffer is kept untouched
    expect(params[0]).toBe(-9);
    expect(opt.state.buffers.momentumBuffer).toEqual(Float64Array.of(2));
  });

  test("sgd nesterov uses the current μ in g + μb", () => {
    const opt = optimizers.sgd({ lr: 1, momentum: 0.9, nesterov: true });
    const params = Float64Array.of(0);
    opt.momentum = 0.5;
    opt.step(params, [2]); // b = 2, step g + μb = 2 + 1 = 3
    expect(params[0]).toBe(-3);
  });

  test("rmsprop: a momentum buffer starts at zero from the first step with μ > 0", () => {
    const opt = optimizers.rmsprop({ lr: 1, alpha: 0.5, eps: 0 });
    const params = Float64Array.of(0);
    opt.step(params, [2]);
    expect(Object.keys(opt.state.buffers)).toEqual(["squareAvg"]);
    opt.momentum = 0.5;
    opt.step(params, [2]); // v = 0.5·2 + 0.5·4 = 3; b = 0·0.5 + 2/√3
    expect(opt.state.buffers.momentumBuffer[0]).toBeCloseTo(2 / Math.sqrt(3), 15);
  });

  test("nadam multiplies each step's μₜ, from that step's β₁, into muProduct", () => {
    const opt = optimizers.nadam();
    const params = Float64Array.of(1);
    const mu = (beta1: number, t: number) => beta1 * (1 - 0.5 * 0.96 ** (t * 4e-3));
    opt.step(params, [1]);
    opt.momentum = 0.5;
    opt.step(params, [1]);
    expect(opt.state.buffers.muProduct[0]).toBe(mu(0.9, 1) * mu(0.5, 2));
  });

  test("adam's bias correction 1 − β₁ᵗ uses the current β₁", () => {
    const opt = optimizers.adam({ lr: 1, eps: 0 });
    const params = Float64Array.of(0);
    opt.step(params, [1]); // m = 0.1, v = 0.001: step 1
    opt.momentum = 0.5;
    opt.step(params, [1]); // m = 0.1 + 0.5·0.9 = 0.55, v = 0.001999
    const v = 0.999 * 0.001 + 0.001;
    const expected =
      -1 - (1 / (1 - 0.5 ** 2)) * (0.55 / (Math.sqrt(v) / Math.sqrt(1 - 0.999 ** 2)));
    expect(params[0]).toBeCloseTo(expected, 14);
  });
});
