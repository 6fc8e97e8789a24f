import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { CheckResult } from "../../../lib/src/exercises/check";

/** A right and a wrong answer for one check, and the trivial answers it must also reject. */
export interface AnswerPair {
  right: unknown;
  wrong: unknown;
  /** Answers that need no understanding: a constant, a number the lesson prints, a copy of a cell. */
  trivial?: Record<string, unknown>;
}

type Checks = Record<string, unknown>;

/** An answer that is NaN in the right answer's shape: NaN for a number, else code returning NaN. */
function nanLike(right: unknown): unknown {
  return typeof right === "function" ? () => NaN : NaN;
}

/**
 * Runs every check of a lesson against a right answer (it must pass), a wrong one and a NaN one
 * (each must say "not yet" with a hint, without throwing). Fails when a check has no answer pair.
 */
export function expectChecks(checks: Checks, answers: Record<string, AnswerPair>): void {
  beforeEach(() => void vi.spyOn(console, "log").mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  // Members that are not functions are tools for the learner (e.g. a mystery loss), not checks.
  const onlyChecks = Object.fromEntries(
    Object.entries(checks).filter(([, member]) => typeof member === "function"),
  ) as Record<string, (answer: never) => CheckResult>;

  it("has a right and a wrong answer for every check", () => {
    expect(Object.keys(answers).sort()).toEqual(Object.keys(onlyChecks).sort());
  });

  for (const [name, check] of Object.entries(onlyChecks)) {
    for (const [what, answer] of Object.entries(answers[name]?.trivial ?? {})) {
      it(`${name} rejects the trivial answer: ${what}`, () => {
        const result = check(answer as never);
        expect(result.passed).toBe(false);
        expect(result.message).toMatch(/^❌ .*not yet\. Hint: \S/);
      });
    }

    it(`${name} passes the right answer`, () => {
      const result = check(answers[name].right as never);
      expect(result.message).toMatch(/^✅/);
      expect(result.passed).toBe(true);
    });

    it(`${name} says not yet, with a hint, to a wrong answer`, () => {
      const result = check(answers[name].wrong as never);
      expect(result.passed).toBe(false);
      expect(result.message).toMatch(/^❌ .*not yet\. Hint: \S/);
    });

    it(`${name} says not yet to NaN`, () => {
      expect(check(nanLike(answers[name].right) as never).passed).toBe(false);
    });
  }
}
