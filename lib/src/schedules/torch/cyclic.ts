import {
  parseOptions,
  REQUIRED,
  requireBoolean,
  requireNonNegative,
  requireNumber,
  requirePositiveInteger,
  requirePositive,
  requireUnitInterval,
} from "../../errors";
import { oneOf, requireStep, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/** Options of oneCycleLR: PyTorch's OneCycleLR arguments in camelCase. */
export interface OneCycleLROptions {
  /** The peak learning rate (≥ 0). Required. */
  maxLr: number;
  /** Number of steps in the cycle (a positive integer). Required. */
  totalSteps: number;
  /**
   * Fraction of the steps spent rising (default 0.3): 1 < pctStart·totalSteps < totalSteps, or
   * < (totalSteps + 1)/2 with threePhase.
   */
  pctStart?: number;
  /** "cos" (half cosines, the default) or "linear". */
  annealStrategy?: "cos" | "linear";
  /** initial lr = maxLr/divFactor (> 0, default 25). */
  divFactor?: number;
  /** final lr = initial lr/finalDivFactor (> 0, default 1e4). */
  finalDivFactor?: number;
  /** Come back down to the initial lr before the final anneal (default false). */
  threePhase?: boolean;
  /**
   * Cycle the optimizer's momentum (μ, or the Adam family's β₁) inversely to the lr (default true,
   * as PyTorch's cycle_momentum). false: the schedule has no `momentum` and the optimizer keeps its
   * own.
   */
  cycleMomentum?: boolean;
  /** The momentum at the lr's peak (in [0, 1), default 0.85). */
  baseMomentum?: number;
  /** The momentum at the start and end of the cycle (in [0, 1), default 0.95). */
  maxMomentum?: number;
}

/** Options of cyclicLR: PyTorch's CyclicLR arguments in camelCase (no custom scale_fn). */
export interface CyclicLROptions {
  /** The lower lr of the cycle (≥ 0). Required. */
  baseLr: number;
  /** The upper lr of the cycle (≥ 0). Required. */
  maxLr: number;
  /** Steps from baseLr up to maxLr (a positive integer, default 2000). */
  stepSizeUp?: number;
  /** Steps back down (a positive integer, default stepSizeUp). */
  stepSizeDown?: number;
  /** "triangular" (the default), "triangular2" or "exp_range". */
  mode?: "triangular" | "triangular2" | "exp_range";
  /** The base of "exp_range"'s scale gammaᵗ (≥ 0, default 1). */
  gamma?: number;
  /**
   * Cycle the optimizer's momentum (μ, or the Adam family's β₁) inversely to the lr (default true,
   * as PyTorch's cycle_momentum). false: the schedule has no `momentum` and the optimizer keeps its
   * own.
   */
  cycleMomentum?: boolean;
  /** The momentum at the lr's peak, before scaling (in [0, 1), default 0.8). */
  baseMomentum?: number;
  /** The momentum at the start of each cycle, where lr = baseLr (in [0, 1), default 0.9). */
  maxMomentum?: number;
}

/** Adds `momentum(t)` (checking t) to a time-based schedule when `cycle` is set. */
function withMomentum(schedule: Schedule, cycle: boolean, momentumAt: (t: number) => number) {
  return cycle ? { ...schedule, momentum: (t: number) => momentumAt(requireStep(t)) } : schedule;
}

/**
 * PyTorch's OneCycleLR: from initial = maxLr/divFactor up to maxLr at t = pctStart·totalSteps − 1,
 * then down to initial/finalDivFactor at t = totalSteps − 1, along half cosines ("cos") or
 * straight lines ("linear"). With threePhase, the rate first comes back down to initial at
 * t = 2·pctStart·totalSteps − 2, and only the last phase anneals to initial/finalDivFactor.
 * Cosine from a to b at fraction p: b + (a − b)·(1 + cos πp)/2. PyTorch extrapolates the last
 * phase at t = totalSteps and raises past it; here t ≥ totalSteps keeps the final values.
 *
 * With cycleMomentum (the default, as PyTorch), `momentum(t)` moves the opposite way along the same
 * curves: maxMomentum (0.95) → baseMomentum (0.85) while the rate rises, then back to maxMomentum
 * while it anneals; with threePhase, baseMomentum → maxMomentum while it comes back down, and
 * maxMomentum throughout the last phase. An optimizer given the schedule as lr sets its momentum
 * (SGD's μ, Adam's β₁) to it before each step; an optimizer without momentum (adagrad, adadelta)
 * is an error unless cycleMomentum is false.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.oneCycleLR({ maxLr: 1, totalSteps: 10 });
 * const lr = (t: number) => s.lr(t);
 * const momentum = (t: number) => s.momentum!(t);
 * [0, 1, 2, 3, 4].map(lr); // → [0.04, 0.52, 1, 0.95, 0.812]
 * [5, 6, 7, 8, 9].map(lr); // → [0.611, 0.389, 0.188, 0.0495, 4e-6]
 * [0, 1, 2, 3, 4].map(momentum); // → [0.95, 0.9, 0.85, 0.855, 0.869]
 * [5, 6, 7, 8, 9].map(momentum); // → [0.889, 0.911, 0.931, 0.945, 0.95]
 * [lr(10), momentum(10)]; // → [4e-6, 0.95] (past totalSteps: the final values)
 * const three = schedules.oneCycleLR({
 *   maxLr: 1,
 *   totalSteps: 10,
 *   annealStrategy: "linear",
 *   threePhase: true,
 * });
 * [0, 1, 2, 3, 4].map((t) => three.lr(t)); // → [0.04, 0.52, 1, 0.52, 0.04]
 * [5, 6, 7, 8, 9].map((t) => three.lr(t)); // → [0.032, 0.024, 0.016, 0.008, 4e-6]
 * [0, 1, 2, 3, 4].map((t) => three.momentum!(t)); // → [0.95, 0.9, 0.85, 0.9, 0.95]
 * [5, 6, 7, 8, 9].map((t) => three.momentum!(t)); // → [0.95, 0.95, 0.95, 0.95, 0.95]
 * ```
 */
export function oneCycleLR(options: OneCycleLROptions): Schedule {
  // Each phase must end after the one before it: a check that reads totalSteps and threePhase.
  // The table checks in order, so they are known to be good when it reaches pctStart.
  const checkPctStart = (parameter: string, value: number) => {
    const { totalSteps, threePhase } = options;
    return threePhase === true
      ? requireNumber(
          parameter,
          value,
          `a number with 1 < pctStart·totalSteps < (totalSteps + 1)/2 with threePhase (totalSteps = ${totalSteps})`,
          (v) => v * totalSteps > 1 && 2 * v * totalSteps < totalSteps + 1,
        )
      : requireNumber(
          parameter,
          value,
          `a number with 1 < pctStart·totalSteps < totalSteps (totalSteps = ${totalSteps})`,
          (v) => v * totalSteps > 1 && v < 1,
        );
  };
  const o = parseOptions(
    "oneCycleLR",
    options,
    {
      maxLr: [REQUIRED, requireNonNegative],
      totalSteps: [REQUIRED, requirePositiveInteger],
      threePhase: [false, requireBoolean],
      pctStart: [0.3, checkPctStart],
      annealStrategy: ["cos", oneOf("cos", "linear")],
      divFactor: [25, requirePositive],
      finalDivFactor: [1e4, requirePositive],
      cycleMomentum: [true, requireBoolean],
      baseMomentum: [0.85, requireUnitInterval],
      maxMomentum: [0.95, requireUnitInterval],
    },
    "{ maxLr: 0.1, totalSteps: 100 }",
  );
  // The default 0.3 too: oneCycleLR({ maxLr: 1, totalSteps: 3 }) has no room to rise.
  checkPctStart("pctStart", o.pctStart);
  const { maxLr, totalSteps, pctStart, baseMomentum, maxMomentum } = o;
  const initialLr = maxLr / o.divFactor;
  const minLr = initialLr / o.finalDivFactor;
  const anneal = (from: number, to: number, pct: number) =>
    o.annealStrategy === "cos"
      ? to + ((from - to) / 2) * (Math.cos(Math.PI * pct) + 1)
      : (to - from) * pct + from;
  const peakStep = pctStart * totalSteps - 1;
  const lastStep = totalSteps - 1;
  // PyTorch's _schedule_phases: where each phase ends, and its lr and momentum at either end.
  const phases = o.threePhase
    ? [
        { end: peakStep, lr: [initialLr, maxLr], momentum: [maxMomentum, baseMomentum] },
        {
          end: 2 * pctStart * totalSteps - 2,
          lr: [maxLr, initialLr],
          momentum: [baseMomentum, maxMomentum],
        },
        { end: lastStep, lr: [initialLr, minLr], momentum: [maxMomentum, maxMomentum] },
      ]
    : [
        { end: peakStep, lr: [initialLr, maxLr], momentum: [maxMomentum, baseMomentum] },
        { end: lastStep, lr: [maxLr, minLr], momentum: [baseMomentum, maxMomentum] },
      ];
  const valueAt = (t: number, which: "lr" | "momentum") => {
    if (t >= totalSteps) return phases[phases.length - 1][which][1];
    const i = phases.findIndex((phase) => t <= phase.end);
    const start = i === 0 ? 0 : phases[i - 1].end;
    const [from, to] = phases[i][which];
    return anneal(from, to, (t - start) / (phases[i].end - start));
  };
  return withMomentum(
    timeSchedule("oneCycleLR", (t) => valueAt(t, "lr")),
    o.cycleMomentum,
    (t) => valueAt(t, "momentum"),
  );
}

/**
 * PyTorch's CyclicLR: the rate climbs linearly from baseLr to maxLr over stepSizeUp steps and
 * back down over stepSizeDown steps (default stepSizeUp), repeating. With x ∈ [0, 1) the position
 * in the cycle and r = stepSizeUp / (stepSizeUp + stepSizeDown) the rising part,
 * lr(t) = baseLr + (maxLr − baseLr)·h(x)·scale, where h(x) = x/r while x ≤ r, else (1 − x)/(1 − r),
 * and scale is 1 ("triangular"), 1/2^(cycle−1) ("triangular2", halving each cycle) or gammaᵗ
 * ("exp_range").
 *
 * With cycleMomentum (the default, as PyTorch), momentum(t) = maxMomentum − (maxMomentum −
 * baseMomentum)·h(x)·scale, with the same h and the same scale in every mode: it falls from
 * maxMomentum (0.9) to baseMomentum (0.8) as the rate rises, and its swing shrinks as the rate's
 * does. An optimizer given the schedule as lr sets its momentum (SGD's μ, Adam's β₁) to it before
 * each step; an
 * optimizer without momentum (adagrad, adadelta) is an error unless cycleMomentum is false.
 *
 * Example:
 *
 * ```ts
 * const s = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 2 });
 * [0, 1, 2, 3, 4].map((t) => s.lr(t)); // → [0.1, 0.55, 1, 0.55, 0.1]
 * [0, 1, 2, 3, 4].map((t) => s.momentum!(t)); // → [0.9, 0.85, 0.8, 0.85, 0.9]
 * // "triangular2" halves the swing each cycle: the second peak, at t = 6, is half as high.
 * const halving = schedules.cyclicLR({
 *   baseLr: 0.1,
 *   maxLr: 1,
 *   stepSizeUp: 2,
 *   mode: "triangular2",
 * });
 * [halving.lr(6), halving.momentum!(6)]; // → [0.55, 0.85]
 * // A quick rise and a slow fall.
 * const uneven = schedules.cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 1, stepSizeDown: 3 });
 * [0, 1, 2, 3, 4].map((t) => uneven.lr(t)); // → [0.1, 1, 0.7, 0.4, 0.1]
 * [0, 1, 2, 3, 4].map((t) => uneven.momentum!(t)); // → [0.9, 0.8, 0.833, 0.867, 0.9]
 * ```
 */
export function cyclicLR(options: CyclicLROptions): Schedule {
  // stepSizeDown defaults to stepSizeUp, which the table checks first when it is given.
  const defaultStepSizeDown = (options as Partial<CyclicLROptions> | null)?.stepSizeUp ?? 2000;
  const o = parseOptions(
    "cyclicLR",
    options,
    {
      baseLr: [REQUIRED, requireNonNegative],
      maxLr: [REQUIRED, requireNonNegative],
      stepSizeUp: [2000, requirePositiveInteger],
      stepSizeDown: [defaultStepSizeDown, requirePositiveInteger],
      mode: ["triangular", oneOf("triangular", "triangular2", "exp_range")],
      gamma: [1, requireNonNegative],
      cycleMomentum: [true, requireBoolean],
      baseMomentum: [0.8, requireUnitInterval],
      maxMomentum: [0.9, requireUnitInterval],
    },
    "{ baseLr: 0.01, maxLr: 0.1, stepSizeUp: 10 }",
  );
  const { baseLr, maxLr, mode, gamma, baseMomentum, maxMomentum } = o;
  const cycleSize = o.stepSizeUp + o.stepSizeDown;
  const rising = o.stepSizeUp / cycleSize;
  // PyTorch's scale_factor (h) and scale_fn at step t, shared by the lr and the momentum.
  const position = (t: number) => {
    const cycle = Math.floor(1 + t / cycleSize);
    const x = 1 + t / cycleSize - cycle;
    const h = x <= rising ? x / rising : (x - 1) / (rising - 1);
    const scale =
      mode === "triangular" ? 1 : mode === "triangular2" ? 1 / 2 ** (cycle - 1) : gamma ** t;
    return { h, scale };
  };
  return withMomentum(
    timeSchedule("cyclicLR", (t) => {
      const { h, scale } = position(t);
      return baseLr + (maxLr - baseLr) * h * scale;
    }),
    o.cycleMomentum,
    (t) => {
      const { h, scale } = position(t);
      return maxMomentum - (maxMomentum - baseMomentum) * h * scale;
    },
  );
}
