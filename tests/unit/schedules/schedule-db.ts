// One record per schedule, in the spirit of PyTorch's optim_db: a valid call, what drives it, whether
// it cycles momentum, and the bad options it must reject with their messages. The validation tests
// are generated from these records, and a test checks that every factory in `schedules` has one.
import { schedules as s } from "../../../lib/src/schedules";
import type { Schedule } from "../../../lib/src/schedules";

export interface ScheduleRecord {
  /** The factory's name in `schedules`. */
  readonly name: keyof typeof s;
  /** A valid schedule made by the factory. */
  readonly make: () => Schedule;
  /** "time": lr(t) alone; "context": lr(t, { loss, grad, x }); "perParameter": lrPerParameter. */
  readonly kind: "time" | "context" | "perParameter";
  /** Whether it cycles momentum by default (has momentum(t)). */
  readonly cyclesMomentum: boolean;
  /** Calls that must throw, described, with the message they must match. */
  readonly invalid: readonly (readonly [string, () => unknown, RegExp])[];
}

export const scheduleDb: readonly ScheduleRecord[] = [
  {
    name: "stepLR",
    make: () => s.stepLR({ lr: 0.1, stepSize: 2 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "negative lr",
        () => s.stepLR({ lr: -1, stepSize: 2 }),
        /lr must be a finite number ≥ 0, got -1/,
      ],
      [
        "fractional stepSize",
        () => s.stepLR({ lr: 1, stepSize: 1.5 }),
        /stepSize must be a positive integer, got 1.5/,
      ],
      [
        "stepLR given a number",
        () => s.stepLR(0.1 as never),
        /^stepLR options must be an object such as \{ lr: 0.1, stepSize: 10 \}, got 0.1$/,
      ],
    ],
  },
  {
    name: "multiStepLR",
    make: () => s.multiStepLR({ lr: 0.1, milestones: [2, 5] }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "bad milestones",
        () => s.multiStepLR({ lr: 1, milestones: [2, -1] }),
        /milestones must be an array of integers ≥ 0/,
      ],
    ],
  },
  {
    name: "exponentialLR",
    make: () => s.exponentialLR({ lr: 0.1, gamma: 0.9 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "NaN lr",
        () => s.exponentialLR({ lr: NaN, gamma: 0.9 }),
        /lr must be a finite number ≥ 0, got NaN/,
      ],
      [
        "negative gamma",
        () => s.exponentialLR({ lr: 1, gamma: -0.5 }),
        /gamma must be a finite number ≥ 0/,
      ],
    ],
  },
  {
    name: "cosineAnnealingLR",
    make: () => s.cosineAnnealingLR({ lr: 0.1, tMax: 10 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "tMax 0",
        () => s.cosineAnnealingLR({ lr: 1, tMax: 0 }),
        /tMax must be a positive integer, got 0/,
      ],
      [
        "cosineAnnealingLR with a misspelt option",
        () => s.cosineAnnealingLR({ lr: 1, tMax: 5, eta_min: 0.5 } as never),
        /^cosineAnnealingLR option must be one of lr, tMax, etaMin, got "eta_min"$/,
      ],
    ],
  },
  {
    name: "cosineAnnealingWarmRestarts",
    make: () => s.cosineAnnealingWarmRestarts({ lr: 0.1, t0: 5, tMult: 2 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "tMult 0.5",
        () => s.cosineAnnealingWarmRestarts({ lr: 1, t0: 2, tMult: 0.5 }),
        /tMult must be an integer ≥ 1, got 0.5/,
      ],
    ],
  },
  {
    name: "linearLR",
    make: () => s.linearLR({ lr: 0.1 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
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
    ],
  },
  {
    name: "constantLR",
    make: () => s.constantLR({ lr: 0.1 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "constantLR factor 3",
        () => s.constantLR({ lr: 1, factor: 3 }),
        /factor must be a number in \[0, 1\], got 3/,
      ],
    ],
  },
  {
    name: "polynomialLR",
    make: () => s.polynomialLR({ lr: 0.1 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "polynomialLR totalIters 0",
        () => s.polynomialLR({ lr: 1, totalIters: 0 }),
        /totalIters must be a positive integer/,
      ],
    ],
  },
  {
    name: "oneCycleLR",
    make: () => s.oneCycleLR({ maxLr: 0.1, totalSteps: 100 }),
    kind: "time",
    cyclesMomentum: true,
    invalid: [
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
        "oneCycle default pctStart with too few steps",
        () => s.oneCycleLR({ maxLr: 1, totalSteps: 3 }),
        /pctStart must be a number with 1 < pctStart·totalSteps < totalSteps \(totalSteps = 3\), got 0.3/,
      ],
      [
        "oneCycle default pctStart with too few steps for threePhase",
        () => s.oneCycleLR({ maxLr: 1, totalSteps: 3, threePhase: true }),
        /pctStart must be a number with 1 < pctStart·totalSteps < \(totalSteps \+ 1\)\/2 with threePhase \(totalSteps = 3\), got 0.3/,
      ],
      [
        "oneCycle baseMomentum 1",
        () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, baseMomentum: 1 }),
        /^baseMomentum must be a number in \[0, 1\), got 1$/,
      ],
      [
        "oneCycle maxMomentum negative",
        () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, maxMomentum: -0.1 }),
        /^maxMomentum must be a number in \[0, 1\), got -0.1$/,
      ],
      [
        "oneCycle cycleMomentum not a boolean",
        () => s.oneCycleLR({ maxLr: 1, totalSteps: 10, cycleMomentum: 0 as unknown as boolean }),
        /^cycleMomentum must be true or false, got 0$/,
      ],
      [
        "oneCycle momentum(t) with a bad t",
        () => s.oneCycleLR({ maxLr: 1, totalSteps: 10 }).momentum!(1.5),
        /t must be an integer ≥ 0, got 1.5/,
      ],
    ],
  },
  {
    name: "cyclicLR",
    make: () => s.cyclicLR({ baseLr: 0.01, maxLr: 0.1, stepSizeUp: 5 }),
    kind: "time",
    cyclesMomentum: true,
    invalid: [
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
        "cyclic baseMomentum NaN",
        () => s.cyclicLR({ baseLr: 0.1, maxLr: 1, baseMomentum: NaN }),
        /^baseMomentum must be a number in \[0, 1\), got NaN$/,
      ],
      [
        "cyclic maxMomentum as a string",
        () => s.cyclicLR({ baseLr: 0.1, maxLr: 1, maxMomentum: "0.9" as unknown as number }),
        /^maxMomentum must be a number in \[0, 1\), got "0.9"$/,
      ],
      [
        "cyclic cycleMomentum not a boolean",
        () => s.cyclicLR({ baseLr: 0.1, maxLr: 1, cycleMomentum: "no" as unknown as boolean }),
        /^cycleMomentum must be true or false, got "no"$/,
      ],
    ],
  },
  {
    name: "lambdaLR",
    make: () => s.lambdaLR({ lr: 0.1, lrLambda: (t: number) => 1 / (1 + t) }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
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
    ],
  },
  {
    name: "sequentialLR",
    make: () =>
      s.sequentialLR({
        schedules: [
          s.linearLR({ lr: 0.1, totalIters: 5 }),
          s.cosineAnnealingLR({ lr: 0.1, tMax: 20 }),
        ],
        milestones: [5],
      }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "sequential milestones count",
        () =>
          s.sequentialLR({
            schedules: [s.constant({ lr: 1 }), s.constant({ lr: 2 })],
            milestones: [],
          }),
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
        "sequentialLR of numbers",
        () => s.sequentialLR({ schedules: [0.1, 0.01] as never, milestones: [5] }),
        /^schedules\[0\] must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got 0.1$/,
      ],
      [
        "sequentialLR with one schedule missing",
        () =>
          s.sequentialLR({
            schedules: [s.constant({ lr: 1 }), undefined as never],
            milestones: [5],
          }),
        /^schedules\[1\] must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got undefined$/,
      ],
    ],
  },
  {
    name: "reduceLROnPlateau",
    make: () => s.reduceLROnPlateau({ lr: 0.1 }),
    kind: "context",
    cyclesMomentum: false,
    invalid: [
      [
        "plateau eps",
        () => s.reduceLROnPlateau({ lr: 1, eps: -1 }),
        /eps must be a finite number ≥ 0, got -1/,
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
    ],
  },
  {
    name: "constant",
    make: () => s.constant({ lr: 0.1 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "constant without options",
        () => (s.constant as () => Schedule)(),
        /^constant options must be an object such as \{ lr: 0.01 \}, got undefined$/,
      ],
      ["missing lr", () => s.constant({} as { lr: number }), /lr must be .*, got undefined/],
    ],
  },
  {
    name: "inverseTime",
    make: () => s.inverseTime({ lr: 0.1, decay: 0.01 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "inverseTime decay",
        () => s.inverseTime({ lr: 1, decay: -0.1 }),
        /decay must be a finite number ≥ 0, got -0.1/,
      ],
    ],
  },
  {
    name: "exponentialDecay",
    make: () => s.exponentialDecay({ lr: 0.1, decayRate: 0.9 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "exponentialDecay decaySteps",
        () => s.exponentialDecay({ lr: 1, decayRate: 0.5, decaySteps: 0 }),
        /decaySteps must be a finite number > 0, got 0/,
      ],
      [
        "exponentialDecay staircase not a boolean",
        () => s.exponentialDecay({ lr: 1, decayRate: 0.5, staircase: "no" as never }),
        /^staircase must be true or false, got "no"$/,
      ],
    ],
  },
  {
    name: "restarts",
    make: () => s.restarts({ schedule: s.cosineAnnealingLR({ lr: 0.1, tMax: 10 }), period: 10 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "restarts period",
        () => s.restarts({ schedule: s.constant({ lr: 1 }), period: 0 }),
        /period must be a positive integer, got 0/,
      ],
      [
        "restarts of a number",
        () => s.restarts({ schedule: 0.01 as never, period: 10 }),
        /^schedule must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got 0.01$/,
      ],
      [
        "restarts of an uncalled factory",
        () => s.restarts({ schedule: s.constant as never, period: 10 }),
        /^schedule must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got function: call the factory to make the schedule$/,
      ],
    ],
  },
  {
    name: "warmupCosine",
    make: () => s.warmupCosine({ lr: 0.1, warmupSteps: 5, totalSteps: 50 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
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
    ],
  },
  {
    name: "timeBased",
    make: () => s.timeBased({ lr: 0.1, epochs: 20 }),
    kind: "time",
    cyclesMomentum: false,
    invalid: [
      [
        "timeBased epochs",
        () => s.timeBased({ lr: 1, epochs: 0 }),
        /epochs must be a positive integer, got 0/,
      ],
    ],
  },
  {
    name: "derivativeScaled",
    make: () => s.derivativeScaled({ lr: 0.1 }),
    kind: "context",
    cyclesMomentum: false,
    invalid: [],
  },
  {
    name: "lossScaled",
    make: () => s.lossScaled({ lr: 0.1 }),
    kind: "context",
    cyclesMomentum: false,
    invalid: [
      [
        "lossScaled scale",
        () => s.lossScaled({ lr: 1, scale: 0 }),
        /scale must be a finite number > 0, got 0/,
      ],
    ],
  },
  {
    name: "localMinimum",
    make: () => s.localMinimum({ lr: 0.1 }),
    kind: "context",
    cyclesMomentum: false,
    invalid: [],
  },
  {
    name: "randomPerParameter",
    make: () => s.randomPerParameter({ lr: 0.01, spread: 0.02 }),
    kind: "perParameter",
    cyclesMomentum: false,
    invalid: [
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
    ],
  },
];
