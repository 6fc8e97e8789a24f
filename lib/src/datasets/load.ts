import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { freezeDataset, type Dataset } from "./dataset";

/**
 * lib/data: lib/src/datasets (vitest, tsx) and lib/dist/datasets (the built package) are at the
 * same depth below lib/.
 */
const DATA_FOLDER = join(__dirname, "..", "..", "data");

/** A bundled file's text, gunzipped when its name ends in .gz. */
function readDataFile(file: string): string {
  const bytes = readFileSync(join(DATA_FOLDER, file));
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

/** Non-empty lines, each split on `separator` into numbers. */
function numberRows(text: string, separator: RegExp): number[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(separator).map(Number));
}

/** Fails loudly if a bundled file is not what this module expects (a packaging mistake). */
function expectShape(file: string, rows: readonly number[][], m: number, columns: number): void {
  const bad = rows.findIndex((row) => row.length !== columns || !row.every(Number.isFinite));
  if (rows.length !== m || bad >= 0) {
    throw new Error(
      `lrlab's bundled ${file} is damaged: expected ${m} rows of ${columns} numbers` +
        (bad >= 0 ? `, row ${bad} is not` : `, got ${rows.length} rows`),
    );
  }
}

/**
 * scikit-learn's labelled CSV: a header `m,n,className0,className1,…`, then rows of n features
 * and an integer label.
 */
function labelledCsv(file: string): {
  X: number[][];
  y: number[];
  classNames: string[];
} {
  const [header, ...lines] = readDataFile(file).split("\n");
  const [m, n, ...classNames] = header.trim().split(",");
  const rows = numberRows(lines.join("\n"), /,/);
  expectShape(file, rows, Number(m), Number(n) + 1);
  return {
    X: rows.map((row) => row.slice(0, -1)),
    y: rows.map((row) => row[row.length - 1]),
    classNames,
  };
}

const cache = new Map<string, Dataset>();

/** Parses a dataset on first use; later calls return the same frozen object. */
export function cached(name: string, parse: () => Dataset): Dataset {
  let data = cache.get(name);
  if (data === undefined) {
    data = freezeDataset(parse());
    cache.set(name, data);
  }
  return data;
}

export function loadDigits(): Dataset {
  const file = "digits.csv.gz";
  const rows = numberRows(readDataFile(file), /,/);
  expectShape(file, rows, 1797, 65);
  return {
    name: "digits",
    task: "classification",
    X: rows.map((row) => row.slice(0, 64)),
    y: rows.map((row) => row[64]),
    featureNames: Array.from({ length: 64 }, (_, j) => `pixel_${Math.floor(j / 8)}_${j % 8}`),
    classNames: Array.from({ length: 10 }, (_, k) => String(k)),
  };
}

export function loadIris(): Dataset {
  return {
    name: "iris",
    task: "classification",
    ...labelledCsv("iris.csv"),
    featureNames: [
      "sepal length (cm)",
      "sepal width (cm)",
      "petal length (cm)",
      "petal width (cm)",
    ],
  };
}

export function loadWine(): Dataset {
  return {
    name: "wine",
    task: "classification",
    ...labelledCsv("wine_data.csv"),
    featureNames: [
      "alcohol",
      "malic_acid",
      "ash",
      "alcalinity_of_ash",
      "magnesium",
      "total_phenols",
      "flavanoids",
      "nonflavanoid_phenols",
      "proanthocyanins",
      "color_intensity",
      "hue",
      "od280/od315_of_diluted_wines",
      "proline",
    ],
  };
}

export function loadDiabetes(): Dataset {
  const X = numberRows(readDataFile("diabetes_data_raw.csv.gz"), /\s+/);
  expectShape("diabetes_data_raw.csv.gz", X, 442, 10);
  const targets = numberRows(readDataFile("diabetes_target.csv.gz"), /\s+/);
  expectShape("diabetes_target.csv.gz", targets, 442, 1);
  return {
    name: "diabetes",
    task: "regression",
    X,
    y: targets.map(([target]) => target),
    featureNames: ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"],
  };
}
