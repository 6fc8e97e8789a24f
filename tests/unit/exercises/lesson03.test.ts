import { describe, expect, it, vi } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { minimize } from "../../../lib/src/runner";
import { objectives } from "../../../lib/src/objectives";
import { optimizers } from "../../../lib/src/optimizers";
import { schedules } from "../../../lib/src/schedules";
import { expectChecks } from "./expect-checks";

/** The lesson's step-decay GD, written as a learner would. */
function gdStepDecay(
  w_init: number,
  df: (x: number) => number,
  epochs: number,
  lr: number,
  drop: number,
  every: number,
): number[] {
  const xs = [w_init];
  let x = w_init;
  for (let i = 0; i < epochs; i++) {
    x -= lr * drop ** Math.floor(i / every) * df(x);
    xs.push(x);
  }
  return xs;
}

/** The lesson's GD_decay, copied from the cell above the exercise (time-based decay). */
function GD_decay(
  w_init: number,
  df: (x: number) => number,
  epochs: number,
  lr: number,
  decay: number,
): number[] {
  const xs = [w_init];
  let x = w_init;
  for (let i = 0; i < epochs; i++) {
    x += -df(x) * (lr / (1 + decay * i));
    xs.push(x);
  }
  return xs;
}

describe("lesson 03 checks", () => {
  expectChecks(exercises.lesson03, {
    rateAtIteration4: {
      right: 0.1,
      wrong: 0.3 / 2.5,
      trivial: { "the starting rate": 0.3, "the placeholder": 0 },
    },
    gdStepDecay: {
      right: gdStepDecay,
      // Off by one: the first drop comes one epoch early.
      wrong: (
        w: number,
        df: (x: number) => number,
        e: number,
        lr: number,
        drop: number,
        every: number,
      ) =>
        gdStepDecay(w, (x) => df(x), e, lr, drop, every).map((x, t) =>
          t === every ? x * 1.01 : x,
        ),
      trivial: {
        "a copy of GD_decay": GD_decay,
        "the library on x² (ignores df)": (
          w: number,
          _df: unknown,
          e: number,
          lr: number,
          drop: number,
          every: number,
        ) =>
          minimize(objectives.xSquared, {
            x0: [w],
            optimizer: optimizers.sgd({
              lr: schedules.stepLR({ lr, stepSize: every, gamma: drop }),
            }),
            steps: e,
            tol: 0,
          }).xs.map((x) => x[0]),
        "the placeholder": (w: number) => [w],
      },
    },
    // η = 0.97, decay 0.2, |x| < 1e-4: 7 steps; the lesson prints 6 for η = 0.9, decay 0.5, 1e-3.
    stepsWithDecay: {
      right: 7,
      wrong: 31,
      trivial: { "the lesson's printed 6": 6, "the placeholder": 0 },
    },
    exponentialBudget: {
      right: 1,
      wrong: 0.05,
      trivial: { "the printed budget for η₀ = 0.1, γ = 0.99": 10, "the placeholder": 0 },
    },
    beatConstantRate: {
      right: (t: number) => schedules.cosineAnnealingLR({ lr: 0.5, tMax: 100 }).lr(t),
      // Decays, but leaves the rate far above 0 at the end.
      wrong: (t: number) => 0.5 / (1 + 0.01 * t),
      trivial: {
        "the placeholder constant 0.1": () => 0.1,
        "the gallery's cosine for 300 steps": (t: number) =>
          schedules.cosineAnnealingLR({ lr: 0.5, tMax: 300 }).lr(t),
        "the gallery's warm-up + cosine for 300 steps": (t: number) =>
          schedules.warmupCosine({ lr: 0.5, warmupSteps: 30, totalSteps: 300 }).lr(t),
        "the gallery's warm restarts": (t: number) =>
          schedules.cosineAnnealingWarmRestarts({ lr: 0.5, t0: 50, tMult: 2 }).lr(t),
        "a rate of 0 (never moves)": () => 0,
      },
    },
  });

  it("gdStepDecay says so when df is never called", () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const ignoresDf = (w: number, _df: unknown, e: number) =>
      Array.from({ length: e + 1 }, () => w);
    expect(exercises.lesson03.gdStepDecay(ignoresDf as never).message).toMatch(/never called df/);
    vi.restoreAllMocks();
  });
});
