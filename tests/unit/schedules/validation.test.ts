// Bad schedule options and bad calls reject with a message naming the parameter and what it accepts.
import { describe, expect, it } from "vitest";
import { sgd } from "../../../lib/src/optimizers/sgd";
import { minimize } from "../../../lib/src/runner";
import { schedules as s } from "../../../lib/src/schedules";
import type { Schedule } from "../../../lib/src/schedules";
import { bowl } from "../runner/fixtures";
import { scheduleDb } from "./schedule-db";
import { LrlabError } from "../../../lib/src/errors";

describe("every schedule's record (schedule-db.ts)", () => {
  it("there is one record per factory in schedules, and no other", () => {
    expect(scheduleDb.map((record) => record.name).sort()).toEqual(Object.keys(s).sort());
  });

  describe.each(scheduleDb)("$name", (record) => {
    it(`makes a ${record.kind} schedule${record.cyclesMomentum ? " that cycles momentum" : ""}`, () => {
      const schedule = record.make();
      const ctx = { loss: 1, grad: [0.5, -0.5], x: [1, 1] };
      if (record.kind === "perParameter") {
        expect(schedule.lrPerParameter?.(0, 2, ctx)).toHaveLength(2);
      } else {
        const lr = schedule.lr(0, record.kind === "context" ? ctx : undefined);
        expect(Number.isFinite(lr) && lr >= 0).toBe(true);
      }
      expect(typeof schedule.momentum === "function").toBe(record.cyclesMomentum);
    });

    it.each(record.invalid.map(([what, call, message]) => [what, call, message] as const))(
      "rejects %s",
      (_, call, message) => {
        expect(call).toThrow(LrlabError);
        expect(call).toThrow(message);
      },
    );
  });
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
      optimizer: sgd({ lr: s.restarts({ schedule: s.derivativeScaled({ lr: 0.5 }), period: 3 }) }),
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
