import {
  invalid,
  parseOptions,
  requireBoolean,
  requireIntegerIn,
  requirePoint,
  requirePositiveInteger,
  REQUIRED,
  requireSeed,
  requireText,
} from "../errors";
import { startProgress } from "../display/progress";
import type { Network, LabelledRows } from "../objectives/builtins/network";
import type { Vector } from "../objectives/objective";
import type { Optimizer } from "../optimizers/optimizer";
import { miniBatches } from "../random";
import { allFinite, norm, squaredDistance } from "../vectors";
import {
  divergenceBound,
  formatNumber,
  MAX_RECORDED_STEPS,
  pastBound,
  rejectScheduleOption,
  requireOptimizer,
  runLabel,
  startRun,
  type RunStatus,
} from "./run";

export interface TrainOptions {
  /**
   * Updates the parameters, at the rate its `lr` gives: a number, or a schedule evaluated at every
   * step t = 0, 1, … (`sgd({ lr: oneCycleLR({ maxLr: 0.1, totalSteps }) })`). train resets it first,
   * which starts a schedule again; a number lr and a momentum set on it are kept, and what a
   * schedule sets is left where the schedule put it.
   */
  optimizer: Optimizer;
  /** Passes over the training rows: a positive integer (at most 10⁶ steps in all). */
  epochs: number;
  /** Rows per mini-batch, 1 … rows (default 32; the last batch of an epoch may be smaller). */
  batchSize?: number;
  /** Seeds the initial parameters (model.init(seed)) and the shuffling (default 0). */
  seed?: number;
  /** Starting parameters instead of model.init(seed), e.g. from PyTorch (default: model.init(seed)). */
  params0?: Vector;
  /** Rows held out: their loss and accuracy are measured at every evaluation (default: none). */
  validation?: LabelledRows;
  /** Steps between evaluations, a positive integer (default: one epoch). */
  evaluateEvery?: number;
  /** Shows one progress line, updated in place, once a cell trains for more than 2 s (default true). */
  progress?: boolean;
  /** Legend label (default e.g. "sgd lr=0.1"). */
  label?: string;
}

/** The model measured on its whole training set, and on the validation rows when given. */
export interface Evaluation {
  /** Updates made so far. */
  readonly step: number;
  /** step / stepsPerEpoch: 1 after one pass over the training rows. */
  readonly epoch: number;
  readonly trainLoss: number;
  readonly trainAccuracy: number;
  /** NaN when no validation rows were given. */
  readonly validationLoss: number;
  /** NaN when no validation rows were given. */
  readonly validationAccuracy: number;
}

/** A whole recorded training run: what `train` returns and `plot.training` draws. */
export interface Training {
  /** Legend label, e.g. "sgd lr=0.1 oneCycleLR". */
  readonly label: string;
  /** The optimizer's name, used to pick its colour. */
  readonly optimizer: string;
  /** The model's name. */
  readonly model: string;
  /**
   * "max-steps": every epoch ran. "diverged": an update produced a non-finite parameter, loss or
   * gradient, or a mini-batch loss past 1e6·max(1, first loss); `params` holds the last good point.
   */
  readonly status: Exclude<RunStatus, "converged">;
  /** Why a diverged run stopped, e.g. "step 13: loss 2.4e+7 > 2.3e+6 = 1e6·max(1, |loss₀|)". */
  readonly reason?: string;
  /** Updates made. */
  readonly steps: number;
  readonly stepsPerEpoch: number;
  readonly batchSize: number;
  /** The mini-batch loss at each step, before its update (length steps). */
  readonly losses: readonly number[];
  /** The learning rate of each update. */
  readonly lrs: readonly number[];
  /** The momentum (SGD, RMSprop) or β₁ (Adam family) of each update, for optimizers that have one. */
  readonly momenta?: readonly number[];
  /** ‖Δθ‖ / ‖θ‖ of each update: CS231n's update/weight ratio, healthy around 1e-3. */
  readonly updateRatios: readonly number[];
  /** At step 0, after every `evaluateEvery` steps, and at the end. */
  readonly evaluations: readonly Evaluation[];
  /** The last evaluation: the trained model's loss and accuracy. */
  readonly final: Evaluation;
  /**
   * The parameters at the end (the last good ones for a diverged run). For a Schedule-Free
   * optimizer (one with `evalParams`), the point to evaluate and deploy, optimizer.evalParams(θ),
   * where every evaluation was made.
   */
  readonly params: Float64Array;
  /**
   * Only for Schedule-Free optimizers: the point where gradients were taken at the end (y, the
   * optimizer's params), which `updateRatios` and the mini-batch `losses` follow.
   */
  readonly gradientParams?: Float64Array;
  /** Wall-clock time of the run. */
  readonly seconds: number;
}

const TRAIN_EXAMPLE = "{ optimizer: optimizers.sgd({ lr: 0.1, momentum: 0.9 }), epochs: 10 }";

/**
 * Trains `model` with mini-batch gradient descent and records the whole run, as a PyTorch training
 * loop does:
 *
 * ```text
 * θ ← params0 (default model.init(seed))
 * for epoch = 1 … epochs:
 *   shuffle the training rows (seeded)
 *   for each mini-batch B of batchSize rows, t = 0, 1, …:
 *     loss, g ← J_B(θ), ∇J_B(θ)              (one forward and backward pass)
 *     θ ← optimizer.step(θ, g, loss)         (a schedule given as its lr sets the rate of step t)
 *   every evaluateEvery steps: loss and accuracy on all training rows and on the validation rows
 * ```
 *
 * A Schedule-Free optimizer (one with `evalParams`) takes its gradients at θ but is evaluated at
 * evalParams(θ), and the run returns that point as `params` (θ as `gradientParams`). Optimizers
 * that read the loss (polyakSgd, momo, momoAdam) get each mini-batch loss with its step.
 *
 * Divergence never throws: a non-finite value or a loss past 1e6·max(1, first loss) ends the run
 * "diverged" at the last good parameters, as `minimize` does. Re-running gives the same run. A
 * cell that trains for more than 2 s shows one progress line; Kernel → Interrupt stops training
 * at once and keeps every variable defined before the cell.
 *
 * Example:
 *
 * ```ts
 * const data = { X: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] };
 * const net = objectives.mlp({ ...data, hidden: [8], activation: "tanh" });
 * const run = train(net, { optimizer: optimizers.adam({ lr: 0.05 }), epochs: 300, batchSize: 4 });
 * run.final.trainAccuracy; // → 1
 * ```
 */
export function train(model: Network, options: TrainOptions): Training {
  requireModel(model);
  rejectScheduleOption("train", options);
  const {
    optimizer,
    epochs,
    batchSize,
    seed,
    params0,
    validation,
    evaluateEvery: every,
    progress,
    label,
  } = parseOptions(
    "train",
    options,
    {
      optimizer: [REQUIRED, requireOptimizer],
      epochs: [REQUIRED, requirePositiveInteger],
      batchSize: [32, (name, value) => requireIntegerIn(name, value, 1, model.rows)],
      seed: [0, requireSeed],
      params0: [undefined, (name, value) => requirePoint(value, model.dim, name)],
      validation: [undefined, requireLabelledRows],
      evaluateEvery: [undefined, requirePositiveInteger],
      progress: [true, requireBoolean],
      label: [undefined, requireText],
    },
    TRAIN_EXAMPLE,
  );
  const stepsPerEpoch = Math.ceil(model.rows / batchSize);
  if (epochs * stepsPerEpoch > MAX_RECORDED_STEPS) {
    throw invalid(
      "epochs",
      `a positive integer ≤ ${Math.floor(MAX_RECORDED_STEPS / stepsPerEpoch)} (${stepsPerEpoch} steps per epoch; at most ${MAX_RECORDED_STEPS} steps are recorded)`,
      epochs,
    );
  }
  const evaluateEvery = every ?? stepsPerEpoch;

  const started = performance.now();
  const params = params0 ? Float64Array.from(params0) : model.init(seed);
  const batches = miniBatches(model.rows, batchSize, (seed + SHUFFLE_SEED_OFFSET) >>> 0);
  const grad = new Float64Array(model.dim);
  const before = new Float64Array(model.dim);
  const losses: number[] = [];
  const lrs: number[] = [];
  const momenta: number[] = [];
  const updateRatios: number[] = [];
  const evaluations: Evaluation[] = [];
  let reason: string | undefined;
  let bound = Infinity;
  let t = 0;

  // Schedule-Free optimizers take gradients at params (y) but are evaluated at evalParams(y) (x).
  let evalPoint = () => (optimizer.evalParams ? optimizer.evalParams(params) : params);
  const evaluate = () => {
    const at = evalPoint();
    const onTrain = model.evaluate(at);
    const onValidation = validation && model.evaluate(at, validation);
    evaluations.push({
      step: t,
      epoch: t / stepsPerEpoch,
      trainLoss: onTrain.loss,
      trainAccuracy: onTrain.accuracy,
      validationLoss: onValidation?.loss ?? NaN,
      validationAccuracy: onValidation?.accuracy ?? NaN,
    });
  };
  const reporter = progress ? startProgress() : undefined;
  const describeState = () => {
    const last = evaluations[evaluations.length - 1];
    const accuracy = validation ? last.validationAccuracy : last.trainAccuracy;
    const run = reporter && reporter.run > 1 ? `run ${reporter.run} · ` : "";
    return (
      `${run}epoch ${Math.floor(t / stepsPerEpoch)}/${epochs} · loss ${formatNumber(losses[losses.length - 1] ?? last.trainLoss)}` +
      ` · ${validation ? "validation" : "training"} accuracy ${(100 * accuracy).toFixed(1)}%` +
      (reason !== undefined ? " · diverged" : "")
    );
  };

  startRun(optimizer);
  evaluate();
  training: for (let epoch = 0; epoch < epochs; epoch++) {
    for (let b = 0; b < stepsPerEpoch; b++) {
      const rows = batches.next();
      const loss = model.valueAndGradient(params, grad, rows);
      if (!Number.isFinite(loss) || !allFinite(grad)) {
        reason = `step ${t}: the ${Number.isFinite(loss) ? "gradient" : "loss"} is not finite`;
        break training;
      }
      if (loss > bound) {
        reason = `step ${t}: ${pastBound(loss, bound)}`;
        break training;
      }
      if (t === 0) bound = divergenceBound(loss);
      before.set(params);
      const evalBefore = optimizer.evalParams?.(params);
      optimizer.step(params, grad, loss);
      if (!allFinite(params)) {
        params.set(before);
        if (evalBefore) evalPoint = () => evalBefore;
        reason = `step ${t + 1}: the parameters are not finite`;
        break training;
      }
      losses.push(loss);
      lrs.push(optimizer.lr);
      if (optimizer.momentum !== undefined) momenta.push(optimizer.momentum);
      updateRatios.push(Math.sqrt(squaredDistance(params, before)) / norm(before));
      t += 1;
      if (t % evaluateEvery === 0) evaluate();
      reporter?.update(describeState);
    }
  }
  if (evaluations[evaluations.length - 1].step !== t) evaluate();
  reporter?.done(describeState);

  return {
    label: label ?? runLabel(optimizer, lrs),
    optimizer: optimizer.name,
    model: model.name,
    status: reason === undefined ? "max-steps" : "diverged",
    ...(reason !== undefined && { reason }),
    steps: t,
    stepsPerEpoch,
    batchSize,
    losses,
    lrs,
    ...(momenta.length > 0 && { momenta }),
    updateRatios,
    evaluations,
    final: evaluations[evaluations.length - 1],
    params: evalPoint(),
    ...(optimizer.evalParams && { gradientParams: params }),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Shuffling draws from its own stream, apart from model.init(seed)'s. */
const SHUFFLE_SEED_OFFSET = 0x9e3779b9;

function requireModel(model: Network): void {
  if (
    model == null ||
    typeof model.valueAndGradient !== "function" ||
    typeof model.evaluate !== "function"
  ) {
    throw invalid(
      "model",
      'a model such as objectives.mlp({ X, y, hidden: [32], activation: "relu" })',
      model,
    );
  }
}

/** `{ X, y }` rows to evaluate on; the model checks their width and labels when it evaluates. */
function requireLabelledRows(parameter: string, value: LabelledRows): LabelledRows {
  if (value == null || !Array.isArray(value.X) || !Array.isArray(value.y)) {
    throw invalid(
      parameter,
      "rows with labels { X, y }, such as a dataset's validation part",
      value,
    );
  }
  return value;
}
