// Public surface of the datasets module: small classic datasets bundled with lrlab (lib/data),
// read offline, plus the splitting and scaling the lessons need.
import { diabetes, digits, iris, wine } from "./builtins";
import { split } from "./split";
import { image, standardize } from "./transform";

/** Bundled datasets (digits, iris, wine, diabetes) and helpers to split and scale them. */
export const datasets = {
  digits,
  iris,
  wine,
  diabetes,
  split,
  image,
  standardize,
};

export type { Dataset } from "./dataset";
export type { DatasetSplit, SplitOptions } from "./split";
