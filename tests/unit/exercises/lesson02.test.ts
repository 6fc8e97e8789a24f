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
      // Forgets the start: returns only the epochs' positions.
      wrong: (wInit: number[], grad: (w: number[]) => number[], epochs: number, lr: number) =>
        GDVector(wInit, grad, epochs, lr).slice(1),
    },
    rateForFiveEpochs: { right: 0.5, wrong: 0.1 },
    lineGradient: {
      right: lineGradient,
      wrong: (b: number, w: number, xs: number[], ys: number[]) =>
        lineGradient(b, w, xs, ys).map((g) => 2 * g),
    },
    whichMinimum: { right: -0.8603, wrong: -6.4373 },
  });

  describe("hints", () => {
    const message = (run: () => { message: string }) => {
      vi.spyOn(console, "log").mockImplementation(() => {});
      const text = run().message;
      vi.restoreAllMocks();
      return text;
    };

    it("accepts any rate that finishes in 5 epochs, and says when a rate makes x grow", () => {
      for (const lr of [0.35, 0.5, 0.65]) {
        expect(message(() => exercises.lesson02.rateForFiveEpochs(lr))).toMatch(/^✅/);
      }
      expect(message(() => exercises.lesson02.rateForFiveEpochs(1.2))).toMatch(/too large/);
      expect(message(() => exercises.lesson02.rateForFiveEpochs(-1))).toMatch(/> 0/);
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
