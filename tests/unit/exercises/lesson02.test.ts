import { describe, expect, it, vi } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import { expectChecks } from "./expect-checks";

/** The seed's GD for a vector of parameters, written as a learner would. */
function GDVector(
  wInit: number[],
  grad: (w: number[]) => number[],
  epochs: number,
  lr: number,
): number[][] {
  const ws = [[...wInit]];
  let w = [...wInit];
  for (let i = 0; i < epochs; i++) {
    const g = grad(w);
    w = w.map((wi, j) => wi - lr * g[j]);
    ws.push(w);
  }
  return ws;
}

function lineGradient(b: number, w: number, xs: number[], ys: number[]): number[] {
  const residuals = xs.map((x, i) => b + w * x - ys[i]);
  const mean = (values: number[]) => values.reduce((a, v) => a + v, 0) / values.length;
  return [mean(residuals), mean(residuals.map((r, i) => r * xs[i]))];
}

describe("lesson 02 checks", () => {
  expectChecks(exercises.lesson02, {
    gdVector: {
      right: GDVector,
      trivial: {
        "the placeholder": (wInit: number[]) => [[...wInit]],
      },
      // Forgets the start: returns only the epochs' positions.
      wrong: (wInit: number[], grad: (w: number[]) => number[], epochs: number, lr: number) =>
        GDVector(wInit, grad, epochs, lr).slice(1),
    },
    rateForFiveEpochsOn10x2: {
      right: 0.05,
      wrong: 0.1,
      trivial: {
        "x²'s one-step rate 0.5": 0.5,
        "the seed's 0.01": 0.01,
        "the seed's 0.001": 0.001,
      },
    },
    readLossCurves: {
      right: { A: "too small", B: "too large", C: "good", D: "too small" },
      // Calls the slowly growing curve B "good" because it started by... going anywhere at all.
      wrong: { A: "too small", B: "good", C: "good", D: "too small" },
      trivial: {
        "the placeholder": { A: "?", B: "?", C: "?", D: "?" },
        "all good": { A: "good", B: "good", C: "good", D: "good" },
        "all too small": { A: "too small", B: "too small", C: "too small", D: "too small" },
        "all too large": { A: "too large", B: "too large", C: "too large", D: "too large" },
      },
    },
    lineGradient: {
      right: lineGradient,
      wrong: (b: number, w: number, xs: number[], ys: number[]) =>
        lineGradient(b, w, xs, ys).map((g) => 2 * g),
    },
    whichMinimum: {
      right: -0.8603,
      wrong: -6.4373,
      trivial: { "the placeholder": 0, "the start": -3 },
    },
  });

  describe("hints", () => {
    const message = (run: () => { message: string }) => {
      vi.spyOn(console, "log").mockImplementation(() => {});
      const text = run().message;
      vi.restoreAllMocks();
      return text;
    };

    it("accepts any rate that finishes in 5 epochs, and says when a rate makes x grow", () => {
      for (const lr of [0.04, 0.05, 0.06]) {
        expect(message(() => exercises.lesson02.rateForFiveEpochsOn10x2(lr))).toMatch(/^✅/);
      }
      expect(message(() => exercises.lesson02.rateForFiveEpochsOn10x2(0.5))).toMatch(/too large/);
      expect(message(() => exercises.lesson02.rateForFiveEpochsOn10x2(-1))).toMatch(/> 0/);
    });

    it("shows the four curves: B grows, C ends lowest", () => {
      const { A, B, C, D } = exercises.lesson02.mysteryCurves;
      expect([A, B, C, D].every((c) => c.length === 31)).toBe(true);
      expect(B[30]).toBeGreaterThan(B[0]);
      expect(C[30]).toBeLessThan(Math.min(A[30], D[30]));
      expect(message(() => exercises.lesson02.readLossCurves({ A: "slow" } as never))).toMatch(
        /curve A/,
      );
    });

    it("points at the wrong position of a GD that climbs, or that reuses one array", () => {
      const uphill = (w: number[], grad: (w: number[]) => number[], e: number, lr: number) =>
        GDVector(w, (v) => grad(v).map((g) => -g), e, lr);
      expect(message(() => exercises.lesson02.gdVector(uphill))).toMatch(/position 1 is/);
      const inPlace = (w: number[], grad: (w: number[]) => number[], e: number, lr: number) => {
        const ws = [w];
        for (let i = 0; i < e; i++) {
          const g = grad(w);
          w.forEach((_, j) => (w[j] -= lr * g[j]));
          ws.push(w);
        }
        return ws;
      };
      expect(message(() => exercises.lesson02.gdVector(inPlace))).toMatch(/position 0 is.*copy/);
    });

    it("names the factor 2 in the line's gradient", () => {
      const doubled = (b: number, w: number, xs: number[], ys: number[]) =>
        lineGradient(b, w, xs, ys).map((g) => 2 * g);
      expect(message(() => exercises.lesson02.lineGradient(doubled))).toMatch(/1\/\(2m\)/);
      const swapped = (b: number, w: number, xs: number[], ys: number[]) =>
        lineGradient(b, w, xs, ys).reverse();
      expect(message(() => exercises.lesson02.lineGradient(swapped))).toMatch(/mean of rᵢ/);
    });
  });
});
