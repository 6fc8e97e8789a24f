import { describe } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";
import { minimize } from "../../../lib/src/runner";
import { objectives } from "../../../lib/src/objectives";
import { optimizers } from "../../../lib/src/optimizers";

/**
 * Momentum GD in the course's form, written as a learner would: heavy ball takes the gradient at
 * x (the lesson's GD_momentum), Nesterov at the look-ahead point x + βv.
 */
function momentumGd(lookAhead: boolean) {
  return (
    x_start: number,
    df: (x: number) => number,
    epochs: number,
    lr: number,
    momentum: number,
  ) => {
    const xs = [x_start];
    let x = x_start;
    let v = 0;
    for (let i = 0; i < epochs; i++) {
      v = momentum * v - lr * df(lookAhead ? x + momentum * v : x);
      x += v;
      xs.push(x);
    }
    return xs;
  };
}
const GD_momentum = momentumGd(false);
const gdNesterov = momentumGd(true);

const gradient = exercises.lesson04.mystery.gradient;
const [l1, l2] = [gradient([1, 0])[0], gradient([0, 1])[1]];
// The best heavy ball for curvatures in [l1, l2] (Polyak): η = 4/(√l2 + √l1)², β = ((√κ − 1)/(√κ + 1))².
const kappa = l2 / l1;
const bestLr = 4 / (Math.sqrt(l2) + Math.sqrt(l1)) ** 2;
const bestBeta = ((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)) ** 2;

describe("lesson 04 checks", () => {
  expectChecks(exercises.lesson04, {
    gdNesterov: {
      right: gdNesterov,
      // Looks ahead by the whole velocity plus one gradient step: a common slip.
      wrong: (x: number, df: (x: number) => number, e: number, lr: number, m: number) =>
        gdNesterov(x, (y) => df(y) * 1.5, e, lr, m),
      trivial: {
        "a copy of GD_momentum (heavy ball)": GD_momentum,
        "the placeholder": (x: number) => [x],
        // The library's Nesterov on x², ignoring df: the check sees df never called.
        "optimizers.sgd({ nesterov: true }) on x²": (
          x: number,
          _df: (x: number) => number,
          epochs: number,
          lr: number,
          m: number,
        ) => {
          const optimizer = optimizers.sgd({ lr, momentum: m, nesterov: true });
          const run = minimize(objectives.xSquared, { x0: [x], optimizer, steps: epochs, tol: 0 });
          return run.xs.map((p) => p[0]);
        },
      },
    },
    terminalSpeed: {
      right: 0.1,
      wrong: 0.01,
      trivial: { "the printed speed for α = 0.1, β = 0.9": 1, "the placeholder": 0 },
    },
    largestStableRate: {
      right: 1.9,
      wrong: 1,
      trivial: { "the printed ηλ limit 2 + 2β = 3.8": 3.8, "plain GD's limit 2/λ": 1 },
    },
    betaForEta08: {
      right: 0.7,
      wrong: 0.5,
      trivial: { "the common default 0.9": 0.9, "0.95": 0.95, "no momentum": 0 },
    },
    chooseLrAndMomentum: {
      right: { lr: bestLr, momentum: bestBeta },
      // Plain gradient descent at its best rate: too slow for κ = 180.
      wrong: { lr: 2 / (l1 + l2), momentum: 0 },
      trivial: {
        "the lesson's bowl setting η = 0.6, β = 0.5": { lr: 0.6, momentum: 0.5 },
        "the common η = 0.1, β = 0.9": { lr: 0.1, momentum: 0.9 },
        "the lesson's Nesterov η = 0.3, β = 0.9": { lr: 0.3, momentum: 0.9 },
        "the placeholder": { lr: 0, momentum: 0 },
      },
    },
  });
});
