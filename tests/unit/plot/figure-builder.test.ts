import { describe, expect, it } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { plot } from "../../../lib/src/plot";
import type { Json } from "./fixtures";

describe("plot.figure", () => {
  it("themes plain traces: size, fonts, axis titles, log axes, ranges, config", () => {
    const fig = plot.figure(
      [{ x: [0.001, 0.01, 0.1], y: [1.234567, 0.5, Number.NaN], mode: "lines", name: "loss" }],
      {
        title: "A test",
        xTitle: "learning rate η",
        yTitle: "loss",
        logX: true,
        xRange: [1e-3, 1],
        yRange: [0, 2],
        width: 500,
        height: 300,
      },
    );
    const layout = fig.layout as Json;
    expect([layout.width, layout.height]).toEqual([500, 300]);
    expect((layout.font as Json).family).toContain("Helvetica");
    expect(layout.xaxis).toMatchObject({
      title: { text: "learning rate η" },
      type: "log",
      range: [-3, 0],
    });
    expect(layout.yaxis).toMatchObject({ title: { text: "loss" }, range: [0, 2] });
    expect((layout.title as Json).text).toBe("A test");
    expect(fig.config).toMatchObject({ displaylogo: false });
    // Numbers are rounded to 4 significant digits, NaN becomes a gap; other fields are kept.
    expect(fig.data[0]).toEqual({
      x: [0.001, 0.01, 0.1],
      y: [1.235, 0.5, null],
      mode: "lines",
      name: "loss",
    });
  });

  it("keeps category x values and rounds the cells of a grid z", () => {
    const fig = plot.figure([
      { x: ["a", "b"], y: [1, 2], mode: "markers" },
      {
        type: "contour",
        x: [0, 1],
        y: [0, 1],
        z: [
          [0.123456, null],
          [1, 2],
        ],
      },
    ]);
    const [markers, contour] = fig.data as Json[];
    expect(markers.x).toEqual(["a", "b"]);
    expect(contour.z).toEqual([
      [0.1235, null],
      [1, 2],
    ]);
  });

  it("draws guides, at log₁₀ of the value on a log axis", () => {
    const fig = plot.figure([{ x: [0, 1], y: [0.01, 1] }], {
      logY: true,
      guides: [
        { y: 0.1, label: "2/L" },
        { x: 0.5, label: "half" },
      ],
    });
    const layout = fig.layout as { shapes: Json[]; annotations: Json[] };
    expect(layout.shapes.map((s) => s.y0)).toEqual([0.1, 0]);
    expect(layout.annotations[0]).toMatchObject({ text: "2/L" });
    expect(layout.annotations[0].y).toBeCloseTo(-1, 12);
  });

  it("lays out panels in rows of `columns`, each with its title, y axis and scale", () => {
    const traces = [0, 1, 2, 3, 4].map((panel) => ({ x: [0, 1], y: [1, 2], panel }));
    const fig = plot.figure(traces, {
      xTitle: "step t",
      yTitle: "η",
      yRange: [0, 3],
      columns: 3,
      panels: [
        { title: "a" },
        { title: "b" },
        { title: "c", logY: true, yRange: [0.5, 5] },
        { title: "d", yTitle: "rate" },
        { title: "e" },
      ],
      showLegend: false,
    });
    const layout = fig.layout as Json;
    const data = fig.data as Json[];
    expect(data.map((t) => [t.xaxis, t.yaxis])).toEqual([
      ["x", "y"],
      ["x2", "y2"],
      ["x3", "y3"],
      ["x4", "y4"],
      ["x5", "y5"],
    ]);
    expect(data.every((t) => !("panel" in t))).toBe(true);
    expect(layout.showlegend).toBe(false);
    const ax = (key: string) => layout[key] as Json;
    // Two rows: the first row above the second; the x title under the bottom panel of each column.
    expect((ax("yaxis").domain as number[])[0]).toBeGreaterThan(
      (ax("yaxis4").domain as number[])[1],
    );
    expect(ax("xaxis4").title).toEqual({ text: "step t" });
    expect(ax("xaxis3").title).toEqual({ text: "step t" }); // nothing below it
    expect(ax("xaxis").title).toEqual({ text: "" });
    expect(ax("xaxis2").matches).toBe("x");
    // The y title on the first column, or the panel's own; a panel's scale and range win.
    expect(ax("yaxis").title).toEqual({ text: "η" });
    expect(ax("yaxis2").title).toEqual({ text: "" });
    expect(ax("yaxis4").title).toEqual({ text: "rate" });
    expect(ax("yaxis3")).toMatchObject({ type: "log", range: [Math.log10(0.5), Math.log10(5)] });
    expect(ax("yaxis5").range).toEqual([0, 3]);
    expect((layout.annotations as Json[]).map((a) => a.text)).toEqual([
      "<b>a</b>",
      "<b>b</b>",
      "<b>c</b>",
      "<b>d</b>",
      "<b>e</b>",
    ]);
  });

  it("is wider and taller by default for more panels", () => {
    const traces = [{ x: [0], y: [0] }];
    const one = plot.figure(traces).layout as Json;
    const many = plot.figure(traces, { panels: Array(8).fill({}), columns: 4 }).layout as Json;
    expect([one.width, one.height]).toEqual([720, 440]);
    expect(many.width as number).toBeGreaterThan(720);
  });

  it.each<[string, () => unknown, RegExp]>([
    ["no traces", () => plot.figure([]), /traces must be a non-empty array/],
    ["a trace that is not an object", () => plot.figure([[1, 2]] as never), /traces\[0\] must be/],
    [
      "an axis name instead of a panel",
      () => plot.figure([{ x: [1], y: [1], yaxis: "y2" }]),
      /traces\[0\]\.yaxis must be left out/,
    ],
    [
      "a panel on a figure of one panel",
      () => plot.figure([{ x: [1], y: [1], panel: 1 }]),
      /traces\[0\]\.panel must be left out/,
    ],
    [
      "a panel that does not exist",
      () => plot.figure([{ x: [1], y: [1], panel: 2 }], { panels: [{}, {}] }),
      /traces\[0\]\.panel must be an integer from 0 to 1/,
    ],
    [
      "a trace over the point limit",
      () => plot.figure([{ x: Array(2001).fill(1), y: Array(2001).fill(1) }]),
      /traces\[0\] must be a trace of at most 2000 points.*decimate/,
    ],
    [
      "a figure over the point limit",
      () => plot.figure([{ type: "heatmap", z: Array(101).fill(Array(100).fill(1)) }]),
      /at most 10000 points in all/,
    ],
    ["a misspelt option", () => plot.figure([{ x: [1] }], { xtitle: "x" } as never), /xtitle/],
    [
      "a title that is not text",
      () => plot.figure([{ x: [1] }], { xTitle: 3 as never }),
      /xTitle must be a string/,
    ],
    [
      "a log range through 0",
      () => plot.figure([{ x: [1] }], { logY: true, yRange: [0, 1] }),
      /yRange must be \[min, max\] with min > 0/,
    ],
    [
      "guides with panels",
      () => plot.figure([{ x: [1] }], { panels: [{}], guides: [{ y: 1, label: "a" }] }),
      /guides must be left out on a figure with panels/,
    ],
    [
      "columns without panels",
      () => plot.figure([{ x: [1] }], { columns: 2 }),
      /columns must be left out/,
    ],
    [
      "a panel with an unknown option",
      () => plot.figure([{ x: [1] }], { panels: [{ ytitle: "a" } as never] }),
      /panels\[0\] option must be one of title, yTitle, logY, yRange/,
    ],
    [
      "an empty panel list",
      () => plot.figure([{ x: [1] }], { panels: [] }),
      /panels must be a non-empty array/,
    ],
  ])("rejects %s", (_, draw, message) => {
    expect(draw).toThrow(LrlabError);
    expect(draw).toThrow(message);
  });
});
