// Every PyTorch schedule against torch.optim.lr_scheduler (torch 2.13, CPU): the values in
// tests/reference/torch-schedules.json come from tests/reference/torch_schedules.py, and each case
// names the exact PyTorch scheduler call that produced it. Momentum cycling (OneCycleLR and
// CyclicLR with cycle_momentum=True) is checked on its own, and in whole runs through minimize.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Objective } from "../../../lib/src/objectives/objective";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";
import { minimize } from "../../../lib/src/runner";
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

interface MomentumCase extends Built {
  torch: string;
  /** The torch optimizer whose group["momentum"] or betas[0] the scheduler cycled. */
  optimizer: string;
  lrs: number[];
  momenta: number[];
}
interface ReferenceRun {
  optimizer: Built;
  schedule: Built;
  torch: string;
  A: [[number, number], [number, number]];
  b: [number, number];
  x0: number[];
  lrs: number[];
  momenta: number[];
  /** Parameters after each step. */
  xs: number[][];
}

const reference = JSON.parse(
  readFileSync(new URL("../../reference/torch-schedules.json", import.meta.url), "utf8"),
) as { torch: string; cases: Case[]; momentumCases: MomentumCase[]; runs: ReferenceRun[] };

/** Within 1e-12 relative (and 1e-15 absolute, near 0), as the optimizers' reference tests. */
function expectClose(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-12 * Math.abs(expected) + 1e-15,
  );
}

/** f(x) = ½xᵀAx − bᵀx in 2-D, its gradient written out as torch_schedules.py's gradient(). */
function quadratic(A: ReferenceRun["A"], b: ReferenceRun["b"]): Objective {
  return {
    name: "½xᵀAx − bᵀx",
    dim: 2,
    variables: ["x", "y"],
    value: (x) =>
      0.5 * (x[0] * (A[0][0] * x[0] + A[0][1] * x[1]) + x[1] * (A[1][0] * x[0] + A[1][1] * x[1])) -
      (b[0] * x[0] + b[1] * x[1]),
    gradient: (x, out = new Float64Array(2)) => {
      out[0] = A[0][0] * x[0] + A[0][1] * x[1] - b[0];
      out[1] = A[1][0] * x[0] + A[1][1] * x[1] - b[1];
      return out;
    },
    formula: "½xᵀAx − bᵀx",
    latex: "\\tfrac12 x^\\top A x - b^\\top x",
    domain: [
      [-2, 2],
      [-2, 2],
    ],
  };
}

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

describe(`PyTorch ${reference.torch} momentum cycling (cycle_momentum=True)`, () => {
  it("covers oneCycleLR and cyclicLR, on SGD's momentum and on Adam's β₁", () => {
    const covered = new Set(reference.momentumCases.map((c) => `${c.factory} ${c.optimizer}`));
    for (const factory of ["oneCycleLR", "cyclicLR"]) {
      expect(covered).toContain(`${factory} torch.optim.SGD([p], lr=lr, momentum=0.9)`);
      expect(covered).toContain(`${factory} torch.optim.Adam([p], lr=lr)`);
    }
  });

  for (const c of reference.momentumCases) {
    it(`${c.factory} ${JSON.stringify(c.options)} matches ${c.torch} on ${c.optimizer}`, () => {
      expect(c.momenta.length).toBe(c.lrs.length);
      const schedule = build(c);
      expect(schedule.momentum).toBeTypeOf("function");
      c.lrs.forEach((lr, t) => expectClose(schedule.lr(t), lr, `lr(${t})`));
      c.momenta.forEach((m, t) => expectClose(schedule.momentum!(t), m, `momentum(${t})`));
    });
  }

  it("covers SGD and the Adam family in whole runs", () => {
    const covered = new Set(reference.runs.map((r) => r.optimizer.factory));
    for (const name of ["sgd", "rmsprop", "adam", "adamw", "adamax", "nadam", "radam"]) {
      expect(covered).toContain(name);
    }
  });

  for (const r of reference.runs) {
    it(`minimize with ${r.optimizer.factory} and ${r.schedule.factory} matches ${r.torch}`, () => {
      const make = optimizers[r.optimizer.factory as "sgd"] as (options: unknown) => Optimizer;
      // The schedule carries PyTorch's initial rate, so it replaces the optimizer's lr.
      const optimizer = make({ ...(r.optimizer.options as object), lr: build(r.schedule) });
      const run = minimize(quadratic(r.A, r.b), {
        x0: r.x0,
        optimizer,
        steps: r.xs.length,
        tol: 0,
      });
      expect(run.status).toBe("max-steps");
      expect(run.momenta).toHaveLength(r.momenta.length);
      r.lrs.forEach((lr, t) => expectClose(run.lrs[t], lr, `lrs[${t}]`));
      r.momenta.forEach((m, t) => expectClose(run.momenta![t], m, `momenta[${t}]`));
      r.xs.forEach((x, t) =>
        x.forEach((value, i) => expectClose(run.xs[t + 1][i], value, `xs[${t + 1}][${i}]`)),
      );
    });
  }
});
