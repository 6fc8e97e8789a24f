// lrRangeTest follows fastai's lr_find (fastai/callback/schedule.py: LRFinder, valley, steep,
// minimum; Recorder's AvgSmoothLoss with β = 0.98).
import { describe, expect, it } from "vitest";
import { lrRangeTest } from "../../../lib/src/runner";
import { sgd } from "../../../lib/src/optimizers/sgd";
import { bowl } from "./fixtures";

describe("lrRangeTest on f(x) = x² (plain GD stable for lr < 1)", () => {
  const optimizer = sgd({ lr: 0.123 });
  const result = lrRangeTest(bowl([2]), { x0: [1], optimizer });

  it("sweeps lr = 1e-7·(1e8)^(i/100) and pairs it with the loss the step started from", () => {
    result.lrs.forEach((lr, i) => expect(lr).toBeCloseTo(1e-7 * 1e8 ** (i / 100), 20));
    expect(result.losses[0]).toBe(1);
    expect(result.losses[1]).toBeCloseTo((1 - 2e-7) ** 2, 15);
    expect(result.losses).toEqual(result.run.losses.slice(0, result.losses.length));
    expect(optimizer.lr).toBe(0.123);
  });

  it("smooths with a debiased moving average, β = 0.98", () => {
    let average = 0;
    result.losses.forEach((loss, i) => {
      average = 0.98 * average + 0.02 * loss;
      expect(result.smoothedLosses[i]).toBeCloseTo(average / (1 - 0.98 ** (i + 1)), 12);
    });
  });

  it("stops right after the smoothed loss passes 4× its best (fastai's stop_div)", () => {
    expect(result.status).toBe("stopped");
    const s = result.smoothedLosses;
    const last = s.length - 1;
    expect(s[last]).toBeGreaterThan(4 * Math.min(...s));
    s.slice(0, last).forEach((v, i) =>
      expect(v).toBeLessThanOrEqual(4 * Math.min(...s.slice(0, i + 1))),
    );
    expect(result.lrs[last]).toBeGreaterThan(1); // only rates past the stability limit blow up
  });

  it("suggests valley, steep and minimum/10 below the stability limit", () => {
    const lowest = result.smoothedLosses.indexOf(Math.min(...result.smoothedLosses.slice(10, -5)));
    expect(result.minimum).toBe(result.lrs[lowest] / 10);
    for (const lr of [result.valley, result.steep, result.minimum]) {
      expect(lr).toBeGreaterThan(1e-4);
      expect(lr).toBeLessThan(1);
    }
    expect(result.suggestions.map((s) => s.label)).toEqual(["valley", "steep", "minimum/10"]);
    expect(result.suggestions.map((s) => s.lr)).toEqual([
      result.valley,
      result.steep,
      result.minimum,
    ]);
    for (const { index } of result.suggestions) {
      expect(index).toBeGreaterThanOrEqual(10);
      expect(index).toBeLessThan(result.lrs.length - 5);
    }
    // steep: the steepest fall of smoothed loss against log lr starts at its index
    const slopes = result.smoothedLosses
      .slice(10, -6)
      .map(
        (v, i) =>
          (result.smoothedLosses[i + 11] - v) / Math.log(result.lrs[i + 11] / result.lrs[i + 10]),
      );
    expect(result.suggestions[1].index).toBe(10 + slopes.indexOf(Math.min(...slopes)));
  });

  it("without stopDiv it runs to the end or to divergence", () => {
    const all = lrRangeTest(bowl([2]), { x0: [1], optimizer: sgd(), stopDiv: false });
    expect(["completed", "diverged"]).toContain(all.status);
    expect(all.smoothedLosses.every(Number.isFinite)).toBe(true);
    const gentle = lrRangeTest(bowl([2]), { x0: [1], optimizer: sgd(), endLr: 0.5, numIt: 20 });
    expect(gentle.status).toBe("completed");
    expect(gentle.lrs).toHaveLength(20);
  });

  it("rejects bad options", () => {
    const base = { x0: [1], optimizer: sgd() };
    expect(() => lrRangeTest(bowl([2]), { ...base, numIt: 5 })).toThrow(
      /numIt must be an integer ≥ 6, got 5/,
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, stopDiv: "no" as never })).toThrow(
      'stopDiv must be true or false, got "no"',
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, start_lr: 1e-3 } as never)).toThrow(
      'lrRangeTest option must be one of x0, optimizer, startLr, endLr, numIt, stopDiv, got "start_lr"',
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, x0: [0] })).toThrow(
      "x0 must be a point where the gradient is not 0 (from a stationary point no rate moves), got [0] (length 1)",
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, numIt: 2e6 })).toThrow(
      /numIt must be a positive integer ≤ 1000000 \(every step is recorded\), got 2000000/,
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, startLr: 0 })).toThrow(
      /startLr must be a finite number > 0, got 0/,
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, startLr: 1, endLr: 1 })).toThrow(
      /endLr must be a finite number > startLr \(1\), got 1/,
    );
    expect(() => lrRangeTest(bowl([2]), { ...base, x0: [1, 2] })).toThrow(
      /x0 must be an array of 1 finite number/,
    );
  });
});
