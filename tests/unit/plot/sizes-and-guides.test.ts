// Every builder takes width and height; plot.series draws guides on the panel they name.
import { describe, expect, it } from "vitest";
import { plot } from "../../../lib/src/plot";
import { gdRun, parabola, rosenbrock, type Json } from "./fixtures";

const run1d = gdRun(parabola, [10], 0.1, 20);
const run2d = gdRun(rosenbrock, [-1.5, 2], 1e-3, 20);
const table = {
  x: [0.1, 1],
  y: [0, 1],
  z: [
    [1, 2],
    [3, 4],
  ],
};
const size = { width: 612, height: 345 };

describe("width and height", () => {
  it.each<[string, () => { layout?: object }]>([
    ["series", () => plot.series(run1d, size)],
    ["path1d", () => plot.path1d(parabola, run1d, size)],
    ["contour", () => plot.contour(rosenbrock, run2d, size)],
    ["surface", () => plot.surface(rosenbrock, run2d, size)],
    ["grid", () => plot.grid([[run1d, run1d]], size)],
    ["heatmap", () => plot.heatmap(table, size)],
    ["lrSlider", () => plot.lrSlider([run1d, run1d], size)],
  ])("%s takes the size it is given", (_, draw) => {
    const layout = draw().layout as Json;
    expect([layout.width, layout.height]).toEqual([612, 345]);
  });

  it("the animations keep the width and add their controls under the given height", () => {
    const one = plot.animate1d(parabola, run1d, size).layout as Json;
    const two = plot.animate2d(rosenbrock, run2d, size).layout as Json;
    expect([one.width, two.width]).toEqual([612, 612]);
    expect([one.height, two.height]).toEqual([345 + 130, 345 + 130]);
  });

  it("rejects a size that is not a positive integer", () => {
    expect(() => plot.heatmap(table, { width: 0 })).toThrow(
      "width must be a positive integer, got 0",
    );
    expect(() => plot.grid([[run1d]], { height: 10.5 })).toThrow(
      "height must be a positive integer, got 10.5",
    );
  });
});

describe("plot.series guides", () => {
  it("draws a y guide on the panel it names, and an x guide across every panel", () => {
    const layout = plot.series(run1d, {
      panels: ["x", "loss"],
      logY: ["loss"],
      guides: [
        { y: 0.5, label: "target", panel: "loss" },
        { y: 1, label: "θ = 1" },
        { x: 5, label: "t = 5" },
      ],
    }).layout as Json;
    expect(layout.shapes.map((s: Json) => s.yref)).toEqual(["y2", "y", "paper"]);
    expect(layout.annotations.map((a: Json) => a.text)).toEqual(["target", "θ = 1", "t = 5"]);
    expect(layout.annotations[0].y).toBeCloseTo(Math.log10(0.5)); // the loss axis is logarithmic
    expect(layout.annotations[1].y).toBe(1);
  });

  it("draws an x guide that names a panel across that panel only", () => {
    const layout = plot.series(run1d, {
      panels: ["x", "lr"],
      guides: [{ x: 3, label: "restart", panel: "lr" }],
    }).layout as Json;
    expect(layout.shapes[0].yref).toBe("y2 domain");
  });

  it("leaves the layout without shapes when there are no guides", () => {
    expect((plot.series(run1d).layout as Json).shapes).toBeUndefined();
  });

  it("rejects a guide on a panel that is not drawn, and panels on one-panel figures", () => {
    expect(() =>
      plot.series(run1d, { panels: ["loss"], guides: [{ y: 1, label: "a", panel: "lr" }] }),
    ).toThrow('guides[0].panel must be one of the panels drawn, "loss", got "lr"');
    expect(() =>
      plot.curves([{ name: "a", x: [1], y: [1] }], {
        xTitle: "x",
        yTitle: "y",
        guides: [{ y: 1, label: "a", panel: "loss" }],
      }),
    ).toThrow('guides[0].panel must be left out: this figure has one panel, got "loss"');
    expect(() => plot.series(run1d, { guides: [{ label: "a" }] })).toThrow(
      "guides[0] must be a guide with one finite x or y and a label",
    );
  });
});

describe("axis ranges and colours the lessons needed", () => {
  it("curves takes a yRange, in powers of 10 on a log axis", () => {
    const line = [{ name: "a", x: [1, 2], y: [1e-30, 1] }];
    const layout = plot.curves(line, { xTitle: "x", yTitle: "y", logY: true, yRange: [1e-20, 10] })
      .layout as Json;
    expect(layout.yaxis.range).toEqual([-20, 1]);
    expect(() =>
      plot.curves(line, { xTitle: "x", yTitle: "y", logY: true, yRange: [0, 1] }),
    ).toThrow("yRange must be [min, max] with min > 0 with logY, got [0, 1]");
  });

  it("lrSlider keeps the same axes for every step", () => {
    const layout = plot.lrSlider([run1d, run1d], {
      logY: true,
      xRange: [0, 30],
      yRange: [1e-6, 100],
    }).layout as Json;
    expect(layout.xaxis.range).toEqual([0, 30]);
    expect(layout.yaxis.range).toEqual([-6, 2]);
  });

  it("pathGrid colours by column when asked", () => {
    const figure = plot.pathGrid(
      parabola,
      [
        [
          [1, 0.5],
          [1, 0.2],
        ],
      ],
      {
        colors: ["red", "green"],
        colorBy: "column",
      },
    );
    const paths = (figure.data as Json[]).filter((t) => t.mode === "lines+markers");
    expect(paths.map((t) => t.line.color)).toEqual(["red", "green"]);
    expect(() => plot.pathGrid(parabola, [[[1]]], { colorBy: "cell" as never })).toThrow(
      'colorBy must be one of "row", "column", got "cell"',
    );
  });
});
