import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

describe("lesson 01 checks", () => {
  expectChecks(exercises.lesson01, {
    oneStepRate: { right: 0.5, wrong: 0.25 },
    stableLimitFor3ThetaSquared: { right: 1 / 3, wrong: 1 },
    iterationsToReach001: { right: 31, wrong: 20 },
    gradientStep: {
      right: (theta: number, lr: number) => theta - lr * 2 * theta,
      wrong: (theta: number, lr: number) => theta - lr * theta,
    },
  });
});
