import {
  LrlabError,
  invalid,
  parseOptions,
  requireBoolean,
  requireOpenUnitInterval,
  requireSeed,
  REQUIRED,
} from "../errors";
import { seededRandom, shuffle } from "../random";
import { className, freezeDataset, requireDataset, type Dataset } from "./dataset";

export interface SplitOptions {
  /** The fraction of rows that go to the validation part, in (0, 1). */
  validation: number;
  /** Seed of the shuffle, an integer from 0 to 2³² − 1; 0 by default. */
  seed?: number;
  /**
   * Split each class separately, so both parts keep the class proportions. True by default for
   * classification; regression data cannot be stratified.
   */
  stratify?: boolean;
}

export interface DatasetSplit {
  readonly train: Dataset;
  readonly validation: Dataset;
}

/**
 * Splits a dataset into a training and a validation part, at random but reproducibly: the same
 * seed gives the same split. The parts are disjoint, cover every row, and keep the file's row
 * order. Stratified (the default for classification), each class sends round(validation · its
 * count) of its rows to validation (halves round up, as Math.round does), so both parts keep the
 * class proportions to within one row per class; a fraction that would leave a class with no row
 * in either part is an error. Unstratified, round(validation · rows) rows go to validation. The
 * parts are named "<name> (train)" and "<name> (validation)", and are frozen like the bundled data.
 *
 * Example:
 *
 * ```ts
 * const { train, validation } = datasets.split(datasets.digits(), { validation: 0.2, seed: 1 });
 * train.X.length; // → 1438
 * validation.X.length; // → 359
 * validation.name; // → "digits (validation)"
 * ```
 */
export function split(data: Dataset, options: SplitOptions): DatasetSplit {
  requireDataset("data", data);
  const classification = data.task === "classification";
  const { validation, seed, stratify } = parseOptions(
    "split",
    options,
    {
      validation: [REQUIRED, requireOpenUnitInterval],
      seed: [0, requireSeed],
      stratify: [classification, requireBoolean],
    },
    "{ validation: 0.2 }",
  );
  if (stratify && !classification) {
    throw invalid(
      "stratify",
      `false for a regression dataset such as ${JSON.stringify(data.name)} (its targets are not classes)`,
      stratify,
    );
  }

  const m = data.X.length;
  const groups = new Map<number, number[]>();
  data.y.forEach((label, i) => {
    const key = stratify ? label : 0;
    const rows = groups.get(key) ?? [];
    rows.push(i);
    groups.set(key, rows);
  });

  const random = seededRandom(seed);
  const inValidation = new Array<boolean>(m).fill(false);
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const rows = groups.get(key) as number[];
    const count = Math.round(validation * rows.length);
    if (count === 0 || count === rows.length) {
      const which = stratify
        ? `every class rows in both parts, got ${validation}: ${className(data, key)} has ${rows.length} rows, and`
        : `rows in both parts, got ${validation}: of the ${rows.length} rows,`;
      const outcome = count === 0 ? "" : ", leaving none for training";
      throw new LrlabError(
        `validation must be a fraction that leaves ${which} ` +
          `round(${validation} · ${rows.length}) = ${count} would go to validation${outcome}`,
      );
    }
    shuffle(rows, random);
    for (const i of rows.slice(0, count)) inValidation[i] = true;
  }

  const part = (inPart: boolean, suffix: string): Dataset => {
    const rows = data.X.flatMap((_, i) => (inValidation[i] === inPart ? [i] : []));
    return freezeDataset({
      name: `${data.name} (${suffix})`,
      task: data.task,
      X: rows.map((i) => [...data.X[i]]),
      y: rows.map((i) => data.y[i]),
      featureNames: [...data.featureNames],
      ...(data.classNames === undefined ? {} : { classNames: [...data.classNames] }),
    });
  };
  return Object.freeze({ train: part(false, "train"), validation: part(true, "validation") });
}
