// Bad input rejects with a message naming the parameter and what is accepted, following
// PyTorch's checks in torch.optim's constructors (lr ≥ 0, eps ≥ 0, betas in [0, 1), momentum ≥ 0,
// weight_decay ≥ 0, rho in [0, 1], alpha ≥ 0, Nesterov needs momentum and zero dampening).
import { describe, expect, test } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";
import { optimizerDb } from "./optimizer-db";

type Factory = (options: Record<string, unknown>) => Optimizer;
const factories = optimizers as unknown as Record<string, Factory>;

describe("every optimizer's record (optimizer-db.ts)", () => {
  test("there is one record per factory in optimizers, and no other", () => {
    const factoriesInNamespace = Object.keys(optimizers);
    expect(optimizerDb.map((record) => record.name).sort()).toEqual(factoriesInNamespace.sort());
  });

  describe.each(optimizerDb)("$name", (record) => {
    test("accepts its valid options, including the edges of each range", () => {
      for (const options of [{}, ...record.valid]) {
        expect(() => factories[record.name](options)).not.toThrow();
      }
    });

    test.each(
      record.invalid.map(([options, message]) => [
        JSON.stringify(options) ?? String(options),
        options,
        message,
      ]),
    )("rejects %s", (_, options, message) => {
      const create = () => factories[record.name](options as Record<string, unknown>);
      expect(create).toThrow(LrlabError);
      expect(create).toThrow(message as string);
    });

    test(`momentum is ${record.momentum}; reads the loss: ${record.readsLoss}; evalParams: ${record.evalParams}`, () => {
      const optimizer = factories[record.name]({});
      expect(typeof optimizer.momentum === "number").toBe(record.momentum !== "none");
      expect(typeof optimizer.evalParams === "function").toBe(record.evalParams);
      const withoutLoss = () => optimizer.step(new Float64Array([1, 2]), [0.5, -0.5]);
      if (record.readsLoss) expect(withoutLoss).toThrow(/loss must be a finite number/);
      else expect(withoutLoss).not.toThrow();
    });
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
