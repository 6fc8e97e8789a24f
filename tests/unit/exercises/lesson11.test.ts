import { describe, expect, it } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import type { Optimizer } from "../../../lib/src/optimizers/optimizer";
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

const deployX = (optimizer: Optimizer, params: Float64Array) => optimizer.evalParams!(params);

describe("lesson 11 checks", () => {
  expectChecks(
    {
      mystery: lesson11.mystery,
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
        wrong: (_optimizer: Optimizer, params: Float64Array) => params,
        trivial: {
          "z, the raw SGD iterate": (optimizer: Optimizer) => optimizer.state.buffers.z,
          "a constant point": () => [0, 0],
          "the course's noisy line's minimum, printed in the lesson": () => [0.9547, 1.991],
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

  it("turns a malformed choice or a bad option into not yet, without throwing", () => {
    expect(lesson11.badlyScaled({ optimizer: "prodigy", options: { lr: -1 } }).passed).toBe(false);
    expect(lesson11.deploy(() => [1, 2, 3]).passed).toBe(false);
  });
});
