import type { optimizers } from "../../../lib/src/optimizers";

/** Every optimizer factory in the `optimizers` namespace. */
export const factoryNames = [
  "sgd",
  "classicMomentum",
  "adagrad",
  "rmsprop",
  "adadelta",
  "adam",
  "adamw",
  "adamax",
  "nadam",
  "radam",
] as const satisfies ReadonlyArray<keyof typeof optimizers>;
