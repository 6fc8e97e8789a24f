import { describe, expect, it } from "vitest";
import { LrlabError } from "../../../lib/src/errors";
import { plot } from "../../../lib/src/plot";

const axes = { xTitle: "learning rate η", yTitle: "validation accuracy" };

describe("plot.curves", () => {
  it("draws each curve, with its band of spread as one closed shape behind it", () => {
    const fig = plot.curves(
      [
        { name: "sgd", x: [0.01, 0.1, 1], y: [0.9, 0.96, 0.3], spread: [0.01, 0.005, 0.2] },
        { name: "adam", x: [0.001, 0.01], y: [0.95, 0.5], dash: "dash" },
      ],
      { ...axes, logX: true },
    );
    expect(fig.data).toHaveLength(3);
    const [band, sgd, adam] = fig.data as Record<string, unknown>[];
    expect(band.fill).toBe("toself");
    expect(band.x).toEqual([0.01, 0.1, 1, 1, 0.1, 0.01]);
    expect(band.y).toEqual([0.91, 0.965, 0.5, 0.1, 0.955, 0.89]);
    expect(sgd.y).toEqual([0.9, 0.96, 0.3]);
    expect((adam.line as { dash: string }).dash).toBe("dash");
    expect((fig.layout as { xaxis: { type: string } }).xaxis.type).toBe("log");
  });

  it("draws guides as dotted lines with their labels, and takes a size", () => {
    const fig = plot.curves([{ name: "loss", x: [1, 2], y: [3, 4] }], {
      ...axes,
      guides: [
        { x: 1.5, label: "2/L" },
        { y: 3.5, label: "floor" },
      ],
      width: 500,
      height: 300,
    });
    const layout = fig.layout as Record<string, unknown[] | number>;
    expect(layout.width).toBe(500);
    expect(layout.height).toBe(300);
    expect((layout.shapes as { x0: number }[])[0].x0).toBe(1.5);
    expect((layout.shapes as { y0: number }[])[1].y0).toBe(3.5);
    expect((layout.annotations as { text: string }[]).map((a) => a.text)).toEqual(["2/L", "floor"]);
  });

  it("places guide labels at log₁₀ of the value on a log axis, as Plotly wants", () => {
    const fig = plot.curves([{ name: "a", x: [0.01, 1], y: [1, 2] }], {
      ...axes,
      logX: true,
      guides: [{ x: 0.1, label: "edge" }],
    });
    const layout = fig.layout as { shapes: { x0: number }[]; annotations: { x: number }[] };
    expect(layout.shapes[0].x0).toBe(0.1);
    expect(layout.annotations[0].x).toBeCloseTo(-1, 12);
  });

  it("draws the same guides on the LR range test", () => {
    const test = { lrs: [1e-3, 1e-2, 1e-1], losses: [3, 2, 5] };
    const fig = plot.lrRangeTest(test, { guides: [{ x: 0.05, label: "2/L" }], width: 400 });
    const layout = fig.layout as { width: number; annotations: { text: string; x: number }[] };
    expect(layout.width).toBe(400);
    const guide = layout.annotations.find((a) => a.text === "2/L");
    expect(guide?.x).toBeCloseTo(Math.log10(0.05), 12);
  });

  it("rejects bad input with clear errors", () => {
    const line = { name: "a", x: [1, 2], y: [1, 2] };
    const cases: [() => unknown, RegExp][] = [
      [() => plot.curves([], axes), /^lines must be a non-empty array of curves/],
      [
        () => plot.curves([line], { yTitle: "y" } as never),
        /^xTitle must be a string, got undefined/,
      ],
      [
        () => plot.curves([{ ...line, y: [1] }], axes),
        /^lines\[0\]\.y must be an array of 2 numbers, one per x/,
      ],
      [
        () => plot.curves([{ ...line, x: [0, 1] }], { ...axes, logX: true }),
        /^lines\[0\]\.x\[0\] must be a number > 0 \(the axis is logarithmic\)/,
      ],
      [
        () => plot.curves([{ ...line, spread: [1, -1] }], axes),
        /^lines\[0\]\.spread\[1\] must be a finite number ≥ 0/,
      ],
      [
        () => plot.curves([{ ...line, y: [1, NaN] }], axes),
        /^lines\[0\]\.y\[1\] must be a finite number/,
      ],
      [
        () => plot.curves([{ ...line, colour: "red" } as never], axes),
        /^lines\[0\] option must be one of name, x, y/,
      ],
      [
        () => plot.curves([line], { ...axes, guides: [{ label: "edge" }] }),
        /^guides\[0\] must be a guide with one finite x or y/,
      ],
      [
        () => plot.curves([line], { ...axes, logx: true } as never),
        /^curves option must be one of xTitle, yTitle, logX/,
      ],
    ];
    for (const [call, message] of cases) {
      expect(call).toThrow(LrlabError);
      expect(call).toThrow(message);
    }
  });
});
