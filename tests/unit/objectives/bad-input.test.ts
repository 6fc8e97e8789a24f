import { describe, expect, it } from "vitest";
import { checkGradient } from "../../../lib/src/objectives/check-gradient";
import { objectives } from "../../../lib/src/objectives/builtins";
import { fromExpression } from "../../../lib/src/objectives/expression/from-expression";
import type { Objective, Vector } from "../../../lib/src/objectives/objective";
import { errorOf } from "../datasets/helpers";

describe("fromExpression rejects bad expressions with the expression quoted and the position shown", () => {
  it("a syntax error", () => {
    const { message } = errorOf(() => fromExpression("3x^^2 + 1"));
    expect(message).toBe(
      'expression must be a formula such as "x^2 + 2y^2", got "3x^^2 + 1": it does not parse: Value expected (char 4)\n' +
        "  3x^^2 + 1\n" +
        "     ^",
    );
  });

  it("a superscript power, as the course notes write θ², with a hint", () => {
    expect(errorOf(() => fromExpression("θ² + 1")).message).toMatch(
      /does not parse: .*\(char 2\); write powers with \^, such as x\^2 for x²\n {2}θ² \+ 1\n {3}\^$/,
    );
  });

  it("an unclosed parenthesis, pointing past the end", () => {
    expect(errorOf(() => fromExpression("sin(x")).message).toMatch(
      /Parenthesis \) expected.*\n {2}sin\(x\n {7}\^$/,
    );
  });

  it("an unknown function, listing the supported ones", () => {
    const { message } = errorOf(() => fromExpression("x + foo(x)"));
    expect(message).toContain('unknown function "foo"; supported functions: sin, cos, tan');
    expect(message).toMatch(/\n {2}x \+ foo\(x\)\n {6}\^$/);
  });

  it("a function that mathjs cannot differentiate", () => {
    expect(errorOf(() => fromExpression("max(x, 1)")).message).toContain('unknown function "max"');
  });

  it("a function called with the wrong number of arguments", () => {
    expect(errorOf(() => fromExpression("sin(x, 2)")).message).toContain(
      "sin takes 1 argument(s), got 2",
    );
  });

  it("names that JavaScript objects inherit are ordinary unknown names", () => {
    expect(errorOf(() => fromExpression("toString(x)")).message).toMatch(
      /unknown function "toString"; supported functions: sin,/,
    );
    const f = fromExpression("constructor^2 + valueOf", ["constructor", "valueOf"]);
    expect(f.value([3, 1])).toBe(10);
  });

  it("a function name used as a variable", () => {
    expect(errorOf(() => fromExpression("sin + x")).message).toContain(
      "sin is a function: call it as sin(…)",
    );
  });

  it("an unknown symbol, when the variables are given", () => {
    const { message } = errorOf(() => fromExpression("x^2 + z", ["x", "y"]));
    expect(message).toMatch(/^variables must be a list of names that covers every symbol/);
    expect(message).toContain('got ["x", "y"] (length 2): unknown symbol "z"');
    expect(message).toMatch(/\n {2}x\^2 \+ z\n {8}\^$/);
  });

  it("a product written without *, with a hint", () => {
    expect(errorOf(() => fromExpression("xy + 1", ["x", "y"])).message).toContain(
      "(for a product write x*y)",
    );
  });

  it("operators and constructs that are not a real formula", () => {
    const cases: [string, string][] = [
      ["x!", 'the operator "!" is not supported'],
      ["x > 1", 'the operator ">" is not supported'],
      ["0 < x < 1", "a comparison is not supported"],
      ["a = x", "an assignment is not supported"],
      ["x > 0 ? x : -x", "a condition is not supported"],
      ["[x, 1]", "a matrix is not supported"],
      ['"s" + x', '"s" is not a number'],
      ["x mod 2", 'the operator "mod" is not supported'],
    ];
    for (const [expression, problem] of cases) {
      expect(errorOf(() => fromExpression(expression)).message).toContain(problem);
    }
  });

  it("a constant that is not a real number", () => {
    expect(errorOf(() => fromExpression("log(-1) * x")).message).toContain(
      "expression must be real-valued",
    );
    expect(errorOf(() => fromExpression("x / 0 + 1/0")).message).toContain(
      "is not a finite real number",
    );
  });

  it("no variable at all", () => {
    expect(errorOf(() => fromExpression("2 + pi")).message).toContain("it has no variable");
  });

  it("something other than a non-empty string", () => {
    expect(errorOf(() => fromExpression("  ")).message).toMatch(/^expression must be a formula/);
    expect(errorOf(() => fromExpression(42 as unknown as string)).message).toMatch(/got 42$/);
  });
});

describe("fromExpression rejects a variables list that does not fit", () => {
  it.each<[unknown, string]>([
    [["x", "x"], "duplicates"],
    [[], "empty"],
    [["x", 1], "not names"],
    [["2x"], "not identifiers"],
    ["x", "not an array"],
  ])("%j (%s)", (variables) => {
    const { message } = errorOf(() => fromExpression("x^2", variables as string[]));
    expect(message).toMatch(/^variables must be a list of .* distinct names such as \["x", "y"\]/);
  });
});

const probes: [string, Objective][] = [
  ["fromExpression", fromExpression("x^2 + 2y^2")],
  ["rosenbrock", objectives.rosenbrock],
  ["bowl", objectives.bowl],
  ["exactFitRegression", objectives.exactFitRegression],
  ["stochastic", objectives.noisyLineRegression.stochastic({ batchSize: 4 })],
];

describe.each(probes)("%s rejects a bad point x", (_, objective) => {
  const calls: [string, (x: Vector) => unknown][] = [
    ["value", (x) => objective.value(x)],
    ["gradient", (x) => objective.gradient(x)],
    ["hessian", (x) => objective.hessian?.(x) ?? objective.value(x)],
  ];

  it.each(calls)("%s: wrong length, naming x and the accepted length", (__, call) => {
    expect(errorOf(() => call([1, 2, 3])).message).toBe(
      "x must be an array of 2 finite numbers, got [1, 2, 3] (length 3)",
    );
    expect(errorOf(() => call([])).message).toMatch(/^x must be an array of 2 finite numbers/);
  });

  it.each(calls)("%s: non-finite entries, naming the entry", (__, call) => {
    expect(errorOf(() => call([1, NaN])).message).toBe("x[1] must be a finite number, got NaN");
    expect(errorOf(() => call(Float64Array.of(Infinity, 0))).message).toBe(
      "x[0] must be a finite number, got Infinity",
    );
    expect(errorOf(() => call(["1", 2] as unknown as number[])).message).toBe(
      'x[0] must be a finite number, got "1"',
    );
  });

  it.each(calls)("%s: not an array at all", (__, call) => {
    expect(errorOf(() => call(null as unknown as number[])).message).toMatch(/^x must be an array/);
    expect(errorOf(() => call(3 as unknown as number[])).message).toMatch(/^x must be an array/);
  });

  it("gradient: an `out` of the wrong length or type", () => {
    expect(errorOf(() => objective.gradient([1, 2], new Float64Array(3))).message).toBe(
      "out must be a Float64Array of length 2, got [0, 0, 0] (length 3)",
    );
    expect(
      errorOf(() => objective.gradient([1, 2], [0, 0] as unknown as Float64Array)).message,
    ).toMatch(/^out must be a Float64Array of length 2/);
  });
});

describe("factories reject bad options, naming the parameter", () => {
  it.each([
    [
      "quadratic A not symmetric",
      () =>
        objectives.quadratic({
          A: [
            [1, 2],
            [3, 4],
          ],
        }),
      /^A must be a symmetric matrix/,
    ],
    [
      "quadratic A not square",
      () => objectives.quadratic({ A: [[1, 2]] }),
      /^A must be a square matrix/,
    ],
    [
      "quadratic A with NaN",
      () => objectives.quadratic({ A: [[NaN]] }),
      /^A\[0\]\[0\] must be a finite number/,
    ],
    [
      "quadratic b too short",
      () =>
        objectives.quadratic({
          A: [
            [1, 0],
            [0, 1],
          ],
          b: [1],
        }),
      /^b must be an array of 2 finite numbers/,
    ],
    [
      "quadratic c infinite",
      () => objectives.quadratic({ A: [[1]], c: Infinity }),
      /^c must be a finite number/,
    ],
    [
      "quadratic variables count",
      () => objectives.quadratic({ A: [[1]], variables: ["x", "y"] }),
      /^variables must be a list of 1 distinct names/,
    ],
    [
      "quadratic domain",
      () => objectives.quadratic({ A: [[1]], domain: [[2, 1]] }),
      /^domain must be 1 pair \[min, max\] of finite numbers with min < max/,
    ],
    [
      "regression ragged X",
      () => objectives.linearRegression({ X: [[1, 2], [3]], y: [1, 2] }),
      /^X\[1\] must be a row of 2 finite numbers/,
    ],
    [
      "regression y length",
      () => objectives.linearRegression({ X: [[1], [2]], y: [1] }),
      /^y must be an array of 2 finite numbers/,
    ],
    [
      "regression empty X",
      () => objectives.linearRegression({ X: [], y: [] }),
      /^X must be a m × n matrix/,
    ],
    [
      "batchSize too large",
      () => objectives.exactFitRegression.stochastic({ batchSize: 5 }),
      /^batchSize must be an integer from 1 to 4/,
    ],
    [
      "batchSize not an integer",
      () => objectives.exactFitRegression.stochastic({ batchSize: 1.5 }),
      /^batchSize must be a positive integer/,
    ],
    [
      "seed not finite",
      () => objectives.exactFitRegression.stochastic({ batchSize: 1, seed: NaN }),
      /^seed must be an integer from 0 to 4294967295, got NaN/,
    ],
    [
      "stochastic without an options object",
      () => objectives.exactFitRegression.stochastic(2 as never),
      /^stochastic options must be an object such as \{ batchSize: 2 \}, got 2/,
    ],
    [
      "xCos with a number instead of options",
      () => objectives.xCos(2 as never),
      /^xCos options must be an object such as \{ c: 2 \}, got 2/,
    ],
    [
      "rastrigin with a misspelt option",
      () => objectives.rastrigin({ n: 2 } as never),
      /^rastrigin option must be one of dim, got "n"/,
    ],
    [
      "quadratic b not an array",
      () => objectives.quadratic({ A: [[2]], b: 1 as never }),
      /^b must be an array of 1 finite number, got 1/,
    ],
    [
      "quadratic without options",
      () => objectives.quadratic(undefined as never),
      /^quadratic options must be an object such as/,
    ],
    [
      "linearRegression with a text feature",
      () => objectives.linearRegression({ X: [1, "2" as never], y: [1, 2] }),
      /^X\[1\]\[0\] must be a finite number, got "2"/,
    ],
    [
      "linearRegression fitIntercept not a boolean",
      () => objectives.linearRegression({ X: [1, 2], y: [1, 2], fitIntercept: "yes" as never }),
      /^fitIntercept must be true or false, got "yes"/,
    ],
    ["xCos c ≤ 0", () => objectives.xCos({ c: 0 }), /^c must be a finite number > 0, got 0/],
    ["rastrigin dim", () => objectives.rastrigin({ dim: 0 }), /^dim must be a positive integer/],
    [
      "fromExpression domain",
      () => fromExpression("x + y", undefined, { domain: [[0, 1]] }),
      /^domain must be 2 pairs/,
    ],
    [
      "checkGradient objective",
      () => checkGradient({} as Objective, [1]),
      /^objective must be an Objective/,
    ],
    [
      "checkGradient x",
      () => checkGradient(objectives.bowl, [1]),
      /^x must be an array of 2 finite numbers/,
    ],
    [
      "fromExpression options in the place of variables",
      () => fromExpression("x^2", { domain: [[-2, 2]] } as never),
      /^variables must be a list of names such as \["x", "y"\]; options come third: fromExpression\(expression, undefined, options\), got object/,
    ],
    [
      "fromExpression with a misspelt option",
      () => fromExpression("x^2", ["x"], { domian: [[-2, 2]] } as never),
      /^fromExpression option must be one of name, domain, got "domian"/,
    ],
    [
      "checkGradient of an objective without dim",
      () => checkGradient({ value: () => 1, gradient: () => [0] } as never, [1]),
      /^objective must be an Objective/,
    ],
    [
      "checkGradient of a gradient of the wrong shape",
      () => checkGradient({ ...objectives.bowl, gradient: () => 3 } as never, [1, 1]),
      /^objective.gradient\(x\) must be an array of 2 numbers, got 3/,
    ],
    [
      "quadratic without A",
      () => objectives.quadratic({} as never),
      /^A must be a m × n matrix given as an array of rows of finite numbers, got undefined/,
    ],
    [
      "quadratic with a misspelt option, listing the accepted names",
      () => objectives.quadratic({ A: [[2]], B: [1] } as never),
      /^quadratic option must be one of A, b, c, variables, name, domain, got "B"/,
    ],
    [
      "quadratic name not a string",
      () => objectives.quadratic({ A: [[2]], name: 3 as never }),
      /^name must be a string such as "my loss", got 3/,
    ],
    [
      "linearRegression variables that do not count the intercept",
      () =>
        objectives.linearRegression({ X: [1, 2], y: [1, 2], fitIntercept: true, variables: ["w"] }),
      /^variables must be a list of 2 distinct names/,
    ],
    [
      "linearRegression domain of the wrong size",
      () =>
        objectives.linearRegression({
          X: [1, 2],
          y: [1, 2],
          domain: [
            [0, 1],
            [0, 1],
          ],
        }),
      /^domain must be 1 pair \[min, max\]/,
    ],
    [
      "linearRegression with a misspelt option, listing the accepted names",
      () => objectives.linearRegression({ X: [1, 2], y: [1, 2], intercept: true } as never),
      /^linearRegression option must be one of X, y, fitIntercept, variables, name, domain, got "intercept"/,
    ],
    [
      "stochastic without batchSize",
      () => objectives.exactFitRegression.stochastic({} as never),
      /^batchSize must be a positive integer, got undefined/,
    ],
    [
      "fromExpression name not a string",
      () => fromExpression("x^2", undefined, { name: ["f"] as never }),
      /^name must be a string such as "my loss", got \["f"\]/,
    ],
    [
      "checkGradient tolerance not finite",
      () => checkGradient(objectives.bowl, [1, 1], { tolerance: NaN }),
      /^tolerance must be a finite number, got NaN/,
    ],
    [
      "checkGradient with a bare tolerance",
      () => checkGradient(objectives.bowl, [1, 1], 1e-3 as never),
      /^checkGradient options must be an object such as \{ tolerance: 1e-6 \}, got 0.001/,
    ],
  ])("%s", (_, action, message) => {
    expect(errorOf(action).message).toMatch(message);
  });
});
