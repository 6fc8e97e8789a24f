import { describe, expect, it } from "vitest";
import { datasets } from "../../../lib/src/datasets";

function columnStats(X: readonly (readonly number[])[], j: number): { mean: number; std: number } {
  const values = X.map((row) => row[j]);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return { mean, std };
}

describe("datasets.image", () => {
  it("reshapes a digit's 64 pixels into 8 rows of 8", () => {
    const row = datasets.digits().X[0];
    const picture = datasets.image(row);
    expect(picture).toHaveLength(8);
    expect(picture[0]).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
    expect(picture[7]).toEqual([0, 0, 6, 13, 10, 0, 0, 0]);
    picture.forEach((line, r) => expect(line).toEqual(row.slice(8 * r, 8 * r + 8)));
  });

  it("takes another width and typed arrays, and returns a fresh array", () => {
    expect(datasets.image([1, 2, 3, 4, 5, 6], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(datasets.image(Float64Array.of(1, 2, 3, 4), 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const picture = datasets.image(datasets.digits().X[1]);
    picture[0][0] = 99;
    expect(datasets.digits().X[1][0]).toBe(0);
  });
});

describe("datasets.standardize", () => {
  it("gives every non-constant column mean 0 and population std 1", () => {
    const wine = datasets.wine();
    const Z = datasets.standardize(wine.X);
    expect(Z).toHaveLength(178);
    for (let j = 0; j < 13; j++) {
      const { mean, std } = columnStats(Z, j);
      expect(mean).toBeCloseTo(0, 10);
      expect(std).toBeCloseTo(1, 10);
    }
  });

  it("only centres a constant column (digits' always-blank pixels)", () => {
    const digits = datasets.digits();
    const Z = datasets.standardize(digits.X);
    const blank = digits.featureNames.findIndex((_, j) => columnStats(digits.X, j).std === 0);
    expect(blank).toBeGreaterThanOrEqual(0);
    expect(Z.every((row) => row[blank] === 0)).toBe(true);
    expect(Z.flat().every(Number.isFinite)).toBe(true);
    expect(
      datasets.standardize([
        [1, 5],
        [3, 5],
      ]),
    ).toEqual([
      [-1, 0],
      [1, 0],
    ]);
    expect(
      datasets.standardize(
        [
          [2, 7],
          [2, 9],
        ],
        [
          [1, 7],
          [1, 7],
        ],
      ),
    ).toEqual([
      [1, 0],
      [1, 2],
    ]);
  });

  it("uses the reference rows' mean and std, not X's", () => {
    const { train, validation } = datasets.split(datasets.diabetes(), { validation: 0.25 });
    const Z = datasets.standardize(validation.X, train.X);
    for (let j = 0; j < 10; j++) {
      const reference = columnStats(train.X, j);
      validation.X.forEach((row, i) => {
        expect(Z[i][j]).toBeCloseTo((row[j] - reference.mean) / reference.std, 10);
      });
    }
    expect(datasets.standardize([[0], [10]], [[4], [6]])).toEqual([[-5], [5]]);
    // The training rows standardized against themselves: mean 0, std 1.
    const trainZ = datasets.standardize(train.X, train.X);
    expect(columnStats(trainZ, 2).mean).toBeCloseTo(0, 10);
    expect(columnStats(trainZ, 2).std).toBeCloseTo(1, 10);
  });

  it("returns new rows and leaves X as it was", () => {
    const X = [
      [1, 2],
      [3, 6],
    ];
    const Z = datasets.standardize(X);
    expect(X).toEqual([
      [1, 2],
      [3, 6],
    ]);
    Z[0][0] = 42;
    expect(X[0][0]).toBe(1);
  });
});
