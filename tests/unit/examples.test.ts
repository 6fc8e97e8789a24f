// Runs every example in the library's doc comments, as optax runs its docstrings, so an example
// can never go stale. An example is a ```ts block after "Example:" in a doc comment; a line
// `expression; // → value` checks that the expression gives that value (numbers to the significant
// digits written).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as errors from "../../lib/src/errors";
import * as lrlab from "../../lib/src/index";

/** What an example sees: lrlab's public names, and the shared checks its internals document. */
const scope: Record<string, unknown> = {
  ...errors,
  ...lrlab,
  show: Object.assign(() => undefined, { markdown: () => undefined }),
};

const SOURCE = join(__dirname, "..", "..", "lib", "src");

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The ```ts blocks of doc comments, without their leading " * ". */
function examplesIn(file: string, text: string): Example[] {
  const lines = text.split("\n");
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*```ts\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*\*\s*```\s*$/.test(lines[end])) end++;
    const code = lines
      .slice(start, end)
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    examples.push({ file, line: start + 1, code });
    i = end;
  }
  return examples;
}

/** The value's significant digits, as written: 0.04 → 1, 0.950 → 2, 1797 → 4. */
function significantDigits(value: number): number {
  const digits = Math.abs(value).toExponential().split("e")[0].replace(".", "");
  return digits.length;
}

function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    if (Number.isNaN(expected)) return Number.isNaN(actual);
    if (!Number.isFinite(expected) || expected === 0) return actual === expected;
    return Number(actual.toPrecision(significantDigits(expected))) === expected;
  }
  if (Array.isArray(expected)) {
    const items = ArrayBuffer.isView(actual)
      ? Array.from(actual as unknown as ArrayLike<number>)
      : actual;
    return (
      Array.isArray(items) &&
      items.length === expected.length &&
      expected.every((e, i) => matches(items[i], e))
    );
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).every(([key, e]) => matches(record[key], e));
  }
  return Object.is(actual, expected);
}

/** Turns `expression; // → value` lines into checks, then TypeScript into JavaScript. */
function compile(code: string): string {
  const checked = code
    .split("\n")
    .map((line, i) => {
      const arrow = line.match(/^(.*?);?\s*\/\/ → (.*?)(?: \(.*\))?$/);
      if (!arrow) return line;
      return `__check(${arrow[1]}, ${JSON.stringify(arrow[2])}, ${i});`;
    })
    .join("\n");
  // A block, so an example may declare names that lrlab exports (const { train } = …).
  return ts.transpileModule(`{\n${checked}\n}`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
}

/** The README's ```ts blocks, without their imports (the scope has every name). */
function readmeExamples(): Example[] {
  const lines = readFileSync(join(SOURCE, "..", "..", "README.md"), "utf8").split("\n");
  const examples: Example[] = [];
  lines.forEach((line, i) => {
    if (line !== "```ts") return;
    const end = lines.indexOf("```", i + 1);
    const body = lines.slice(i + 1, end).map((l) => (l.startsWith("import ") ? "" : l));
    examples.push({ file: "README.md", line: i + 2, code: body.join("\n") });
  });
  return examples;
}

const examples = [
  ...sourceFiles(SOURCE).flatMap((file) =>
    examplesIn(relative(SOURCE, file), readFileSync(file, "utf8")),
  ),
  ...readmeExamples(),
];

describe("doc-comment examples", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))("%s runs", (_, example) => {
    const failures: string[] = [];
    const check = (actual: unknown, expectedText: string, line: number) => {
      let expected: unknown;
      try {
        expected = new Function(`return (${expectedText});`)();
      } catch {
        failures.push(`line ${line}: "// → ${expectedText}" is not a JavaScript value`);
        return;
      }
      if (!matches(actual, expected)) {
        failures.push(`line ${line}: expected ${expectedText}, got ${JSON.stringify(actual)}`);
      }
    };
    const names = Object.keys(scope);
    const run = new Function("__check", ...names, compile(example.code));
    run(check, ...names.map((name) => scope[name]));
    expect(failures).toEqual([]);
  });

  it("a wrong result fails", () => {
    const [example] = examplesIn("x.ts", " * ```ts\n * 1 + 1; // → 3\n * ```");
    const names = ["__check"];
    const failures: string[] = [];
    new Function(...names, compile(example.code))((actual: unknown, text: string) => {
      if (!matches(actual, Number(text))) failures.push(text);
    });
    expect(failures).toEqual(["3"]);
    expect(matches(0.0400001, 0.04)).toBe(true);
    expect(matches(0.046, 0.04)).toBe(false);
    expect(matches(new Float64Array([1, 2]), [1, 2])).toBe(true);
    expect(matches({ a: 1, b: 2 }, { a: 1 })).toBe(true);
    expect(matches({ a: 2 }, { a: 1 })).toBe(false);
  });
});
