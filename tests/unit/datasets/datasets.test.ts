import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { objectives } from "../../../lib/src/objectives";
import { describe, expect, it } from "vitest";
import * as lrlab from "../../../lib/src";
import { datasets, type Dataset } from "../../../lib/src/datasets";
import { DATA_FOLDER, countsOf, rawText } from "./helpers";

function expectShape(data: Dataset, m: number, n: number): void {
  expect(data.X).toHaveLength(m);
  expect(data.y).toHaveLength(m);
  expect(data.featureNames).toHaveLength(n);
  expect(new Set(data.featureNames).size).toBe(n);
  for (const row of data.X) {
    expect(row).toHaveLength(n);
    expect(row.every(Number.isFinite)).toBe(true);
  }
}

describe("the bundled data files", () => {
  const readme = readFileSync(join(DATA_FOLDER, "README.md"), "utf8");
  const files = [
    "digits.csv.gz",
    "iris.csv",
    "wine_data.csv",
    "diabetes_data_raw.csv.gz",
    "diabetes_target.csv.gz",
  ];

  it("are exactly the five files and the README", () => {
    expect(readdirSync(DATA_FOLDER).sort()).toEqual([...files, "README.md"].sort());
  });

  it.each(files)("%s has the sha256 that README.md states", (file) => {
    const row = readme
      .split("\n")
      .find((line) => line.includes(`\`${file}\``) && line.startsWith("|"));
    const stated = row?.match(/`([0-9a-f]{64})`/)?.[1];
    expect(stated).toBeDefined();
    const actual = createHash("sha256")
      .update(readFileSync(join(DATA_FOLDER, file)))
      .digest("hex");
    expect(actual).toBe(stated);
  });

  it("are shipped with the package", () => {
    const manifest = JSON.parse(readFileSync(join(DATA_FOLDER, "..", "package.json"), "utf8")) as {
      files: string[];
    };
    expect(manifest.files).toContain("data");
  });
});

describe("datasets.digits", () => {
  const digits = datasets.digits();

  // 115,000 pixel checks: over a second on a busy machine, so more room than the 5 s default.
  it("has 1797 images of 64 pixels, each 0–16, and labels 0–9", { timeout: 30_000 }, () => {
    expect(digits.name).toBe("digits");
    expect(digits.task).toBe("classification");
    expectShape(digits, 1797, 64);
    for (const row of digits.X) {
      for (const pixel of row) {
        expect(Number.isInteger(pixel) && pixel >= 0 && pixel <= 16).toBe(true);
      }
    }
    expect(Math.max(...digits.X.flat())).toBe(16);
    expect(digits.classNames).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(digits.featureNames[0]).toBe("pixel_0_0");
    expect(digits.featureNames[9]).toBe("pixel_1_1");
    expect(digits.featureNames[63]).toBe("pixel_7_7");
  });

  it("has UCI's class counts, and the same counts as the file read independently", () => {
    const known = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];
    expect(countsOf(digits.y)).toEqual(known);
    const fromFile = rawText("digits.csv.gz")
      .trim()
      .split("\n")
      .map((line) => Number(line.split(",")[64]));
    expect(countsOf(fromFile)).toEqual(known);
    expect(digits.y).toEqual(fromFile);
  });

  it("keeps the file's rows in order", () => {
    expect(digits.X[0]).toEqual([
      0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0,
      8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6,
      13, 10, 0, 0, 0,
    ]);
    expect(digits.y.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const lines = rawText("digits.csv.gz").trim().split("\n");
    for (const i of [1, 500, 1796]) {
      expect(digits.X[i]).toEqual(lines[i].split(",").slice(0, 64).map(Number));
    }
  });
});

describe("datasets.iris", () => {
  const iris = datasets.iris();

  it("has 150 flowers of 4 measurements in 3 classes of 50", () => {
    expect(iris.name).toBe("iris");
    expect(iris.task).toBe("classification");
    expectShape(iris, 150, 4);
    expect(countsOf(iris.y)).toEqual([50, 50, 50]);
    expect(iris.classNames).toEqual(["setosa", "versicolor", "virginica"]);
    expect(iris.featureNames).toEqual([
      "sepal length (cm)",
      "sepal width (cm)",
      "petal length (cm)",
      "petal width (cm)",
    ]);
    const flat = iris.X.flat();
    expect(Math.min(...flat)).toBe(0.1);
    expect(Math.max(...flat)).toBe(7.9);
  });

  it("starts with 5.1, 3.5, 1.4, 0.2 (setosa) and ends with 5.9, 3.0, 5.1, 1.8 (virginica)", () => {
    expect(iris.X[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(iris.classNames?.[iris.y[0]]).toBe("setosa");
    expect(iris.X[149]).toEqual([5.9, 3.0, 5.1, 1.8]);
    expect(iris.y[149]).toBe(2);
  });
});

describe("datasets.wine", () => {
  const wine = datasets.wine();

  it("has 178 wines of 13 measurements in classes of 59, 71 and 48", () => {
    expect(wine.name).toBe("wine");
    expectShape(wine, 178, 13);
    expect(countsOf(wine.y)).toEqual([59, 71, 48]);
    expect(wine.classNames).toEqual(["class_0", "class_1", "class_2"]);
    expect(wine.featureNames[0]).toBe("alcohol");
    expect(wine.featureNames[12]).toBe("proline");
    expect(wine.X[0]).toEqual([
      14.23, 1.71, 2.43, 15.6, 127, 2.8, 3.06, 0.28, 2.29, 5.64, 1.04, 3.92, 1065,
    ]);
    const proline = wine.X.map((row) => row[12]);
    expect(Math.min(...proline)).toBe(278);
    expect(Math.max(...proline)).toBe(1680);
  });
});

describe("datasets.diabetes", () => {
  const diabetes = datasets.diabetes();

  it("has 442 patients of 10 raw features and a regression target in 25 … 346", () => {
    expect(diabetes.name).toBe("diabetes");
    expect(diabetes.task).toBe("regression");
    expect(diabetes.classNames).toBeUndefined();
    expectShape(diabetes, 442, 10);
    expect(diabetes.featureNames).toEqual([
      "age",
      "sex",
      "bmi",
      "bp",
      "s1",
      "s2",
      "s3",
      "s4",
      "s5",
      "s6",
    ]);
    expect(Math.min(...diabetes.y)).toBe(25);
    expect(Math.max(...diabetes.y)).toBe(346);
    expect(new Set(diabetes.X.map((row) => row[1]))).toEqual(new Set([1, 2]));
    const ages = diabetes.X.map((row) => row[0]);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(80);
  });

  it("starts with the raw file's first row and target 151", () => {
    expect(diabetes.X[0]).toEqual([59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87]);
    expect(diabetes.y[0]).toBe(151);
    expect(diabetes.y.slice(0, 3)).toEqual([151, 75, 141]);
    expect(diabetes.X[441]).toEqual(
      rawText("diabetes_data_raw.csv.gz").trim().split("\n")[441].trim().split(/\s+/).map(Number),
    );
  });
});

describe("caching", () => {
  it("parses once and returns the same frozen object, which cannot be changed", () => {
    for (const load of [datasets.digits, datasets.iris, datasets.wine, datasets.diabetes]) {
      const data = load();
      expect(load()).toBe(data);
      expect(Object.isFrozen(data)).toBe(true);
      expect(Object.isFrozen(data.X)).toBe(true);
      expect(Object.isFrozen(data.X[0])).toBe(true);
      expect(Object.isFrozen(data.y)).toBe(true);
      expect(Object.isFrozen(data.featureNames)).toBe(true);
      expect(() => {
        (data.X[0] as number[])[0] = 99;
      }).toThrow(TypeError);
      expect(() => {
        (data.y as number[]).push(1);
      }).toThrow(TypeError);
    }
    expect(datasets.iris().X[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
  });
});

describe("the package entry point", () => {
  it("exports the datasets namespace", () => {
    expect(lrlab.datasets).toBe(datasets);
    expect(Object.keys(datasets).sort()).toEqual(
      ["diabetes", "digits", "image", "iris", "split", "standardize", "wine"].sort(),
    );
  });
});

describe("diabetes as a regression problem", () => {
  it("gives linear regression a real 2/L, about 18 000 times larger once the features are standardised", () => {
    const { X, y } = datasets.diabetes();
    const raw = objectives.linearRegression({ X, y, fitIntercept: true });
    const scaled = objectives.linearRegression({
      X: datasets.standardize(X),
      y,
      fitIntercept: true,
    });
    // Raw features range from sex (1 or 2) to total cholesterol s1 (about 100 to 300): XᵀX/m is
    // dominated by the largest ones. Standardised, every column has variance 1.
    expect(raw.smoothness).toBeGreaterThan(7e4);
    expect(scaled.smoothness).toBeGreaterThan(1);
    expect(scaled.smoothness).toBeLessThan(11); // at most 1 (intercept) + 10 columns of variance 1
    expect(raw.smoothness / scaled.smoothness).toBeGreaterThan(1.5e4);
    // The stability limit of full-batch gradient descent on the standardised problem.
    expect(2 / scaled.smoothness).toBeCloseTo(0.497, 3);
  });
});
