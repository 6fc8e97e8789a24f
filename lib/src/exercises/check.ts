import type { LinearRegression } from "../objectives/builtins/linear-regression";

/** What a check decides about an answer: a pass with a note, or not yet with a hint. */
export type Verdict = { pass: true; note?: string } | { pass: false; hint: string };

/** What every check returns (and prints): never throws, so a lesson always runs to the end. */
export interface CheckResult {
  readonly passed: boolean;
  readonly message: string;
}

/**
 * Makes an exercise check. The returned function judges the learner's answer, prints friendly
 * feedback and returns it. It never throws: an answer that throws, or a judge that fails on a
 * malformed answer, becomes "not yet" with what went wrong.
 *
 *   const oneStepRate = defineCheck("one-step rate", (eta: number) =>
 *     Math.abs(eta - 0.5) < 1e-9 ? { pass: true } : { pass: false, hint: "θ₁ = (1 − 2η)θ₀" });
 *   oneStepRate(0.5); // prints "✅ one-step rate: correct."
 */
export function defineCheck<Answer>(
  title: string,
  judge: (answer: Answer) => Verdict,
): (answer: Answer) => CheckResult {
  return (answer) => {
    let verdict: Verdict;
    try {
      verdict = judge(answer);
    } catch (error) {
      verdict = {
        pass: false,
        hint: `your answer raised an error: ${(error as Error)?.message ?? error}`,
      };
    }
    const message = verdict.pass
      ? `✅ ${title}: correct.${verdict.note ? ` ${verdict.note}` : ""}`
      : `❌ ${title}: not yet. Hint: ${verdict.hint}`;
    console.log(message);
    return quietInKernel({ passed: verdict.pass, message });
  };
}

/**
 * Makes a check whose answer is the learner's own function: an answer that is not a function (such
 * as the result of calling it) is "not yet" with `usage`, the call that passes the function itself.
 *
 *   gdStepDecay: defineFunctionCheck(
 *     "Your GD with step decay",
 *     "exercises.lesson03.gdStepDecay(myGDStepDecay)",
 *     (gd: StepDecayGD) => …,
 *   ),
 */
export function defineFunctionCheck<Answer extends (...args: never[]) => unknown>(
  title: string,
  usage: string,
  judge: (answer: Answer) => Verdict,
): (answer: Answer) => CheckResult {
  return defineCheck(title, (answer: Answer) =>
    typeof answer === "function"
      ? judge(answer)
      : { pass: false, hint: `pass your function itself: ${usage}.` },
  );
}

/**
 * A notebook cell that ends with a check echoes its return value (tslab `console.log`s the last
 * expression), which would repeat the message as an object dump. Node's inspect hook shows it as
 * an empty line instead; the fields stay as they are for code that reads them.
 */
function quietInKernel(result: CheckResult): CheckResult {
  return Object.defineProperty(result, Symbol.for("nodejs.util.inspect.custom"), {
    value: () => "",
    enumerable: false,
  });
}

/** Whether `got` is a number within `tolerance` of `expected`; NaN never is. */
export function isClose(got: unknown, expected: number, tolerance: number): boolean {
  return typeof got === "number" && Math.abs(got - expected) <= tolerance;
}

/** Whether `got` equals `want` to 1e-9, relative (absolute below 1); NaN never does. */
export function nearlyEqual(got: number, want: number): boolean {
  return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

/** A number check: passes when |answer − expected| ≤ tolerance. */
export function numberVerdict(
  answer: unknown,
  expected: number,
  tolerance: number,
  hint: string,
): Verdict {
  if (typeof answer !== "number" || !Number.isFinite(answer)) {
    return {
      pass: false,
      hint: `the answer should be a finite number, got ${String(answer)}. ${hint}`,
    };
  }
  return isClose(answer, expected, tolerance) ? { pass: true } : { pass: false, hint };
}

/** "Not yet" unless the answer is a learning rate, a finite number > 0, followed by `hint`. */
export function notALearningRate(answer: unknown, hint: string): Verdict | undefined {
  if (typeof answer === "number" && Number.isFinite(answer) && answer > 0) return undefined;
  return {
    pass: false,
    hint: `the answer should be a learning rate > 0, got ${String(answer)}. ${hint}`,
  };
}

/**
 * Compares a sequence the learner's code returned with the expected one: undefined when every
 * entry agrees to 1e-9 (relative, or absolute below 1), else "not yet" naming the first that
 * differs, then `hint`. `call` shows how the learner's code was called.
 */
export function sequenceMismatch(
  call: string,
  got: unknown,
  expected: readonly number[],
  hint: string,
): Verdict | undefined {
  if (!Array.isArray(got) || got.length !== expected.length) {
    const received = Array.isArray(got)
      ? `${got.length} value${got.length === 1 ? "" : "s"}`
      : String(got);
    return {
      pass: false,
      hint: `${call} should return ${expected.length} numbers, got ${received}. ${hint}`,
    };
  }
  const bad = expected.findIndex((x, t) => !nearlyEqual(got[t], x));
  if (bad < 0) return undefined;
  return {
    pass: false,
    hint: `${call}[${bad}] is ${got[bad]}, expected ${expected[bad]}. ${hint}`,
  };
}

/**
 * Plain mini-batch SGD from θ = [0, 0] on `loss` (seeded batches) with learning rate rate(t):
 * calls onStep(θ, t) after each step and returns the last θ, or undefined as soon as a rate is not
 * a finite number ≥ 0 or θ leaves |θᵢ| < 1e6.
 */
export function scheduledSgd(
  loss: LinearRegression,
  rate: (t: number) => number,
  batch: { batchSize: number; seed: number; steps: number },
  onStep?: (theta: readonly number[], t: number) => void,
): number[] | undefined {
  const batches = loss.stochastic({ batchSize: batch.batchSize, seed: batch.seed });
  const theta = [0, 0];
  for (let t = 0; t < batch.steps; t++) {
    batches.nextBatch?.();
    const lr = rate(t);
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) return undefined;
    const g = batches.gradient(theta);
    theta[0] -= lr * g[0];
    theta[1] -= lr * g[1];
    if (!theta.every((v) => Number.isFinite(v) && Math.abs(v) < 1e6)) return undefined;
    onStep?.(theta, t);
  }
  return theta;
}

/** The best of some constant rates on a problem: its rate and its score, the lower the better. */
export interface BestConstant {
  readonly lr: number;
  readonly score: number;
}

/**
 * The rate among `rates` whose constant schedule scores lowest, found on first use and then kept:
 * `score(rate)` is what a run with the schedule `rate` ends at (Infinity if it diverges).
 */
export function bestConstantRate(
  rates: readonly number[],
  score: (rate: (t: number) => number) => number,
): () => BestConstant {
  let best: BestConstant | undefined;
  return () =>
    (best ??= rates
      .map((lr) => ({ lr, score: score(() => lr) }))
      .reduce((a, b) => (b.score < a.score ? b : a)));
}

/**
 * Judges a learner's schedule that must end `factor` times below the best constant rate: `yours`
 * is its score (an excess loss; Infinity if it diverged). `note(timesLower)` is the note of a pass;
 * a miss names both scores, with `diverged` for an infinite one, then `advice`.
 */
export function beatsConstantVerdict(
  yours: number,
  best: BestConstant,
  factor: number,
  text: { note: (timesLower: number) => string; diverged: string; advice: string },
): Verdict {
  if (yours <= best.score / factor) return { pass: true, note: text.note(best.score / yours) };
  const ending = Number.isFinite(yours)
    ? `your schedule ends at an excess loss of ${yours.toExponential(2)}`
    : text.diverged;
  return {
    pass: false,
    hint: `${ending}; the best constant rate (${best.lr}) ends at ${best.score.toExponential(2)}, and you need ${factor} times lower. ${text.advice}`,
  };
}
