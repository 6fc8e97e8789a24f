import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { schedules } from "../../../lib/src/schedules";
import { expectChecks } from "./expect-checks";

describe("lesson 10 checks", { timeout: 60_000 }, () => {
  expectChecks(exercises.lesson10, {
    // η/B kept: 0.03 · 400/20.
    scaleForBatch: {
      right: 0.6,
      // √B scaling: 0.03 · √20 — too small a step for 20 times fewer steps.
      wrong: 0.03 * Math.sqrt(20),
      trivial: {
        "the reference's own η, unscaled": 0.03,
        "the lesson's base rate η₀ = 0.1": 0.1,
        "the lesson's scaled rate for batches of 128": 0.4,
        "the lesson's scaled rate for batches of 256": 0.8,
        "a constant 0": 0,
      },
    },
    warmupSchedule: {
      right: schedules.warmupCosine({
        lr: 0.15,
        warmupSteps: 18,
        totalSteps: 60,
        startFactor: 0.01,
      }),
      // Warm-up of one epoch only: Adam's first steps are still too large.
      wrong: schedules.warmupCosine({
        lr: 0.15,
        warmupSteps: 6,
        totalSteps: 60,
        startFactor: 0.01,
      }),
      trivial: {
        "the full rate from the start (the failing cell)": schedules.cosineAnnealingLR({
          lr: 0.15,
          tMax: 60,
        }),
        "a constant full rate": () => 0.15,
        "a small constant rate": () => 0.01,
        "a copy of the lesson's warm-up cell": schedules.warmupCosine({
          lr: 0.2,
          warmupSteps: 18,
          totalSteps: 60,
          startFactor: 0.01,
        }),
        "a warm-up that lasts the whole run": (t: number) => (0.15 * t) / 59,
        "the full rate at step 0 only, then a low cosine": (t: number) =>
          t === 0 ? 0.15 : 0.05 * 0.5 * (1 + Math.cos((Math.PI * t) / 60)),
        "a single spike to the full rate over a low cosine": (t: number) =>
          t === 20 ? 0.15 : 0.08 * 0.5 * (1 + Math.cos((Math.PI * t) / 60)),
        "a small start, one step at the full rate, then a low rate": (t: number) =>
          t === 0 ? 0.0015 : t === 1 ? 0.15 : 0.03,
        "a copy of the lesson's warm-up cell with the rate 0.15": (t: number) =>
          0.15 * Math.min(0.01 + (0.99 * t) / 18, 0.5 * (1 + Math.cos((Math.PI * t) / 60))),
      },
    },
    robbinsMonro: {
      right: ["1/t", "1/t^0.75"],
      wrong: ["1/t", "1/sqrt(t)"],
      trivial: {
        "every schedule": ["constant", "exponential", "1/t", "1/sqrt(t)", "1/t^0.75", "1/t^2"],
        none: [],
        "only the lesson's 1/t": ["1/t"],
      },
    },
  });
});
