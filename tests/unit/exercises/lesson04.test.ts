import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

function gdMomentum(xStart: number, epochs: number, lr: number, momentum: number): number[] {
  const xs = [xStart];
  let x = xStart;
  let v = 0;
  for (let i = 0; i < epochs; i++) {
    v = momentum * v - lr * 2 * x;
    x += v;
    xs.push(x);
  }
  return xs;
}

describe("lesson 04 checks", () => {
  expectChecks(exercises.lesson04, {
    gdMomentum: {
      right: gdMomentum,
      // Forgets the momentum: plain gradient descent.
      wrong: (xStart: number, epochs: number, lr: number) => gdMomentum(xStart, epochs, lr, 0),
    },
    terminalSpeed: { right: 0.1, wrong: 0.01 },
    largestStableRate: { right: 1.9, wrong: 1 },
    betaForEta08: { right: 0.7, wrong: 0.5 },
  });
});
