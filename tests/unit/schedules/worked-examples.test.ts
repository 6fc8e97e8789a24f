// The worked example in every schedule's doc comment, and the course's rules against the seed
// notes' own formulas (each `it` names its source).
import { describe, expect, it } from "vitest";
import { schedules } from "../../../lib/src/schedules";
import type { Schedule, ScheduleContext } from "../../../lib/src/schedules";

const first = (schedule: Schedule, n: number) =>
  Array.from({ length: n }, (_, t) => schedule.lr(t));
const expectClose = (actual: number[], expected: number[], digits = 12) =>
  actual.forEach((value, t) => expect(value, `t = ${t}`).toBeCloseTo(expected[t], digits));
const at = (loss: number, grad: number[], x?: number[]): ScheduleContext => ({ loss, grad, x });

// Seed 002: f(x) = 3x² − 3x + 4, f′(x) = 6x − 3.
const f = (x: number) => 3 * x * x - 3 * x + 4;
const df = (x: number) => 6 * x - 3;

describe("doc-comment examples of the PyTorch schedules (torch.optim.lr_scheduler formulas)", () => {
  it("stepLR: lr·gamma^⌊t/stepSize⌋", () => {
    expectClose(
      first(schedules.stepLR({ lr: 0.1, stepSize: 2 }), 5),
      [0.1, 0.1, 0.01, 0.01, 0.001],
    );
  });
  it("multiStepLR: lr·gamma^(milestones ≤ t)", () => {
    const s = schedules.multiStepLR({ lr: 1, milestones: [1, 3], gamma: 0.5 });
    expectClose(first(s, 4), [1, 0.5, 0.5, 0.25]);
  });
  it("exponentialLR: lr·gammaᵗ, seed 003's lr *= 0.99", () => {
    expectClose(
      first(schedules.exponentialLR({ lr: 0.01, gamma: 0.99 }), 3),
      [0.01, 0.0099, 0.009801],
    );
  });
  it("cosineAnnealingLR: etaMin + (lr − etaMin)(1 + cos(πt/tMax))/2", () => {
    const c = (1 + Math.cos(Math.PI / 4)) / 2;
    expectClose(first(schedules.cosineAnnealingLR({ lr: 1, tMax: 4 }), 6), [
      1,
      c,
      0.5,
      1 - c,
      0,
      1 - c,
    ]);
  });
  it("cosineAnnealingWarmRestarts: cycles of 2, then 4 (tMult = 2)", () => {
    const c = (1 + Math.cos(Math.PI / 4)) / 2;
    const s = schedules.cosineAnnealingWarmRestarts({ lr: 1, t0: 2, tMult: 2 });
    expectClose(first(s, 7), [1, 0.5, 1, c, 0.5, 1 - c, 1]);
  });
  it("linearLR: lr·(s + (e − s)·min(t, T)/T)", () => {
    const s = schedules.linearLR({ lr: 0.1, startFactor: 0.5, totalIters: 4 });
    expectClose(first(s, 6), [0.05, 0.0625, 0.075, 0.0875, 0.1, 0.1]);
  });
  it("constantLR: lr·factor before totalIters", () => {
    const s = schedules.constantLR({ lr: 0.3, factor: 0.5, totalIters: 2 });
    expectClose(first(s, 3), [0.15, 0.15, 0.3]);
  });
  it("polynomialLR: lr·(1 − min(t, T)/T)^power", () => {
    const s = schedules.polynomialLR({ lr: 1, totalIters: 4, power: 2 });
    expectClose(first(s, 5), [1, 0.5625, 0.25, 0.0625, 0]);
  });
  it("oneCycleLR: 0.04 → 1 → 4e-6, and stays at the final rate past totalSteps", () => {
    const s = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    const lrs = first(s, 12);
    expectClose(lrs.slice(0, 3), [0.04, 0.52, 1]);
    expect(lrs[9]).toBeCloseTo(4e-6, 15);
    expect(lrs[10]).toBe(4e-6);
    expect(lrs[11]).toBe(4e-6);
  });
  it("cyclicLR: triangle between baseLr and maxLr; triangular2 halves the second peak", () => {
    expectClose(
      first(schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 2 }), 5),
      [0.1, 0.55, 1, 0.55, 0.1],
    );
    const halving = schedules.cyclicLR({
      baseLr: 0.1,
      maxLr: 1,
      stepSizeUp: 2,
      mode: "triangular2",
    });
    expect(halving.lr(6)).toBeCloseTo(0.55, 12);
  });
  it("oneCycleLR's momentum: 0.95 → 0.85 while lr rises, back to 0.95 while it anneals", () => {
    const s = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    const momentum = (t: number) => s.momentum!(t);
    // Rising over t = 0…2: 0.85 + 0.05·(1 + cos(πt/2)). Annealing over t = 2…9 along the same
    // half cosine at p = (t − 2)/7: 0.95 − 0.05·(1 + cos πp).
    const rising = (t: number) => 0.85 + 0.05 * (1 + Math.cos((Math.PI * t) / 2));
    const annealing = (t: number) => 0.95 - 0.05 * (1 + Math.cos((Math.PI * (t - 2)) / 7));
    const ts = Array.from({ length: 10 }, (_, t) => t);
    expectClose(
      ts.map(momentum),
      ts.map((t) => (t <= 2 ? rising(t) : annealing(t))),
    );
    expectClose(
      ts.map(momentum),
      [0.95, 0.9, 0.85, 0.855, 0.869, 0.889, 0.911, 0.931, 0.945, 0.95],
      3,
    );
    expect(momentum(9)).toBe(0.95);
    expect(momentum(10)).toBe(0.95); // past totalSteps: the final value, as lr
    expect(momentum(1000)).toBe(0.95);
    expect(() => momentum(-1)).toThrow(/t must be an integer ≥ 0, got -1/);
  });
  it("oneCycleLR's momentum with threePhase: down, back up, then maxMomentum to the end", () => {
    const s = schedules.oneCycleLR({
      maxLr: 1,
      totalSteps: 10,
      annealStrategy: "linear",
      threePhase: true,
      baseMomentum: 0.5,
      maxMomentum: 0.9,
    });
    expectClose(
      Array.from({ length: 10 }, (_, t) => s.momentum!(t)),
      [0.9, 0.7, 0.5, 0.7, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
    );
    expectClose(first(s, 5), [0.04, 0.52, 1, 0.52, 0.04]);
  });
  it("cyclicLR's momentum: maxMomentum − (maxMomentum − baseMomentum)·h(x)·scale", () => {
    const s = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 2 });
    expectClose(
      Array.from({ length: 5 }, (_, t) => s.momentum!(t)),
      [0.9, 0.85, 0.8, 0.85, 0.9],
    );
    const uneven = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 1, stepSizeDown: 3 });
    expectClose(first(uneven, 5), [0.1, 1, 0.7, 0.4, 0.1]);
    expectClose(
      Array.from({ length: 5 }, (_, t) => uneven.momentum!(t)),
      [0.9, 0.8, 0.9 - 0.1 * (2 / 3), 0.9 - 0.1 / 3, 0.9],
    );
    // triangular2 halves the momentum's swing too: the second trough is 0.9 − 0.1/2.
    const halving = schedules.cyclicLR({
      baseLr: 0.1,
      maxLr: 1,
      stepSizeUp: 2,
      mode: "triangular2",
    });
    expect(halving.momentum!(6)).toBeCloseTo(0.85, 12);
    // exp_range scales it by gammaᵗ, as the lr: at t = 2, 0.9 − 0.1·0.5².
    const shrinking = schedules.cyclicLR({
      baseLr: 0.1,
      maxLr: 1,
      stepSizeUp: 2,
      mode: "exp_range",
      gamma: 0.5,
    });
    expect(shrinking.momentum!(2)).toBeCloseTo(0.875, 12);
    expect(shrinking.lr(2)).toBeCloseTo(0.1 + 0.9 * 0.25, 12);
  });
  it("cycleMomentum: false leaves the schedule without a momentum member", () => {
    for (const s of [
      schedules.oneCycleLR({ maxLr: 1, totalSteps: 10, cycleMomentum: false }),
      schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, cycleMomentum: false }),
    ]) {
      expect("momentum" in s).toBe(false);
      expect(s.momentum).toBeUndefined();
    }
    expect(schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 }).momentum).toBeTypeOf("function");
    expect(schedules.cyclicLR({ baseLr: 0.1, maxLr: 1 }).momentum).toBeTypeOf("function");
    expect("momentum" in schedules.cosineAnnealingLR({ lr: 1, tMax: 5 })).toBe(false);
  });
  it("lambdaLR: lr·lrLambda(t)", () => {
    const s = schedules.lambdaLR({ lr: 0.1, lrLambda: (t) => 0.5 ** t });
    expectClose(first(s, 3), [0.1, 0.05, 0.025]);
  });
  it("sequentialLR: restarts each schedule at its milestone", () => {
    const s = schedules.sequentialLR({
      schedules: [schedules.constant({ lr: 1 }), schedules.exponentialLR({ lr: 1, gamma: 0.5 })],
      milestones: [2],
    });
    expectClose(first(s, 5), [1, 1, 1, 0.5, 0.25]);
  });
  it("reduceLROnPlateau: the start loss is not an epoch; cuts after patience bad epochs", () => {
    const s = schedules.reduceLROnPlateau({ lr: 1, patience: 1 });
    const losses = [5, 1, 1, 1, 1];
    expectClose(
      losses.map((loss, t) => s.lr(t, at(loss, [0]))),
      [1, 1, 1, 0.1, 0.1],
    );
    expect(s.lr(4, at(1, [0]))).toBe(0.1); // asking again for the same t does not step
    expect(s.lr(0, at(1, [0]))).toBe(1); // t = 0 starts over
  });
});

describe("the course's schedules", () => {
  it("constant", () => {
    expectClose(first(schedules.constant({ lr: 0.01 }), 3), [0.01, 0.01, 0.01]);
  });
  it("inverseTime: seed 004's lr_i = lr/(1 + decay·i), i from 0", () => {
    expectClose(first(schedules.inverseTime({ lr: 0.1, decay: 0.5 }), 4), [
      0.1,
      0.1 / 1.5,
      0.05,
      0.04,
    ]);
    // seed 004's GD_decay(lr = 0.9, decay = 0.5) for i = 0, 1, 2
    expectClose(first(schedules.inverseTime({ lr: 0.9, decay: 0.5 }), 3), [0.9, 0.6, 0.45]);
  });
  it("inverseTime: seed 003's dynamic rate 1/(1 + 0.01t)", () => {
    expectClose(first(schedules.inverseTime({ lr: 1, decay: 0.01 }), 3), [1, 1 / 1.01, 1 / 1.02]);
  });
  it("exponentialDecay (TensorFlow/optax formula), smooth and staircase", () => {
    const smooth = schedules.exponentialDecay({ lr: 0.1, decayRate: 0.5, decaySteps: 2 });
    expectClose(first(smooth, 4), [0.1, 0.1 * Math.SQRT1_2, 0.05, 0.05 * Math.SQRT1_2]);
    const stairs = schedules.exponentialDecay({
      lr: 0.1,
      decayRate: 0.5,
      decaySteps: 2,
      staircase: true,
    });
    expectClose(first(stairs, 4), [0.1, 0.1, 0.05, 0.05]);
  });
  it("restarts: seed 003's restart code as written never changes the rate", () => {
    const seed = schedules.restarts({ schedule: schedules.constant({ lr: 0.01 }), period: 100 });
    expect(new Set(first(seed, 300))).toEqual(new Set([0.01]));
  });
  it("restarts: a real warm restart of exponential decay", () => {
    const s = schedules.restarts({
      schedule: schedules.exponentialDecay({ lr: 1, decayRate: 0.5 }),
      period: 2,
    });
    expectClose(first(s, 4), [1, 0.5, 1, 0.5]);
    // seed 003's decay 0.99 restarted every 100 steps: back to 0.01 at t = 100
    const seed = schedules.restarts({
      schedule: schedules.exponentialDecay({ lr: 0.01, decayRate: 0.99 }),
      period: 100,
    });
    expectClose([seed.lr(99), seed.lr(100), seed.lr(101)], [0.01 * 0.99 ** 99, 0.01, 0.0099]);
  });
  it("warmupCosine: linear warm-up, half cosine, then etaMin", () => {
    const s = schedules.warmupCosine({ lr: 1, warmupSteps: 2, totalSteps: 4, startFactor: 0.5 });
    expectClose(first(s, 6), [0.5, 0.75, 1, 0.5, 0, 0]);
    const floor = schedules.warmupCosine({ lr: 1, warmupSteps: 1, totalSteps: 3, etaMin: 0.1 });
    expectClose(first(floor, 5), [0.1, 1, 0.55, 0.1, 0.1]);
  });
  it("timeBased: seed 002's 0.1·(1 − (i+1)/50) for i = 0, 1, 2 and 49", () => {
    const s = schedules.timeBased({ lr: 0.1, epochs: 50 });
    expectClose(first(s, 3), [0.098, 0.096, 0.094]);
    expect(s.lr(49)).toBe(0);
    expect(s.lr(60)).toBe(0);
  });
  it("derivativeScaled: seed 002's 0.01·|f′(x)|", () => {
    const s = schedules.derivativeScaled({ lr: 0.01 });
    expect(s.lr(0, at(f(2), [df(2)]))).toBeCloseTo(0.09, 12);
    expect(s.lr(0, at(f(10), [df(10)]))).toBeCloseTo(0.57, 12);
    expect(s.lr(0, at(0, [3, 4]))).toBeCloseTo(0.05, 12); // ‖(3, 4)‖ = 5
  });
  it("lossScaled: lr·max(loss, 0)/scale", () => {
    const s = schedules.lossScaled({ lr: 0.01, scale: 4 });
    expect(s.lr(0, at(f(0), [df(0)]))).toBeCloseTo(0.01, 12);
    expect(s.lr(1, at(f(0.5), [0]))).toBeCloseTo(0.008125, 12);
    expect(s.lr(2, at(-1, [0]))).toBe(0);
  });
  it("localMinimum: the secant step lands on 3x² − 3x + 4's minimum at t = 1", () => {
    const s = schedules.localMinimum({ lr: 0.01 });
    expect(s.lr(0, at(f(0), [df(0)], [0]))).toBe(0.01);
    const x1 = 0 - 0.01 * df(0);
    const lr1 = s.lr(1, at(f(x1), [df(x1)], [x1]));
    expect(lr1).toBeCloseTo(1 / 6, 12);
    expect(x1 - lr1 * df(x1)).toBeCloseTo(0.5, 12);
  });
  it("localMinimum: falls back to lr where the curvature along the step is ≤ 0 or undefined", () => {
    const s = schedules.localMinimum({ lr: 0.01 });
    s.lr(0, at(0, [1], [0]));
    expect(s.lr(1, at(0, [2], [-1]))).toBe(0.01); // gradient grew while moving downhill: concave
    expect(s.lr(2, at(0, [2], [-1]))).toBe(0.01); // no movement: 0/0
  });
  it("randomPerParameter: seed 003's 0.01 + 0.02·U(0, 1) per parameter, repeatable by seed", () => {
    const s = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 1 });
    const rates = s.lrPerParameter!(0, 2);
    expect(rates).toHaveLength(2);
    for (const r of rates) expect(r >= 0.01 && r < 0.03).toBe(true);
    expect(rates[0]).not.toBe(rates[1]);
    expect(s.lrPerParameter!(0, 2)).toEqual(rates);
    expect(s.lr(0)).toBe(rates[0]);
    const other = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 2 });
    expect(other.lrPerParameter!(0, 2)).not.toEqual(rates);
    const draws = Array.from({ length: 4000 }, (_, t) => (s.lr(t) - 0.01) / 0.02);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
