import { describe, expect, it } from "vitest";
import { decimate, pointsPerTrace, MAX_POINTS_PER_FIGURE } from "../../../lib/src/plot/decimate";
import { colorOf, round, runStyles } from "../../../lib/src/plot/theme";

describe("decimate", () => {
  it("keeps every index when they fit", () => {
    expect(decimate(5, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(decimate(0, 10)).toEqual([]);
  });

  it("keeps the first steps, the end, and at most maxPoints sorted unique indices", () => {
    for (const [length, max] of [
      [10_000, 100],
      [2001, 2000],
      [50, 2],
      [1_000_000, 2000],
    ]) {
      const kept = decimate(length, max);
      expect(kept.length).toBe(max);
      expect(kept[0]).toBe(0);
      expect(kept[kept.length - 1]).toBe(length - 1);
      expect(kept.every((v, i) => i === 0 || v > kept[i - 1])).toBe(true);
    }
    const kept = decimate(10_000, 100);
    expect(kept.slice(0, 40)).toEqual([...Array(40).keys()]);
    expect(kept.slice(-10)).toEqual([...Array(10).keys()].map((i) => 9990 + i));
  });

  it("rejects bad caps", () => {
    expect(() => decimate(10, 1)).toThrow(/maxPoints must be an integer ≥ 2/);
    expect(() => decimate(-1, 10)).toThrow(/length/);
  });

  it("shares the figure budget among traces", () => {
    expect(pointsPerTrace(1)).toBe(2000);
    expect(pointsPerTrace(16) * 16).toBeLessThanOrEqual(MAX_POINTS_PER_FIGURE);
  });
});

describe("theme", () => {
  it("gives one colour per optimizer, whatever the spelling", () => {
    expect(colorOf("Grad-based")).toBe(colorOf("gradBased"));
    expect(colorOf("adam")).not.toBe(colorOf("sgd"));
    expect(colorOf("someNewOptimizer")).toBe(colorOf("someNewOptimizer"));
  });

  it("tells runs of the same optimizer apart by dash", () => {
    expect(runStyles(["sgd", "sgd", "adam"]).map((s) => s.dash)).toEqual([
      "solid",
      "dash",
      "solid",
    ]);
  });

  it("rounds to 4 significant digits and turns non-finite values into gaps", () => {
    expect(round(0.123456)).toBe(0.1235);
    expect(round(123456)).toBe(123500);
    expect(round(Infinity)).toBeNull();
    expect(round(NaN)).toBeNull();
  });
});
