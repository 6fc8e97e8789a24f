import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

function gdDecay(wInit: number, epochs: number, lr: number, decay: number, first = 0): number[] {
  const xs = [wInit];
  let x = wInit;
  for (let i = first; i < first + epochs; i++) {
    x -= (lr / (1 + decay * i)) * 2 * x;
    xs.push(x);
  }
  return xs;
}

describe("lesson 03 checks", () => {
  expectChecks(exercises.lesson03, {
    rateAtIteration4: { right: 0.1, wrong: 0.3 / 2.5 },
    gdDecay: {
      right: gdDecay,
      // Off by one in the decay: i counted from 1.
      wrong: (wInit: number, epochs: number, lr: number, decay: number) =>
        gdDecay(wInit, epochs, lr, decay, 1),
    },
    stepsWithDecay: { right: 6, wrong: 31 },
    exponentialBudget: { right: 1, wrong: 0.05 },
  });
});
