// Public surface of the runner module.
export { minimize } from "./minimize";
export { sweep } from "./sweep";
export { lrRangeTest } from "./lr-range-test";
export { train } from "./train";
export { evalSequence } from "./eval-sequence";
export type { Evaluation, Training, TrainOptions } from "./train";
export type { Run, RunStatus } from "./run";
export type { MinimizeOptions } from "./minimize";
export type {
  SweepGrid,
  SweepOptions,
  SweepResult,
  SweepRow,
  SweepSettings,
  SweepValue,
} from "./sweep";
export type { LrRangeTestOptions, LrRangeTestResult, LrSuggestion } from "./lr-range-test";
