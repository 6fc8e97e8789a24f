import { describe, expect, it } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { objectives } from "../../../lib/src/objectives";
import { optimizers } from "../../../lib/src/optimizers";
import { plot } from "../../../lib/src/plot";
import { train } from "../../../lib/src/runner";
import { schedules } from "../../../lib/src/schedules";
import { XOR } from "../runner/fixtures";

const data = XOR;
const net = objectives.mlp({ ...data, hidden: [4], activation: "tanh" });
const run = (lr: number, validation = true) =>
  train(net, {
    optimizer: optimizers.sgd({
      lr: schedules.oneCycleLR({ maxLr: lr, totalSteps: 40 }),
      momentum: 0.9,
    }),
    epochs: 20,
    batchSize: 2,
    progress: false,
    ...(validation && { validation: data }),
  });

type Trace = Record<string, unknown> & { x: number[]; y: number[]; yaxis: string };

describe("plot.training", () => {
  it("draws the batch loss, then training (solid) and validation (dashed) evaluations, over epochs", () => {
    const r = run(0.5);
    const fig = plot.training(r);
    const traces = fig.data as Trace[];
    expect(traces.map((t) => t.yaxis)).toEqual(["y", "y", "y", "y2", "y2"]);
    const [batch, trainLoss, validationLoss, trainAccuracy] = traces;
    expect(batch.opacity).toBe(0.3);
    expect(batch.x).toHaveLength(40);
    expect(batch.x[2]).toBe(1); // step 2 of 2 per epoch is epoch 1
    expect(trainLoss.x).toEqual(r.evaluations.map((e) => e.epoch));
    expect(trainLoss.y[0]).toBeCloseTo(r.evaluations[0].trainLoss, 3);
    expect((validationLoss.line as { dash: string }).dash).toBe("dash");
    expect(trainAccuracy.y).toEqual(r.evaluations.map((e) => e.trainAccuracy));
    // One legend entry per run.
    expect(traces.filter((t) => t.showlegend)).toHaveLength(1);
  });

  it("draws the rate, momentum and update ratio panels on their own axes", () => {
    const fig = plot.training([run(0.5), run(0.1, false)], {
      panels: ["lr", "momentum", "updateRatio"],
      width: 600,
    });
    const traces = fig.data as Trace[];
    expect(traces).toHaveLength(6);
    expect(traces[0].y[1]).toBeCloseTo(
      schedules.oneCycleLR({ maxLr: 0.5, totalSteps: 40 }).lr(1),
      3,
    );
    expect(traces[2].y[0]).toBe(0.95);
    const layout = fig.layout as Record<string, { type?: string }> & { width: number };
    expect(layout.width).toBe(600);
    expect(layout.yaxis.type).toBe("log");
    // Two runs of one optimizer get two colours.
    const colors = traces.map((t) => (t.line as { color: string }).color);
    expect(colors[0]).not.toBe(colors[1]);
  });

  it("rejects bad input with clear errors", () => {
    const r = run(0.5);
    const cases: [() => unknown, RegExp][] = [
      [() => plot.training([]), /^runs must be a training run or a non-empty array/],
      [() => plot.training([{}] as never), /^runs\[0\] must be a training run \(from train\)/],
      [
        () => plot.training(r, { panels: ["loss", "grad"] } as never),
        /^panels\[1\] must be one of "loss"/,
      ],
      [() => plot.training(r, { panels: [] }), /^panels must be a non-empty array/],
      [
        () => plot.training(r, { logloss: true } as never),
        /^training option must be one of panels/,
      ],
      [() => plot.training(r, { colors: "red" } as never), /^colors must be an array of colours/],
    ];
    for (const [call, message] of cases) {
      expect(call).toThrow(LrlabError);
      expect(call).toThrow(message);
    }
  });
});
