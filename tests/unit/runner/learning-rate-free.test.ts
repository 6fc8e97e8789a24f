// minimize and train with the optimizers from optax: the loss passed to polyakSgd, momo and
// momoAdam, and Schedule-Free's two sequences (evalXs in runs, evaluation at evalParams in training).
import { describe, expect, it } from "vitest";
import { objectives } from "../../../lib/src/objectives";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";
import { evalSequence, minimize, train } from "../../../lib/src/runner";
import { plot } from "../../../lib/src/plot";
import { LrlabError } from "../../../lib/src/errors";
import { schedules } from "../../../lib/src/schedules";
import { toyData } from "./fixtures";

const f = objectives.courseQuadratic; // 3x² − 3x + 4, minimum 3.25 at x = 0.5

/** The loop minimize runs, by hand: loss and gradient at x, then one step with the loss. */
function byHand(optimizer: Optimizer, x0: number[], steps: number) {
  const x = Float64Array.from(x0);
  const xs = [x.slice()];
  const evalXs = [optimizer.evalParams?.(x)];
  for (let t = 0; t < steps; t++) {
    optimizer.step(x, f.gradient(x), f.value(x));
    xs.push(x.slice());
    evalXs.push(optimizer.evalParams?.(x));
  }
  return { xs, evalXs };
}

describe("minimize", () => {
  it.each([
    ["polyakSgd", () => optimizers.polyakSgd({ fMin: 3.25 })],
    ["momo", () => optimizers.momo({ lowerBound: 3.25 })],
    ["momoAdam", () => optimizers.momoAdam({ lr: 0.1 })],
  ])("passes the loss at each point to %s", (_name, make) => {
    const run = minimize(f, { x0: [0], optimizer: make(), steps: 20, tol: 0 });
    const { xs } = byHand(make(), [0], run.steps);
    expect(run.xs.map((x) => x[0])).toEqual(xs.map((x) => x[0]));
  });

  it("Polyak's step with the right f* solves a quadratic in one step", () => {
    const run = minimize(f, {
      x0: [0],
      optimizer: optimizers.polyakSgd({ fMin: 3.25 }),
      steps: 10,
    });
    // gap = 0.75, g = −3: η = 0.75/9 → x = 0.25; Polyak halves the distance on a quadratic.
    expect(run.xs[1][0]).toBeCloseTo(0.25, 15);
    expect(run.xs[2][0]).toBeCloseTo(0.375, 15);
  });

  it.each([
    ["scheduleFreeSgd", () => optimizers.scheduleFreeSgd({ lr: 0.1 })],
    ["scheduleFreeAdamw", () => optimizers.scheduleFreeAdamw({ lr: 0.1 })],
  ])("records %s's evaluation points as evalXs, one per xs", (_name, make) => {
    const run = minimize(f, { x0: [0], optimizer: make(), steps: 30 });
    expect(run.evalXs).toHaveLength(run.xs.length);
    expect(run.evalXs![0][0]).toBe(0);
    const { xs, evalXs } = byHand(make(), [0], 30);
    expect(run.xs.map((x) => x[0])).toEqual(xs.map((x) => x[0]));
    expect(run.evalXs!.map((x) => x[0])).toEqual(evalXs.map((x) => x![0]));
    // The average lags behind the gradient point but both head for the minimum at 0.5.
    expect(Math.abs(run.evalXs![30][0] - 0.5)).toBeLessThan(0.05);
  });

  it("a schedule sets Schedule-Free's lr before each step", () => {
    const run = minimize(f, {
      x0: [0],
      optimizer: optimizers.scheduleFreeSgd({ lr: schedules.constant({ lr: 0.05 }) }),
      steps: 5,
    });
    expect(run.lrs).toEqual([0.05, 0.05, 0.05, 0.05, 0.05]);
    expect(run.xs[1][0]).toBeCloseTo(0.15, 15); // z = y = 0 − 0.05·(−3)
  });

  it.each(["sgd", "dog", "prodigy", "polyakSgd"])("records no evalXs for %s", (name) => {
    const make = optimizers[name as "sgd"] as () => Optimizer;
    const run = minimize(f, { x0: [0], optimizer: make(), steps: 3 });
    expect("evalXs" in run).toBe(false);
  });
});

describe("train", () => {
  const data = toyData();
  const net = objectives.mlp({ ...data, hidden: [6], activation: "tanh" });

  it("evaluates Schedule-Free at evalParams and returns it, with the gradient point", () => {
    const run = train(net, {
      optimizer: optimizers.scheduleFreeAdamw({ lr: 0.05 }),
      epochs: 5,
      batchSize: 30,
      progress: false,
    });
    // By hand: full batch, so the same gradients.
    const opt = optimizers.scheduleFreeAdamw({ lr: 0.05 });
    const params = net.init(0);
    const grad = new Float64Array(net.dim);
    for (let t = 0; t < 5; t++) {
      const loss = net.valueAndGradient(params, grad);
      opt.step(params, grad, loss);
    }
    const x = opt.evalParams!(params);
    run.gradientParams!.forEach((value, i) => expect(value).toBeCloseTo(params[i], 12));
    run.params.forEach((value, i) => expect(value).toBeCloseTo(x[i], 12));
    expect(run.final.trainLoss).toBeCloseTo(net.evaluate(run.params).loss, 12);
    expect(run.final.trainLoss).not.toBeCloseTo(net.evaluate(run.gradientParams!).loss, 12);
  });

  it("passes each mini-batch loss to the optimizers that read it", () => {
    const run = train(net, {
      optimizer: optimizers.momo({ lr: 0.5 }),
      epochs: 3,
      batchSize: 10,
      progress: false,
    });
    expect(run.status).toBe("max-steps");
    expect(run.steps).toBe(9);
    expect("gradientParams" in run).toBe(false);
    expect(run.final.trainLoss).toBeLessThan(run.evaluations[0].trainLoss);
  });
});

describe("evalSequence", () => {
  it("is the evaluated sequence as a run, with its losses, that figures draw beside the gradient one", () => {
    const f = objectives.rosenbrock;
    const run = minimize(f, {
      x0: [-1.2, 1],
      optimizer: optimizers.scheduleFreeSgd({ lr: 1e-3 }),
      steps: 30,
    });
    const averaged = evalSequence(run);
    expect(averaged.xs).toBe(run.evalXs);
    averaged.xs.forEach((x, t) => expect(averaged.losses[t]).toBe(f.value(x)));
    expect(averaged.label).toBe(`${run.label} (eval)`);
    expect(averaged.xs[5]).not.toEqual(run.xs[5]);
    const figure = plot.contour(f, [run, averaged]);
    const names = (figure.data as { name?: string }[]).map((trace) => trace.name);
    expect(names).toContain(averaged.label);
  });

  it("says which runs have one", () => {
    const run = minimize(objectives.bowl, {
      x0: [1, 1],
      optimizer: optimizers.sgd({ lr: 0.1 }),
      steps: 3,
    });
    expect(() => evalSequence(run)).toThrow(LrlabError);
    expect(() => evalSequence(run)).toThrow(/^run must be a run of an optimizer with evalParams/);
  });
});
