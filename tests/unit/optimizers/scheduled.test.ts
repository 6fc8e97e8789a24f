// A schedule given as an optimizer's lr (optimizers/scheduled.ts): the rate's one home. step()
// evaluates the schedule, sets momentum for a momentum-cycling one, and lr reads what it used.
import { describe, expect, it } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { optimizers } from "../../../lib/src/optimizers";
import { schedules } from "../../../lib/src/schedules";

/** Steps `opt` `steps` times on f(x) = ½(x₁² + 4x₂²) from (1, 1), by hand; returns each point. */
function stepByHand(opt: ReturnType<typeof optimizers.sgd>, steps: number): Float64Array[] {
  const x = Float64Array.of(1, 1);
  const points: Float64Array[] = [];
  for (let t = 0; t < steps; t++) {
    opt.step(x, [x[0], 4 * x[1]], 0.5 * (x[0] ** 2 + 4 * x[1] ** 2));
    points.push(x.slice());
  }
  return points;
}

describe("a schedule as lr", () => {
  it("sets the rate of each step from the schedule, and lr reads the rate the last step used", () => {
    const schedule = schedules.stepLR({ lr: 0.1, stepSize: 2, gamma: 0.5 });
    const opt = optimizers.sgd({ lr: schedule });
    expect(opt.schedule).toBe(schedule);
    expect(opt.lr).toBeNaN();
    const x = Float64Array.of(1);
    const rates: number[] = [];
    for (let t = 0; t < 5; t++) {
      const before = x[0];
      opt.step(x, [1]);
      rates.push(before - x[0]);
      expect(opt.lr).toBe(schedule.lr(t));
    }
    expect(rates.map((r) => Number(r.toFixed(12)))).toEqual([0.1, 0.1, 0.05, 0.05, 0.025]);
  });

  it("is the same as setting lr and momentum by hand before each step", () => {
    const schedule = schedules.cyclicLR({ baseLr: 0.05, maxLr: 0.2, stepSizeUp: 3 });
    const scheduled = stepByHand(optimizers.adam({ lr: schedule }), 8);
    const opt = optimizers.adam();
    const x = Float64Array.of(1, 1);
    for (let t = 0; t < 8; t++) {
      opt.lr = schedule.lr(t);
      opt.momentum = schedule.momentum!(t);
      opt.step(x, [x[0], 4 * x[1]]);
      expect(scheduled[t]).toEqual(x);
    }
  });

  it("reset() starts the schedule again from t = 0", () => {
    const opt = optimizers.sgd({ lr: schedules.reduceLROnPlateau({ lr: 0.4, patience: 0 }) });
    const first = stepByHand(opt, 6);
    opt.reset();
    expect(opt.lr).toBeNaN();
    expect(stepByHand(opt, 6)).toEqual(first);
    let resets = 0;
    const counted = { name: "counted", lr: () => 0.1, reset: () => void resets++ };
    const counting = optimizers.sgd({ lr: counted });
    stepByHand(counting, 1);
    counting.reset();
    expect(resets).toBe(1);
  });

  it("a stateful schedule serves one optimizer: another stepping it is an error", () => {
    const plateau = schedules.reduceLROnPlateau({ lr: 0.4, patience: 0 });
    const first = optimizers.sgd({ lr: plateau });
    const second = optimizers.adam({ lr: plateau });
    stepByHand(first, 2);
    stepByHand(second, 1);
    expect(() => stepByHand(first, 1)).toThrow(
      "reduceLROnPlateau keeps state from step to step, and another optimizer has started it since: give each optimizer its own reduceLROnPlateau({ … })",
    );
    // Resetting the first no longer resets the schedule under the second, which goes on.
    first.reset();
    expect(() => second.step(Float64Array.of(1, 1), [1, 1], 1)).not.toThrow();
    // Runs one after the other share it freely, as a stateless schedule can be shared at any time.
    expect(stepByHand(optimizers.sgd({ lr: plateau }), 3)).toHaveLength(3);
    const constant = schedules.constant({ lr: 0.1 });
    const [a, b] = [optimizers.sgd({ lr: constant }), optimizers.sgd({ lr: constant })];
    stepByHand(a, 1);
    stepByHand(b, 1);
    expect(stepByHand(a, 1)).toHaveLength(1);
  });

  it("a per-parameter schedule moves each θᵢ by −rateᵢ·gᵢ with plain SGD; lr is the mean", () => {
    const schedule = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 3 });
    const opt = optimizers.sgd({ lr: schedule });
    const x = Float64Array.of(1, 1);
    opt.step(x, [2, 3]);
    const rates = schedule.lrPerParameter!(0, 2);
    expect(x[0]).toBeCloseTo(1 - 2 * rates[0], 15);
    expect(x[1]).toBeCloseTo(1 - 3 * rates[1], 15);
    expect(opt.lr).toBeCloseTo((rates[0] + rates[1]) / 2, 15);
  });

  it("lr cannot be set, nor momentum while the schedule cycles it", () => {
    const opt = optimizers.sgd({ lr: schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 }) });
    expect(() => (opt.lr = 0.1)).toThrow(
      "lr must be left to the schedule: sgd's rate comes from oneCycleLR at every step (make a new optimizer to change it), got 0.1",
    );
    expect(() => (opt.momentum = 0.5)).toThrow(
      "momentum must be left to the schedule: oneCycleLR cycles sgd's momentum at every step, got 0.5",
    );
    const plain = optimizers.sgd({ lr: schedules.constant({ lr: 0.1 }), momentum: 0.9 });
    plain.momentum = 0.5;
    expect(plain.momentum).toBe(0.5);
  });

  it("a momentum-cycling schedule on an optimizer without momentum is an error at creation", () => {
    const schedule = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    for (const name of ["adagrad", "adadelta"] as const) {
      expect(() => optimizers[name]({ lr: schedule })).toThrow(LrlabError);
      expect(() => optimizers[name]({ lr: schedule })).toThrow(
        `oneCycleLR cycles momentum, but the optimizer ${name} has none: make the schedule with cycleMomentum: false`,
      );
    }
    const plain = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10, cycleMomentum: false });
    expect(optimizers.adagrad({ lr: plain }).schedule).toBe(plain);
  });

  it("says which step gave a momentum the optimizer rejects", () => {
    // exp_range with gamma > 1 swings past baseMomentum: 0.9 − 0.9·2² at t = 2.
    const schedule = schedules.cyclicLR({
      baseLr: 0.1,
      maxLr: 1,
      stepSizeUp: 2,
      mode: "exp_range",
      gamma: 2,
      baseMomentum: 0,
    });
    expect(() => stepByHand(optimizers.adam({ lr: schedule }), 3)).toThrow(
      /^cyclicLR\.momentum\(2\) = -2\.7\d* does not suit adam: momentum \(β₁, betas\[0\]\) must be a number in \[0, 1\), got -2\.7/,
    );
  });

  it("rejects a rate that is not a finite number ≥ 0, and what is not a schedule", () => {
    const twoRates = {
      name: "twoRates",
      lr: () => 0.1,
      lrPerParameter: () => Float64Array.of(0.1, 0.2),
    };
    expect(() => stepByHand(optimizers.sgd({ lr: twoRates }), 1)).not.toThrow();
    expect(() => optimizers.sgd({ lr: twoRates }).step(Float64Array.of(1), [1])).toThrow(
      "twoRates.lrPerParameter(0) must be 1 finite rates ≥ 0, got [0.1, 0.2] (length 2)",
    );
    expect(() => optimizers.sgd({ lr: "0.1" as never })).toThrow(
      'lr must be a number ≥ 0 or a Schedule such as schedules.stepLR({ lr: 0.1, stepSize: 30 }), got "0.1"',
    );
    const negative = { name: "negative", lr: () => -0.1 };
    expect(() => stepByHand(optimizers.sgd({ lr: negative }), 1)).toThrow(
      "negative.lr(0) must be a finite number ≥ 0, got -0.1",
    );
    expect(() => optimizers.sgd({ lr: {} as never })).toThrow(
      "lr must be a Schedule such as schedules.constant({ lr: 0.01 }), got object",
    );
    expect(() => optimizers.sgd({ lr: schedules.inverseTime as never })).toThrow(
      "lr must be a Schedule such as schedules.constant({ lr: 0.01 }), got function: call the factory to make the schedule",
    );
  });

  it("a schedule that reads the loss needs step(params, grad, loss)", () => {
    const opt = optimizers.sgd({ lr: schedules.lossScaled({ lr: 0.1, scale: 1 }) });
    expect(() => opt.step(Float64Array.of(1), [1])).toThrow(
      "lossScaled reads the loss: call sgd's step(params, grad, loss) with the loss at params (ctx.loss must be a finite number, got NaN)",
    );
  });
});
