// Plumbing shared by every optimizer: option parsing and validation, lazily allocated state,
// the step counter, the lr and momentum setters, state snapshots and effective-learning-rate
// tracking.
import {
  invalid,
  parseOptions,
  requireBoolean,
  requireClosedUnitInterval,
  requireFinite,
  requireNonNegative,
  requirePositive,
  requireUnitInterval,
} from "../errors";
import type { Check, OptionSpec } from "../errors";
import { outputError, requirePoint } from "../errors";
import { requireSchedule } from "../schedules/define";
import type { Schedule } from "../schedules/schedule";
import type { Optimizer, OptimizerState } from "./optimizer";
import { withSchedule } from "./scheduled";

/** Options every factory accepts besides its PyTorch hyper-parameters. */
export interface CommonOptions {
  /**
   * Learning rate: a number ≥ 0 (each optimizer has PyTorch's default), or a Schedule that sets
   * the rate at every step, as optax takes one: `sgd({ lr: stepLR({ lr: 0.1, stepSize: 30 }) })`.
   * The rate has this one home; the runners have no schedule option.
   */
  lr?: number | Schedule;
  /**
   * Records `state.effectiveLr` after every step (default false). It costs a copy of params per
   * step, so it is off unless asked for.
   */
  trackEffectiveLr?: boolean;
}

/** Hyper-parameters shared by Adam, AdamW, Adamax, NAdam and RAdam. */
export interface AdamFamilyOptions extends CommonOptions {
  /** Decay rates [β₁, β₂] of the two moment averages (each in [0, 1), default [0.9, 0.999]). */
  betas?: readonly [number, number];
  /** Numerical-stability term in the denominator (≥ 0, default 1e-8). */
  eps?: number;
  /** Weight decay λ (≥ 0; default 0, AdamW's 1e-2). */
  weightDecay?: number;
}

export const nonNegative: Check<number> = requireNonNegative;
export const finite: Check<number> = requireFinite;

export const flag: Check<boolean> = requireBoolean;

/** PyTorch's betas: two coefficients, each in [0, 1). */
function betaPair(parameter: string, value: readonly [number, number]): readonly [number, number] {
  if (!Array.isArray(value) || value.length !== 2) {
    throw invalid(parameter, "a pair [beta1, beta2]", value);
  }
  return [
    requireUnitInterval(`${parameter}[0]`, value[0]),
    requireUnitInterval(`${parameter}[1]`, value[1]),
  ];
}

/** The Adam family's shared options with PyTorch's defaults, given the optimizer's default lr. */
export function adamFamilySpec(lr: number) {
  return {
    lr: [lr, nonNegative],
    betas: [[0.9, 0.999], betaPair],
    eps: [1e-8, nonNegative],
    weightDecay: [0, nonNegative],
  } as const;
}

/**
 * An optimizer's options through the shared spec table, with `trackEffectiveLr` added: `spec` lists
 * the optimizer's hyper-parameters, its `lr` row the default and check of a number; a Schedule is
 * accepted as `lr` too.
 */
export function parseOptimizerOptions<T extends CommonOptions>(
  name: string,
  given: T,
  spec: OptionSpec<Omit<T, "trackEffectiveLr" | "lr">> & {
    lr?: readonly [number, Check<number>];
  },
): Required<T> {
  const full: Record<string, unknown> = { ...spec, trackEffectiveLr: [false, flag] };
  if (spec.lr) {
    const [lr, checkNumber] = spec.lr;
    const checkLr = (parameter: string, value: number | Schedule) => {
      if (typeof value === "number") return checkNumber(parameter, value);
      if ((typeof value === "object" && value !== null) || typeof value === "function") {
        return requireSchedule(parameter, value);
      }
      throw invalid(
        parameter,
        "a number ≥ 0 or a Schedule such as schedules.stepLR({ lr: 0.1, stepSize: 30 })",
        value,
      );
    };
    full.lr = [lr, checkLr];
  }
  return parseOptions(name, given, full as OptionSpec<T>, "{ lr: 0.01 }") as Required<T>;
}

/** Named state buffers, created on the first step. */
export type Buffers = Record<string, Float64Array>;

export function zeros<K extends string>(
  size: number,
  names: readonly K[],
): Record<K, Float64Array> {
  const buffers = {} as Record<K, Float64Array>;
  for (const name of names) buffers[name] = new Float64Array(size);
  return buffers;
}

/** One optimizer's algorithm: its state and its update. */
export interface Algorithm<B extends Buffers> {
  /** Allocates the state for `size` parameters (called on the first step). */
  createBuffers(size: number): B;
  /**
   * Updates `params` in place; `step` counts from 1, as PyTorch's `state["step"]`. `grad` already
   * includes L2 weight decay (see WeightDecay). `momentum` is the optimizer's current momentum
   * (μ, or the Adam family's β₁) for optimizers made with a MomentumSetting, read once per step so
   * that a schedule can change it between steps; 0 for the others.
   */
  update(
    params: Float64Array,
    grad: ArrayLike<number>,
    buffers: B,
    step: number,
    lr: number,
    momentum: number,
    loss: number,
  ): void;
  /**
   * Set on optimizers that read the loss (polyakSgd, momo, momoAdam): step() then requires a finite
   * loss, the loss at params before the step, and passes it to update (NaN for the others).
   */
  readonly readsLoss?: boolean;
  /**
   * Schedule-Free's evaluation point from the gradient point `params` and the state; the optimizer
   * then has `evalParams`, which returns a copy of params before the first step.
   */
  evalParams?(params: Float64Array, buffers: B): Float64Array;
}

/**
 * An optimizer's settable momentum (`optimizer.momentum`): PyTorch's group["momentum"] or β₁,
 * group["betas"][0]. Momentum-cycling schedules write it before each step.
 */
interface MomentumSetting {
  /** The factory's value, which reset() restores. */
  readonly initial: number;
  /** The factory option's check, applied to every assignment (named "momentum"). */
  readonly check: Check<number>;
}

/** A momentum factor μ ≥ 0 (sgd, rmsprop, classicMomentum), checked as their `momentum` option. */
export function momentumFactor(initial: number): MomentumSetting {
  return { initial, check: nonNegative };
}

/** The Adam family's β₁ = betas[0] as the optimizer's momentum, checked as `betas` is: [0, 1). */
export function beta1Momentum(betas: readonly [number, number]): MomentumSetting {
  return optionMomentum(betas[0], "β₁, betas[0]");
}

/**
 * |after − before| / |grad| per parameter (NaN where grad is 0): the learning rate a step used.
 * A top-level export, not one of `optimizers` (it makes no optimizer).
 *
 * Example:
 *
 * ```ts
 * effectiveLr([1, 1], [0.9, 1], [0.5, 0]); // → [0.2, NaN]
 * ```
 */
export function effectiveLr(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  grad: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  if (grad == null || typeof grad !== "object") throw invalid("grad", "an array of numbers", grad);
  requirePoint(before, grad.length, "before");
  requirePoint(after, grad.length, "after");
  const rates = out ?? new Float64Array(grad.length);
  if (!(rates instanceof Float64Array) || rates.length !== grad.length) {
    throw outputError(out, grad.length);
  }
  return fillEffectiveLr(before, after, grad, rates);
}

/** effectiveLr without the checks, for a step's own tracking (whose params may have diverged). */
function fillEffectiveLr(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  grad: ArrayLike<number>,
  rates: Float64Array,
): Float64Array {
  for (let i = 0; i < grad.length; i++) {
    rates[i] = grad[i] === 0 ? NaN : Math.abs(after[i] - before[i]) / Math.abs(grad[i]);
  }
  return rates;
}

function copyBuffers(buffers: Buffers): Record<string, Float64Array> {
  const copy: Record<string, Float64Array> = {};
  for (const [name, buffer] of Object.entries(buffers)) copy[name] = buffer.slice();
  return copy;
}

/** params must be a Float64Array of the state's size, once the state exists; `advice` ends the message. */
function checkParams(params: Float64Array, size: number | undefined, advice = ""): void {
  if (!(params instanceof Float64Array)) throw invalid("params", "a Float64Array", params);
  if (size !== undefined && params.length !== size) {
    throw invalid(
      "params",
      `of length ${size}, the size of the optimizer's state${advice}`,
      params,
    );
  }
}

function checkStepArguments(
  name: string,
  params: Float64Array,
  grad: ArrayLike<number>,
  size: number | undefined,
  loss: number | undefined,
  readsLoss: boolean,
) {
  if (readsLoss && (typeof loss !== "number" || !Number.isFinite(loss))) {
    throw invalid(
      "loss",
      `a finite number: ${name} reads the loss, so call step(params, grad, loss) with the loss at params before the step`,
      loss,
    );
  }
  checkParams(params, size, " (call reset() to start over)");
  if (grad == null || typeof grad !== "object" || grad.length !== params.length) {
    throw invalid("grad", `an array of length ${params.length} (the length of params)`, grad);
  }
}

/**
 * Weight decay as PyTorch applies it before the update: L2, g ← g + λθ (into a scratch array, so
 * the update loops stay free of branches), or decoupled, θ ← θ(1 − γλ).
 */
export interface WeightDecay {
  weightDecay?: number;
  /** Decoupled (AdamW) rather than L2; false by default. */
  decoupledWeightDecay?: boolean;
}

/** What createOptimizer adds around the algorithm besides lr: weight decay and momentum. */
export interface OptimizerExtras extends WeightDecay {
  /** Gives the optimizer a settable `momentum` (absent for optimizers without one). */
  momentum?: MomentumSetting;
}

/** Builds an Optimizer around an algorithm; the plumbing is the same for all of them. */
export function createOptimizer<B extends Buffers>(
  name: string,
  options: Required<CommonOptions>,
  algorithm: Algorithm<B>,
  {
    weightDecay = 0,
    decoupledWeightDecay = false,
    momentum: momentumSetting,
  }: OptimizerExtras = {},
): Optimizer {
  if (typeof options.lr !== "number") {
    const extras = { weightDecay, decoupledWeightDecay, momentum: momentumSetting };
    const fixed = createOptimizer(name, { ...options, lr: 0 }, algorithm, extras);
    return withSchedule(fixed, options.lr);
  }
  let lr = options.lr;
  let momentum = momentumSetting?.initial ?? 0;
  let step = 0;
  let size: number | undefined;
  let buffers: B | undefined;
  let decayedGrad: Float64Array | undefined;
  let before: Float64Array | undefined;
  let lastEffectiveLr: Float64Array | undefined;
  const optimizer: Optimizer = {
    name,
    get lr() {
      return lr;
    },
    set lr(value: number) {
      lr = requireNonNegative("lr", value);
    },
    step(params, grad, loss) {
      checkStepArguments(name, params, grad, size, loss, algorithm.readsLoss === true);
      size = params.length;
      buffers ??= algorithm.createBuffers(size);
      if (options.trackEffectiveLr) {
        before ??= new Float64Array(params.length);
        before.set(params);
      }
      step += 1;
      let g = grad;
      if (weightDecay !== 0 && decoupledWeightDecay) {
        const shrink = 1 - lr * weightDecay;
        for (let i = 0; i < params.length; i++) params[i] *= shrink;
      } else if (weightDecay !== 0) {
        const decayed = (decayedGrad ??= new Float64Array(params.length));
        for (let i = 0; i < params.length; i++) decayed[i] = grad[i] + weightDecay * params[i];
        g = decayed;
      }
      algorithm.update(params, g, buffers, step, lr, momentum, loss ?? NaN);
      if (before) {
        lastEffectiveLr = fillEffectiveLr(
          before,
          params,
          grad,
          lastEffectiveLr ?? new Float64Array(params.length),
        );
      }
    },
    reset() {
      step = 0;
      momentum = momentumSetting?.initial ?? 0;
      size = buffers = decayedGrad = before = lastEffectiveLr = undefined;
    },
    get state(): OptimizerState {
      return {
        step,
        buffers: buffers ? copyBuffers(buffers) : {},
        ...(lastEffectiveLr && { effectiveLr: lastEffectiveLr.slice() }),
      };
    },
  };
  const evalParams = algorithm.evalParams;
  if (evalParams) {
    // Only Schedule-Free optimizers have the method at all: `"evalParams" in optimizer`.
    optimizer.evalParams = (params: Float64Array) => {
      checkParams(params, size);
      return buffers ? evalParams(params, buffers) : params.slice();
    };
  }
  if (momentumSetting) {
    // Only optimizers with a momentum have the property at all: `"momentum" in optimizer`.
    Object.defineProperty(optimizer, "momentum", {
      enumerable: true,
      get: () => momentum,
      set: (value: number) => {
        momentum = momentumSetting.check("momentum", value);
      },
    });
  }
  return optimizer;
}

// Shared by the optimizers from optax (polyakSgd, dog, dowg, dadaptAdamw, prodigy, scheduleFreeSgd,
// scheduleFreeAdamw, cocob, momo, momoAdam, lion).

export const positive: Check<number> = requirePositive;
/** A coefficient in [0, 1). */
export const unitInterval: Check<number> = requireUnitInterval;
/** A coefficient in [0, 1]. */
export const closedUnitInterval: Check<number> = requireClosedUnitInterval;

/** A one-element state buffer, for a scalar such as a learned rate. */
export function scalar(value: number): Float64Array {
  return Float64Array.of(value);
}

/**
 * A momentum-like coefficient as the optimizer's settable `momentum`, checked as its `option` is
 * (in [0, 1) unless `check` says otherwise); errors name it "momentum (option)".
 */
export function optionMomentum(
  initial: number,
  option: string,
  check: Check<number> = requireUnitInterval,
): MomentumSetting {
  return { initial, check: (parameter, value) => check(`${parameter} (${option})`, value) };
}
