import type { Dataset } from "./dataset";
import { cached, loadDiabetes, loadDigits, loadIris, loadWine } from "./load";

// Each dataset is read from lib/data and parsed on first use, then cached for the process. Every
// call returns the same deeply frozen object: it cannot be changed, so it cannot go stale.

/**
 * The handwritten digits of UCI's "Optical Recognition of Handwritten Digits" (test set, as
 * bundled by scikit-learn): 1797 images of 8×8 pixels, each pixel a count 0–16. A row of `X` is
 * the 64 pixels row by row (`pixel_0_0` … `pixel_7_7`); `y` is the digit 0–9. Licence CC BY 4.0,
 * E. Alpaydin and C. Kaynak (see lib/data/README.md). Frozen and cached: every call returns the
 * same object.
 *
 * Example:
 *
 * ```ts
 * const { X, y } = datasets.digits();
 * X.length; // → 1797
 * X[0].length; // → 64
 * y[0]; // → 0
 * ```
 */
export function digits(): Dataset {
  return cached("digits", loadDigits);
}

/**
 * Fisher's iris flowers: 150 rows of sepal length, sepal width, petal length and petal width in
 * cm; `y` is 0 "setosa", 1 "versicolor" or 2 "virginica", 50 of each. Licence CC BY 4.0 (see
 * lib/data/README.md). Frozen and cached: every call returns the same object.
 *
 * Example:
 *
 * ```ts
 * const iris = datasets.iris();
 * iris.X[0]; // → [5.1, 3.5, 1.4, 0.2]
 * iris.classNames?.[iris.y[0]]; // → "setosa"
 * ```
 */
export function iris(): Dataset {
  return cached("iris", loadIris);
}

/**
 * UCI's wine recognition data: 178 wines from three cultivars, 13 chemical measurements each
 * (alcohol … proline, on very different scales); `y` is the cultivar 0, 1 or 2 ("class_0" …).
 * Licence CC BY 4.0 (see lib/data/README.md). Frozen and cached: every call returns the same
 * object.
 *
 * Example:
 *
 * ```ts
 * const wine = datasets.wine();
 * wine.X.length; // → 178
 * wine.featureNames[12]; // → "proline"
 * ```
 */
export function wine(): Dataset {
  return cached("wine", loadWine);
}

/**
 * The diabetes data of Efron, Hastie, Johnstone and Tibshirani (2004), "Least Angle Regression":
 * 442 patients, 10 baseline features in their raw units (age in years, sex coded 1/2, bmi, bp,
 * serum measurements s1 … s6), not scikit-learn's scaled version; `y` is a measure of disease
 * progression one year later (25 … 346), a regression target. See lib/data/README.md. Frozen and
 * cached: every call returns the same object.
 *
 * Example:
 *
 * ```ts
 * const diabetes = datasets.diabetes();
 * diabetes.X[0]; // → [59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87]
 * diabetes.y[0]; // → 151
 * ```
 */
export function diabetes(): Dataset {
  return cached("diabetes", loadDiabetes);
}
