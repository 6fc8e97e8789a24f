// Bad schedule options and bad calls reject with a message naming the parameter and what it accepts.
import { describe, expect, it } from "vitest";
import { schedules as s } from "../../../lib/src/schedules";

const cases: [string, () => unknown, RegExp][] = [
  [
    "negative lr",
    () => s.stepLR({ lr: -1, stepSize: 2 }),
    /lr must be a finite number ≥ 0, got -1/,
  ],
  [
    "NaN lr",
    () => s.exponentialLR({ lr: NaN, gamma: 0.9 }),
    /lr must be a finite number ≥ 0, got NaN/,
  ],
  ["missing lr", () => s.constant({} as { lr: number }), /lr must be .*, got undefined/],
  [
    "fractional stepSize",
    () => s.stepLR({ lr: 1, stepSize: 1.5 }),
    /stepSize must be a positive integer, got 1.5/,
  ],
  [
    "negative gamma",
    () => s.exponentialLR({ lr: 1, gamma: -0.5 }),
    /gamma must be a finite number ≥ 0/,
  ],
  [
    "bad milestones",
    () => s.multiStepLR({ lr: 1, milestones: [2, -1] }),
    /milestones must be an array of integers ≥ 0/,
  ],
  [
    "tMax 0",
    () => s.cosineAnnealingLR({ lr: 1, tMax: 0 }),
    /tMax must be a positive integer, got 0/,
  ],
  [
    "tMult 0.5",
    () => s.cosineAnnealingWarmRestarts({ lr: 1, t0: 2, tMult: 0.5 }),
    /tMult must be an integer ≥ 1, got 0.5/,
  ],
  [
    "startFactor 0",
    () => s.linearLR({ lr: 1, startFactor: 0 }),
    /startFactor must be a number in \(0, 1\], got 0/,
  ],
  [
    "endFactor 2",
    () => s.linearLR({ lr: 1, endFactor: 2 }),
    /endFactor must be a number in \[0, 1\], got 2/,
  ],
  [
    "constantLR factor 3",
    () => s.constantLR({ lr: 1, factor: 3 }),
    /factor must be a number in \[0, 1\], got 3/,
  ],
  [
    "polynomialLR totalIters 0",
    () => s.polynomialLR({ lr: 1, totalIters: 0 }),
    /totalIters must be a positive integer/,
  ],
  [
    "oneCycle pctStart too small",
    () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, pctStart: 0.05 }),
    /pctStart must be a number with 1 < pctStart·totalSteps < totalSteps \(totalSteps = 10\), got 0.05/,
  ],
  [
    "oneCycle threePhase with phases out of order",
    () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, pctStart: 0.6, threePhase: true }),
    /pctStart must be a number with 1 < pctStart·totalSteps < \(totalSteps \+ 1\)\/2 with threePhase \(totalSteps = 10\), got 0.6/,
  ],
  [
    "oneCycle threePhase not a boolean",
    () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, threePhase: "yes" as unknown as boolean }),
    /threePhase must be true or false, got "yes"/,
  ],
  [
    "oneCycle annealStrategy",
    () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, annealStrategy: "cosine" as "cos" }),
    /annealStrategy must be one of "cos", "linear", got "cosine"/,
  ],
  [
    "oneCycle divFactor 0",
    () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, divFactor: 0 }),
    /divFactor must be a finite number > 0/,
  ],
  [
    "cyclic mode",
    () => s.cyclicLR({ baseLr: 0.1, maxLr: 1, mode: "triangle" as "triangular" }),
    /mode must be one of "triangular", "triangular2", "exp_range", got "triangle"/,
  ],
  [
    "cyclic stepSizeUp",
    () => s.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 0 }),
    /stepSizeUp must be a positive integer/,
  ],
  [
    "cyclic stepSizeDown",
    () => s.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeDown: 1.5 }),
    /stepSizeDown must be a positive integer, got 1.5/,
  ],
  [
    "plateau eps",
    () => s.reduceLROnPlateau({ lr: 1, eps: -1 }),
    /eps must be a finite number ≥ 0, got -1/,
  ],
  [
    "lrLambda not a function",
    () => s.lambdaLR({ lr: 1, lrLambda: 2 as unknown as () => number }),
    /lrLambda must be a function of t, got 2/,
  ],
  [
    "lrLambda gives NaN",
    () => s.lambdaLR({ lr: 1, lrLambda: () => NaN }).lr(3),
    /lrLambda\(3\) must be a finite number ≥ 0, got NaN/,
  ],
  [
    "sequential milestones count",
    () =>
      s.sequentialLR({ schedules: [s.constant({ lr: 1 }), s.constant({ lr: 2 })], milestones: [] }),
    /milestones must be 1 increasing positive integers \(one fewer than schedules\)/,
  ],
  [
    "sequential milestones order",
    () =>
      s.sequentialLR({
        schedules: [s.constant({ lr: 1 }), s.constant({ lr: 2 }), s.constant({ lr: 3 })],
        milestones: [5, 3],
      }),
    /milestones must be 2 increasing positive integers/,
  ],
  [
    "sequential no schedules",
    () => s.sequentialLR({ schedules: [], milestones: [] }),
    /schedules must be a non-empty array of schedules/,
  ],
  [
    "plateau factor 1",
    () => s.reduceLROnPlateau({ lr: 1, factor: 1 }),
    /factor must be a number in \[0, 1\), got 1/,
  ],
  [
    "plateau mode",
    () => s.reduceLROnPlateau({ lr: 1, mode: "minimum" as "min" }),
    /mode must be one of "min", "max"/,
  ],
  [
    "plateau thresholdMode",
    () => s.reduceLROnPlateau({ lr: 1, thresholdMode: "relative" as "rel" }),
    /thresholdMode must be one of "rel", "abs"/,
  ],
  [
    "plateau patience",
    () => s.reduceLROnPlateau({ lr: 1, patience: -1 }),
    /patience must be an integer ≥ 0, got -1/,
  ],
  [
    "plateau cooldown",
    () => s.reduceLROnPlateau({ lr: 1, cooldown: 0.5 }),
    /cooldown must be an integer ≥ 0, got 0.5/,
  ],
  [
    "plateau minLr",
    () => s.reduceLROnPlateau({ lr: 1, minLr: -1 }),
    /minLr must be a finite number ≥ 0/,
  ],
  [
    "inverseTime decay",
    () => s.inverseTime({ lr: 1, decay: -0.1 }),
    /decay must be a finite number ≥ 0, got -0.1/,
  ],
  [
    "exponentialDecay decaySteps",
    () => s.exponentialDecay({ lr: 1, decayRate: 0.5, decaySteps: 0 }),
    /decaySteps must be a finite number > 0, got 0/,
  ],
  [
    "restarts period",
    () => s.restarts({ schedule: s.constant({ lr: 1 }), period: 0 }),
    /period must be a positive integer, got 0/,
  ],
  [
    "warmupCosine totalSteps",
    () => s.warmupCosine({ lr: 1, warmupSteps: 5, totalSteps: 5 }),
    /totalSteps must be an integer > warmupSteps \(5\), got 5/,
  ],
  [
    "warmupCosine startFactor",
    () => s.warmupCosine({ lr: 1, warmupSteps: 5, totalSteps: 9, startFactor: 0 }),
    /startFactor must be a number in \(0, 1\]/,
  ],
  [
    "timeBased epochs",
    () => s.timeBased({ lr: 1, epochs: 0 }),
    /epochs must be a positive integer, got 0/,
  ],
  [
    "lossScaled scale",
    () => s.lossScaled({ lr: 1, scale: 0 }),
    /scale must be a finite number > 0, got 0/,
  ],
  [
    "randomPerParameter seed",
    () => s.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 0.5 }),
    /seed must be an integer, got 0.5/,
  ],
  [
    "randomPerParameter spread",
    () => s.randomPerParameter({ lr: 0.01, spread: -1 }),
    /spread must be a finite number ≥ 0/,
  ],
];

describe("bad schedule options", () => {
  for (const [what, make, message] of cases) {
    it(`rejects ${what}`, () => expect(make).toThrow(message));
  }
});

describe("bad calls", () => {
  it("t must be an integer ≥ 0", () => {
    const schedule = s.stepLR({ lr: 1, stepSize: 2 });
    expect(() => schedule.lr(-1)).toThrow(/t must be an integer ≥ 0, got -1/);
    expect(() => schedule.lr(0.5)).toThrow(/t must be an integer ≥ 0, got 0.5/);
  });
  it("context-driven schedules need the context", () => {
    expect(() => s.derivativeScaled({ lr: 1 }).lr(0)).toThrow(
      /ctx must be \{ loss, grad \} at the current parameters \(derivativeScaled reads them\), got undefined/,
    );
    expect(() => s.lossScaled({ lr: 1 }).lr(0)).toThrow(/lossScaled reads them/);
    const plateau = s.reduceLROnPlateau({ lr: 1 });
    plateau.lr(0);
    expect(() => plateau.lr(1)).toThrow(/reduceLROnPlateau reads them/);
    expect(() => s.localMinimum({ lr: 1 }).lr(0, { loss: 1, grad: [1] })).toThrow(
      /ctx.x must be the current parameters \(localMinimum reads them\), got undefined/,
    );
  });
  it("stateful schedules must be called in order", () => {
    const plateau = s.reduceLROnPlateau({ lr: 1 });
    expect(() => plateau.lr(3, { loss: 1, grad: [0] })).toThrow(
      /t must be 0 \(reduceLROnPlateau is stateful/,
    );
    plateau.lr(0);
    plateau.lr(1, { loss: 1, grad: [0] });
    expect(() => plateau.lr(3, { loss: 1, grad: [0] })).toThrow(
      /t must be 0 or 2 \(reduceLROnPlateau is stateful: call lr in order t = 0, 1, 2, …\), got 3/,
    );
  });
});
