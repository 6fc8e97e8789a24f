import type { CheckResult } from "./check";

/** Exercises of lesson 07 (being written). */
export const lesson07: Record<string, (answer: never) => CheckResult> = {};
