import type { CheckResult } from "./check";

/** Exercises of lesson 02 (being written). */
export const lesson02: Record<string, (answer: never) => CheckResult> = {};
