import { describe, expect, it } from "vitest";
import { datasets, type Dataset } from "../../../lib/src/datasets";
import { errorOf } from "./helpers";

const digits = datasets.digits();
const iris = datasets.iris();
// Calls as a learner in an untyped notebook cell might write them.
const split = datasets.split as (data: unknown, options?: unknown) => unknown;
const image = datasets.image as (row: unknown, width?: unknown) => unknown;
const standardize = datasets.standardize as (X: unknown, reference?: unknown) => unknown;

describe("datasets.split rejects bad input, naming the parameter", () => {
  it.each([1.5, 0, 1, -0.2, Number.NaN, "0.2"])("validation %s", (fraction) => {
    expect(errorOf(() => split(digits, { validation: fraction })).message).toBe(
      `validation must be a number in (0, 1), got ${typeof fraction === "string" ? `"${fraction}"` : fraction}`,
    );
  });

  it("a missing validation fraction", () => {
    expect(errorOf(() => split(digits, {})).message).toBe(
      "validation must be a number in (0, 1), got undefined",
    );
  });

  it("options that are not an object, or a misspelt option", () => {
    expect(errorOf(() => split(digits, 0.2)).message).toBe(
      "split options must be an object such as { validation: 0.2 }, got 0.2",
    );
    expect(errorOf(() => split(digits)).message).toBe(
      "split options must be an object such as { validation: 0.2 }, got undefined",
    );
    expect(errorOf(() => split(digits, { validation: 0.2, shuffle: true })).message).toBe(
      'split option must be one of validation, seed, stratify, got "shuffle"',
    );
  });

  it.each([-1, 1.5, 2 ** 32, "1"])("seed %s", (seed) => {
    expect(errorOf(() => split(digits, { validation: 0.2, seed })).message).toMatch(
      /^seed must be an integer from 0 to 4294967295, got /,
    );
  });

  it("a stratify that is not a boolean, or stratify on regression data", () => {
    expect(errorOf(() => split(iris, { validation: 0.2, stratify: "yes" })).message).toBe(
      'stratify must be true or false, got "yes"',
    );
    expect(
      errorOf(() => split(datasets.diabetes(), { validation: 0.2, stratify: true })).message,
    ).toBe(
      'stratify must be false for a regression dataset such as "diabetes" (its targets are not classes), got true',
    );
  });

  it("a fraction that leaves a class no validation rows, naming the class", () => {
    expect(errorOf(() => split(iris, { validation: 0.005 })).message).toBe(
      'validation must be a fraction that leaves every class rows in both parts, got 0.005: class 0 ("setosa") has 50 rows, and round(0.005 · 50) = 0 would go to validation',
    );
  });

  it("a fraction that leaves a class no training rows, naming the class", () => {
    expect(errorOf(() => split(iris, { validation: 0.995 })).message).toBe(
      'validation must be a fraction that leaves every class rows in both parts, got 0.995: class 0 ("setosa") has 50 rows, and round(0.995 · 50) = 50 would go to validation, leaving none for training',
    );
    const small: Dataset = {
      name: "small",
      task: "classification",
      X: [[0], [1], [2], [3], [4]],
      y: [0, 0, 0, 0, 1],
      featureNames: ["x"],
    };
    expect(errorOf(() => split(small, { validation: 0.5 })).message).toBe(
      "validation must be a fraction that leaves every class rows in both parts, got 0.5: class 1 has 1 rows, and round(0.5 · 1) = 1 would go to validation, leaving none for training",
    );
  });

  it("an unstratified fraction that leaves a part empty", () => {
    const tiny: Dataset = {
      name: "tiny",
      task: "regression",
      X: [[0], [1], [2]],
      y: [0, 1, 2],
      featureNames: ["x"],
    };
    expect(errorOf(() => split(tiny, { validation: 0.1 })).message).toBe(
      "validation must be a fraction that leaves rows in both parts, got 0.1: of the 3 rows, round(0.1 · 3) = 0 would go to validation",
    );
  });

  it.each([
    ["a number", 5, "got 5"],
    ["an array", [[1, 2]], "got [[1, 2] (length 2)] (length 1)"],
    ["the loader itself, not called", datasets.digits, "got function"],
    ["null", null, "got null"],
  ])("data that is not a Dataset: %s", (_, data, got) => {
    expect(errorOf(() => split(data, { validation: 0.2 })).message).toBe(
      `data must be a Dataset { name, task, X, y, featureNames } such as datasets.digits(), ${got}`,
    );
  });

  it("a dataset with a bad task, ragged X, the wrong number of labels or non-integer labels", () => {
    const base = {
      name: "mine",
      task: "classification",
      X: [[0], [1], [2], [3]],
      y: [0, 0, 1, 1],
      featureNames: ["x"],
    };
    expect(errorOf(() => split({ ...base, task: "clustering" }, { validation: 0.5 })).message).toBe(
      'data.task must be "classification" or "regression", got "clustering"',
    );
    expect(
      errorOf(() => split({ ...base, X: [[0], [1, 2], [2], [3]] }, { validation: 0.5 })).message,
    ).toBe(
      "data.X[1] must be a row of 1 finite numbers (one per feature name), got [1, 2] (length 2)",
    );
    expect(errorOf(() => split({ ...base, y: [0, 1] }, { validation: 0.5 })).message).toBe(
      "data.y must be 4 numbers (one per row of X), got [0, 1] (length 2)",
    );
    expect(errorOf(() => split({ ...base, y: [0, 0.5, 1, 1] }, { validation: 0.5 })).message).toBe(
      "data.y[1] must be a class label (an integer ≥ 0), got 0.5",
    );
    expect(errorOf(() => split({ ...base, X: [], y: [] }, { validation: 0.5 })).message).toBe(
      "data.X must be at least one row, got [] (length 0)",
    );
  });
});

describe("datasets.image rejects bad input, naming the parameter", () => {
  it("a row whose length is not a multiple of the width", () => {
    expect(errorOf(() => image(digits.X[0].slice(0, 63))).message).toBe(
      "row must be an array whose length is a multiple of width (8), got [0, 0, 5, 13, 9, 1, …] (length 63)",
    );
    expect(errorOf(() => image([1, 2, 3, 4], 3)).message).toBe(
      "row must be an array whose length is a multiple of width (3), got [1, 2, 3, 4] (length 4)",
    );
    expect(errorOf(() => image([])).message).toBe(
      "row must be an array whose length is a multiple of width (8), got [] (length 0)",
    );
  });

  it("a whole matrix or a number instead of a row, or a non-number pixel", () => {
    expect(errorOf(() => image(5)).message).toBe(
      "row must be an array of pixel values such as X[0], got 5",
    );
    expect(errorOf(() => image([[1, 2, 3, 4, 5, 6, 7, 8]])).message).toBe(
      "row must be an array whose length is a multiple of width (8), got [[1, 2, 3, 4, 5, 6, …] (length 8)] (length 1)",
    );
    expect(errorOf(() => image([1, 2, "3", 4], 2)).message).toBe(
      'row[2] must be a finite number, got "3"',
    );
  });

  it.each([0, -8, 2.5, "8"])("width %s", (width) => {
    expect(errorOf(() => image(digits.X[0], width)).message).toMatch(
      /^width must be a positive integer, got /,
    );
  });
});

describe("datasets.standardize rejects bad input, naming the parameter", () => {
  it("ragged rows", () => {
    expect(errorOf(() => standardize([[1, 2], [3]])).message).toBe(
      "X[1] must be a row of 2 finite numbers, got [3] (length 1)",
    );
  });

  it("no rows, or not a matrix", () => {
    expect(errorOf(() => standardize([])).message).toBe(
      "X must be a m × n matrix given as an array of rows of finite numbers, got [] (length 0)",
    );
    expect(errorOf(() => standardize([1, 2, 3])).message).toBe(
      "X[0] must be a row of n ≥ 1 finite numbers, got 1",
    );
    expect(errorOf(() => standardize([[1, Number.NaN]])).message).toBe(
      "X[0][1] must be a finite number, got NaN",
    );
  });

  it("a reference of a different width", () => {
    expect(errorOf(() => standardize(iris.X, digits.X)).message).toBe(
      "reference must have rows of 4 numbers (as many as X's), got reference[0] = [0, 0, 5, 13, 9, 1, …] (length 64)",
    );
    expect(errorOf(() => standardize([[1, 2]], [[1, 2], [3]])).message).toBe(
      "reference must have rows of 2 numbers (as many as X's), got reference[1] = [3] (length 1)",
    );
  });

  it("an empty or non-matrix reference", () => {
    expect(errorOf(() => standardize([[1, 2]], [])).message).toBe(
      "reference must be rows of 2 finite numbers (as many columns as X), got [] (length 0)",
    );
    expect(errorOf(() => standardize([[1, 2]], 3)).message).toBe(
      "reference must be rows of 2 finite numbers (as many columns as X), got 3",
    );
    expect(errorOf(() => standardize([[1, 2]], [[1, Infinity]])).message).toBe(
      "reference[0][1] must be a finite number, got Infinity",
    );
  });
});
