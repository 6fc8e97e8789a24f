// The optimizers from optax (polyakSgd, dog, dowg, dadaptAdamw, prodigy, scheduleFreeSgd,
// scheduleFreeAdamw, cocob, momo, momoAdam, lion): their bad input, the loss some of them read,
// Schedule-Free's evaluation point, their state (the learned rate) and their momentum. Their
// numerics are checked against optax in optax-reference.test.ts.
import { describe, expect, test } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";

type Factory = (options?: Record<string, unknown>) => Optimizer;
const factories = optimizers as unknown as Record<string, Factory>;

function rejects(name: string, options: Record<string, unknown>, message: string) {
  const create = () => factories[name](options);
  expect(create).toThrow(LrlabError);
  expect(create).toThrow(message);
}

describe("bad hyper-parameters are clear errors", () => {
  test.each([
    ["polyakSgd", { maxLr: -1 }, "maxLr must be a finite number ≥ 0, got -1"],
    ["polyakSgd", { scaling: -0.5 }, "scaling must be a finite number ≥ 0, got -0.5"],
    ["polyakSgd", { fMin: NaN }, "fMin must be a finite number, got NaN"],
    ["polyakSgd", { eps: -1e-8 }, "eps must be a finite number ≥ 0, got -1e-8"],
    ["polyakSgd", { variant: "sps++" }, 'variant must be "sps" or "sps+", got "sps++"'],
    [
      "polyakSgd",
      { lr: 0.1 },
      'polyakSgd option must be one of maxLr, scaling, fMin, eps, variant, trackEffectiveLr, got "lr"',
    ],
    [
      "polyakSgd",
      { max_learning_rate: 0.1 },
      'polyakSgd option must be one of maxLr, scaling, fMin, eps, variant, trackEffectiveLr, got "max_learning_rate"',
    ],
    [
      "dog",
      { initStep: ["distance", 0] },
      'initStep must be a pair [tag, value] with tag "distance", "learning_rate" or "heuristic" and value > 0, such as ["heuristic", 1e-6], got ["distance", 0] (length 2)',
    ],
    ["dog", { initStep: ["learningRate", 0.1] }, "initStep must be a pair [tag, value]"],
    ["dog", { initStep: 1e-6 }, "initStep must be a pair [tag, value]"],
    ["dog", { eps: -1 }, "eps must be a finite number ≥ 0, got -1"],
    ["dog", { weightDecay: -0.1 }, "weightDecay must be a finite number ≥ 0, got -0.1"],
    ["dowg", { initEstimSqDist: 0 }, "initEstimSqDist must be a finite number > 0, got 0"],
    ["dowg", { eps: -1e-4 }, "eps must be a finite number ≥ 0, got -0.0001"],
    ["dadaptAdamw", { betas: [1, 0.999] }, "betas[0] must be a number in [0, 1), got 1"],
    ["dadaptAdamw", { estimLr0: 0 }, "estimLr0 must be a finite number > 0, got 0"],
    ["dadaptAdamw", { weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    ["prodigy", { betas: [0.9, 1] }, "betas[1] must be a number in [0, 1), got 1"],
    ["prodigy", { beta3: 1.5 }, "beta3 must be a number in [0, 1], got 1.5"],
    ["prodigy", { estimLr0: -1e-6 }, "estimLr0 must be a finite number > 0, got -0.000001"],
    ["prodigy", { estimLrCoef: 0 }, "estimLrCoef must be a finite number > 0, got 0"],
    ["prodigy", { safeguardWarmup: 1 }, "safeguardWarmup must be true or false, got 1"],
    ["scheduleFreeSgd", { b1: 0 }, "b1 must be a number in (0, 1], got 0"],
    ["scheduleFreeSgd", { b1: 1.1 }, "b1 must be a number in (0, 1], got 1.1"],
    ["scheduleFreeSgd", { warmupSteps: 0 }, "warmupSteps must be a positive integer, got 0"],
    ["scheduleFreeSgd", { warmupSteps: 2.5 }, "warmupSteps must be a positive integer, got 2.5"],
    ["scheduleFreeSgd", { weightLrPower: -2 }, "weightLrPower must be a finite number ≥ 0, got -2"],
    ["scheduleFreeAdamw", { b2: 1 }, "b2 must be a number in [0, 1), got 1"],
    ["scheduleFreeAdamw", { eps: -1 }, "eps must be a finite number ≥ 0, got -1"],
    ["scheduleFreeAdamw", { weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    ["cocob", { alpha: 0 }, "alpha must be a finite number > 0, got 0"],
    ["cocob", { eps: 0 }, "eps must be a finite number > 0, got 0"],
    ["momo", { beta: 1 }, "beta must be a number in [0, 1), got 1"],
    ["momo", { lowerBound: Infinity }, "lowerBound must be a finite number, got Infinity"],
    ["momo", { adaptLowerBound: "yes" }, 'adaptLowerBound must be true or false, got "yes"'],
    ["momoAdam", { b1: -0.1 }, "b1 must be a number in [0, 1), got -0.1"],
    ["momoAdam", { b2: 1 }, "b2 must be a number in [0, 1), got 1"],
    ["momoAdam", { weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    ["lion", { b1: 1.5 }, "b1 must be a number in [0, 1], got 1.5"],
    ["lion", { b2: -1 }, "b2 must be a number in [0, 1], got -1"],
    ["lion", { weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    [
      "lion",
      { weight_decay: 0 },
      'lion option must be one of lr, b1, b2, weightDecay, trackEffectiveLr, got "weight_decay"',
    ],
  ] as const)("%s rejects %o", (name, options, message) => rejects(name, options, message));

  test("polyakSgd's lr is its scaling, checked as lr is", () => {
    const opt = optimizers.polyakSgd({ scaling: 0.5 });
    expect(opt.lr).toBe(0.5);
    expect(() => (opt.lr = -1)).toThrow("lr must be a finite number ≥ 0, got -1");
  });

  test("the edges of the accepted ranges are accepted", () => {
    expect(() => optimizers.scheduleFreeSgd({ b1: 1 })).not.toThrow();
    expect(() => optimizers.lion({ b1: 0, b2: 1 })).not.toThrow();
    expect(() => optimizers.prodigy({ beta3: 0 })).not.toThrow();
    expect(() => optimizers.polyakSgd({ maxLr: 0, scaling: 0, fMin: -5 })).not.toThrow();
    expect(() => optimizers.dog({ initStep: ["learning_rate", 0.1] })).not.toThrow();
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

  test.each(
    Object.keys(optimizers).filter((n) => !n.startsWith("scheduleFree") && n !== "effectiveLr"),
  )("%s has no evalParams", (name) => expect("evalParams" in factories[name]()).toBe(false));
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
  test.each([
    ["dadaptAdamw", { betas: [0.8, 0.999] }, 0.8],
    ["prodigy", {}, 0.9],
    ["momo", { beta: 0.5 }, 0.5],
    ["momoAdam", { b1: 0.7 }, 0.7],
    ["lion", {}, 0.9],
  ] as const)("%s exposes its β₁ as momentum", (name, options, expected) => {
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

  test.each(["polyakSgd", "dog", "dowg", "scheduleFreeSgd", "scheduleFreeAdamw", "cocob"])(
    "%s has no momentum property",
    (name) => expect("momentum" in factories[name]()).toBe(false),
  );
});
