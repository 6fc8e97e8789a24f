import { describe, expect, it } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { objectives } from "../../../lib/src/objectives";
import type { Network } from "../../../lib/src/objectives";
import { optimizers } from "../../../lib/src/optimizers";
import { train } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import { toyData, XOR } from "./fixtures";

const data = toyData();
const net = objectives.mlp({ ...data, hidden: [6], activation: "tanh" });
const sgd = (lr = 0.1) => optimizers.sgd({ lr, momentum: 0.9 });

/** The same network, recording the rows of every mini-batch it is asked for. */
function recording(model: Network) {
  const batches: number[][] = [];
  const spy: Network = {
    ...model,
    valueAndGradient(params, out, rows) {
      batches.push(Array.from(rows ?? []));
      return model.valueAndGradient(params, out, rows);
    },
  };
  return { spy, batches };
}

describe("train", () => {
  it("is full-batch gradient descent, step for step, when the batch holds every row", () => {
    const run = train(net, {
      optimizer: sgd(),
      epochs: 5,
      batchSize: 30,
      seed: 3,
      progress: false,
    });
    const params = net.init(3);
    const optimizer = sgd();
    const grad = new Float64Array(net.dim);
    for (let t = 0; t < 5; t++) {
      const loss = net.valueAndGradient(params, grad);
      expect(run.losses[t]).toBeCloseTo(loss, 12);
      optimizer.step(params, grad);
    }
    // The batch holds the rows in shuffled order, so sums differ in their last bits.
    run.params.forEach((value, i) => expect(value).toBeCloseTo(params[i], 12));
  });

  it("visits every row once per epoch, in a new seeded order each epoch", () => {
    const { spy, batches } = recording(net);
    const run = train(spy, { optimizer: sgd(), epochs: 3, batchSize: 7, progress: false });
    expect(run.stepsPerEpoch).toBe(5);
    expect(run.steps).toBe(15);
    const epochs = [0, 1, 2].map((e) => batches.slice(5 * e, 5 * e + 5));
    for (const epoch of epochs) {
      expect(epoch.map((b) => b.length)).toEqual([7, 7, 7, 7, 2]);
      expect(epoch.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    }
    expect(epochs[0].flat()).not.toEqual(epochs[1].flat());
  });

  it("gives the same run for the same seed and another for another seed", () => {
    const options = { optimizer: sgd(), epochs: 4, batchSize: 8, progress: false };
    const a = train(net, { ...options, seed: 1 });
    const b = train(net, { ...options, seed: 1 });
    const c = train(net, { ...options, seed: 2 });
    expect(b.losses).toEqual(a.losses);
    expect(c.losses).not.toEqual(a.losses);
  });

  it("evaluates at step 0, every epoch (or evaluateEvery steps) and at the end", () => {
    const run = train(net, {
      optimizer: sgd(),
      epochs: 3,
      batchSize: 10,
      validation: data,
      progress: false,
    });
    expect(run.evaluations.map((e) => e.step)).toEqual([0, 3, 6, 9]);
    expect(run.evaluations.map((e) => e.epoch)).toEqual([0, 1, 2, 3]);
    expect(run.final).toBe(run.evaluations[3]);
    // The validation rows are the training rows here, so both measures agree.
    expect(run.final.validationLoss).toBeCloseTo(run.final.trainLoss, 12);
    expect(run.final.trainLoss).toBeCloseTo(net.evaluate(run.params).loss, 12);
    const every2 = train(net, {
      optimizer: sgd(),
      epochs: 3,
      batchSize: 10,
      evaluateEvery: 2,
      progress: false,
    });
    expect(every2.evaluations.map((e) => e.step)).toEqual([0, 2, 4, 6, 8, 9]);
    expect(every2.final.validationAccuracy).toBeNaN();
  });

  it("learns: XOR reaches accuracy 1", () => {
    const xor = XOR;
    const model = objectives.mlp({ ...xor, hidden: [8], activation: "tanh" });
    const run = train(model, {
      optimizer: optimizers.adam({ lr: 0.05 }),
      epochs: 300,
      batchSize: 4,
      progress: false,
    });
    expect(run.final.trainAccuracy).toBe(1);
    expect(run.final.trainLoss).toBeLessThan(0.05);
  });

  it("records the schedule's rates and momenta, and restores a constant lr and momentum", () => {
    const schedule = schedules.oneCycleLR({ maxLr: 0.2, totalSteps: 12 });
    const scheduled = optimizers.sgd({ lr: schedule, momentum: 0.5 });
    const options = { epochs: 4, batchSize: 10, progress: false };
    const run = train(net, { optimizer: scheduled, ...options });
    expect(run.lrs).toEqual(Array.from({ length: 12 }, (_, t) => schedule.lr(t)));
    expect(run.momenta).toEqual(Array.from({ length: 12 }, (_, t) => schedule.momentum?.(t)));
    expect(train(net, { optimizer: scheduled, ...options }).lrs).toEqual(run.lrs);
    const optimizer = optimizers.sgd({ lr: 0.05, momentum: 0.5 });
    optimizer.lr = 0.02;
    optimizer.momentum = 0.3;
    const set = train(net, { optimizer, ...options });
    expect(new Set(set.lrs)).toEqual(new Set([0.02]));
    expect(new Set(set.momenta)).toEqual(new Set([0.3]));
    expect([optimizer.lr, optimizer.momentum]).toEqual([0.02, 0.3]);
    optimizer.lr = 0.05;
    optimizer.momentum = 0.5;
    const constant = train(net, { optimizer, epochs: 1, batchSize: 10, progress: false });
    expect(constant.lrs).toEqual([0.05, 0.05, 0.05]);
    expect(constant.momenta).toEqual([0.5, 0.5, 0.5]);
    expect(
      train(net, { optimizer: optimizers.adagrad(), epochs: 1, progress: false }).momenta,
    ).toBeUndefined();
  });

  it("records the update/weight ratio of every step", () => {
    const run = train(net, { optimizer: sgd(0.01), epochs: 1, batchSize: 30, progress: false });
    const before = net.init(0);
    const after = Float64Array.from(run.params);
    const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));
    const expected = norm(after.map((v, i) => v - before[i])) / norm(before);
    expect(run.updateRatios).toHaveLength(1);
    expect(run.updateRatios[0]).toBeCloseTo(expected, 12);
  });

  it("stops a diverging run cleanly at its last good parameters", () => {
    // ReLU units do not saturate, so a huge rate blows the loss up (tanh ones would saturate).
    const relu = objectives.mlp({ ...data, hidden: [6], activation: "relu" });
    const run = train(relu, {
      optimizer: optimizers.sgd({ lr: 100 }),
      epochs: 50,
      batchSize: 10,
      progress: false,
    });
    expect(run.status).toBe("diverged");
    expect(run.reason).toMatch(/^step \d+: /);
    expect(run.steps).toBeLessThan(150);
    expect(run.params.every(Number.isFinite)).toBe(true);
    expect(run.losses.every(Number.isFinite)).toBe(true);
    expect(run.losses).toHaveLength(run.steps);
  });

  it("starts from params0 when given", () => {
    const params0 = net.init(9);
    const a = train(net, { optimizer: sgd(), epochs: 1, params0, progress: false });
    const b = train(net, { optimizer: sgd(), epochs: 1, seed: 9, progress: false });
    expect(a.evaluations[0].trainLoss).toBe(b.evaluations[0].trainLoss);
    expect(Array.from(params0)).toEqual(Array.from(net.init(9)));
  });

  it("rejects bad input with clear errors, before any step", () => {
    const cases: [unknown, RegExp][] = [
      [{ epochs: 1 }, /^optimizer must be an Optimizer/],
      [{ optimizer: sgd() }, /^epochs must be a positive integer, got undefined/],
      [{ optimizer: sgd(), epochs: 0 }, /^epochs must be a positive integer, got 0/],
      [
        { optimizer: sgd(), epochs: 1, batchSize: 31 },
        /^batchSize must be an integer from 1 to 30, got 31/,
      ],
      [{ optimizer: sgd(), epochs: 1, validation: [1, 2] }, /^validation must be rows with labels/],
      [{ optimizer: sgd(), epochs: 1, params0: [1, 2] }, /params0/],
      [
        { optimizer: sgd(), epochs: 1, learning_rate: 0.1 },
        /train option must be one of optimizer, .*got "learning_rate"/,
      ],
      [
        { optimizer: sgd(), epochs: 1e6 + 1 },
        /^epochs must be a positive integer ≤ 1000000 \(1 steps per epoch/,
      ],
      [
        {
          optimizer: optimizers.sgd({ lr: 0.1 }),
          epochs: 1,
          schedule: schedules.oneCycleLR({ maxLr: 1, totalSteps: 5 }),
        },
        /^train has no schedule option: a schedule is given as the optimizer's lr/,
      ],
    ];
    for (const [options, message] of cases) {
      const { spy, batches } = recording(net);
      expect(() => train(spy, { batchSize: 30, ...(options as object) } as never)).toThrow(
        LrlabError,
      );
      expect(() => train(spy, { batchSize: 30, ...(options as object) } as never)).toThrow(message);
      expect(batches).toEqual([]);
    }
    expect(() => train({} as never, { optimizer: sgd(), epochs: 1 })).toThrow(
      /^model must be a model such as objectives.mlp/,
    );
    expect(() =>
      train(net, {
        optimizer: sgd(),
        epochs: 1,
        validation: { X: [[1, 2]], y: [0] },
        progress: false,
      }),
    ).toThrow(LrlabError);
  });
});
