import { describe, expect, it } from "vitest";
import { seededRandom } from "../../lib/src";

describe("seededRandom (public)", () => {
  it("is exported from lrlab and repeats its sequence for a seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first[0]).toBe(0.6011037519201636);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it("takes an integer seed from 0 to 2³² − 1, so no two seeds share a sequence", () => {
    expect(() => seededRandom(1.5)).toThrow(
      "seed must be an integer from 0 to 4294967295, got 1.5",
    );
    expect(() => seededRandom(-1)).toThrow("seed must be an integer from 0 to 4294967295, got -1");
    expect(seededRandom(2 ** 32 - 1)()).not.toBe(seededRandom(0)());
  });
});
