import { invalid, LrlabError, requirePositiveInteger } from "../errors";
import type { Optimizer } from "../optimizers/optimizer";

/** How a run ended. */
export type RunStatus = "converged" | "diverged" | "max-steps";

/** A whole recorded trajectory: what `minimize` returns and figures draw. */
export interface Run {
  /** Label for legends, e.g. "sgd lr=0.1" (the optimizer name with its key settings). */
  readonly label: string;
  /** The optimizer's name, used to pick its colour. */
  readonly optimizer: string;
  /** The objective's name. */
  readonly objective: string;
  /** Parameters at every step: xs[0] is x0, xs[t] after t updates. */
  readonly xs: readonly Float64Array[];
  /**
   * Only for Schedule-Free optimizers (those with `evalParams`): the point to evaluate and deploy
   * after each update, evalXs[t] = optimizer.evalParams(xs[t]) (evalXs[0] = x0). xs holds the points
   * where gradients were taken (y), evalXs the averages (x); losses and grads are at xs. Every
   * figure draws the evaluated sequence as a run of its own: `evalSequence(run)`.
   */
  readonly evalXs?: readonly Float64Array[];
  /** With evalXs: the loss at evalXs[t] (on the same mini-batch as losses[t]). */
  readonly evalLosses?: readonly number[];
  /** Loss at xs[t]. */
  readonly losses: readonly number[];
  /** Gradient at xs[t]. */
  readonly grads: readonly Float64Array[];
  /** The learning rate used for the update from xs[t] to xs[t+1] (length xs.length − 1). */
  readonly lrs: readonly number[];
  /**
   * The momentum used for the same updates (SGD's, RMSprop's or classicMomentum's μ, the Adam
   * family's β₁), as lrs: present only when the schedule cycles momentum (oneCycleLR, cyclicLR).
   */
  readonly momenta?: readonly number[];
  /**
   * "converged": ‖grad‖ ≤ tol at xs[steps]. "diverged": the update from xs[steps] produced a
   * non-finite value or a loss past the bound (that point is not recorded), or the schedule gave a
   * non-finite rate at xs[steps]. "max-steps": all requested updates were made.
   */
  readonly status: RunStatus;
  /** Number of updates made: xs.length − 1. When status is "converged" or "diverged", where it happened. */
  readonly steps: number;
  /** Why a diverged run stopped, e.g. "step 13: loss 2.1e+7 > 4e+6 = 1e6·max(1, |loss₀|)". */
  readonly reason?: string;
}

/** Most steps one call records, over all its runs: a million 2-D steps take about 0.6 GB. */
export const MAX_RECORDED_STEPS = 1_000_000;
/** Most coordinates (steps × runs × dim) one call records, for many-dimensional objectives. */
export const MAX_RECORDED_COORDINATES = 10_000_000;

/**
 * `steps` when recording that many steps of each of `runs` runs in `dim` dimensions fits the
 * memory a notebook kernel can spare, else an LrlabError naming `parameter`. Without this bound a
 * typo such as steps: 1e8 would run the kernel out of memory and lose everything defined in it.
 *
 * Example: requireRecordableSteps("steps", 1e5, 2, 16) → 1e5; with 1e6 it throws
 * "steps must be a positive integer ≤ 62500 (every step of 16 runs is recorded), got 1000000".
 */
export function requireRecordableSteps(
  parameter: string,
  steps: number,
  dim: number,
  runs = 1,
): number {
  requirePositiveInteger(parameter, steps);
  const most = Math.floor(Math.min(MAX_RECORDED_STEPS, MAX_RECORDED_COORDINATES / dim) / runs);
  if (steps > most) {
    const recorded =
      runs === 1 ? "every step is recorded" : `every step of ${runs} runs is recorded`;
    throw invalid(parameter, `a positive integer ≤ ${most} (${recorded})`, steps);
  }
  return steps;
}

/**
 * Readies `optimizer` for a run that re-running repeats: resets it (which starts a schedule given
 * as its lr again from t = 0), keeping a momentum set on it (reset() would restore the factory's)
 * unless its schedule cycles momentum. The runners never write lr or momentum themselves.
 */
export function startRun(optimizer: Optimizer): void {
  const momentum = optimizer.schedule?.momentum ? undefined : optimizer.momentum;
  optimizer.reset();
  if (momentum !== undefined) optimizer.momentum = momentum;
}

/** A number in 3 significant digits for labels and messages: 0.1, 0.098, 1e-7, 2.1e+7. */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(3));
  const magnitude = Math.abs(rounded);
  return magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-4)
    ? rounded.toExponential()
    : String(rounded);
}

/**
 * A run's label: the optimizer, the rate of its first step (or its lr before any step) and its
 * schedule's name, e.g. "sgd lr=0.1 inverseTime".
 */
export function runLabel(optimizer: Optimizer, lrs: readonly number[]): string {
  const firstLr = lrs.length > 0 ? lrs[0] : optimizer.lr;
  const rate = Number.isNaN(firstLr) ? "" : ` lr=${formatNumber(firstLr)}`;
  return `${optimizer.name}${rate}${optimizer.schedule ? ` ${optimizer.schedule.name}` : ""}`;
}

/**
 * The runners take no `schedule` option: a schedule is given as the optimizer's lr, the rate's one
 * home. A `schedule` option, the old way, is an error that says where it goes.
 */
export function rejectScheduleOption(
  runner: string,
  given: object,
  advice = "Write optimizer: optimizers.sgd({ lr: schedules.inverseTime({ lr: 0.1, decay: 0.01 }) }) instead of optimizer: optimizers.sgd({ lr: 0.1 }), schedule: …",
): void {
  if (typeof given === "object" && given !== null && "schedule" in given) {
    throw new LrlabError(
      `${runner} has no schedule option: a schedule is given as the optimizer's lr, the rate's ` +
        `one home. ${advice}`,
    );
  }
}

/** A run diverges once its loss exceeds DIVERGENCE_FACTOR·max(1, |loss₀|). */
const DIVERGENCE_FACTOR = 1e6;

/** The loss past which a run whose first loss is `loss0` has diverged. */
export function divergenceBound(loss0: number): number {
  return DIVERGENCE_FACTOR * Math.max(1, Math.abs(loss0));
}

/** Why a run whose loss passed `bound` stopped, for its `reason`. */
export function pastBound(loss: number, bound: number): string {
  return `loss ${formatNumber(loss)} > ${formatNumber(bound)} = 1e6·max(1, |loss₀|)`;
}

/** Checks the optimizer option of the runners: an Optimizer from `optimizers`. */
export function requireOptimizer(parameter: string, optimizer: Optimizer): Optimizer {
  if (typeof optimizer?.step !== "function") {
    throw invalid(parameter, "an Optimizer such as optimizers.sgd({ lr: 0.1 })", optimizer);
  }
  return optimizer;
}
