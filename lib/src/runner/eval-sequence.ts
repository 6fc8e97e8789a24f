import { invalid } from "../errors";
import type { Run } from "./run";

/**
 * The sequence a Schedule-Free run evaluates and deploys (its averages x), as a run of its own, so
 * that every figure can draw it beside the gradient sequence y: points evalXs, losses evalLosses,
 * the label marked "(eval)". The gradients and rates stay those of the steps that produced it.
 *
 * Example:
 *
 * ```ts
 * const run = minimize(objectives.bowl, { x0: [1, 1], optimizer: optimizers.scheduleFreeSgd({ lr: 0.1 }), steps: 20 });
 * const averaged = evalSequence(run);
 * averaged.label; // → "scheduleFreeSgd lr=0.1 (eval)"
 * averaged.xs.length === run.xs.length; // → true
 * ```
 */
export function evalSequence(run: Run): Run {
  if (run == null || !Array.isArray(run.evalXs) || !Array.isArray(run.evalLosses)) {
    throw invalid(
      "run",
      "a run of an optimizer with evalParams (scheduleFreeSgd, scheduleFreeAdamw)",
      run,
    );
  }
  return { ...run, label: `${run.label} (eval)`, xs: run.evalXs, losses: run.evalLosses };
}
