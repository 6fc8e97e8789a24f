import { describe, invalid, LrlabError, requirePositiveInteger } from "../errors";
import { requireMatrix } from "../objectives/options";

/**
 * A row of pixels as an image: consecutive runs of `width` values become the image's rows, so a
 * digit's 64 pixels become 8 rows of 8 (row 0 is the top of the digit). Pass it as `z` to a
 * heatmap, with the y axis reversed so that row 0 is drawn at the top.
 *
 * Example:
 *
 * ```ts
 * const picture = datasets.image(datasets.digits().X[0]);
 * picture.length; // → 8
 * picture[0]; // → [0, 0, 5, 13, 9, 1, 0, 0]
 * ```
 */
export function image(row: ArrayLike<number>, width: number = 8): number[][] {
  requirePositiveInteger("width", width);
  // Arrays and typed arrays qualify; a DataView has no length.
  const isArrayLike = typeof row === "object" && row !== null && typeof row.length === "number";
  if (!isArrayLike) throw invalid("row", "an array of pixel values such as X[0]", row);
  const pixels = Array.from(row);
  if (pixels.length === 0 || pixels.length % width !== 0) {
    throw invalid("row", `an array whose length is a multiple of width (${width})`, row);
  }
  pixels.forEach((pixel, j) => {
    if (typeof pixel !== "number" || !Number.isFinite(pixel)) {
      throw invalid(`row[${j}]`, "a finite number", pixel);
    }
  });
  return Array.from({ length: pixels.length / width }, (_, r) =>
    pixels.slice(r * width, (r + 1) * width),
  );
}

/**
 * Puts every column on one scale: (x − mean) / std, with each column's mean and population
 * standard deviation taken from `reference` (by default X itself). A constant column (std 0) is
 * only centred. Standardize validation data with the training rows as reference, so both parts are
 * scaled alike and nothing is learnt from the validation rows. Returns new rows; X is not changed.
 *
 * Example:
 *
 * ```ts
 * const { train, validation } = datasets.split(datasets.wine(), { validation: 0.25 });
 * const trainX = datasets.standardize(train.X);
 * const validationX = datasets.standardize(validation.X, train.X);
 * datasets.standardize([[1, 5], [3, 5]]); // → [[-1, 0], [1, 0]]
 * ```
 */
export function standardize(
  X: readonly (readonly number[])[],
  reference: readonly (readonly number[])[] = X,
): number[][] {
  const rows = requireMatrix("X", X);
  const width = rows[0].length;
  if (reference !== X) {
    if (!Array.isArray(reference) || reference.length === 0) {
      throw invalid(
        "reference",
        `rows of ${width} finite numbers (as many columns as X)`,
        reference,
      );
    }
    reference.forEach((row, i) => {
      if (Array.isArray(row) && row.length !== width) {
        throw new LrlabError(
          `reference must have rows of ${width} numbers (as many as X's), ` +
            `got reference[${i}] = ${describe(row)}`,
        );
      }
    });
    requireMatrix("reference", reference, undefined, width);
  }
  const basis = reference === X ? rows : (reference as number[][]);
  const m = basis.length;
  const means = Array.from({ length: width }, (_, j) => basis.reduce((s, r) => s + r[j], 0) / m);
  const deviations = means.map((mean, j) =>
    Math.sqrt(basis.reduce((s, r) => s + (r[j] - mean) ** 2, 0) / m),
  );
  return rows.map((row) =>
    row.map((x, j) => (deviations[j] > 0 ? (x - means[j]) / deviations[j] : x - means[j])),
  );
}
