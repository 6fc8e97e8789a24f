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
  "polyakSgd",
  "dog",
  "dowg",
  "dadaptAdamw",
  "prodigy",
  "scheduleFreeSgd",
  "scheduleFreeAdamw",
  "cocob",
  "momo",
  "momoAdam",
  "lion",
] as const satisfies ReadonlyArray<keyof typeof optimizers>;
