// Public surface of the schedules module: every factory in one `schedules` namespace object.
import { constant, exponentialDecay, inverseTime, restarts, warmupCosine } from "./course/decay";
import { derivativeScaled, localMinimum, lossScaled, timeBased } from "./course/mission";
import { randomPerParameter } from "./course/random";
import { lambdaLR, sequentialLR } from "./torch/compose";
import { cosineAnnealingLR, cosineAnnealingWarmRestarts } from "./torch/cosine";
import { cyclicLR, oneCycleLR } from "./torch/cyclic";
import { constantLR, linearLR, polynomialLR } from "./torch/linear";
import { reduceLROnPlateau } from "./torch/plateau";
import { exponentialLR, multiStepLR, stepLR } from "./torch/step";

export type { Schedule, ScheduleContext } from "./schedule";
export type { CyclicLROptions, OneCycleLROptions } from "./torch/cyclic";

/** Learning-rate schedules: PyTorch's (torch.optim.lr_scheduler) and the course's own. */
export const schedules = {
  // PyTorch
  stepLR,
  multiStepLR,
  exponentialLR,
  cosineAnnealingLR,
  cosineAnnealingWarmRestarts,
  linearLR,
  constantLR,
  polynomialLR,
  oneCycleLR,
  cyclicLR,
  lambdaLR,
  sequentialLR,
  reduceLROnPlateau,
  // The course
  constant,
  inverseTime,
  exponentialDecay,
  restarts,
  warmupCosine,
  timeBased,
  derivativeScaled,
  lossScaled,
  localMinimum,
  randomPerParameter,
};
