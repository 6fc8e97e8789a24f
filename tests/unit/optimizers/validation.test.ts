// Bad input rejects with a message naming the parameter and what is accepted, following
// PyTorch's checks in torch.optim's constructors (lr ≥ 0, eps ≥ 0, betas in [0, 1), momentum ≥ 0,
// weight_decay ≥ 0, rho in [0, 1], alpha ≥ 0, Nesterov needs momentum and zero dampening).
import { describe, expect, test } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { optimizers } from "../../../lib/src/optimizers";
import { factoryNames } from "./factory-names";

type Factory = (options: Record<string, unknown>) => unknown;
const factories = optimizers as unknown as Record<string, Factory>;
/** Every factory with an `lr` option: polyakSgd's schedulable rate is optax's `scaling`. */
const all = factoryNames.filter((name) => name !== "polyakSgd");
const adamFamily = ["adam", "adamw", "adamax", "nadam", "radam"];

function rejects(name: string, options: Record<string, unknown>, message: string) {
  const create = () => factories[name](options);
  expect(create).toThrow(LrlabError);
  expect(create).toThrow(message);
}

describe("hyper-parameter validation", () => {
  test.each(all)("%s rejects a negative or non-finite lr", (name) => {
    rejects(name, { lr: -0.1 }, "lr must be a finite number ≥ 0, got -0.1");
    rejects(name, { lr: NaN }, "lr must be a finite number ≥ 0, got NaN");
    rejects(name, { lr: "0.1" }, 'lr must be a finite number ≥ 0, got "0.1"');
  });

  test.each(all)("%s accepts lr = 0", (name) => {
    expect(() => factories[name]({ lr: 0 })).not.toThrow();
  });

  test.each(adamFamily)("%s rejects betas outside [0, 1)", (name) => {
    rejects(name, { betas: [1, 0.999] }, "betas[0] must be a number in [0, 1), got 1");
    rejects(name, { betas: [0.9, -0.1] }, "betas[1] must be a number in [0, 1), got -0.1");
    rejects(name, { betas: [0.9] }, "betas must be a pair [beta1, beta2], got [0.9] (length 1)");
    expect(() => factories[name]({ betas: [0, 0] })).not.toThrow();
  });

  test.each(["adagrad", "rmsprop", "adadelta", ...adamFamily])(
    "%s rejects a negative eps",
    (name) => {
      rejects(name, { eps: -1e-8 }, "eps must be a finite number ≥ 0, got -1e-8");
    },
  );

  test.each(["sgd", "adagrad", "rmsprop", "adadelta", ...adamFamily])(
    "%s rejects a negative weightDecay",
    (name) =>
      rejects(name, { weightDecay: -0.01 }, "weightDecay must be a finite number ≥ 0, got -0.01"),
  );

  test.each(["sgd", "rmsprop", "classicMomentum"])("%s rejects a negative momentum", (name) => {
    rejects(name, { momentum: -0.9 }, "momentum must be a finite number ≥ 0, got -0.9");
  });

  test("sgd rejects Nesterov without momentum or with dampening, as PyTorch", () => {
    const needs = "(Nesterov momentum requires momentum > 0 and dampening = 0), got true";
    rejects(
      "sgd",
      { nesterov: true },
      `nesterov must be false when momentum = 0 and dampening = 0 ${needs}`,
    );
    rejects(
      "sgd",
      { nesterov: true, momentum: 0.9, dampening: 0.1 },
      `nesterov must be false when momentum = 0.9 and dampening = 0.1 ${needs}`,
    );
    expect(() => optimizers.sgd({ nesterov: true, momentum: 0.9 })).not.toThrow();
  });

  test("sgd rejects a non-finite dampening", () => {
    rejects("sgd", { dampening: Infinity }, "dampening must be a finite number, got Infinity");
  });

  test("adadelta rejects rho outside [0, 1] and accepts both ends", () => {
    rejects("adadelta", { rho: 1.5 }, "rho must be a number in [0, 1], got 1.5");
    rejects("adadelta", { rho: -0.5 }, "rho must be a number in [0, 1], got -0.5");
    expect(() => optimizers.adadelta({ rho: 0 })).not.toThrow();
    expect(() => optimizers.adadelta({ rho: 1 })).not.toThrow();
  });

  test("rmsprop rejects a negative alpha", () => {
    rejects("rmsprop", { alpha: -0.5 }, "alpha must be a finite number ≥ 0, got -0.5");
  });

  test("adagrad rejects a negative lrDecay or initialAccumulatorValue", () => {
    rejects("adagrad", { lrDecay: -1 }, "lrDecay must be a finite number ≥ 0, got -1");
    rejects(
      "adagrad",
      { initialAccumulatorValue: -1 },
      "initialAccumulatorValue must be a finite number ≥ 0, got -1",
    );
  });

  test("nadam rejects a negative momentumDecay", () => {
    rejects(
      "nadam",
      { momentumDecay: -0.004 },
      "momentumDecay must be a finite number ≥ 0, got -0.004",
    );
  });

  test("flags must be booleans", () => {
    rejects("adam", { amsgrad: 1 }, "amsgrad must be true or false, got 1");
    rejects("rmsprop", { centered: "yes" }, 'centered must be true or false, got "yes"');
    rejects(
      "radam",
      { decoupledWeightDecay: 0 },
      "decoupledWeightDecay must be true or false, got 0",
    );
    rejects("sgd", { trackEffectiveLr: null }, "trackEffectiveLr must be true or false, got null");
  });

  test("unknown options (e.g. PyTorch's snake_case) are rejected with the accepted names", () => {
    rejects(
      "adam",
      { weight_decay: 0.1 },
      'adam option must be one of lr, betas, eps, weightDecay, amsgrad, decoupledWeightDecay, trackEffectiveLr, got "weight_decay"',
    );
    rejects("adamw", { decoupledWeightDecay: false }, "adamw option must be one of");
  });

  test("options must be an object", () => {
    rejects(
      "sgd",
      0.1 as unknown as Record<string, unknown>,
      "sgd options must be an object such as { lr: 0.01 }, got 0.1",
    );
  });
});

describe("step and lr validation", () => {
  test("lr can be written but not made negative", () => {
    const opt = optimizers.sgd({ lr: 0.1 });
    opt.lr = 0.5;
    expect(opt.lr).toBe(0.5);
    expect(() => (opt.lr = -1)).toThrow("lr must be a finite number ≥ 0, got -1");
    expect(opt.lr).toBe(0.5);
  });

  test("params and grad must have one length", () => {
    const opt = optimizers.adam();
    expect(() => opt.step(new Float64Array(3), [1, 2])).toThrow(
      "grad must be an array of length 3 (the length of params), got [1, 2] (length 2)",
    );
  });

  test("params must be a Float64Array", () => {
    const opt = optimizers.adam();
    expect(() => opt.step([1, 2] as unknown as Float64Array, [1, 2])).toThrow(
      "params must be a Float64Array, got [1, 2] (length 2)",
    );
  });

  test("params must keep the size the state was made for until reset()", () => {
    const opt = optimizers.adam();
    opt.step(new Float64Array(2), [1, 1]);
    expect(() => opt.step(new Float64Array(3), [1, 1, 1])).toThrow(
      "params must be of length 2, the size of the optimizer's state (call reset() to start over), got [0, 0, 0] (length 3)",
    );
    opt.reset();
    expect(() => opt.step(new Float64Array(3), [1, 1, 1])).not.toThrow();
  });

  test("a rejected step changes nothing", () => {
    const opt = optimizers.sgd({ lr: 0.1, momentum: 0.9 });
    const params = Float64Array.of(1, 2);
    expect(() => opt.step(params, [1])).toThrow();
    expect(opt.state.step).toBe(0);
    expect([...params]).toEqual([1, 2]);
  });
});
