import { describe, expect, it } from "vitest";
import {
  MAX_RECORDED_COORDINATES,
  MAX_RECORDED_STEPS,
  requireRecordableSteps,
} from "../../../lib/src/runner/run";

describe("requireRecordableSteps: a run must fit the kernel's memory", () => {
  it("accepts up to MAX_RECORDED_STEPS steps in few dimensions, and not one more", () => {
    expect(requireRecordableSteps("steps", MAX_RECORDED_STEPS, 2)).toBe(MAX_RECORDED_STEPS);
    expect(() => requireRecordableSteps("steps", MAX_RECORDED_STEPS + 1, 2)).toThrow(
      "steps must be a positive integer ≤ 1000000 (every step is recorded), got 1000001",
    );
  });

  it("bounds steps × dim in many dimensions", () => {
    const dim = 1000;
    const most = MAX_RECORDED_COORDINATES / dim;
    expect(requireRecordableSteps("steps", most, dim)).toBe(most);
    expect(() => requireRecordableSteps("steps", most + 1, dim)).toThrow(
      "steps must be a positive integer ≤ 10000 (every step is recorded), got 10001",
    );
  });

  it("shares the bound among the runs of one call, and names the caller's parameter", () => {
    expect(requireRecordableSteps("numIt", 333_333, 1, 3)).toBe(333_333);
    expect(() => requireRecordableSteps("numIt", 333_334, 1, 3)).toThrow(
      "numIt must be a positive integer ≤ 333333 (every step of 3 runs is recorded), got 333334",
    );
  });

  it("still requires a positive integer", () => {
    expect(() => requireRecordableSteps("steps", 0, 1)).toThrow(
      "steps must be a positive integer, got 0",
    );
  });
});
