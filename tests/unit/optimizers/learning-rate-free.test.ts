// The optimizers from optax (polyakSgd, dog, dowg, dadaptAdamw, prodigy, scheduleFreeSgd,
// scheduleFreeAdamw, cocob, momo, momoAdam, lion): their bad input, the loss some of them read,
// Schedule-Free's evaluation point, their state (the learned rate) and their momentum. Their
// numerics are checked against optax in optax-reference.test.ts.
import { describe, expect, test } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";
import { namesWhere } from "./optimizer-db";

type Factory = (options?: Record<string, unknown>) => Optimizer;
const factories = optimizers as unknown as Record<string, Factory>;

// Bad hyper-parameters of every optimizer are in optimizer-db.ts.
describe("polyakSgd's rate", () => {
  test("polyakSgd's lr is its scaling, checked as lr is", () => {
    const opt = optimizers.polyakSgd({ scaling: 0.5 });
    expect(opt.lr).toBe(0.5);
    expect(() => (opt.lr = -1)).toThrow("lr must be a finite number ≥ 0, got -1");
  });
});

describe("optimizers that read the loss", () => {
  test.each(["polyakSgd", "momo", "momoAdam"])(
    "%s requires a finite loss and changes nothing without one",
    (name) => {
      const opt = factories[name]();
      const params = Float64Array.of(1, 2);
      const message = `loss must be a finite number: ${name} reads the loss, so call step(params, grad, loss) with the loss at params before the step, got`;
      expect(() => opt.step(params, [1, 1])).toThrow(LrlabError);
      expect(() => opt.step(params, [1, 1])).toThrow(`${message} undefined`);
      expect(() => opt.step(params, [1, 1], NaN)).toThrow(`${message} NaN`);
      expect(() => opt.step(params, [1, 1], "1" as unknown as number)).toThrow(`${message} "1"`);
      expect(opt.state.step).toBe(0);
      expect([...params]).toEqual([1, 2]);
      opt.step(params, [1, 1], 2.5);
      expect(opt.state.step).toBe(1);
    },
  );

  test.each(["sgd", "dog", "cocob", "lion"])("%s ignores a loss", (name) => {
    const a = Float64Array.of(1, 2);
    const b = Float64Array.of(1, 2);
    factories[name]({ lr: 0.1 }).step(a, [1, -1]);
    factories[name]({ lr: 0.1 }).step(b, [1, -1], 42);
    expect([...a]).toEqual([...b]);
  });

  test("polyakSgd: the step reaches f* on a linear loss, capped at maxLr (hand-worked)", () => {
    // f(θ) = 2θ₁ + θ₂ + 10 at θ = 0: g = (2, 1), gap = 10, ‖g‖² = 5 → η = 2, θ = (−4, −2).
    const opt = optimizers.polyakSgd({ maxLr: 100 });
    const params = Float64Array.of(0, 0);
    opt.step(params, [2, 1], 10);
    expect([...params]).toEqual([-4, -2]);
    expect(opt.state.buffers.stepSize[0]).toBe(2);
    const capped = optimizers.polyakSgd({ maxLr: 0.5 });
    const other = Float64Array.of(0, 0);
    capped.step(other, [2, 1], 10);
    expect([...other]).toEqual([-1, -0.5]);
  });
});

describe("Schedule-Free's evaluation point", () => {
  test.each(["scheduleFreeSgd", "scheduleFreeAdamw"])(
    "%s: evalParams is (y − (1 − β)z)/β, a copy of params before the first step",
    (name) => {
      const opt = factories[name]({ lr: 0.1, b1: 0.5 });
      const params = Float64Array.of(1, 2);
      const before = opt.evalParams!(params);
      expect([...before]).toEqual([1, 2]);
      expect(before).not.toBe(params);
      for (const g of [
        [1, -1],
        [0.5, 2],
        [-1, 0.25],
      ]) {
        opt.step(params, g);
      }
      const { z } = opt.state.buffers;
      const x = opt.evalParams!(params);
      for (let i = 0; i < 2; i++) expect(x[i]).toBe((params[i] - 0.5 * z[i]) / 0.5);
      expect(() => opt.evalParams!(Float64Array.of(1))).toThrow(
        "params must be of length 2, the size of the optimizer's state, got [1] (length 1)",
      );
      expect(() => opt.evalParams!([1, 2] as unknown as Float64Array)).toThrow(
        "params must be a Float64Array, got [1, 2] (length 2)",
      );
    },
  );

  test("with a constant rate and p = 2, x is the plain average of the z iterates", () => {
    const opt = optimizers.scheduleFreeSgd({ lr: 0.1 });
    const params = Float64Array.of(3);
    const zs: number[] = [];
    for (let t = 0; t < 5; t++) {
      opt.step(params, [Math.sin(t) + 2]);
      zs.push(opt.state.buffers.z[0]);
      expect(opt.state.buffers.averagingWeight[0]).toBeCloseTo(1 / (t + 1), 14);
    }
    const average = zs.reduce((a, b) => a + b, 0) / zs.length;
    expect(opt.evalParams!(params)[0]).toBeCloseTo(average, 12);
  });

  test.each(Object.keys(optimizers).filter((n) => !n.startsWith("scheduleFree")))(
    "%s has no evalParams",
    (name) => expect("evalParams" in factories[name]()).toBe(false),
  );
});

describe("state: the learned rate after every step", () => {
  test.each([
    ["polyakSgd", ["stepSize"]],
    ["dog", ["initParams", "eta", "maxDist", "sumSqNormGrads"]],
    ["dowg", ["initParams", "eta", "estimSqDist", "weightedSqNormGrads"]],
    ["dadaptAdamw", ["estimLr", "numeratorWeighted", "expAvg", "expAvgSq", "gradSum"]],
    ["prodigy", ["estimLr", "numeratorWeighted", "expAvg", "expAvgSq", "gradSum", "params0"]],
    ["scheduleFreeSgd", ["z", "maxLr", "weightSum", "averagingWeight"]],
    ["scheduleFreeAdamw", ["nu", "z", "maxLr", "weightSum", "averagingWeight"]],
    ["cocob", ["eta", "scale", "subgradients", "reward", "cumulativeGradients", "initParticles"]],
    ["momo", ["tau", "expAvg", "barf", "gamma", "lb"]],
    ["momoAdam", ["tau", "expAvg", "expAvgSq", "barf", "gamma", "lb"]],
    ["lion", ["mu"]],
  ])("%s names its buffers %j", (name, names) => {
    const opt = factories[name]();
    expect(opt.state.buffers).toEqual({});
    opt.step(Float64Array.of(1, 2), [0.5, -0.5], 3);
    expect(Object.keys(opt.state.buffers)).toEqual(names);
  });

  test("DoG's η is r̄/√(G + ε), and its first step is tiny (hand-worked)", () => {
    const opt = optimizers.dog({ initStep: ["distance", 0.5], eps: 0 });
    const params = Float64Array.of(0, 0);
    opt.step(params, [3, 4]); // r̄ = 0.5, G = 25 → η = 0.1
    expect(opt.state.buffers.eta[0]).toBe(0.1);
    expect([...params]).toEqual([-0.30000000000000004, -0.4]);
    opt.step(params, [0, 0]); // r̄ = ‖θ − θ₀‖ = 0.5 still, G = 25
    expect(opt.state.buffers.maxDist[0]).toBeCloseTo(0.5, 15);
  });

  test("Prodigy's and D-Adaptation's d only grows", () => {
    for (const opt of [optimizers.prodigy(), optimizers.dadaptAdamw()]) {
      const params = Float64Array.of(2, -1);
      let d = 0;
      for (let t = 0; t < 40; t++) {
        opt.step(params, [2 * params[0], 10 * params[1]]);
        const estimate = opt.state.buffers.estimLr[0];
        expect(estimate).toBeGreaterThanOrEqual(d);
        d = estimate;
      }
      expect(d).toBeGreaterThan(1e-6);
    }
  });
});

describe("momentum", () => {
  /** Options that set β₁ (none: the default), and the momentum they give. */
  const beta1s: Record<string, readonly [Record<string, unknown>, number]> = {
    dadaptAdamw: [{ betas: [0.8, 0.999] }, 0.8],
    prodigy: [{}, 0.9],
    momo: [{ beta: 0.5 }, 0.5],
    momoAdam: [{ b1: 0.7 }, 0.7],
    lion: [{}, 0.9],
  };

  test("has β₁'s options for each optax optimizer that optimizer-db says has one", () => {
    expect(Object.keys(beta1s)).toEqual(namesWhere({ reference: "optax", momentum: "beta1" }));
  });

  test.each(
    namesWhere({ reference: "optax", momentum: "beta1" }).map(
      (name) => [name, ...beta1s[name]] as const,
    ),
  )("%s exposes its β₁ as momentum", (name, options, expected) => {
    const opt = factories[name](options);
    expect(opt.momentum).toBe(expected);
    const set = factories[name]();
    set.momentum = expected;
    const a = Float64Array.of(1, -2);
    const b = Float64Array.of(1, -2);
    for (const g of [
      [1, -2],
      [0.5, 3],
    ]) {
      opt.step(a, g, 1);
      set.step(b, g, 1);
    }
    expect([...b]).toEqual([...a]);
    expect(() => (set.momentum = 1.5)).toThrow(LrlabError);
  });

  test.each(namesWhere({ reference: "optax", momentum: "none" }))(
    "%s has no momentum property",
    (name) => expect("momentum" in factories[name]()).toBe(false),
  );
});
