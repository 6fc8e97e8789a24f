import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { schedules } from "../../../lib/src/schedules";
import { expectChecks } from "./expect-checks";

/** The doubling-cycle restart, as a learner would write it. */
function doubling(t: number): number {
  let start = 0;
  for (let length = 50; t >= start + length; length *= 2) start += length;
  return 0.01 * 0.99 ** (t - start);
}

describe("lesson 07 checks", () => {
  expectChecks(exercises.lesson07, {
    // L of the note's data is ≈ 20.9403; doubling X makes it 4 times larger.
    doubledFeaturesLimit: { right: 2 / (4 * 20.94030650891055), wrong: 2 / 20.94030650891055 },
    // H = [[7.5, 2.5], [2.5, 1]]: λ = (8.5 ± √67.25)/2.
    interceptConditionNumber: {
      right: (8.5 + Math.sqrt(67.25)) / (8.5 - Math.sqrt(67.25)),
      wrong: 350.8,
    },
    // 0.5/(1 + 0.01t) < 0.09551 ⇔ t > 423.5.
    halfDynamicCrossing: {
      right: 424,
      wrong: 948,
      trivial: { "the printed crossing of the note's 1/(1 + 0.01t)": 948, "the placeholder": 0 },
    },
    warmRestart: {
      right: doubling,
      // Doubles the cycles but restarts one step late.
      wrong: (t: number) => doubling(Math.max(0, t - 1)),
      trivial: {
        "the lesson's fixed-period warm restart (a copy of the cell)": (t: number) =>
          0.01 * 0.99 ** (t % 100),
        "schedules.restarts as the lesson showed it": (t: number) =>
          schedules
            .restarts({
              schedule: schedules.exponentialDecay({ lr: 0.01, decayRate: 0.99 }),
              period: 100,
            })
            .lr(t),
        "the placeholder constant": () => 0.01,
        "plain exponential decay": (t: number) => 0.01 * 0.99 ** t,
      },
    },
    rateForNewData: {
      // 2/L ≈ 0.169 here; 0.9 of it is safe and fast enough.
      right: 0.15,
      wrong: 2 / 11.8309518948453 + 0.002,
      trivial: {
        "the note's 0.01": 0.01,
        "the lesson's best 0.09 for the note's data": 0.09,
        "the lesson's 2/L of the note's data": 0.0955,
        "the placeholder": 0.01,
        "1/L of the new data, a cautious rate": 1 / 11.8309518948453,
      },
    },
  });
});
