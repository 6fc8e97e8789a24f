import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { freezeDataset, type Dataset } from "./dataset";

/**
 * lib/data: lib/src/datasets (vitest, tsx) and lib/dist/datasets (the built package) are at the
 * same depth below lib/.
 */
const DATA_FOLDER = join(__dirname, "..", "..", "data");

/** A bundled file's lines, gunzipped when its name ends in .gz. */
function readLines(file: string): string[] {
  const bytes = readFileSync(join(DATA_FOLDER, file));
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8").split("\n");
}

/**
 * The non-empty `lines` of `file`, each split on `separator` into numbers; fails loudly unless
 * they are m rows of `columns` finite numbers (a packaging mistake).
 */
function numberRows(
  file: string,
  lines: readonly string[],
  separator: RegExp,
  m: number,
  columns: number,
): number[][] {
  const rows = lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(separator).map(Number));
  const bad = rows.findIndex((row) => row.length !== columns || !row.every(Number.isFinite));
  if (rows.length !== m || bad >= 0) {
    throw new Error(
      `lrlab's bundled ${file} is damaged: expected ${m} rows of ${columns} numbers` +
        (bad >= 0 ? `, row ${bad} is not` : `, got ${rows.length} rows`),
    );
  }
  return rows;
}

/**
 * A classification dataset from scikit-learn's labelled CSV: a header
 * `m,n,className0,className1,…`, then rows of n features and an integer label.
 */
function labelledCsv(name: string, file: string, featureNames: string[]): Dataset {
  const [header, ...lines] = readLines(file);
  const [m, n, ...classNames] = header.trim().split(",");
  const rows = numberRows(file, lines, /,/, Number(m), Number(n) + 1);
  return {
    name,
    task: "classification",
    X: rows.map((row) => row.slice(0, -1)),
    y: rows.map((row) => row[row.length - 1]),
    classNames,
    featureNames,
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
  const rows = numberRows(file, readLines(file), /,/, 1797, 65);
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
  return labelledCsv("iris", "iris.csv", [
    "sepal length (cm)",
    "sepal width (cm)",
    "petal length (cm)",
    "petal width (cm)",
  ]);
}

export function loadWine(): Dataset {
  return labelledCsv("wine", "wine_data.csv", [
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
  ]);
}

export function loadDiabetes(): Dataset {
  const dataFile = "diabetes_data_raw.csv.gz";
  const targetFile = "diabetes_target.csv.gz";
  const X = numberRows(dataFile, readLines(dataFile), /\s+/, 442, 10);
  const targets = numberRows(targetFile, readLines(targetFile), /\s+/, 442, 1);
  return {
    name: "diabetes",
    task: "regression",
    X,
    y: targets.map(([target]) => target),
    featureNames: ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"],
  };
}
