// sweep: one minimize per grid cell, tabulated for heatmaps.
import { describe, expect, it } from "vitest";
import { minimize, sweep } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import { sgd } from "../../../lib/src/optimizers/sgd";
import { quadratic } from "./fixtures";

describe("sweep", () => {
  const result = sweep(quadratic(), {
    x0: [0],
    steps: 200,
    grid: { lr: [0.01, 0.1, 0.4], decay: [0, 0.5] },
    setup: ({ lr, decay }) => sgd({ lr: schedules.inverseTime({ lr, decay }) }),
  });

  it("runs every cell, the last axis fastest, each as minimize would", () => {
    expect(result.axes).toEqual([
      { name: "lr", values: [0.01, 0.1, 0.4] },
      { name: "decay", values: [0, 0.5] },
    ]);
    expect(result.rows.map((row) => row.index)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(result.rows[3].settings).toEqual({ lr: 0.1, decay: 0.5 });
    expect(result.rows[3].run.label).toBe("lr=0.1 decay=0.5");
    const direct = minimize(quadratic(), {
      x0: [0],
      steps: 200,
      optimizer: sgd({ lr: schedules.inverseTime({ lr: 0.1, decay: 0.5 }) }),
    });
    expect(result.rows[3].run.xs).toEqual(direct.xs);
    expect(result.rows[3].finalLoss).toBe(direct.losses[direct.losses.length - 1]);
    expect(result.rows[3].steps).toBe(direct.steps);
  });

  it("at(settings) finds one cell's row, and says which values were swept", () => {
    expect(result.at({ lr: 0.1, decay: 0.5 })).toBe(result.rows[3]);
    expect(result.at({ decay: 0, lr: 0.4 })).toBe(result.rows[4]);
    expect(() => result.at({ lr: 0.2, decay: 0 })).toThrow(
      "settings.lr must be one of the values swept, 0.01, 0.1, 0.4, got 0.2",
    );
    expect(() => result.at({ lr: 0.1 } as never)).toThrow(
      "settings must be an object with one value for each setting swept, lr, decay, such as { lr: 0.01, decay: 0 }, got object",
    );
    expect(() => result.at({ lr: 0.1, decay: 0, momentum: 0 } as never)).toThrow(
      "settings must be an object with one value for each setting swept",
    );
    expect(() => result.at(undefined as never)).toThrow(
      "settings must be an object with one value for each setting swept",
    );
  });

  it("statuses: 0.4 > 2/L = 1/3 diverges without decay, converges with it", () => {
    const status = result.rows.map((row) => row.status);
    expect(status[4]).toBe("diverged");
    expect(status[2]).toBe("converged");
    expect(status[5]).toBe("converged");
    expect(result.rows.every((row) => Number.isFinite(row.finalLoss))).toBe(true);
  });

  it("table(): x the first axis, y the second, z[j][i]; null where diverged or not converged", () => {
    const loss = result.table("finalLoss");
    expect(loss.x).toEqual([0.01, 0.1, 0.4]);
    expect(loss.y).toEqual([0, 0.5]);
    expect(loss.z).toHaveLength(2);
    expect(loss.z[0]).toHaveLength(3);
    expect(loss.z[1][1]).toBe(result.rows[3].finalLoss);
    expect(loss.z[0][2]).toBeNull();
    const steps = result.table("steps");
    expect(steps.z[0][2]).toBeNull();
    expect(steps.z[0][1]).toBe(result.rows[2].steps);
    expect(steps.z[0][0]).toBe(result.rows[0].status === "converged" ? result.rows[0].steps : null);
  });

  it("sweeps names too (optimizer × lr), but table() needs two numeric axes", () => {
    const byName = sweep(quadratic(), {
      x0: [0],
      steps: 20,
      grid: { optimizer: ["sgd", "momentum"], lr: [0.01, 0.1] },
      setup: ({ optimizer, lr }) =>
        optimizer === "sgd" ? sgd({ lr }) : sgd({ lr, momentum: 0.9 }),
    });
    expect(byName.rows.map((row) => row.run.label)).toEqual([
      "optimizer=sgd lr=0.01",
      "optimizer=sgd lr=0.1",
      "optimizer=momentum lr=0.01",
      "optimizer=momentum lr=0.1",
    ]);
    expect(() => byName.table("finalLoss")).toThrow(
      /grid must be exactly two axes of numbers for table\(\)/,
    );
    expect(() => result.table("loss" as "steps")).toThrow(
      /metric must be one of "finalLoss", "steps"/,
    );
  });

  it("rejects bad grids and settings", () => {
    const f = quadratic();
    const base = {
      x0: [0],
      steps: 10,
      setup: () => sgd(),
    };
    expect(() => sweep(f, { ...base, grid: {} })).toThrow(/grid must be an object of settings/);
    expect(() => sweep(f, { ...base, grid: { lr: [] } })).toThrow(
      /grid.lr must be a non-empty array of finite numbers or strings, got \[\] \(length 0\)/,
    );
    expect(() => sweep(f, { ...base, grid: { lr: [NaN] } })).toThrow(/grid.lr must be/);
    expect(() => sweep(f, { ...base, grid: { lr: [0.1] }, steps: -1 })).toThrow(
      /steps must be a positive integer/,
    );
    expect(() =>
      sweep(f, {
        ...base,
        grid: { lr: [0.1] },
        setup: ({ lr }) => ({ optimizer: sgd({ lr }) }) as never,
      }),
    ).toThrow(
      "setup(settings) must be the Optimizer itself, e.g. ({ lr, decay }) => optimizers.sgd({ lr: schedules.inverseTime({ lr, decay }) }): a schedule is the optimizer's lr, got object",
    );
    expect(() => sweep(f, { ...base, grid: { lr: [0.1] }, setup: () => 0.1 as never })).toThrow(
      "setup(settings) must be an Optimizer such as optimizers.sgd({ lr }), got 0.1",
    );
    expect(() => sweep(undefined as never, { ...base, grid: { lr: [0.1] } })).toThrow(
      /^objective must be an Objective/,
    );
    expect(() =>
      sweep({ objective: f, ...base, grid: { lr: [0.1] } } as never, {} as never),
    ).toThrow(
      "sweep must be called as sweep(objective, { x0, steps, grid, setup }), as minimize(objective, options) is",
    );
    expect(() => sweep(f, { ...base, grid: { lr: [0.1] }, step: 10 } as never)).toThrow(
      'sweep option must be one of x0, steps, tol, grid, setup, got "step"',
    );
    const sixteenRates = { lr: Array.from({ length: 16 }, (_, i) => 0.01 * (i + 1)) };
    expect(() => sweep(f, { ...base, grid: sixteenRates, steps: 1e5 })).toThrow(
      /steps must be a positive integer ≤ 62500 \(every step of 16 runs is recorded\), got 100000/,
    );
    expect(() => sweep(f, { ...base, grid: { lr: [0.1] }, x0: [0, 0] })).toThrow(
      /x0 must be an array of 1/,
    );
  });
});
