// Public surface of the exercises module: the checks behind each lesson's "Your turn".
import { lesson01 } from "./lesson01";

export { defineCheck } from "./check";
export type { CheckResult, Verdict } from "./check";

/** The automatic checks of every lesson's "Your turn" section, by lesson. */
export const exercises = { lesson01 };
