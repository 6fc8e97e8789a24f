// Public surface of the optimizers module.
import { adadelta } from "./adadelta";
import { adagrad } from "./adagrad";
import { adam } from "./adam";
import { adamax } from "./adamax";
import { adamw } from "./adamw";
import { effectiveLr } from "./base";
import { classicMomentum } from "./classic-momentum";
import { nadam } from "./nadam";
import { radam } from "./radam";
import { rmsprop } from "./rmsprop";
import { sgd } from "./sgd";

/** Optimizer factories with PyTorch's algorithms and defaults, plus the course's classic momentum. */
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
  effectiveLr,
};

export type { Optimizer, OptimizerState } from "./optimizer";
export type { AdamFamilyOptions, CommonOptions } from "./base";
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
