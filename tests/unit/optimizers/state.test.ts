// State inspection (PyTorch's state names in camelCase), reset, effective learning rates, and the
// classic momentum form next to PyTorch's.
import { describe, expect, test } from "vitest";
import { effectiveLr, optimizers } from "../../../lib/src/optimizers";
import { optimizerNames } from "./optimizer-db";

describe("state", () => {
  test("is empty before the first step and allocated, sized to params, on it", () => {
    const opt = optimizers.adam({ amsgrad: true });
    expect(opt.state).toEqual({ step: 0, buffers: {} });
    opt.step(new Float64Array(5), [1, 2, 3, 4, 5]);
    expect(opt.state.step).toBe(1);
    expect(Object.keys(opt.state.buffers)).toEqual(["expAvg", "expAvgSq", "maxExpAvgSq"]);
    expect(opt.state.buffers.expAvg).toHaveLength(5);
  });

  test.each([
    ["sgd", optimizers.sgd(), []],
    ["sgd momentum", optimizers.sgd({ momentum: 0.9 }), ["momentumBuffer"]],
    ["classicMomentum", optimizers.classicMomentum(), ["velocity"]],
    ["adagrad", optimizers.adagrad(), ["sum"]],
    ["rmsprop", optimizers.rmsprop(), ["squareAvg"]],
    [
      "rmsprop centered momentum",
      optimizers.rmsprop({ centered: true, momentum: 0.9 }),
      ["squareAvg", "gradAvg", "momentumBuffer"],
    ],
    ["adadelta", optimizers.adadelta(), ["squareAvg", "accDelta"]],
    ["adamw", optimizers.adamw(), ["expAvg", "expAvgSq"]],
    ["adamax", optimizers.adamax(), ["expAvg", "expInf"]],
    ["nadam", optimizers.nadam(), ["expAvg", "expAvgSq", "muProduct"]],
    ["radam", optimizers.radam(), ["expAvg", "expAvgSq"]],
  ])("%s names its buffers as PyTorch does", (_label, opt, names) => {
    opt.step(Float64Array.of(1, 2), [0.5, -0.5]);
    expect(Object.keys(opt.state.buffers)).toEqual(names);
  });

  test("is a snapshot: reading it, then stepping, leaves the earlier reading alone", () => {
    const opt = optimizers.adagrad({ lr: 0.1 });
    const params = Float64Array.of(1);
    const history: Float64Array[] = [];
    for (let t = 0; t < 3; t++) {
      opt.step(params, [2]);
      history.push(opt.state.buffers.sum);
    }
    expect(history.map((sum) => sum[0])).toEqual([4, 8, 12]);
    history[0][0] = 100;
    expect(opt.state.buffers.sum[0]).toBe(12);
  });

  test("reset() clears step and buffers but keeps the current lr", () => {
    const opt = optimizers.sgd({ lr: 0.1, momentum: 0.9 });
    opt.step(Float64Array.of(1), [1]);
    opt.lr = 0.3;
    opt.reset();
    expect(opt.state).toEqual({ step: 0, buffers: {} });
    expect(opt.lr).toBe(0.3);
  });

  test.each(optimizerNames)("%s's name is its factory's", (key) =>
    expect(optimizers[key]().name).toBe(key),
  );
});

describe("effective learning rate |Δθᵢ| / |gᵢ|", () => {
  test("is not tracked unless asked for", () => {
    const opt = optimizers.adagrad();
    opt.step(Float64Array.of(1), [1]);
    expect(opt.state.effectiveLr).toBeUndefined();
  });

  test("plain SGD's is lr, and NaN where the gradient is 0", () => {
    const opt = optimizers.sgd({ lr: 0.25, trackEffectiveLr: true });
    opt.step(Float64Array.of(1, 2, 3), [4, 0, -8]);
    expect([...opt.state.effectiveLr!]).toEqual([0.25, NaN, 0.25]);
  });

  test("AdaGrad's is γ̃ / (√s + ε), falling as the accumulator grows (hand-worked)", () => {
    // γ = 1, ε = 0, g = (3, 1) then (4, 1): s = (9, 1), (25, 2) → rates (1/3, 1), (1/5, 1/√2)
    const opt = optimizers.adagrad({ lr: 1, eps: 0, trackEffectiveLr: true });
    const params = Float64Array.of(10, 10);
    opt.step(params, [3, 1]);
    expect(opt.state.effectiveLr![0]).toBeCloseTo(1 / 3, 14);
    expect(opt.state.effectiveLr![1]).toBeCloseTo(1, 14);
    opt.step(params, [4, 1]);
    expect(opt.state.effectiveLr![0]).toBeCloseTo(1 / 5, 14);
    expect(opt.state.effectiveLr![1]).toBeCloseTo(Math.SQRT1_2, 14);
  });

  test("tracking does not stop a step whose parameters overflow", () => {
    const tracked = optimizers.sgd({ lr: 1e308, trackEffectiveLr: true });
    const params = Float64Array.of(1);
    tracked.step(params, [-10]);
    expect(params[0]).toBe(Infinity);
    expect(tracked.state.effectiveLr![0]).toBe(Infinity);
  });

  test("effectiveLr computes the same from a recorded trajectory", () => {
    const tracked = optimizers.adam({ lr: 0.1, trackEffectiveLr: true });
    const params = Float64Array.of(1, -1);
    const before = params.slice();
    tracked.step(params, [0.5, -2]);
    expect(effectiveLr(before, params, [0.5, -2])).toEqual(tracked.state.effectiveLr);
    expect(() => effectiveLr([1], [1, 2], [1, 2])).toThrow(
      "before must be an array of 2 finite numbers, got [1] (length 1)",
    );
    expect(() => (effectiveLr as () => unknown)()).toThrow(
      "grad must be an array of numbers, got undefined",
    );
    expect(() => effectiveLr([1, 2], [1, 2], [1, 2], new Float64Array(1))).toThrow(
      "out must be a Float64Array of length 2",
    );
  });
});

describe("classic momentum (v ← βv − γg; θ ← θ + v) next to PyTorch's SGD momentum", () => {
  // Dyadic numbers keep every operation exact, so the two forms agree bit for bit.
  const grads = [[1], [0.5], [-2], [0.25]];

  function trajectories(lrs: number[]) {
    const classic = optimizers.classicMomentum({ momentum: 0.5 });
    const torchForm = optimizers.sgd({ momentum: 0.5, dampening: 0 });
    const a = Float64Array.of(0);
    const b = Float64Array.of(0);
    return grads.map((g, t) => {
      classic.lr = torchForm.lr = lrs[t];
      classic.step(a, g);
      torchForm.step(b, g);
      const v = classic.state.buffers.velocity[0];
      const buffer = torchForm.state.buffers.momentumBuffer[0];
      return { classic: a[0], torch: b[0], v, minusLrB: -lrs[t] * buffer };
    });
  }

  test("with a constant lr the trajectories are equal and v = −γb", () => {
    for (const step of trajectories([0.5, 0.5, 0.5, 0.5])) {
      expect(step.classic).toBe(step.torch);
      expect(step.v).toBe(step.minusLrB);
    }
  });

  test("when lr changes they differ: v keeps the earlier rates, SGD rescales all of b", () => {
    // lr ½ then 0: classic keeps coasting as v halves (−¼, −⅛, −1/16); SGD stops, since Δθ = −0·b.
    const steps = trajectories([0.5, 0, 0, 0]);
    expect(steps.map((s) => s.torch)).toEqual([-0.5, -0.5, -0.5, -0.5]);
    expect(steps.map((s) => s.classic)).toEqual([-0.5, -0.75, -0.875, -0.9375]);
  });
});
