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
});
