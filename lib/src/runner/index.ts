// Public surface of the runner module.
export type { Run, RunStatus } from "./run";
