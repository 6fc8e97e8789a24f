// Public surface of the schedules module: every factory in one `schedules` namespace object, and
// every factory's options type.
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
export type {
  ConstantOptions,
  ExponentialDecayOptions,
  InverseTimeOptions,
  RestartsOptions,
  WarmupCosineOptions,
} from "./course/decay";
export type {
  DerivativeScaledOptions,
  LocalMinimumOptions,
  LossScaledOptions,
  TimeBasedOptions,
} from "./course/mission";
export type { RandomPerParameterOptions } from "./course/random";
export type { LambdaLROptions, SequentialLROptions } from "./torch/compose";
export type { CosineAnnealingLROptions, CosineAnnealingWarmRestartsOptions } from "./torch/cosine";
export type { CyclicLROptions, OneCycleLROptions } from "./torch/cyclic";
export type { ConstantLROptions, LinearLROptions, PolynomialLROptions } from "./torch/linear";
export type { ReduceLROnPlateauOptions } from "./torch/plateau";
export type { ExponentialLROptions, MultiStepLROptions, StepLROptions } from "./torch/step";

/**
 * Learning-rate schedules: PyTorch's (torch.optim.lr_scheduler, in camelCase), the decays of
 * TensorFlow, optax and Keras, and rules driven by the loss, the gradient or the current point.
 */
export const schedules = {
  // PyTorch's torch.optim.lr_scheduler
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
  // Time-based decays and wrappers
  constant,
  inverseTime,
  exponentialDecay,
  restarts,
  warmupCosine,
  // Rules driven by time, the derivative, the loss or the current local minimum
  timeBased,
  derivativeScaled,
  lossScaled,
  localMinimum,
  randomPerParameter,
};
