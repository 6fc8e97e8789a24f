// Bad schedule options and bad calls reject with a message naming the parameter and what it accepts.
import { describe, expect, it } from "vitest";
import { sgd } from "../../../lib/src/optimizers/sgd";
import { minimize } from "../../../lib/src/runner";
import { schedules as s } from "../../../lib/src/schedules";
import type { Schedule } from "../../../lib/src/schedules";
import { bowl } from "../runner/fixtures";

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
  [
    "oneCycle momentum(t) with a bad t",
    () => s.oneCycleLR({ maxLr: 1, totalSteps: 10 }).momentum!(1.5),
    /t must be an integer ≥ 0, got 1.5/,
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
    "cosineAnnealingLR with a misspelt option",
    () => s.cosineAnnealingLR({ lr: 1, tMax: 5, eta_min: 0.5 } as never),
    /^cosineAnnealingLR option must be one of lr, tMax, etaMin, got "eta_min"$/,
  ],
  [
    "stepLR given a number",
    () => s.stepLR(0.1 as never),
    /^stepLR options must be an object such as \{ lr: 0.1, stepSize: 10 \}, got 0.1$/,
  ],
  [
    "constant without options",
    () => (s.constant as () => Schedule)(),
    /^constant options must be an object such as \{ lr: 0.01 \}, got undefined$/,
  ],
  [
    "exponentialDecay staircase not a boolean",
    () => s.exponentialDecay({ lr: 1, decayRate: 0.5, staircase: "no" as never }),
    /^staircase must be true or false, got "no"$/,
  ],
  [
    "restarts of a number",
    () => s.restarts({ schedule: 0.01 as never, period: 10 }),
    /^schedule must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got 0.01$/,
  ],
  [
    "restarts of an uncalled factory",
    () => s.restarts({ schedule: s.constant as never, period: 10 }),
    /^schedule must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got function$/,
  ],
  [
    "sequentialLR of numbers",
    () => s.sequentialLR({ schedules: [0.1, 0.01] as never, milestones: [5] }),
    /^schedules\[0\] must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got 0.1$/,
  ],
  [
    "sequentialLR with one schedule missing",
    () =>
      s.sequentialLR({ schedules: [s.constant({ lr: 1 }), undefined as never], milestones: [5] }),
    /^schedules\[1\] must be a Schedule such as schedules.constant\(\{ lr: 0.01 \}\), got undefined$/,
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

// Every factory with every option its TypeScript type declares (Required<…> makes tsc insist on
// each one, and on an entry for every factory).
type Factories = typeof s;
const everyOption: { [K in keyof Factories]: Required<Parameters<Factories[K]>[0]> } = {
  stepLR: { lr: 0.1, stepSize: 2, gamma: 0.5 },
  multiStepLR: { lr: 0.1, milestones: [2, 4], gamma: 0.5 },
  exponentialLR: { lr: 0.1, gamma: 0.9 },
  cosineAnnealingLR: { lr: 0.1, tMax: 10, etaMin: 0.01 },
  cosineAnnealingWarmRestarts: { lr: 0.1, t0: 5, tMult: 2, etaMin: 0.01 },
  linearLR: { lr: 0.1, startFactor: 0.5, endFactor: 1, totalIters: 4 },
  constantLR: { lr: 0.1, factor: 0.5, totalIters: 4 },
  polynomialLR: { lr: 0.1, totalIters: 4, power: 2 },
  oneCycleLR: {
    maxLr: 1,
    totalSteps: 10,
    pctStart: 0.3,
    annealStrategy: "linear",
    divFactor: 25,
    finalDivFactor: 1e4,
    threePhase: true,
    cycleMomentum: true,
    baseMomentum: 0.85,
    maxMomentum: 0.95,
  },
  cyclicLR: {
    baseLr: 0.1,
    maxLr: 1,
    stepSizeUp: 2,
    stepSizeDown: 3,
    mode: "exp_range",
    gamma: 0.99,
    cycleMomentum: true,
    baseMomentum: 0.8,
    maxMomentum: 0.9,
  },
  lambdaLR: { lr: 0.1, lrLambda: (t) => 0.5 ** t },
  sequentialLR: { schedules: [s.constant({ lr: 1 }), s.constant({ lr: 0.1 })], milestones: [2] },
  reduceLROnPlateau: {
    lr: 0.1,
    mode: "min",
    factor: 0.5,
    patience: 2,
    threshold: 1e-3,
    thresholdMode: "abs",
    cooldown: 1,
    minLr: 1e-3,
    eps: 1e-9,
  },
  constant: { lr: 0.01 },
  inverseTime: { lr: 0.1, decay: 0.5 },
  exponentialDecay: { lr: 0.1, decayRate: 0.5, decaySteps: 2, staircase: true },
  restarts: { schedule: s.constant({ lr: 0.01 }), period: 10 },
  warmupCosine: { lr: 1, warmupSteps: 2, totalSteps: 6, startFactor: 0.5, etaMin: 0.1 },
  timeBased: { lr: 0.1, epochs: 50 },
  derivativeScaled: { lr: 0.01 },
  lossScaled: { lr: 0.01, scale: 4 },
  localMinimum: { lr: 0.01 },
  randomPerParameter: { lr: 0.01, spread: 0.02, seed: 3 },
};

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("every factory checks its options argument (requireOptions)", () => {
  for (const [name, options] of Object.entries(everyOption)) {
    const make = s[name as keyof Factories] as (options?: unknown) => Schedule;
    it(`${name} accepts every option its type declares`, () => {
      expect(make(options).name).toBe(name);
    });
    it(`${name} without options or with a number names itself and shows a working example`, () => {
      const missing = messageOf(() => make());
      const example = new RegExp(
        `^${name} options must be an object such as (\\{ .+ \\}), got undefined$`,
      );
      expect(missing).toMatch(example);
      // The example is a valid call: evaluate it with the factories in scope.
      const [, text] = example.exec(missing)!;
      const evaluate = new Function(...Object.keys(s), `return (${text});`) as (
        ...factories: unknown[]
      ) => unknown;
      expect(make(evaluate(...Object.values(s))).name).toBe(name);
      expect(() => make(0.1)).toThrow(`${name} options must be an object such as ${text}, got 0.1`);
      expect(() => make(null)).toThrow(`${name} options must be an object`);
      expect(() => make([options])).toThrow(`${name} options must be an object`);
    });
    it(`${name} rejects a misspelt option, listing exactly the options its type declares`, () => {
      const message = messageOf(() => make({ ...options, learning_rate: 0.1 }));
      const listed = new RegExp(`^${name} option must be one of (.+), got "learning_rate"$`).exec(
        message,
      );
      expect(listed, message).not.toBeNull();
      expect(listed![1].split(", ").sort()).toEqual(Object.keys(options).sort());
    });
  }
});

describe("restarts passes the context, reset and lrPerParameter through", () => {
  it("restarts a gradient-driven schedule with the context it is given", () => {
    const restarted = s.restarts({ schedule: s.derivativeScaled({ lr: 0.01 }), period: 3 });
    expect(restarted.lr(4, { loss: 1, grad: [3, 4] })).toBeCloseTo(0.05, 12);
    expect(() => restarted.lr(4)).toThrow(/derivativeScaled reads them/);
  });
  it("works inside minimize", () => {
    const run = minimize(bowl([1]), {
      x0: [1],
      optimizer: sgd({ lr: 0.1 }),
      schedule: s.restarts({ schedule: s.derivativeScaled({ lr: 0.5 }), period: 3 }),
      steps: 4,
    });
    // On ½x², f′(x) = x: the rate is 0.5·|x| and x ← x − 0.5·x·|x|.
    expect(run.lrs[0]).toBe(0.5);
    expect(run.lrs[1]).toBe(0.25);
  });
  it("resets a stateful schedule and restarts it at each period", () => {
    const plateau = s.reduceLROnPlateau({ lr: 1, patience: 0 });
    const restarted = s.restarts({ schedule: plateau, period: 3 });
    const ctx = { loss: 1, grad: [0] };
    expect([0, 1, 2, 3].map((t) => restarted.lr(t, ctx))).toEqual([1, 1, 0.1, 1]);
    expect(typeof restarted.reset).toBe("function");
    restarted.reset!(); // reaches the plateau's state: it must start again at t = 0
    expect(() => restarted.lr(1, ctx)).toThrow(/t must be 0 \(reduceLROnPlateau is stateful/);
  });
  it("keeps per-parameter rates, restarted, and adds none to a schedule without them", () => {
    const random = s.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 1 });
    const restarted = s.restarts({ schedule: random, period: 2 });
    expect(restarted.lrPerParameter!(3, 2)).toEqual(random.lrPerParameter!(1, 2));
    const plain = s.restarts({ schedule: s.constant({ lr: 1 }), period: 2 });
    expect(plain.lrPerParameter).toBeUndefined();
    expect(plain.reset).toBeUndefined();
  });
});

describe("sequentialLR passes per-parameter rates through", () => {
  it("uses the active schedule's per-parameter rates, or its one rate for every parameter", () => {
    const random = s.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 1 });
    const sequential = s.sequentialLR({
      schedules: [s.constant({ lr: 0.5 }), random],
      milestones: [2],
    });
    expect(Array.from(sequential.lrPerParameter!(1, 3))).toEqual([0.5, 0.5, 0.5]);
    expect(sequential.lrPerParameter!(4, 3)).toEqual(random.lrPerParameter!(2, 3));
    const plain = s.sequentialLR({
      schedules: [s.constant({ lr: 1 }), s.constant({ lr: 2 })],
      milestones: [1],
    });
    expect(plain.lrPerParameter).toBeUndefined();
  });
});

describe("the context's loss, grad and x", () => {
  const scaled = s.derivativeScaled({ lr: 1 });
  it.each([
    ["a number", 3, "3"],
    ["NaN in it", [1, NaN], "[1, NaN] (length 2)"],
    ["missing", undefined, "undefined"],
    ["a string", "3", '"3"'],
  ])("rejects grad %s", (_, grad, shown) => {
    const ctx = { loss: 1, grad } as never;
    const message = `ctx.grad must be an array of finite numbers, got ${shown}`;
    expect(() => scaled.lr(0, ctx)).toThrow(message);
    expect(() => s.lossScaled({ lr: 1 }).lr(0, ctx)).toThrow(message);
    expect(() => s.localMinimum({ lr: 1 }).lr(0, { ...(ctx as object), x: [1] } as never)).toThrow(
      message,
    );
    const plateau = s.reduceLROnPlateau({ lr: 1 });
    plateau.lr(0);
    expect(() => plateau.lr(1, ctx)).toThrow(message);
  });
  it("accepts a typed array as grad", () => {
    expect(scaled.lr(0, { loss: 1, grad: Float64Array.of(3, 4) })).toBe(5);
  });
  it("rejects a loss that is not a finite number", () => {
    expect(() => scaled.lr(0, { loss: NaN, grad: [1] })).toThrow(
      "ctx.loss must be a finite number, got NaN",
    );
  });
  it("localMinimum needs x as an array of finite numbers as long as grad", () => {
    const at = (x: unknown) => () =>
      s.localMinimum({ lr: 1 }).lr(0, { loss: 1, grad: [3], x } as never);
    expect(at(3)).toThrow("ctx.x must be an array of finite numbers, got 3");
    expect(at([Infinity])).toThrow("ctx.x must be an array of finite numbers, got [Infinity]");
    expect(at([1, 2])).toThrow(
      "ctx.x must be an array as long as ctx.grad (1), got [1, 2] (length 2)",
    );
    const numbers = s.localMinimum({ lr: 1 });
    expect(() => numbers.lr(0, { loss: 1, grad: 3, x: 0 } as never)).toThrow(
      "ctx.grad must be an array of finite numbers, got 3",
    );
  });
});

describe("randomPerParameter's dim", () => {
  const random = s.randomPerParameter({ lr: 0.01, spread: 0.02 });
  it.each([-1, NaN, undefined, 1.5, 0])("rejects dim %s", (dim) => {
    expect(() => random.lrPerParameter!(0, dim as number)).toThrow(
      `dim must be a positive integer, got ${dim}`,
    );
  });
});
