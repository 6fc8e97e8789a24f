import { describe, expect, it } from "vitest";
import { datasets } from "../../../lib/src/datasets";
import { LrlabError } from "../../../lib/src/errors";
import { plot } from "../../../lib/src/plot";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("plot.images", () => {
  const { X, y } = datasets.digits();

  it("draws one 8×8 heatmap per digit, row 0 at the top, with square pixels (the doc example)", () => {
    const fig = plot.images(X.slice(0, 4));
    expect(fig.data.length).toBe(4);
    const traces = fig.data as Json[];
    expect(traces.every((t) => t.type === "heatmap" && t.showscale === false)).toBe(true);
    // Ink is dark: Plotly's Greys (black → white) reversed.
    expect(traces.every((t) => t.colorscale === "Greys" && t.reversescale === true)).toBe(true);
    expect(traces[0].z).toEqual(datasets.image(X[0]));
    expect(traces[0].z).toHaveLength(8);
    expect(traces.map((t) => [t.xaxis, t.yaxis])).toEqual([
      ["x", "y"],
      ["x2", "y2"],
      ["x3", "y3"],
      ["x4", "y4"],
    ]);
    const layout = fig.layout as Json;
    expect(layout.yaxis.autorange).toBe("reversed");
    // Square pixels: the image is as many pixels tall as it is wide.
    const plotWidth = layout.width - layout.margin.l - layout.margin.r;
    const plotHeight = layout.height - layout.margin.t - layout.margin.b;
    const [x0, x1] = layout.xaxis3.domain;
    const [y0, y1] = layout.yaxis3.domain;
    expect(Math.abs((y1 - y0) * plotHeight - (x1 - x0) * plotWidth)).toBeLessThan(1); // to the rounded pixel
    expect(layout.annotations).toEqual([]);
  });

  it("lays out small multiples in columns, with a title above each image", () => {
    const titles = y.slice(0, 12).map((label) => `label ${label} · predicted ${(label + 1) % 10}`);
    const fig = plot.images(X.slice(0, 12), { titles, columns: 5, width: 500, title: "digits" });
    const layout = fig.layout as Json;
    expect(layout.annotations.map((a: Json) => a.text)).toEqual(titles);
    expect(layout.width).toBe(500);
    expect(layout.title.text).toBe("digits");
    // Image 5 starts the second row: same x domain as image 0, lower y domain.
    expect(layout.xaxis6.domain).toEqual(layout.xaxis.domain);
    expect(layout.yaxis6.domain[1]).toBeLessThan(layout.yaxis.domain[0]);
    // Three rows of five; the last row holds two.
    expect(layout.yaxis11.domain[0]).toBeCloseTo(0);
    expect((fig.data as Json[])[11].name).toBe(titles[11]);
  });

  it("makes cells wide enough for long titles", () => {
    const short = plot.images(X.slice(0, 5)).layout as Json;
    const long = plot.images(X.slice(0, 5), {
      titles: y.slice(0, 5).map((label) => `label ${label} · predicted ${label}`),
    }).layout as Json;
    expect(long.width).toBeGreaterThan(short.width + 200);
    expect(long.width).toBeLessThanOrEqual(900);
  });

  it("takes standardized rows, typed arrays and other widths", () => {
    const standardized = datasets.standardize(X.slice(0, 50)).slice(0, 2);
    const fig = plot.images([...standardized, Float64Array.from(X[2])]);
    expect(fig.data.length).toBe(3);
    const wide = plot.images([[1, 2, 3, 4, 5, 6]], { imageWidth: 3, height: 200 });
    expect((wide.data as Json[])[0].z).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect((wide.layout as Json).height).toBe(200);
  });

  it("stays far under the figure budget for 40 digits", () => {
    const fig = plot.images(X.slice(0, 40), { titles: X.slice(0, 40).map((_, i) => `#${i}`) });
    expect(JSON.stringify(fig).length).toBeLessThan(60_000);
  });

  it("rejects bad input with clear errors", () => {
    const cases: [() => unknown, RegExp][] = [
      [() => plot.images([]), /^rows must be a non-empty array of at most 100 rows/],
      [() => plot.images(X.slice(0, 101)), /^rows must be a non-empty array of at most 100 rows/],
      [() => plot.images("digits" as never), /^rows must be a non-empty array/],
      [() => plot.images([[1, 2, 3]]), /^rows\[0\] must be a row of pixels of a square image/],
      [() => plot.images([[1, 2, 3]], { imageWidth: 2 }), /^rows\[0\] must be a row of finite/],
      [() => plot.images([[1, 2, 3, NaN]]), /^rows\[0\] must be a row of finite/],
      [
        () => plot.images(X.slice(0, 2), { titles: ["one"] }),
        /^titles must be an array of 2 strings/,
      ],
      [() => plot.images(X.slice(0, 2), { columns: 3 }), /^columns must be an integer/],
      [() => plot.images(X.slice(0, 2), { width: -1 }), /^width must be a positive integer/],
      [
        () => plot.images(X.slice(0, 2), { cols: 2 } as never),
        /^images option must be one of titles/,
      ],
    ];
    for (const [call, message] of cases) {
      expect(call).toThrow(LrlabError);
      expect(call).toThrow(message);
    }
  });
});
