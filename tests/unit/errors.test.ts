import { inspect } from "node:util";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { LrlabError } from "../../lib/src/errors";
import { fromExpression } from "../../lib/src/objectives/expression/from-expression";

/** The error `action` throws. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, but nothing was thrown");
}

describe("how an LrlabError prints", () => {
  it("shows the message and the caller's frames, not lrlab's", () => {
    const error = thrown(() => fromExpression("3x^^2")) as LrlabError;
    const printed = inspect(error);
    expect(printed.startsWith(`LrlabError: ${error.message}\n`)).toBe(true);
    expect(printed).toContain("errors.test.ts");
    expect(error.stack).toContain("from-expression");
    expect(printed).not.toContain("from-expression");
    expect(printed).not.toContain("(node:");
  });

  it("drops a notebook cell's frames (vm code, as tslab runs it)", () => {
    const cell = vm.runInThisContext("(fromExpression) => fromExpression('x +')") as (
      f: typeof fromExpression,
    ) => unknown;
    const error = thrown(() => cell(fromExpression)) as LrlabError;
    expect(error.stack).toContain("evalmachine.<anonymous>");
    expect(inspect(error)).not.toContain("evalmachine");
  });

  it("drops built-in frames such as Array.forEach's", () => {
    const error = thrown(() => [1].forEach(() => fromExpression("x +"))) as LrlabError;
    expect(error.stack).toContain("(<anonymous>)");
    expect(inspect(error)).not.toContain("(<anonymous>)");
  });

  it("leaves other errors alone", () => {
    expect(inspect(new Error("plain"))).toContain("errors.test.ts");
  });
});
