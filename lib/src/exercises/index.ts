// Public surface of the exercises module: the checks behind each lesson's "Your turn".
import { lesson01 } from "./lesson01";
import { lesson02 } from "./lesson02";
import { lesson03 } from "./lesson03";
import { lesson04 } from "./lesson04";
import { lesson05 } from "./lesson05";
import { lesson06 } from "./lesson06";
import { lesson07 } from "./lesson07";
import { lesson08 } from "./lesson08";
import { lesson09 } from "./lesson09";
import { lesson10 } from "./lesson10";
import { lesson11 } from "./lesson11";

export { defineCheck } from "./check";
export type { CheckResult, Verdict } from "./check";

/** The automatic checks of every lesson's "Your turn" section, by lesson. */
export const exercises = {
  lesson01,
  lesson02,
  lesson03,
  lesson04,
  lesson05,
  lesson06,
  lesson07,
  lesson08,
  lesson09,
  lesson10,
  lesson11,
};
