import { describe, expect, it } from "vitest";
import { datasets, type Dataset } from "../../../lib/src/datasets";
import { countsOf } from "./helpers";

/** Index of each row of `part` in `data`, matching rows by content and label in order. */
function rowIndices(data: Dataset, part: Dataset): number[] {
  const key = (d: Dataset, i: number) => `${d.X[i].join(",")}|${d.y[i]}`;
  const positions = new Map<string, number[]>();
  data.X.forEach((_, i) => {
    const list = positions.get(key(data, i)) ?? [];
    list.push(i);
    positions.set(key(data, i), list);
  });
  return part.X.map((_, i) => (positions.get(key(part, i)) as number[]).shift() as number);
}

/** Split with row identity: a dataset whose single feature is the row index. */
function indexed(data: Dataset): Dataset {
  return { ...data, X: data.X.map((_, i) => [i]), featureNames: ["index"] };
}

describe("datasets.split", () => {
  const digits = datasets.digits();

  it.each([
    ["digits", datasets.digits(), 0.2],
    ["iris", datasets.iris(), 0.3],
    ["wine", datasets.wine(), 0.25],
    ["diabetes", datasets.diabetes(), 0.2],
  ] as const)(
    "%s: the parts are disjoint, cover every row and keep the file's order",
    (_, data, fraction) => {
      const { train, validation } = datasets.split(indexed(data), {
        validation: fraction,
        seed: 7,
      });
      const trainRows = train.X.map(([i]) => i);
      const validationRows = validation.X.map(([i]) => i);
      expect([...trainRows, ...validationRows].sort((a, b) => a - b)).toEqual(
        data.X.map((__, i) => i),
      );
      expect(trainRows).toEqual([...trainRows].sort((a, b) => a - b));
      expect(validationRows).toEqual([...validationRows].sort((a, b) => a - b));
      trainRows.forEach((i, k) => expect(train.y[k]).toBe(data.y[i]));
      validationRows.forEach((i, k) => expect(validation.y[k]).toBe(data.y[i]));
      expect(validation.X.length).toBeGreaterThan(0);
      expect(train.X.length).toBeGreaterThan(0);
    },
  );

  it("stratifies: each class sends round(fraction · count) rows to validation", () => {
    for (const fraction of [0.1, 0.2, 0.25, 0.5, 0.9]) {
      const { train, validation } = datasets.split(digits, { validation: fraction, seed: 3 });
      const total = countsOf(digits.y);
      const inValidation = countsOf(validation.y);
      const inTrain = countsOf(train.y);
      total.forEach((count, label) => {
        expect(inValidation[label]).toBe(Math.round(fraction * count));
        expect(Math.abs(inValidation[label] - fraction * count)).toBeLessThanOrEqual(1);
        expect(inTrain[label] + inValidation[label]).toBe(count);
      });
    }
    const { validation } = datasets.split(datasets.iris(), { validation: 0.2 });
    expect(countsOf(validation.y)).toEqual([10, 10, 10]);
  });

  it("keeps the real rows: every row of a part is a row of the data with its label", () => {
    const { train, validation } = datasets.split(digits, { validation: 0.2, seed: 5 });
    const indices = [...rowIndices(digits, train), ...rowIndices(digits, validation)];
    expect(new Set(indices).size).toBe(digits.X.length);
  });

  it("gives the same split for the same seed and a different one for a different seed", () => {
    const a = datasets.split(digits, { validation: 0.2, seed: 11 });
    const b = datasets.split(digits, { validation: 0.2, seed: 11 });
    const c = datasets.split(digits, { validation: 0.2, seed: 12 });
    expect(b.validation.X).toEqual(a.validation.X);
    expect(b.train.y).toEqual(a.train.y);
    expect(c.validation.X).not.toEqual(a.validation.X);
    expect(c.validation.X).toHaveLength(a.validation.X.length);
  });

  it("uses seed 0 by default", () => {
    const byDefault = datasets.split(digits, { validation: 0.2 });
    const seeded = datasets.split(digits, { validation: 0.2, seed: 0 });
    expect(byDefault.validation.X).toEqual(seeded.validation.X);
  });

  it("is not simply the first or last rows", () => {
    const { validation } = datasets.split(indexed(digits), { validation: 0.2, seed: 1 });
    const rows = validation.X.map(([i]) => i);
    expect(rows.some((i) => i < 300)).toBe(true);
    expect(rows.some((i) => i > 1500)).toBe(true);
  });

  it("splits regression data unstratified: round(fraction · rows) rows to validation", () => {
    const diabetes = datasets.diabetes();
    const { train, validation } = datasets.split(diabetes, { validation: 0.2, seed: 2 });
    expect(validation.X).toHaveLength(Math.round(0.2 * 442));
    expect(train.X).toHaveLength(442 - 88);
    expect(train.task).toBe("regression");
    expect(train.classNames).toBeUndefined();
    const again = datasets.split(diabetes, { validation: 0.2, seed: 2, stratify: false });
    expect(again.validation.y).toEqual(validation.y);
  });

  it("can split classification data unstratified", () => {
    const { validation } = datasets.split(digits, { validation: 0.2, stratify: false, seed: 4 });
    expect(validation.X).toHaveLength(Math.round(0.2 * 1797));
  });

  it("names the parts and keeps the metadata; the parts are frozen", () => {
    const { train, validation } = datasets.split(datasets.iris(), { validation: 0.2 });
    expect(train.name).toBe("iris (train)");
    expect(validation.name).toBe("iris (validation)");
    expect(train.task).toBe("classification");
    expect(validation.classNames).toEqual(["setosa", "versicolor", "virginica"]);
    expect(validation.featureNames).toEqual(datasets.iris().featureNames);
    expect(Object.isFrozen(train.X[0])).toBe(true);
    expect(Object.isFrozen(validation.y)).toBe(true);
  });

  it("accepts a learner's own dataset and does not change it", () => {
    const mine: Dataset = {
      name: "mine",
      task: "classification",
      X: [[0], [1], [2], [3], [4], [5]],
      y: [0, 0, 0, 1, 1, 1],
      featureNames: ["x"],
    };
    const { train, validation } = datasets.split(mine, { validation: 0.34 });
    expect(countsOf(validation.y)).toEqual([1, 1]);
    expect(countsOf(train.y)).toEqual([2, 2]);
    expect(mine.X).toEqual([[0], [1], [2], [3], [4], [5]]);
    expect(Object.isFrozen(mine.X)).toBe(false);
  });

  it("matches the example in its documentation", () => {
    const { train, validation } = datasets.split(datasets.digits(), { validation: 0.2, seed: 1 });
    expect(train.X.length).toBe(1438);
    expect(validation.X.length).toBe(359);
  });
});
