import type { CheckResult } from "./check";

/** Exercises of lesson 04 (being written). */
export const lesson04: Record<string, (answer: never) => CheckResult> = {};
