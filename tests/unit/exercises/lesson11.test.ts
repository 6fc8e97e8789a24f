import { describe, expect, it } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { optimizers } from "../../../lib/src/optimizers";
import { minimize } from "../../../lib/src/runner/minimize";
import { expectChecks } from "./expect-checks";

const { lesson11 } = exercises;

/** What a learner would do: minimize the mystery with Prodigy (no f* needed) and read its best loss. */
const prodigyRun = minimize(lesson11.mystery, {
  x0: [3, 2],
  optimizer: optimizers.prodigy(),
  steps: 300,
  tol: 0,
});
const bestSeen = Math.min(...prodigyRun.losses);

/** The average x, from y = βx + (1 − β)z. */
const deployX = (y: Float64Array, z: Float64Array, beta: number) =>
  y.map((v, i) => (v - (1 - beta) * z[i]) / beta);

// Each check runs whole optimizations on every problem: quick alone, but with lessons 09 and 10
// training networks beside it on a loaded machine it gets the same room as they do.
describe("lesson 11 checks", { timeout: 60_000 }, () => {
  expectChecks(
    {
      polyakBound: lesson11.polyakBound,
      deploy: lesson11.deploy,
      badlyScaled: lesson11.badlyScaled,
    },
    {
      polyakBound: {
        right: bestSeen,
        wrong: bestSeen - 0.01,
        trivial: {
          "a constant: 0, the bound every loss ≥ 0 has": 0,
          "lesson 06's f* = 3.25, printed in the lesson": 3.25,
          "the mystery's visible shift 7.5": 7.5,
          "an upper bound: the loss at the start": lesson11.mystery.value([3, 2]),
        },
      },
      deploy: {
        right: deployX,
        wrong: (y: Float64Array) => y,
        trivial: {
          "z, the SGD-like sequence": (_y: Float64Array, z: Float64Array) => z,
          "the right formula with the default β = 0.9 written in": (
            y: Float64Array,
            z: Float64Array,
          ) => deployX(y, z, 0.9),
          "y and z mixed the other way, 2y − z": (y: Float64Array, z: Float64Array) =>
            y.map((v, i) => 2 * v - z[i]),
          "a constant point": () => [0, 0],
          "the line the fresh problems are drawn around": () => [2, -1.5],
          "not a function": "x",
        },
      },
      badlyScaled: {
        right: { optimizer: "prodigy" },
        wrong: { optimizer: "sgd", options: { lr: 0.1 } },
        trivial: {
          "Adam's default rate": { optimizer: "adam" },
          "Adam at a bold rate": { optimizer: "adam", options: { lr: 1 } },
          "the lesson's tuned SGD rate": { optimizer: "sgd", options: { lr: 0.316 } },
          "DoG's defaults (too slow)": { optimizer: "dog" },
          "Polyak assuming f* = 0": { optimizer: "polyakSgd" },
          "Schedule-Free AdamW's defaults": { optimizer: "scheduleFreeAdamw" },
          "a misspelt optimizer": { optimizer: "Prodigy" },
          "a placeholder": { optimizer: "sgd", options: { lr: 0 } },
        },
      },
    },
  );

  it("accepts other methods that estimate the distance: D-Adaptation and DoWG", () => {
    expect(lesson11.badlyScaled({ optimizer: "dadaptAdamw" }).passed).toBe(true);
    expect(lesson11.badlyScaled({ optimizer: "dowg" }).passed).toBe(true);
  });

  it("accepts Polyak's bound only near the true f*, from either side within 1e-9", () => {
    expect(lesson11.polyakBound(bestSeen - 1e-9).passed).toBe(true);
    expect(lesson11.polyakBound(bestSeen - 1e-6).passed).toBe(false);
    expect(lesson11.polyakBound(bestSeen + 1e-6).passed).toBe(false);
  });

  it("never shows f − f* in Polyak's hint: with fMin above f*, it would give f* away", () => {
    const fMin = bestSeen + 0.5;
    const { message } = lesson11.polyakBound(fMin);
    expect(message).not.toContain((fMin - bestSeen).toExponential(1));
    expect(message).not.toContain(bestSeen.toFixed(4));
  });

  it("turns a malformed choice or a bad option into not yet, without throwing", () => {
    expect(lesson11.badlyScaled({ optimizer: "prodigy", options: { lr: -1 } }).passed).toBe(false);
    expect(lesson11.deploy(() => [1, 2, 3]).passed).toBe(false);
  });
});
