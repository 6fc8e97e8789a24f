// minimize against the seed notes' own loops, its stopping rules, and bad input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimize } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import { sgd } from "../../../lib/src/optimizers/sgd";
import type { Objective } from "../../../lib/src/objectives/objective";
import type { Schedule } from "../../../lib/src/schedules/schedule";
import { objectives } from "../../../lib/src/objectives";
import { bowl, quadratic } from "./fixtures";

const df = (x: number) => 6 * x - 3; // seed 002's deriv(x)

/** Seed 002's training loop: localmin -= lr(i, grad)·grad for i in range(epochs). */
function seed002Loop(x0: number, epochs: number, lr: (i: number, grad: number) => number) {
  const xs = [x0];
  for (let i = 0; i < epochs; i++) {
    const grad = df(xs[i]);
    xs.push(xs[i] - lr(i, grad) * grad);
  }
  return xs;
}

const firstCoordinates = (xs: readonly Float64Array[]) => xs.map((x) => x[0]);

describe("minimize reproduces the seed notes", () => {
  it("seed 002, fixed rate 0.01 for 50 epochs", () => {
    const run = minimize(quadratic(), { x0: [1.5], optimizer: sgd({ lr: 0.01 }), steps: 50 });
    expect(firstCoordinates(run.xs)).toEqual(seed002Loop(1.5, 50, () => 0.01));
    expect(run.lrs).toEqual(Array(50).fill(0.01));
    expect(run.losses[0]).toBe(3 * 1.5 ** 2 - 3 * 1.5 + 4);
    expect(run.grads[0][0]).toBe(df(1.5));
    expect(run).toMatchObject({
      status: "max-steps",
      steps: 50,
      label: "sgd lr=0.01",
      optimizer: "sgd",
    });
    expect(run.objective).toBe(quadratic().name);
  });

  it("seed 002, time-based rate 0.1·(1 − (i+1)/50)", () => {
    const run = minimize(quadratic(), {
      x0: [-1.2],
      optimizer: sgd({ lr: schedules.timeBased({ lr: 0.1, epochs: 50 }) }),
      steps: 50,
    });
    const expected = seed002Loop(-1.2, 50, (i) => 0.1 * (1 - (i + 1) / 50));
    firstCoordinates(run.xs).forEach((x, t) => expect(x).toBeCloseTo(expected[t], 14));
    expect(run.lrs[49]).toBe(0);
    expect(run.label).toBe("sgd lr=0.098 timeBased");
  });

  it("seed 002, derivative-scaled rate 0.01·|f′(x)|", () => {
    const run = minimize(quadratic(), {
      x0: [2],
      optimizer: sgd({ lr: schedules.derivativeScaled({ lr: 0.01 }) }),
      steps: 50,
    });
    const expected = seed002Loop(2, 50, (_, grad) => 0.01 * Math.abs(grad));
    firstCoordinates(run.xs).forEach((x, t) => expect(x).toBeCloseTo(expected[t], 14));
    expect(run.lrs[0]).toBeCloseTo(0.09, 14);
  });

  it("seed 003, exponential decay 0.99 on the regression", () => {
    const run = minimize(objectives.exactFitRegression, {
      x0: [0, 0],
      optimizer: sgd({ lr: schedules.exponentialLR({ lr: 0.01, gamma: 0.99 }) }),
      steps: 200,
    });
    // seed 003: gradients = (1/m)·Xᵀ(Xθ − y); θ -= lr·gradients; lr *= 0.99
    const objective = objectives.exactFitRegression;
    let theta = [0, 0];
    let lr = 0.01;
    for (let t = 0; t < 200; t++) {
      const g = objective.gradient(theta);
      theta = theta.map((v, i) => v - lr * g[i]);
      lr *= 0.99;
    }
    expect(run.xs[200][0]).toBeCloseTo(theta[0], 12);
    expect(run.xs[200][1]).toBeCloseTo(theta[1], 12);
  });

  it("seed 003, per-parameter random rates move each θᵢ by exactly −rateᵢ·gᵢ and record the mean", () => {
    const schedule = schedules.randomPerParameter({ lr: 0.01, spread: 0.02, seed: 3 });
    const run = minimize(objectives.exactFitRegression, {
      x0: [0, 0],
      optimizer: sgd({ lr: schedule }),
      steps: 20,
    });
    for (let t = 0; t < 20; t++) {
      const rates = schedule.lrPerParameter!(t, 2);
      for (let i = 0; i < 2; i++) {
        expect(run.xs[t + 1][i]).toBeCloseTo(run.xs[t][i] - rates[i] * run.grads[t][i], 15);
      }
      expect(run.lrs[t]).toBeCloseTo((rates[0] + rates[1]) / 2, 15);
    }
  });
});

describe("stopping", () => {
  it("converges when ‖grad‖ ≤ tol, recording where", () => {
    const run = minimize(quadratic(), {
      x0: [0],
      optimizer: sgd({ lr: schedules.localMinimum({ lr: 0.01 }) }),
      steps: 50,
    });
    expect(run.status).toBe("converged");
    expect(run.steps).toBe(2); // the secant step of t = 1 lands on x = 0.5
    expect(run.xs[2][0]).toBeCloseTo(0.5, 12);
    expect(run.xs).toHaveLength(3);
    expect(run.lrs).toHaveLength(2);
  });

  it("tol: default 1e-8; a larger tol stops earlier", () => {
    const loose = minimize(bowl([1]), {
      x0: [1],
      optimizer: sgd({ lr: 0.5 }),
      steps: 100,
      tol: 1e-2,
    });
    const strict = minimize(bowl([1]), { x0: [1], optimizer: sgd({ lr: 0.5 }), steps: 100 });
    expect(loose).toMatchObject({ status: "converged", steps: 7 }); // 0.5⁷ < 1e-2 < 0.5⁶
    expect(strict).toMatchObject({ status: "converged", steps: 27 }); // 0.5²⁷ < 1e-8 < 0.5²⁶
  });

  it("a rate above 2/L diverges cleanly past the bound 1e6·max(1, |loss₀|)", () => {
    const run = minimize(quadratic(), { x0: [1], optimizer: sgd({ lr: 0.5 }), steps: 1000 });
    expect(run.status).toBe("diverged");
    expect(run.steps).toBe(run.xs.length - 1);
    expect(run.lrs).toHaveLength(run.steps);
    expect(run.losses.every((l) => Number.isFinite(l) && l <= 1e6 * run.losses[0])).toBe(true);
    expect(run.reason).toMatch(
      new RegExp(`^step ${run.steps + 1}: loss .* > 4e\\+6 = 1e6·max\\(1, \\|loss₀\\|\\)$`),
    );
    expect(run.steps).toBeLessThan(20);
  });

  it("non-finite values end the run at the last finite point", () => {
    const cliff: Objective = {
      ...quadratic(),
      value: (x) => (x[0] > 3 ? NaN : 3 * x[0] ** 2 - 3 * x[0] + 4),
    };
    const run = minimize(cliff, { x0: [-1], optimizer: sgd({ lr: 0.34 }), steps: 100 });
    expect(run.status).toBe("diverged");
    expect(run.reason).toMatch(/the loss is not finite/);
    expect(run.xs.every((x) => Number.isFinite(x[0]))).toBe(true);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });

  it("an overflowing loss or parameter ends the run without calling the objective on it", () => {
    const loss = minimize(quadratic(), { x0: [1], optimizer: sgd({ lr: 1e300 }), steps: 10 });
    expect(loss).toMatchObject({
      status: "diverged",
      steps: 0,
      reason: "step 1: the loss is not finite",
    });
    const x = minimize(quadratic(), { x0: [1e10], optimizer: sgd({ lr: 1e300 }), steps: 10 });
    expect(x).toMatchObject({
      status: "diverged",
      steps: 0,
      reason: "step 1: the parameters are not finite",
    });
    expect(x.lrs).toEqual([]);
  });

  it("a non-finite scheduled rate is an error naming the schedule and the step", () => {
    const cliff = { name: "cliff", lr: (t: number) => (t < 2 ? 0.1 : NaN) };
    const options = { x0: [1], optimizer: sgd({ lr: cliff }), steps: 10 };
    expect(() => minimize(quadratic(), options)).toThrow(
      "cliff.lr(2) must be a finite number ≥ 0, got NaN",
    );
  });

  it("rejects a negative per-parameter rate, naming the schedule", () => {
    const uphill = {
      name: "uphill",
      lr: () => 0.1,
      lrPerParameter: () => Float64Array.of(-0.1, 0.3),
    };
    expect(() =>
      minimize(bowl([1, 1]), { x0: [1, 1], optimizer: sgd({ lr: uphill }), steps: 3 }),
    ).toThrow(/uphill\.lrPerParameter\(0\) must be 2 finite rates ≥ 0/);
  });

  it("derivativeScaled blows up from a far start (|x − 0.5| > 5.56), as its doc comment says", () => {
    const far = minimize(quadratic(), {
      x0: [10],
      optimizer: sgd({ lr: schedules.derivativeScaled({ lr: 0.01 }) }),
      steps: 50,
    });
    const near = minimize(quadratic(), {
      x0: [5],
      optimizer: sgd({ lr: schedules.derivativeScaled({ lr: 0.01 }) }),
      steps: 50,
    });
    expect(far.status).toBe("diverged");
    expect(near.status).not.toBe("diverged");
  });
});

describe("state", () => {
  it("re-running gives the same run: the optimizer and its schedule are reset", () => {
    const schedule = schedules.reduceLROnPlateau({ lr: 0.05, patience: 2 });
    const optimizer = sgd({ lr: schedule, momentum: 0.9 });
    const options = { x0: [2, -1], optimizer, steps: 60 };
    const first = minimize(bowl([1, 10]), options);
    const second = minimize(bowl([1, 10]), options);
    expect(second).toEqual(first);
    expect(first.lrs.some((lr) => lr < 0.05)).toBe(true);
    expect(optimizer.lr).toBe(first.lrs[first.lrs.length - 1]);
  });

  it("restores a constant lr and momentum the learner set", () => {
    const optimizer = sgd({ lr: 0.05, momentum: 0.9 });
    optimizer.lr = 0.02;
    optimizer.momentum = 0.5;
    const run = minimize(bowl([1, 10]), { x0: [2, -1], optimizer, steps: 5 });
    expect(run.lrs).toEqual([0.02, 0.02, 0.02, 0.02, 0.02]);
    expect([optimizer.lr, optimizer.momentum]).toEqual([0.02, 0.5]);
  });

  it("calls nextBatch once before each loss and gradient evaluation", () => {
    let batches = 0;
    let evaluatedAt = -1;
    const base = quadratic();
    const stochastic: Objective = {
      ...base,
      nextBatch: () => {
        batches += 1;
      },
      value: (x) => {
        evaluatedAt = batches;
        return base.value(x);
      },
    };
    const run = minimize(stochastic, { x0: [0], optimizer: sgd({ lr: 0.01 }), steps: 10 });
    expect(batches).toBe(run.xs.length);
    expect(evaluatedAt).toBe(batches);
  });
});

describe("plain gradient descent on a convex quadratic (property)", () => {
  it("with 0 < η < 2/L the loss never rises", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (h, start, fraction) => {
          const objective = bowl(h);
          const lr = (fraction * 2) / objective.smoothness!;
          const run = minimize(objective, {
            x0: start.slice(0, h.length),
            optimizer: sgd({ lr }),
            steps: 100,
          });
          expect(run.status).not.toBe("diverged");
          run.losses.slice(1).forEach((loss, t) => expect(loss).toBeLessThanOrEqual(run.losses[t]));
        },
      ),
    );
  });

  it("with η > 2/L the run diverges instead of returning NaNs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 2.2, max: 1e3, noNaN: true }),
        (h, multiple) => {
          const run = minimize(bowl([h]), {
            x0: [1],
            optimizer: sgd({ lr: multiple / h }),
            steps: 10_000,
          });
          expect(run.status).toBe("diverged");
          expect(run.losses.every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });
});

describe("bad input", () => {
  const ok = { x0: [0], optimizer: sgd({ lr: 0.1 }), steps: 10 };
  it.each([
    [
      "an x0 of the wrong length",
      { x0: [0, 1] },
      /x0 must be an array of 1 finite number, got \[0, 1\] \(length 2\)/,
    ],
    ["a non-finite x0", { x0: [NaN] }, /x0\[0\] must be a finite number, got NaN/],
    ["steps 0", { steps: 0 }, /steps must be a positive integer, got 0/],
    ["fractional steps", { steps: 2.5 }, /steps must be a positive integer, got 2.5/],
    [
      "more steps than the kernel's memory can record",
      { steps: 1e8 },
      /steps must be a positive integer ≤ 1000000 \(every step is recorded\), got 100000000/,
    ],
    ["negative tol", { tol: -1 }, /tol must be a finite number ≥ 0, got -1/],
    [
      "no optimizer",
      { optimizer: undefined },
      /optimizer must be an Optimizer such as optimizers.sgd/,
    ],
    [
      "a schedule option (a schedule is the optimizer's lr)",
      { schedule: schedules.constant({ lr: 0.1 }) },
      /^minimize has no schedule option: a schedule is given as the optimizer's lr, the rate's one home\. Write optimizer: optimizers\.sgd\(\{ lr: schedules\.inverseTime/,
    ],
  ])("rejects %s", (_, bad, message) => {
    expect(() => minimize(quadratic(), { ...ok, ...bad } as never)).toThrow(message);
  });

  it("rejects a misspelt option, such as an lr meant for the optimizer", () => {
    expect(() => minimize(quadratic(), { ...ok, lr: 0.5 } as never)).toThrow(
      'minimize option must be one of x0, optimizer, steps, tol, got "lr"',
    );
    expect(() => minimize(quadratic(), undefined as never)).toThrow(
      "minimize options must be an object such as { x0: [1], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 50 }, got undefined",
    );
  });

  it("rejects what is not an objective, with a hint for an uncalled factory", () => {
    expect(() => minimize(objectives.xCos as never, ok)).toThrow(
      /^objective must be an Objective such as objectives.rosenbrock .*, got function: call the function to make the objective$/,
    );
    expect(() => minimize("x^2" as never, ok)).toThrow(
      /objective must be an Objective.*got "x\^2"/,
    );
  });

  it("rejects a custom gradient that is not an array of dim numbers", () => {
    const numberGradient = { ...quadratic(), gradient: () => 3 } as unknown as Objective;
    expect(() => minimize(numberGradient, ok)).toThrow(
      "objective.gradient(x) must be an array of 1 number, got 3",
    );
  });

  it("rejects a scheduled rate that is not a number", () => {
    const textRate = { name: "text", lr: () => "0.1" } as unknown as Schedule;
    expect(() => minimize(quadratic(), { ...ok, optimizer: sgd({ lr: textRate }) })).toThrow(
      'text.lr(0) must be a finite number ≥ 0, got "0.1"',
    );
  });

  it("rejects an x0 where the loss is not finite", () => {
    const broken: Objective = { ...quadratic(), value: () => Infinity };
    expect(() => minimize(broken, ok)).toThrow(
      /x0 must be a point where the loss and gradient are finite/,
    );
  });
});
