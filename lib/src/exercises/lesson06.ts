import type { CheckResult } from "./check";

/** Exercises of lesson 06 (being written). */
export const lesson06: Record<string, (answer: never) => CheckResult> = {};
