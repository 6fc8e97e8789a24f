// Property tests: every schedule, with any valid options, gives finite rates ≥ 0; time-based ones
// give the same rate in any call order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schedules as s } from "../../../lib/src/schedules";
import type { Schedule } from "../../../lib/src/schedules";

const lr = fc.double({ min: 0, max: 10, noNaN: true });
const factor = fc.double({ min: 0, max: 1, noNaN: true });
const positiveFactor = fc.double({ min: 1e-3, max: 1, noNaN: true });
const count = fc.integer({ min: 1, max: 50 });
const loss = fc.double({ min: -1e6, max: 1e6, noNaN: true });

const timeBased: fc.Arbitrary<Schedule>[] = [
  fc.record({ lr, stepSize: count, gamma: factor }).map(s.stepLR),
  fc
    .record({ lr, milestones: fc.array(fc.integer({ min: 0, max: 100 })), gamma: factor })
    .map(s.multiStepLR),
  fc.record({ lr, gamma: factor }).map(s.exponentialLR),
  fc.record({ lr, tMax: count, etaMin: lr }).map(s.cosineAnnealingLR),
  fc
    .record({ lr, t0: count, tMult: fc.integer({ min: 1, max: 3 }), etaMin: lr })
    .map(s.cosineAnnealingWarmRestarts),
  fc
    .record({ lr, startFactor: positiveFactor, endFactor: factor, totalIters: count })
    .map(s.linearLR),
  fc.record({ lr, factor, totalIters: count }).map(s.constantLR),
  fc
    .record({ lr, totalIters: count, power: fc.double({ min: 0, max: 5, noNaN: true }) })
    .map(s.polynomialLR),
  fc
    .record({
      maxLr: lr,
      totalSteps: fc.integer({ min: 10, max: 200 }),
      pctStart: fc.double({ min: 0.15, max: 0.9, noNaN: true }),
      annealStrategy: fc.constantFrom("cos" as const, "linear" as const),
      divFactor: fc.double({ min: 1, max: 100, noNaN: true }),
      finalDivFactor: fc.double({ min: 1, max: 1e5, noNaN: true }),
    })
    .map(s.oneCycleLR),
  fc
    .record({
      baseLr: lr,
      maxLr: lr,
      stepSizeUp: count,
      mode: fc.constantFrom("triangular" as const, "triangular2" as const, "exp_range" as const),
      gamma: factor,
    })
    .map(s.cyclicLR),
  fc
    .record({ lr, gamma: factor })
    .map((o) => s.lambdaLR({ lr: o.lr, lrLambda: (t) => o.gamma ** t })),
  fc.record({ lr, warmup: count, gamma: factor }).map((o) =>
    s.sequentialLR({
      schedules: [
        s.linearLR({ lr: o.lr, totalIters: o.warmup }),
        s.exponentialLR({ lr: o.lr, gamma: o.gamma }),
      ],
      milestones: [o.warmup],
    }),
  ),
  fc.record({ lr }).map(s.constant),
  fc.record({ lr, decay: lr }).map(s.inverseTime),
  fc
    .record({ lr, decayRate: factor, decaySteps: count, staircase: fc.boolean() })
    .map(s.exponentialDecay),
  fc
    .record({ lr, gamma: factor, period: count })
    .map((o) =>
      s.restarts({ schedule: s.exponentialLR({ lr: o.lr, gamma: o.gamma }), period: o.period }),
    ),
  fc
    .record({ lr, warmupSteps: count, extra: count, startFactor: positiveFactor, etaMin: lr })
    .map(({ extra, ...o }) => s.warmupCosine({ ...o, totalSteps: o.warmupSteps + extra })),
  fc.record({ lr, epochs: count }).map(s.timeBased),
  fc.record({ lr, spread: lr, seed: fc.integer() }).map(s.randomPerParameter),
];

const contextDriven: fc.Arbitrary<Schedule>[] = [
  fc
    .record({
      lr,
      mode: fc.constantFrom("min" as const, "max" as const),
      factor: fc.double({ min: 0, max: 0.99, noNaN: true }),
      patience: fc.integer({ min: 0, max: 5 }),
      threshold: fc.double({ min: 0, max: 0.5, noNaN: true }),
      thresholdMode: fc.constantFrom("rel" as const, "abs" as const),
      cooldown: fc.integer({ min: 0, max: 3 }),
      minLr: fc.double({ min: 0, max: 0.1, noNaN: true }),
    })
    .map(s.reduceLROnPlateau),
  fc.record({ lr }).map(s.derivativeScaled),
  fc.record({ lr, scale: fc.double({ min: 1e-3, max: 1e3, noNaN: true }) }).map(s.lossScaled),
  fc.record({ lr }).map(s.localMinimum),
];

describe("every schedule returns finite values ≥ 0", () => {
  it("time-based schedules, for t up to 10⁵", () => {
    fc.assert(
      fc.property(
        fc.oneof(...timeBased),
        fc.array(fc.nat(100_000), { minLength: 1 }),
        (schedule, ts) =>
          ts.every((t) => {
            const rate = schedule.lr(t);
            return Number.isFinite(rate) && rate >= 0;
          }),
      ),
    );
  });

  it("context-driven schedules, fed any finite losses, gradients and points in order", () => {
    const point = fc.record({
      loss,
      grad: fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
        minLength: 2,
        maxLength: 2,
      }),
      x: fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(...contextDriven),
        fc.array(point, { minLength: 1, maxLength: 60 }),
        (schedule, points) =>
          points.every((ctx, t) => {
            const rate = schedule.lr(t, ctx);
            return Number.isFinite(rate) && rate >= 0;
          }),
      ),
    );
  });
});

describe("time-based schedules ignore call order", () => {
  it("lr(t) is the same whether asked in order or shuffled", () => {
    fc.assert(
      fc.property(
        fc.oneof(...timeBased),
        fc.array(fc.nat(500), { minLength: 1, maxLength: 30 }),
        (schedule, ts) => {
          const inOrder = [...ts].sort((a, b) => a - b).map((t) => [t, schedule.lr(t)]);
          const shuffled = new Map(ts.map((t) => [t, schedule.lr(t)]));
          return inOrder.every(([t, rate]) => Object.is(shuffled.get(t), rate));
        },
      ),
    );
  });
});

describe("monotone schedules", () => {
  it("decay schedules never rise", () => {
    const decaying = [
      fc.record({ lr, stepSize: count, gamma: factor }).map(s.stepLR),
      fc.record({ lr, gamma: factor }).map(s.exponentialLR),
      fc.record({ lr, decay: lr }).map(s.inverseTime),
      fc.record({ lr, totalIters: count, power: factor }).map(s.polynomialLR),
      fc.record({ lr, epochs: count }).map(s.timeBased),
    ];
    fc.assert(
      fc.property(fc.oneof(...decaying), fc.nat(1000), (schedule, t) => {
        expect(schedule.lr(t + 1)).toBeLessThanOrEqual(schedule.lr(t));
      }),
    );
  });
});

describe("found by the properties above", () => {
  it("linearLR decaying to 0 ends at exactly 0, not a rounding error below it", () => {
    // (0 − 0.1)·3/3 = −0.10000000000000002, so 0.1 + that was −1.4e-17.
    const schedule = s.linearLR({ lr: 1, startFactor: 0.1, endFactor: 0, totalIters: 3 });
    expect(schedule.lr(3)).toBe(0);
    expect(schedule.lr(44)).toBe(0);
  });
});
