// Momentum cycling in the runner: minimize's run.momenta, its checks before any step, and
// restoring the optimizer's momentum. The scheduled optimizer itself: optimizers/scheduled.test.ts.
import { describe, expect, it } from "vitest";
import { optimizers } from "../../../lib/src/optimizers";
import { minimize } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import type { Schedule } from "../../../lib/src/schedules/schedule";
import { bowl } from "./fixtures";

describe("minimize with a momentum-cycling schedule", () => {
  it("records run.momenta, the momentum of each update, as long as lrs", () => {
    const schedule = schedules.oneCycleLR({ maxLr: 0.2, totalSteps: 20 });
    const run = minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: optimizers.sgd({ lr: schedule, momentum: 0.9 }),
      steps: 20,
      tol: 0,
    });
    expect(run.momenta).toHaveLength(20);
    expect(run.momenta).toEqual(Array.from({ length: 20 }, (_, t) => schedule.momentum!(t)));
    expect(run.lrs).toEqual(Array.from({ length: 20 }, (_, t) => schedule.lr(t)));
  });

  it("keeps momenta as long as lrs when the run stops early", () => {
    const run = minimize(bowl([1]), {
      x0: [1],
      optimizer: optimizers.sgd({ lr: schedules.cyclicLR({ baseLr: 1, maxLr: 1, stepSizeUp: 2 }) }),
      steps: 50,
    });
    expect(run.status).toBe("converged");
    expect(run.momenta).toHaveLength(run.lrs.length);
  });

  it("has no momenta without a momentum-cycling schedule", () => {
    const run = (lr: number | Schedule) =>
      minimize(bowl([1, 4]), {
        x0: [1, 1],
        optimizer: optimizers.sgd({ lr, momentum: 0.9 }),
        steps: 5,
      });
    expect(run(0.1)).not.toHaveProperty("momenta");
    expect(run(schedules.constant({ lr: 0.1 }))).not.toHaveProperty("momenta");
    const plain = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, cycleMomentum: false });
    expect(run(plain)).not.toHaveProperty("momenta");
  });

  it("runs an optimizer without momentum when the schedule does not cycle it", () => {
    const schedule = schedules.oneCycleLR({ maxLr: 0.1, totalSteps: 10, cycleMomentum: false });
    const run = minimize(bowl([1, 4]), {
      x0: [1, 1],
      optimizer: optimizers.adagrad({ lr: schedule }),
      steps: 10,
    });
    expect(run.steps).toBe(10);
    expect(run).not.toHaveProperty("momenta");
  });

  it("a second run starts the momentum from the factory's again", () => {
    const opt = optimizers.nadam({
      lr: schedules.oneCycleLR({ maxLr: 0.1, totalSteps: 10 }),
      betas: [0.7, 0.999],
    });
    const first = minimize(bowl([1, 4]), { x0: [1, 1], optimizer: opt, steps: 10 });
    expect(opt.momentum).toBe(first.momenta![9]);
    expect(minimize(bowl([1, 4]), { x0: [1, 1], optimizer: opt, steps: 10 })).toEqual(first);
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
