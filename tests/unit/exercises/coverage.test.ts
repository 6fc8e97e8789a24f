import { existsSync } from "node:fs";
import { join } from "node:path";
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { defineCheck, exercises } from "../../../lib/src/exercises";

describe("exercise checks", () => {
  it.each(Object.keys(exercises))("%s has a test file with right and wrong answers", (lesson) => {
    expect(existsSync(join(__dirname, `${lesson}.test.ts`))).toBe(true);
  });

  it("turn an answer that throws into 'not yet' instead of throwing", () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const check = defineCheck("calls the answer", (f: () => number) =>
      f() === 1 ? { pass: true } : { pass: false, hint: "return 1" },
    );
    const result = check(() => {
      throw new Error("boom");
    });
    expect(result).toEqual({ passed: false, message: expect.stringMatching(/not yet.*boom/) });
    vi.restoreAllMocks();
  });

  it("that judge the learner's function ask for the function itself when given a value", () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    expect(exercises.lesson07.warmRestart(0.01 as never)).toEqual({
      passed: false,
      message:
        "❌ Your warm restart with doubling cycles: not yet. Hint: pass your function itself: exercises.lesson07.warmRestart(myWarmRestart).",
    });
    vi.restoreAllMocks();
  });

  it("print their message once: a notebook cell that ends with a check does not echo the result", () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const result = defineCheck("always", () => ({ pass: true }))(0);
    expect(inspect(result)).toBe("");
    expect(result.passed).toBe(true);
    expect(Object.keys(result)).toEqual(["passed", "message"]);
    vi.restoreAllMocks();
  });
});
