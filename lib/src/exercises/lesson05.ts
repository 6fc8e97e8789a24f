import type { CheckResult } from "./check";

/** Exercises of lesson 05 (being written). */
export const lesson05: Record<string, (answer: never) => CheckResult> = {};
