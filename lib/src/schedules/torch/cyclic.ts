import { requireNonNegative, requirePositiveInteger } from "../../errors";
import { requireChoice, requireNumber, requirePositive, timeSchedule } from "../define";
import type { Schedule } from "../schedule";

/**
 * PyTorch's OneCycleLR (two phases, the default): from maxLr/divFactor up to maxLr over the first
 * pctStart·totalSteps − 1 steps, then down to maxLr/(divFactor·finalDivFactor) at
 * t = totalSteps − 1, along half cosines ("cos") or straight lines ("linear"). Cosine from a to b
 * at fraction p: b + (a − b)·(1 + cos πp)/2. Momentum cycling is left out: optimizers here keep
 * their own momentum. PyTorch extrapolates the last phase at t = totalSteps and raises past it;
 * here t ≥ totalSteps keeps the final rate.
 *
 * Example: oneCycleLR({ maxLr: 1, totalSteps: 10 }) gives 0.04, 0.52, 1, 0.951, 0.812, 0.611,
 * 0.389, 0.188, 0.0495, 0.000004 at t = 0…9.
 */
export function oneCycleLR(options: {
  maxLr: number;
  totalSteps: number;
  pctStart?: number;
  annealStrategy?: "cos" | "linear";
  divFactor?: number;
  finalDivFactor?: number;
}): Schedule {
  const maxLr = requireNonNegative("maxLr", options.maxLr);
  const totalSteps = requirePositiveInteger("totalSteps", options.totalSteps);
  const pctStart = requireNumber(
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
  return timeSchedule("oneCycleLR", (t) => {
    if (t >= totalSteps) return minLr;
    if (t <= peakStep) return anneal(initialLr, maxLr, t / peakStep);
    return anneal(maxLr, minLr, (t - peakStep) / (lastStep - peakStep));
  });
}

/**
 * PyTorch's CyclicLR: the rate climbs linearly from baseLr to maxLr over stepSizeUp steps and
 * back down over as many, repeating. With x ∈ [0, 1) the position in the cycle,
 * lr(t) = baseLr + (maxLr − baseLr)·h(x)·scale, h the triangle, and scale 1 ("triangular"),
 * 1/2^(cycle−1) ("triangular2", halving each cycle) or gammaᵗ ("exp_range").
 *
 * Example: cyclicLR({ baseLr: 0.1, maxLr: 1, stepSizeUp: 2 }) gives 0.1, 0.55, 1, 0.55, 0.1 at
 * t = 0…4; with mode "triangular2" the next peak (t = 6) is 0.55.
 */
export function cyclicLR(options: {
  baseLr: number;
  maxLr: number;
  stepSizeUp?: number;
  mode?: "triangular" | "triangular2" | "exp_range";
  gamma?: number;
}): Schedule {
  const baseLr = requireNonNegative("baseLr", options.baseLr);
  const maxLr = requireNonNegative("maxLr", options.maxLr);
  const stepSizeUp = requirePositiveInteger("stepSizeUp", options.stepSizeUp ?? 2000);
  const mode = requireChoice("mode", options.mode ?? "triangular", [
    "triangular",
    "triangular2",
    "exp_range",
  ]);
  const gamma = requireNonNegative("gamma", options.gamma ?? 1);
  const cycleSize = 2 * stepSizeUp;
  return timeSchedule("cyclicLR", (t) => {
    const cycle = Math.floor(1 + t / cycleSize);
    const x = 1 + t / cycleSize - cycle;
    const height = (maxLr - baseLr) * (x <= 0.5 ? x / 0.5 : (x - 1) / (0.5 - 1));
    const scale =
      mode === "triangular" ? 1 : mode === "triangular2" ? 1 / 2 ** (cycle - 1) : gamma ** t;
    return baseLr + height * scale;
  });
}
