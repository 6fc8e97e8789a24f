import { describe, invalid } from "../errors";

/**
 * A table of examples: features `X` (one row per example) and their labels or targets `y`. The
 * bundled datasets are frozen (deeply), so a lesson cannot change them by accident; copy a row
 * (`[...X[0]]`) or use `datasets.standardize` to get numbers you may change.
 */
export interface Dataset {
  /** Display name, e.g. "digits", or "digits (train)" after a split. */
  readonly name: string;
  /** Classification: `y` holds class labels 0 … k−1. Regression: `y` holds real-valued targets. */
  readonly task: "classification" | "regression";
  /** Features, one row per example, in the file's row order. */
  readonly X: readonly (readonly number[])[];
  /** One label (classification) or target (regression) per row of `X`. */
  readonly y: readonly number[];
  /** One name per column of `X`. */
  readonly featureNames: readonly string[];
  /** Classification only: the name of each label, e.g. classNames[0] is "setosa" for iris. */
  readonly classNames?: readonly string[];
}

/** Deep-freezes a dataset's arrays and the dataset itself. */
export function freezeDataset(data: Dataset): Dataset {
  for (const row of data.X) Object.freeze(row);
  Object.freeze(data.X);
  Object.freeze(data.y);
  Object.freeze(data.featureNames);
  if (data.classNames !== undefined) Object.freeze(data.classNames);
  return Object.freeze(data);
}

const EXAMPLE = "datasets.digits()";

/**
 * Checks that `value` is a Dataset: a name, a task, a non-empty rectangular X of finite numbers,
 * one y per row (integer labels ≥ 0 for classification) and one feature name per column.
 */
export function requireDataset(parameter: string, value: Dataset): Dataset {
  const shape = value as unknown as Record<string, unknown>;
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    typeof shape.name !== "string" ||
    !Array.isArray(shape.X) ||
    !Array.isArray(shape.y) ||
    !Array.isArray(shape.featureNames)
  ) {
    throw invalid(
      parameter,
      `a Dataset { name, task, X, y, featureNames } such as ${EXAMPLE}`,
      value,
    );
  }
  if (value.task !== "classification" && value.task !== "regression") {
    throw invalid(`${parameter}.task`, '"classification" or "regression"', value.task);
  }
  const { X, y, featureNames } = value;
  const width = featureNames.length;
  if (X.length === 0) throw invalid(`${parameter}.X`, "at least one row", X);
  X.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width || !row.every(Number.isFinite)) {
      throw invalid(
        `${parameter}.X[${i}]`,
        `a row of ${width} finite numbers (one per feature name)`,
        row,
      );
    }
  });
  if (y.length !== X.length) {
    throw invalid(`${parameter}.y`, `${X.length} numbers (one per row of X)`, y);
  }
  y.forEach((target, i) => {
    const ok =
      value.task === "classification"
        ? Number.isInteger(target) && target >= 0
        : Number.isFinite(target);
    if (!ok) {
      const accepted =
        value.task === "classification" ? "a class label (an integer ≥ 0)" : "a finite number";
      throw invalid(`${parameter}.y[${i}]`, accepted, target);
    }
  });
  return value;
}

/** `class 3 ("3")`, or `class 3` when the dataset has no class names. */
export function className(data: Dataset, label: number): string {
  const name = data.classNames?.[label];
  return name === undefined ? `class ${label}` : `class ${label} (${describe(name)})`;
}
