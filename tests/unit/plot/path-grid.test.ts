import { describe, expect, it } from "vitest";
import { plot } from "../../../lib/src/plot";
import { objectives } from "../../../lib/src/objectives";
import { jsonBytes, type Json } from "./fixtures";

/** The course's GD_decay on x² (seed 004): the start and every iterate. */
function gdDecay(x0: number, epochs: number, lr: number, decay: number): number[] {
  const xs = [x0];
  for (let i = 0; i < epochs; i++) xs.push(xs[i] - (lr / (1 + decay * i)) * 2 * xs[i]);
  return xs;
}

describe("plot.pathGrid", () => {
  const rates = [0.1, 0.3, 0.9, 0.99];
  const decays = [0, 0.01, 0.5, 0.9];
  const paths = rates.map((lr) => decays.map((decay) => gdDecay(-1, 10, lr, decay)));

  it("draws the curve and one path in each of the 4 × 4 cells, row colours, last point large", () => {
    const figure = plot.pathGrid(objectives.xSquared, paths, {
      rowLabels: rates.map((lr) => `lr = ${lr}`),
      colLabels: decays.map((d) => `decay = ${d}`),
      domain: [-1.5, 1.5],
      title: "GD_decay",
    });
    const traces = figure.data as Json[];
    const layout = figure.layout as Json;
    expect(traces).toHaveLength(32);
    expect(traces[0].mode).toBe("lines");
    expect(traces[0].x).toHaveLength(100);
    expect(traces[1].x).toEqual(paths[0][0].map((x) => Number(x.toPrecision(4))));
    expect(traces[1].marker.size.at(-1)).toBe(13);
    expect(traces[1].marker.size[0]).toBe(5);
    expect(traces[1].line.color).toBe("black");
    expect(traces[31].line.color).toBe("#e6b800");
    expect(traces[31].xaxis).toBe("x16");
    expect(traces[31].name).toBe("lr = 0.99, decay = 0.9");
    expect(layout.xaxis16.range).toEqual([-1.5, 1.5]);
    expect(layout.yaxis.range[0]).toBeCloseTo(-0.225);
    expect(layout.yaxis.range[1]).toBeCloseTo(2.475);
    expect(layout.width).toBe(820);
    expect(layout.height).toBe(760);
    expect(layout.annotations).toHaveLength(8);
    expect(jsonBytes(figure)).toBeLessThan(250_000);
  });

  it("takes width, height, colours and a y range", () => {
    const figure = plot.pathGrid(objectives.xSquared, [[[1, 0.5]], [[1, -0.5]]], {
      colors: ["red", "blue"],
      yRange: [0, 2],
      width: 400,
      height: 300,
      domain: [-2, 2],
    });
    const layout = figure.layout as Json;
    expect(figure.data).toHaveLength(4);
    expect((figure.data as Json[])[3].line.color).toBe("blue");
    expect(layout.yaxis2.range).toEqual([0, 2]);
    expect([layout.width, layout.height]).toEqual([400, 300]);
  });

  it("uses the objective's own domain by default and survives a diverged path", () => {
    const figure = plot.pathGrid(objectives.xSquared, [[[1, -3, 9, Infinity]]]);
    const path = (figure.data as Json[])[1];
    expect(path.y.at(-1)).toBeNull();
    expect((figure.layout as Json).xaxis.range).toEqual(objectives.xSquared.domain![0]);
  });

  it("matches its documentation example", () => {
    const fig = plot.pathGrid(
      objectives.xSquared,
      [
        [
          [-1, 0.8, -0.6],
          [-1, 0.5, 0.2],
          [-1, 0],
          [-1, -0.5],
        ],
        [
          [-1, -0.9],
          [-1, -0.8],
          [-1, -0.7],
          [-1, -0.6],
        ],
      ],
      { rowLabels: ["lr = 0.9", "lr = 0.1"], domain: [-1.5, 1.5] },
    );
    expect(fig.data.length).toBe(16);
  });

  it("rejects bad input with errors that name the parameter", () => {
    const x2 = objectives.xSquared;
    expect(() => plot.pathGrid(x2, [])).toThrow(/paths must be/);
    expect(() => plot.pathGrid(x2, [[[1]], [[1], [2]]])).toThrow(/paths\[1\]/);
    expect(() => plot.pathGrid(x2, [[["a" as unknown as number]]])).toThrow(/paths\[0\]\[0\]/);
    expect(() => plot.pathGrid(x2, [[[]]])).toThrow(/paths\[0\]\[0\]/);
    expect(() => plot.pathGrid(objectives.rosenbrock, [[[1]]])).toThrow(/objective\.dim/);
    expect(() => plot.pathGrid(x2, [[[1]]], { rowLabels: ["a", "b"] })).toThrow(/rowLabels/);
    expect(() => plot.pathGrid(x2, [[[1]]], { colLabels: [1 as unknown as string] })).toThrow(
      /colLabels/,
    );
    expect(() => plot.pathGrid(x2, [[[1]]], { domain: [2, 1] })).toThrow(/domain/);
    expect(() => plot.pathGrid(x2, [[[1]]], { yRange: [0, NaN] })).toThrow(/yRange/);
    expect(() => plot.pathGrid(x2, [[[1]]], { width: -5 })).toThrow(/width/);
    expect(() => plot.pathGrid(x2, [[[1]]], { height: 1.5 })).toThrow(/height/);
    expect(() => plot.pathGrid(x2, [[[1]]], { colors: "red" as unknown as string[] })).toThrow(
      /colors/,
    );
    expect(() => plot.pathGrid(x2, [[[1]]], { range: 2 } as never)).toThrow(
      /pathGrid option must be one of/,
    );
  });
});
