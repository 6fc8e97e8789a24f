import {
  requireBoolean,
  requireNonNegative,
  requireOptions,
  requirePositiveInteger,
  requirePositive,
} from "../../errors";
import { requireChoice, requireNumber, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/**
 * PyTorch's OneCycleLR: from initial = maxLr/divFactor up to maxLr at t = pctStart·totalSteps − 1,
 * then down to initial/finalDivFactor at t = totalSteps − 1, along half cosines ("cos") or
 * straight lines ("linear"). With threePhase, the rate first comes back down to initial at
 * t = 2·pctStart·totalSteps − 2, and only the last phase anneals to initial/finalDivFactor.
 * Cosine from a to b at fraction p: b + (a − b)·(1 + cos πp)/2. Momentum cycling is left out:
 * optimizers here keep their own momentum. PyTorch extrapolates the last phase at t = totalSteps
 * and raises past it; here t ≥ totalSteps keeps the final rate.
 *
 * Example: oneCycleLR({ maxLr: 1, totalSteps: 10 }) gives 0.04, 0.52, 1, 0.950, 0.812, 0.611,
 * 0.389, 0.188, 0.0495, 0.000004 at t = 0…9. With pctStart: 0.3, annealStrategy: "linear" and
 * threePhase: true it gives 0.04, 0.52, 1, 0.52, 0.04, 0.032, 0.024, 0.016, 0.008, 0.000004.
 */
export function oneCycleLR(options: {
  maxLr: number;
  totalSteps: number;
  pctStart?: number;
  annealStrategy?: "cos" | "linear";
  divFactor?: number;
  finalDivFactor?: number;
  threePhase?: boolean;
}): Schedule {
  const known = [
    "maxLr",
    "totalSteps",
    "pctStart",
    "annealStrategy",
    "divFactor",
    "finalDivFactor",
    "threePhase",
  ];
  requireOptions("oneCycleLR", options, known, "{ maxLr: 0.1, totalSteps: 100 }");
  const maxLr = requireNonNegative("maxLr", options.maxLr);
  const totalSteps = requirePositiveInteger("totalSteps", options.totalSteps);
  const threePhase = requireBoolean("threePhase", options.threePhase ?? false);
  // Each phase must end after the one before it.
  const pctStart = threePhase
    ? requireNumber(
        "pctStart",
        options.pctStart ?? 0.3,
        `a number with 1 < pctStart·totalSteps < (totalSteps + 1)/2 with threePhase (totalSteps = ${totalSteps})`,
        (v) => v * totalSteps > 1 && 2 * v * totalSteps < totalSteps + 1,
      )
    : requireNumber(
        "pctStart",
        options.pctStart ?? 0.3,
        `a number with 1 < pctStart·totalSteps < totalSteps (totalSteps = ${totalSteps})`,
        (v) => v * totalSteps > 1 && v < 1,
      );
  const strategy = requireChoice("annealStrategy", options.annealStrategy ?? "cos", [
    "cos",
    "linear",
  ]);
  const initialLr = maxLr / requirePositive("divFactor", options.divFactor ?? 25);
  const minLr = initialLr / requirePositive("finalDivFactor", options.finalDivFactor ?? 1e4);
  const anneal = (from: number, to: number, pct: number) =>
    strategy === "cos"
      ? to + ((from - to) / 2) * (Math.cos(Math.PI * pct) + 1)
      : (to - from) * pct + from;
  const peakStep = pctStart * totalSteps - 1;
  const lastStep = totalSteps - 1;
  const phases = threePhase
    ? [
        { end: peakStep, from: initialLr, to: maxLr },
        { end: 2 * pctStart * totalSteps - 2, from: maxLr, to: initialLr },
        { end: lastStep, from: initialLr, to: minLr },
      ]
    : [
        { end: peakStep, from: initialLr, to: maxLr },
        { end: lastStep, from: maxLr, to: minLr },
      ];
  return timeSchedule("oneCycleLR", (t) => {
    if (t >= totalSteps) return minLr;
    const i = phases.findIndex((phase) => t <= phase.end);
    const start = i === 0 ? 0 : phases[i - 1].end;
    return anneal(phases[i].from, phases[i].to, (t - start) / (phases[i].end - start));
  });
}

/**
 * PyTorch's CyclicLR: the rate climbs linearly from baseLr to maxLr over stepSizeUp steps and
 * back down over stepSizeDown steps (default stepSizeUp), repeating. With x ∈ [0, 1) the position
 * in the cycle and r = stepSizeUp / (stepSizeUp + stepSizeDown) the rising part,
 * lr(t) = baseLr + (maxLr − baseLr)·h(x)·scale, where h(x) = x/r while x ≤ r, else (1 − x)/(1 − r),
 * and scale is 1 ("triangular"), 1/2^(cycle−1) ("triangular2", halving each cycle) or gammaᵗ
 * ("exp_range").
 *
 * Example: cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 2 }) gives 0.1, 0.55, 1, 0.55, 0.1 at
 * t = 0…4; with mode "triangular2" the next peak (t = 6) is 0.55. With stepSizeUp: 1,
 * stepSizeDown: 3 it gives 0.1, 1, 0.7, 0.4, 0.1.
 */
export function cyclicLR(options: {
  baseLr: number;
  maxLr: number;
  stepSizeUp?: number;
  stepSizeDown?: number;
  mode?: "triangular" | "triangular2" | "exp_range";
  gamma?: number;
}): Schedule {
  const known = ["baseLr", "maxLr", "stepSizeUp", "stepSizeDown", "mode", "gamma"];
  requireOptions("cyclicLR", options, known, "{ baseLr: 0.01, maxLr: 0.1, stepSizeUp: 10 }");
  const baseLr = requireNonNegative("baseLr", options.baseLr);
  const maxLr = requireNonNegative("maxLr", options.maxLr);
  const stepSizeUp = requirePositiveInteger("stepSizeUp", options.stepSizeUp ?? 2000);
  const stepSizeDown = requirePositiveInteger("stepSizeDown", options.stepSizeDown ?? stepSizeUp);
  const mode = requireChoice("mode", options.mode ?? "triangular", [
    "triangular",
    "triangular2",
    "exp_range",
  ]);
  const gamma = requireNonNegative("gamma", options.gamma ?? 1);
  const cycleSize = stepSizeUp + stepSizeDown;
  const rising = stepSizeUp / cycleSize;
  return timeSchedule("cyclicLR", (t) => {
    const cycle = Math.floor(1 + t / cycleSize);
    const x = 1 + t / cycleSize - cycle;
    const height = (maxLr - baseLr) * (x <= rising ? x / rising : (x - 1) / (rising - 1));
    const scale =
      mode === "triangular" ? 1 : mode === "triangular2" ? 1 / 2 ** (cycle - 1) : gamma ** t;
    return baseLr + height * scale;
  });
}
