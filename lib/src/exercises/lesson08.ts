import type { CheckResult } from "./check";

/** Exercises of lesson 08 (being written). */
export const lesson08: Record<string, (answer: never) => CheckResult> = {};
