// Public surface of the objectives module.
export type { Objective, Vector } from "./objective";
