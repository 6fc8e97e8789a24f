// What the doc-comment examples (run by tests/unit/examples.test.ts) do not show: exact formulas,
// edge cases, statistics, the rules as the seed notes write them, and what the wrappers
// (sequentialLR, restarts) pass through.
import { describe, expect, it } from "vitest";
import { optimizers } from "../../../lib/src/optimizers";
import { minimize } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import type { Schedule, ScheduleContext } from "../../../lib/src/schedules";
import { bowl } from "../runner/fixtures";

const first = (schedule: Schedule, n: number) =>
  Array.from({ length: n }, (_, t) => schedule.lr(t));
const momenta = (schedule: Schedule, n: number) =>
  Array.from({ length: n }, (_, t) => schedule.momentum!(t));
const expectClose = (actual: number[], expected: number[], digits = 12) =>
  actual.forEach((value, t) => expect(value, `t = ${t}`).toBeCloseTo(expected[t], digits));
const at = (loss: number, grad: number[], x?: number[]): ScheduleContext => ({ loss, grad, x });

describe("oneCycleLR and cyclicLR", () => {
  it("oneCycleLR keeps its final lr and momentum past totalSteps", () => {
    const s = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    expect(s.lr(9)).toBeCloseTo(4e-6, 15);
    expect([s.lr(10), s.lr(11)]).toEqual([4e-6, 4e-6]);
    expect([s.momentum!(9), s.momentum!(10), s.momentum!(1000)]).toEqual([0.95, 0.95, 0.95]);
    expect(() => s.momentum!(-1)).toThrow(/t must be an integer ≥ 0, got -1/);
  });
  it("oneCycleLR's momentum follows the lr's half cosines, the other way", () => {
    const s = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    // Rising over t = 0…2: 0.85 + 0.05·(1 + cos(πt/2)). Annealing over t = 2…9 along the same
    // half cosine at p = (t − 2)/7: 0.95 − 0.05·(1 + cos πp).
    const rising = (t: number) => 0.85 + 0.05 * (1 + Math.cos((Math.PI * t) / 2));
    const annealing = (t: number) => 0.95 - 0.05 * (1 + Math.cos((Math.PI * (t - 2)) / 7));
    const ts = Array.from({ length: 10 }, (_, t) => t);
    expectClose(
      momenta(s, 10),
      ts.map((t) => (t <= 2 ? rising(t) : annealing(t))),
    );
  });
  it("oneCycleLR with threePhase uses the given baseMomentum and maxMomentum", () => {
    const s = schedules.oneCycleLR({
      maxLr: 1,
      totalSteps: 10,
      annealStrategy: "linear",
      threePhase: true,
      baseMomentum: 0.5,
      maxMomentum: 0.9,
    });
    expectClose(momenta(s, 10), [0.9, 0.7, 0.5, 0.7, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]);
  });
  it("cyclicLR's momentum: maxMomentum − (maxMomentum − baseMomentum)·h(x)·scale", () => {
    const uneven = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 1, stepSizeDown: 3 });
    expectClose(momenta(uneven, 5), [0.9, 0.8, 0.9 - 0.1 * (2 / 3), 0.9 - 0.1 / 3, 0.9]);
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
});

describe("reduceLROnPlateau", () => {
  it("asking again for the same t does not step; t = 0 starts over", () => {
    const s = schedules.reduceLROnPlateau({ lr: 1, patience: 1 });
    [5, 1, 1, 1, 1].forEach((loss, t) => s.lr(t, at(loss, [0])));
    expect(s.lr(4, at(1, [0]))).toBe(0.1);
    expect(s.lr(0, at(1, [0]))).toBe(1);
  });
});

describe("the loss- and gradient-driven rules", () => {
  it("derivativeScaled uses the gradient's norm", () => {
    expect(schedules.derivativeScaled({ lr: 0.01 }).lr(0, at(0, [3, 4]))).toBeCloseTo(0.05, 12);
  });
  it("lossScaled gives rate 0 for a negative loss", () => {
    expect(schedules.lossScaled({ lr: 0.01, scale: 4 }).lr(2, at(-1, [0]))).toBe(0);
  });
  it("localMinimum falls back to lr where the curvature along the step is ≤ 0 or undefined", () => {
    const s = schedules.localMinimum({ lr: 0.01 });
    s.lr(0, at(0, [1], [0]));
    expect(s.lr(1, at(0, [2], [-1]))).toBe(0.01); // gradient grew while moving downhill: concave
    expect(s.lr(2, at(0, [2], [-1]))).toBe(0.01); // no movement: 0/0
  });
  it("randomPerParameter: distinct rates per parameter and per seed, uniform on average", () => {
    const s = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 1 });
    const rates = s.lrPerParameter!(0, 2);
    expect(rates[0]).not.toBe(rates[1]);
    const other = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 2 });
    expect(other.lrPerParameter!(0, 2)).not.toEqual(rates);
    const draws = Array.from({ length: 4000 }, (_, t) => (s.lr(t) - 0.01) / 0.02);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe("the rules as the seed notes write them", () => {
  it("inverseTime: seed 004's GD_decay(lr = 0.9, decay = 0.5) for i = 0, 1, 2", () => {
    expectClose(first(schedules.inverseTime({ lr: 0.9, decay: 0.5 }), 3), [0.9, 0.6, 0.45]);
  });
  it("timeBased: seed 002's learning_rate*(1-(i+1)/training_epochs)", () => {
    const s = schedules.timeBased({ lr: 0.1, epochs: 50 });
    expectClose(
      first(s, 50),
      Array.from({ length: 50 }, (_, i) => 0.1 * (1 - (i + 1) / 50)),
    );
  });
  it("restarts: seed 003's restart code as written never changes the rate", () => {
    const s = schedules.restarts({ schedule: schedules.constant({ lr: 0.01 }), period: 100 });
    expect(new Set(first(s, 300))).toEqual(new Set([0.01]));
  });
  it("restarts: seed 003's decay 0.99 restarted every 100 steps is back to 0.01 at t = 100", () => {
    const s = schedules.restarts({
      schedule: schedules.exponentialDecay({ lr: 0.01, decayRate: 0.99 }),
      period: 100,
    });
    expectClose([s.lr(99), s.lr(100), s.lr(101)], [0.01 * 0.99 ** 99, 0.01, 0.0099]);
  });
});

describe("the wrappers pass a wrapped schedule's momentum through", () => {
  const cycle = () => schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });

  it("restarts cycles the momentum again from the start of each period", () => {
    const inner = cycle();
    const restarted = schedules.restarts({ schedule: inner, period: 4 });
    expect(momenta(restarted, 12)).toEqual(
      Array.from({ length: 12 }, (_, t) => inner.momentum!(t % 4)),
    );
    expect(() => restarted.momentum!(1.5)).toThrow(/t must be an integer ≥ 0, got 1.5/);
  });

  it("restarts adds no momentum to a schedule without one", () => {
    const plain = schedules.restarts({ schedule: schedules.constant({ lr: 1 }), period: 2 });
    expect(plain.momentum).toBeUndefined();
    const off = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10, cycleMomentum: false });
    expect(schedules.restarts({ schedule: off, period: 2 }).momentum).toBeUndefined();
  });

  it("sequentialLR gives the momentum of the schedule in charge, from its own start", () => {
    const a = cycle();
    const b = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 2 });
    const s = schedules.sequentialLR({ schedules: [a, b], milestones: [10] });
    const expected = Array.from({ length: 15 }, (_, t) =>
      t < 10 ? a.momentum!(t) : b.momentum!(t - 10),
    );
    expect(momenta(s, 15)).toEqual(expected);
    expect(() => s.momentum!(-1)).toThrow(/t must be an integer ≥ 0, got -1/);
  });

  it("sequentialLR holds the momentum around schedules that have none", () => {
    const warm = schedules.linearLR({ lr: 1, totalIters: 3 });
    const a = schedules.oneCycleLR({ maxLr: 1, totalSteps: 6 });
    const tail = schedules.constant({ lr: 1e-3 });
    const s = schedules.sequentialLR({ schedules: [warm, a, tail], milestones: [3, 7] });
    // Before the cycle: its starting momentum. During it: its own. After it hands over at t = 7
    // (4 of its 6 steps run): its momentum at its last step, 3.
    expect(momenta(s, 10)).toEqual([
      a.momentum!(0),
      a.momentum!(0),
      a.momentum!(0),
      a.momentum!(0),
      a.momentum!(1),
      a.momentum!(2),
      a.momentum!(3),
      a.momentum!(3),
      a.momentum!(3),
      a.momentum!(3),
    ]);
  });

  it("sequentialLR has no momentum when none of its schedules cycles it", () => {
    const s = schedules.sequentialLR({
      schedules: [schedules.constant({ lr: 1 }), schedules.exponentialLR({ lr: 1, gamma: 0.5 })],
      milestones: [2],
    });
    expect(s.momentum).toBeUndefined();
    expect("momentum" in s).toBe(false);
  });

  it("minimize drives the optimizer's momentum through the wrappers", () => {
    const inner = schedules.cyclicLR({ baseLr: 0.05, maxLr: 0.2, stepSizeUp: 3 });
    for (const schedule of [
      schedules.restarts({ schedule: inner, period: 4 }),
      schedules.sequentialLR({
        schedules: [schedules.constant({ lr: 0.1 }), inner],
        milestones: [2],
      }),
    ]) {
      const run = minimize(bowl([1, 4]), {
        x0: [1, 1],
        optimizer: optimizers.sgd({ lr: schedule, momentum: 0.9 }),
        steps: 10,
        tol: 0,
      });
      expect(run.momenta).toEqual(momenta(schedule, 10));
      expect(() => optimizers.adagrad({ lr: schedule })).toThrow(
        /cycles momentum, but the optimizer adagrad has none/,
      );
    }
  });
});
