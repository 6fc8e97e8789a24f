// Momentum cycling in the runner: applyScheduledMomentum, and minimize's run.momenta, its checks
// before any step, and restoring the optimizer's momentum.
import { describe, expect, it } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import type { Objective } from "../../../lib/src/objectives/objective";
import { optimizers } from "../../../lib/src/optimizers";
import { minimize } from "../../../lib/src/runner";
import { applyScheduledMomentum, requireMomentumFor } from "../../../lib/src/runner/momentum";
import { schedules } from "../../../lib/src/schedules";
import { bowl } from "./fixtures";

/** bowl([1, 4]), counting how often its value and gradient are asked for. */
function counted() {
  const inner = bowl([1, 4]);
  const calls = { value: 0, gradient: 0 };
  const objective: Objective = {
    ...inner,
    value: (x) => (calls.value++, inner.value(x)),
    gradient: (x, out) => (calls.gradient++, inner.gradient(x, out)),
  };
  return { objective, calls };
}

describe("applyScheduledMomentum", () => {
  it("sets the optimizer's momentum to momentum(t) and returns it", () => {
    const opt = optimizers.sgd({ momentum: 0.9 });
    const schedule = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    expect(applyScheduledMomentum(opt, schedule, 2)).toBe(0.85);
    expect(opt.momentum).toBe(0.85);
    const adam = optimizers.adam();
    expect(applyScheduledMomentum(adam, schedules.cyclicLR({ baseLr: 0.1, maxLr: 1 }), 0)).toBe(
      0.9,
    );
    expect(adam.momentum).toBe(0.9);
  });

  it("does nothing without a momentum-cycling schedule", () => {
    const opt = optimizers.sgd({ momentum: 0.3 });
    expect(applyScheduledMomentum(opt, undefined, 0)).toBeUndefined();
    expect(applyScheduledMomentum(opt, schedules.constant({ lr: 0.1 }), 0)).toBeUndefined();
    const plain = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10, cycleMomentum: false });
    expect(applyScheduledMomentum(opt, plain, 0)).toBeUndefined();
    expect(opt.momentum).toBe(0.3);
    // An optimizer without momentum is fine then.
    expect(applyScheduledMomentum(optimizers.adagrad(), plain, 0)).toBeUndefined();
  });

  it("names the optimizer without momentum and suggests cycleMomentum: false", () => {
    const schedule = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
    for (const name of ["adagrad", "adadelta"] as const) {
      const opt = optimizers[name]();
      const message = `oneCycleLR cycles momentum, but the optimizer ${name} has none: make the schedule with cycleMomentum: false`;
      expect(() => applyScheduledMomentum(opt, schedule, 0)).toThrow(LrlabError);
      expect(() => applyScheduledMomentum(opt, schedule, 0)).toThrow(message);
      expect(() => requireMomentumFor(opt, schedule)).toThrow(message);
    }
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
    const opt = optimizers.adam();
    expect(() => applyScheduledMomentum(opt, schedule, 2)).toThrow(
      /^cyclicLR\.momentum\(2\) = -2\.7\d* does not suit adam: momentum \(β₁, betas\[0\]\) must be a number in \[0, 1\), got -2\.7/,
    );
    expect(opt.momentum).toBe(0.9);
  });
});

describe("minimize with a momentum-cycling schedule", () => {
  it("records run.momenta, the momentum of each update, as long as lrs", () => {
    const schedule = schedules.oneCycleLR({ maxLr: 0.2, totalSteps: 20 });
    const run = minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: optimizers.sgd({ lr: 0.1, momentum: 0.9 }),
      schedule,
      steps: 20,
      tol: 0,
    });
    expect(run.momenta).toHaveLength(20);
    expect(run.momenta).toEqual(Array.from({ length: 20 }, (_, t) => schedule.momentum!(t)));
    expect(run.lrs).toEqual(Array.from({ length: 20 }, (_, t) => schedule.lr(t)));
  });

  it("each step uses that step's momentum: the same run as setting it by hand", () => {
    const schedule = schedules.cyclicLR({ baseLr: 0.05, maxLr: 0.2, stepSizeUp: 3 });
    const run = minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: optimizers.adam(),
      schedule,
      steps: 8,
      tol: 0,
    });
    const opt = optimizers.adam();
    const x = Float64Array.of(1, 1);
    for (let t = 0; t < 8; t++) {
      opt.lr = schedule.lr(t);
      opt.momentum = schedule.momentum!(t);
      opt.step(x, [x[0], 4 * x[1]]);
      expect(run.xs[t + 1]).toEqual(x);
    }
  });

  it("keeps momenta as long as lrs when the run stops early", () => {
    const run = minimize(bowl([1]), {
      x0: [1],
      optimizer: optimizers.sgd({ lr: 1 }),
      schedule: schedules.cyclicLR({ baseLr: 1, maxLr: 1, stepSizeUp: 2 }),
      steps: 50,
    });
    expect(run.status).toBe("converged");
    expect(run.momenta).toHaveLength(run.lrs.length);
  });

  it("has no momenta without a momentum-cycling schedule", () => {
    const base = { x0: [1, 1], optimizer: optimizers.sgd({ lr: 0.1, momentum: 0.9 }), steps: 5 };
    expect(minimize(bowl([1, 4]), base)).not.toHaveProperty("momenta");
    const constant = schedules.constant({ lr: 0.1 });
    expect(minimize(bowl([1, 4]), { ...base, schedule: constant })).not.toHaveProperty("momenta");
    const plain = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, cycleMomentum: false });
    expect(minimize(bowl([1, 4]), { ...base, schedule: plain })).not.toHaveProperty("momenta");
  });

  it("throws for an optimizer without momentum before any step or evaluation", () => {
    for (const optimizer of [optimizers.adagrad(), optimizers.adadelta()]) {
      const { objective, calls } = counted();
      const schedule = schedules.oneCycleLR({ maxLr: 0.1, totalSteps: 10 });
      expect(() => minimize(objective, { x0: [1, 1], optimizer, schedule, steps: 10 })).toThrow(
        `oneCycleLR cycles momentum, but the optimizer ${optimizer.name} has none: make the schedule with cycleMomentum: false, or use an optimizer with momentum`,
      );
      expect(calls).toEqual({ value: 0, gradient: 0 });
      expect(optimizer.state.step).toBe(0);
    }
    const run = minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: optimizers.adagrad(),
      schedule: schedules.oneCycleLR({ maxLr: 0.1, totalSteps: 10, cycleMomentum: false }),
      steps: 10,
    });
    expect(run.steps).toBe(10);
  });

  it("restores the optimizer's momentum and lr afterwards, also after an error", () => {
    const opt = optimizers.nadam({ lr: 0.01, betas: [0.7, 0.999] });
    minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: opt,
      schedule: schedules.oneCycleLR({ maxLr: 0.1, totalSteps: 10 }),
      steps: 10,
    });
    expect(opt.momentum).toBe(0.7);
    expect(opt.lr).toBe(0.01);
    const bad = schedules.cyclicLR({
      baseLr: 0.1,
      maxLr: 1,
      stepSizeUp: 2,
      mode: "exp_range",
      gamma: 2,
      baseMomentum: 0,
    });
    expect(() =>
      minimize(bowl([1, 4]), { x0: [1, 1], optimizer: opt, schedule: bad, steps: 10 }),
    ).toThrow(/cyclicLR\.momentum\(2\)/);
    expect(opt.momentum).toBe(0.7);
  });

  it("without a cycling schedule, runs with the momentum the optimizer has, as it does lr", () => {
    const opt = optimizers.sgd({ lr: 0.1 });
    opt.momentum = 0.5;
    const run = minimize(bowl([1, 4]), { x0: [1, 1], optimizer: opt, steps: 6 });
    const same = minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: optimizers.sgd({ lr: 0.1, momentum: 0.5 }),
      steps: 6,
    });
    expect(run.xs).toEqual(same.xs);
    expect(opt.momentum).toBe(0.5);
  });
});
