import type { CheckResult } from "./check";

/** Exercises of lesson 03 (being written). */
export const lesson03: Record<string, (answer: never) => CheckResult> = {};
