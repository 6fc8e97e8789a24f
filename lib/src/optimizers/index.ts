// Public surface of the optimizers module.
import { adadelta } from "./adadelta";
import { adagrad } from "./adagrad";
import { adam } from "./adam";
import { adamax } from "./adamax";
import { adamw } from "./adamw";
import { effectiveLr } from "./base";
import { classicMomentum } from "./classic-momentum";
import { cocob } from "./cocob";
import { dadaptAdamw } from "./dadapt-adamw";
import { dog } from "./dog";
import { dowg } from "./dowg";
import { lion } from "./lion";
import { momo } from "./momo";
import { momoAdam } from "./momo-adam";
import { nadam } from "./nadam";
import { polyakSgd } from "./polyak-sgd";
import { prodigy } from "./prodigy";
import { radam } from "./radam";
import { rmsprop } from "./rmsprop";
import { scheduleFreeAdamw } from "./schedule-free-adamw";
import { scheduleFreeSgd } from "./schedule-free-sgd";
import { sgd } from "./sgd";

/**
 * Optimizer factories: PyTorch's algorithms and defaults (sgd … radam), the course's classic
 * momentum, and the learning-rate-free optimizers with optax 0.2.8's algorithms and defaults
 * (polyakSgd … momoAdam, and lion).
 */
export const optimizers = {
  sgd,
  classicMomentum,
  adagrad,
  rmsprop,
  adadelta,
  adam,
  adamw,
  adamax,
  nadam,
  radam,
  polyakSgd,
  dog,
  dowg,
  dadaptAdamw,
  prodigy,
  scheduleFreeSgd,
  scheduleFreeAdamw,
  cocob,
  momo,
  momoAdam,
  lion,
};

/** Not a factory, so not in `optimizers`: the rate |Δθ| / |g| a step took, per coordinate. */
export { effectiveLr };

export type { Optimizer, OptimizerState } from "./optimizer";
export type { AdamFamilyOptions, CommonOptions } from "./base";
export type { DecoupledWeightDecayOption } from "./adam-family";
export type { MomoModelOptions } from "./polyak-step";
export type { DAdaptationOptions } from "./d-adaptation";
export type { SgdOptions } from "./sgd";
export type { ClassicMomentumOptions } from "./classic-momentum";
export type { AdagradOptions } from "./adagrad";
export type { RmspropOptions } from "./rmsprop";
export type { AdadeltaOptions } from "./adadelta";
export type { AdamOptions } from "./adam";
export type { AdamwOptions } from "./adamw";
export type { AdamaxOptions } from "./adamax";
export type { NadamOptions } from "./nadam";
export type { RadamOptions } from "./radam";
export type { PolyakSgdOptions } from "./polyak-sgd";
export type { DogInitStep, DogOptions } from "./dog";
export type { DowgOptions } from "./dowg";
export type { DadaptAdamwOptions } from "./dadapt-adamw";
export type { ProdigyOptions } from "./prodigy";
export type { ScheduleFreeOptions, ScheduleFreeSgdOptions } from "./schedule-free-sgd";
export type { ScheduleFreeAdamwOptions } from "./schedule-free-adamw";
export type { CocobOptions } from "./cocob";
export type { MomoOptions } from "./momo";
export type { MomoAdamOptions } from "./momo-adam";
export type { LionOptions } from "./lion";
