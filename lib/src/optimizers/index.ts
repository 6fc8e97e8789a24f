// Public surface of the optimizers module.
export type { Optimizer, OptimizerState } from "./optimizer";
