// Every PyTorch schedule against torch.optim.lr_scheduler (torch 2.13, CPU): the values in
// tests/reference/torch-schedules.json come from tests/reference/torch_schedules.py, and each case
// names the exact PyTorch scheduler call that produced it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schedules } from "../../../lib/src/schedules";
import type { Schedule } from "../../../lib/src/schedules";

interface Built {
  factory: string;
  options: Record<string, unknown>;
}
interface Case extends Built {
  torch: string;
  lrs: number[];
  metrics?: number[];
}

const reference = JSON.parse(
  readFileSync(new URL("../../reference/torch-schedules.json", import.meta.url), "utf8"),
) as { torch: string; cases: Case[] };

// The same multipliers as LAMBDAS in torch_schedules.py.
const lambdas: Record<string, (t: number) => number> = {
  halfPerStep: (t) => 0.5 ** t,
  warmupThenInverseSqrt: (t) => Math.min((t + 1) / 4, 1 / Math.sqrt(Math.max(t, 1))),
};

function build({ factory, options }: Built): Schedule {
  const resolved: Record<string, unknown> = { ...options };
  if (typeof options.lrLambda === "string") resolved.lrLambda = lambdas[options.lrLambda];
  if (Array.isArray(options.schedules))
    resolved.schedules = (options.schedules as Built[]).map(build);
  const make = schedules[factory as keyof typeof schedules] as (options: unknown) => Schedule;
  return make(resolved);
}

describe(`PyTorch ${reference.torch} reference values`, () => {
  const covered = new Set(reference.cases.map((c) => c.factory));

  it("covers every PyTorch schedule", () => {
    for (const name of [
      "stepLR",
      "multiStepLR",
      "exponentialLR",
      "cosineAnnealingLR",
      "cosineAnnealingWarmRestarts",
      "linearLR",
      "constantLR",
      "polynomialLR",
      "oneCycleLR",
      "cyclicLR",
      "lambdaLR",
      "sequentialLR",
      "reduceLROnPlateau",
    ]) {
      expect(covered).toContain(name);
    }
  });

  for (const c of reference.cases) {
    it(`${c.factory} ${JSON.stringify(c.options)} matches ${c.torch}`, () => {
      expect(c.lrs.length).toBeGreaterThanOrEqual(3);
      const schedule = build(c);
      const ours = c.lrs.map((_, t) =>
        schedule.lr(t, { loss: t === 0 ? 1e9 : (c.metrics?.[t - 1] ?? 0), grad: [0] }),
      );
      ours.forEach((lr, t) => expect(lr, `t = ${t}`).toBeCloseTo(c.lrs[t], 12));
    });
  }
});
