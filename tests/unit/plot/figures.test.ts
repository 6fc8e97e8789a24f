import { describe, expect, it } from "vitest";
import { colorOf, FIGURE_LIMITS, plot } from "../../../lib/src/plot";
import type { Objective } from "../../../lib/src/objectives/objective";
import { gdRun, jsonBytes, parabola, rosenbrock, type Json } from "./fixtures";

const BUDGET = 250_000;

describe("plot.series", () => {
  const runs = [0.1, 0.5, 0.9].map((lr, i) =>
    gdRun(parabola, [10], lr, 20, ["fixed", "gradBased", "timeBased"][i]),
  );

  it("draws seed 002's three panels for three runs on one shared x axis", () => {
    const figure = plot.series(runs, { panels: ["x", "grad", "lr"] });
    const layout = figure.layout as Json;
    expect(figure.data).toHaveLength(9);
    const traces = figure.data as Json[];
    expect(new Set(traces.map((t) => t.yaxis))).toEqual(new Set(["y", "y2", "y3"]));
    expect(traces.every((t) => t.type === "scatter" && t.xaxis === undefined)).toBe(true);
    expect(layout.xaxis.anchor).toBe("y3");
    expect(layout.xaxis.title.text).toBe("iteration t");
    expect(layout.yaxis.title.text).toBe("parameter θ");
    expect(layout.yaxis2.title.text).toBe("derivative J′(θ)");
    expect(layout.yaxis3.title.text).toBe("learning rate η");
    expect(layout.yaxis.domain[1]).toBe(1);
    expect(layout.yaxis3.domain[0]).toBeCloseTo(0);
    expect(traces.filter((t) => t.showlegend).map((t) => t.name)).toEqual(runs.map((r) => r.label));
    expect(traces[0].line.color).toBe(colorOf("fixed"));
    expect(traces[3].y).toHaveLength(21); // grad panel: one value per iterate
    expect(traces[6].y).toHaveLength(20); // lr panel: one per update
  });

  it("puts log axes on the panels asked for", () => {
    const layout = plot.series(runs, { panels: ["loss", "lr"], logY: ["loss"] }).layout as Json;
    expect(layout.yaxis.type).toBe("log");
    expect(layout.yaxis2.type).toBeUndefined();
    expect((plot.series(runs, { logY: true }).layout as Json).yaxis.type).toBe("log");
  });

  it("draws one line per coordinate for 2-D runs and the gradient norm", () => {
    const run = gdRun(rosenbrock, [-1.5, 2], 1e-3, 50);
    const figure = plot.series(run, { panels: ["x", "grad"] });
    expect((figure.data as Json[]).map((t) => t.name)).toEqual([
      `${run.label} θ₁`,
      `${run.label} θ₂`,
      run.label,
    ]);
    expect((figure.layout as Json).yaxis2.title.text).toBe("gradient norm ‖∇J(θ)‖");
  });

  it("decimates long runs under the caps, keeping the start and the end", () => {
    const long = [0.001, 0.002, 0.003, 0.004].map((lr) => gdRun(rosenbrock, [-1.5, 2], lr, 20_000));
    const figure = plot.series(long, { panels: ["x", "loss", "grad", "lr"] });
    const traces = figure.data as Json[];
    for (const trace of traces) {
      expect(trace.y.length).toBeLessThanOrEqual(FIGURE_LIMITS.MAX_POINTS_PER_TRACE);
      expect(trace.x[0]).toBe(0);
    }
    const points = traces.reduce((sum, t) => sum + t.y.length, 0);
    expect(points).toBeLessThanOrEqual(FIGURE_LIMITS.MAX_POINTS_PER_FIGURE);
    expect(traces[0].x.at(-1)).toBe(20_000);
    expect(jsonBytes(figure)).toBeLessThan(BUDGET);
  });

  it("takes one panel's name for panels", () => {
    const layout = plot.series(runs, { panels: "lr", logY: ["lr"] }).layout as Json;
    expect(layout.yaxis.title.text).toBe("learning rate η");
    expect(layout.yaxis.type).toBe("log");
  });

  it("names the bad argument", () => {
    expect(() => plot.series([])).toThrow(/runs must be a run or a non-empty array/);
    expect(() => plot.series(runs, { panels: ["speed" as "x"] })).toThrow(
      /panels\[0\] must be one of "x", "loss", "grad", "lr"/,
    );
  });
});

describe("plot.path1d", () => {
  it("draws the curve, numbered steps, arrows for overshoot, the start and the minimum", () => {
    const oscillating = gdRun(parabola, [10], 0.9, 30);
    const figure = plot.path1d(parabola, oscillating, { numbered: 5, arrows: 4 });
    const [curve, path, start, minimum] = figure.data as Json[];
    expect(curve.x0).toBe(-12);
    expect(curve.y).toHaveLength(400);
    expect(path.mode).toBe("lines+markers+text");
    expect(path.text.slice(0, 6)).toEqual(["0", "1", "2", "3", "4", ""]);
    expect(start.name).toBe("start θ₀");
    expect(curve.name).toBe("J(θ) = θ^2");
    expect(minimum.x).toEqual([0]);
    const arrows = (figure.layout as Json).annotations as Json[];
    expect(arrows).toHaveLength(4);
    // θ jumps across the minimum every step: the arrows alternate direction.
    expect(Math.sign(arrows[0].ax)).toBe(-Math.sign(arrows[0].x));
  });

  it("stops the arrows where a diverging path leaves the view", () => {
    // θ: 10 → −12 (still in view) → 14.4 (out of view on [−12, 12]).
    const diverging = gdRun(parabola, [10], 1.1, 10);
    expect(((plot.path1d(parabola, diverging).layout as Json).annotations as Json[]).length).toBe(
      1,
    );
  });

  it("draws an objective with no domain of its own over the given domain", () => {
    const custom = { ...parabola, domain: undefined } as unknown as Objective;
    const figure = plot.path1d(custom, gdRun(parabola, [2], 0.1, 5), { domain: [-3, 3] });
    expect((figure.data as Json[])[0].x0).toBe(-3);
  });

  it("needs a 1-D objective", () => {
    expect(() => plot.path1d(rosenbrock, gdRun(rosenbrock, [0, 0], 0.001, 3))).toThrow(
      /objective.dim must be 1/,
    );
  });
});

describe("plot.contour and plot.surface", () => {
  const runs = [
    gdRun(rosenbrock, [-1.5, 2], 1e-3, 5000, "sgd"),
    gdRun(rosenbrock, [-1.5, 2], 5e-4, 5000, "momentum"),
    gdRun(rosenbrock, [-1.5, 2], 2e-4, 5000, "adam"),
    gdRun(rosenbrock, [-1.5, 2], 1e-4, 5000, "rmsprop"),
  ];

  it("draws a log-scaled contour, one trajectory per optimizer, the start and the minimum", () => {
    const figure = plot.contour(rosenbrock, runs);
    const [land, ...rest] = figure.data as Json[];
    expect(land.type).toBe("contour");
    expect(land.z).toHaveLength(80);
    expect(land.z[0]).toHaveLength(80);
    expect(land.colorbar.title.text).toBe("log₁₀(1 + J − J_min)");
    expect(rest.map((t) => t.name)).toEqual([...runs.map((r) => r.label), "start", "minimum"]);
    expect(rest[0].x.length).toBeLessThanOrEqual(1000);
    expect(rest[1].line.color).toBe(colorOf("momentum"));
    expect(rest[4].x).toEqual([-1.5]);
    expect(rest[5].x).toEqual([1]);
    expect(jsonBytes(figure)).toBeLessThan(BUDGET);
  });

  it("keeps the finest grid it accepts within the budget, and rejects a finer one", () => {
    const land = (plot.contour(rosenbrock, runs[0], { resolution: 150 }).data as Json[])[0];
    expect(land.z).toHaveLength(150);
    expect(jsonBytes(plot.contour(rosenbrock, runs, { resolution: 150 }))).toBeLessThan(BUDGET);
    expect(() => plot.contour(rosenbrock, runs, { resolution: 10_000 })).toThrow(
      "resolution must be an integer from 10 to 150, got 10000",
    );
  });

  it("draws a surface with the trajectories on it", () => {
    const figure = plot.surface(rosenbrock, runs);
    const traces = figure.data as Json[];
    expect(traces[0].type).toBe("surface");
    expect(traces.slice(1).every((t) => t.type === "scatter3d" && t.z.length === t.x.length)).toBe(
      true,
    );
    expect(jsonBytes(figure)).toBeLessThan(BUDGET);
  });
});

describe("plot.grid", () => {
  const lrs = [0.1, 0.3, 0.9, 0.99];
  const decays = [0, 0.01, 0.5, 0.9];
  const cells = lrs.map((lr) => decays.map((d) => gdRun(parabola, [10], lr * (1 - d), 40)));

  it("lays out seed 004's 4 × 4 learning rate × decay grid with labels", () => {
    const figure = plot.grid(cells, {
      rowLabels: lrs.map((lr) => `η = ${lr}`),
      colLabels: decays.map((d) => `decay ${d}`),
    });
    const layout = figure.layout as Json;
    expect(figure.data).toHaveLength(16);
    expect((figure.data as Json[])[15]).toMatchObject({ xaxis: "x16", yaxis: "y16" });
    expect(layout.xaxis16.anchor).toBe("y16");
    expect(layout.xaxis13.title.text).toBe("iteration t");
    expect(layout.xaxis.title.text).toBe("");
    expect(layout.yaxis.domain[1]).toBe(1); // row 0 at the top
    const labels = (layout.annotations as Json[]).map((a) => a.text);
    expect(labels).toContain("<b>η = 0.99</b>");
    expect(labels).toContain("<b>decay 0.9</b>");
  });

  it("draws the one-row lr grid, marks diverged cells and allows empty cells", () => {
    const row = [...[0.001, 0.01, 0.1, 1.2].map((lr) => gdRun(parabola, [10], lr, 30)), null];
    const figure = plot.grid([row]);
    expect(figure.data).toHaveLength(4);
    expect(((figure.layout as Json).annotations as Json[]).map((a) => a.text)).toEqual([
      "diverged",
    ]);
  });

  it("takes yRange in data units on log axes", () => {
    const layout = plot.grid([[cells[0][0]]], { logY: true, yRange: [0.01, 100] }).layout as Json;
    expect(layout.yaxis.type).toBe("log");
    expect(layout.yaxis.range).toEqual([-2, 2]);
  });

  it("rejects an empty grid", () => {
    expect(() => plot.grid([])).toThrow(/cells must be/);
  });
});

describe("plot.heatmap and plot.lrRangeTest", () => {
  it("draws a sweep on log axes with blank cells where runs diverged", () => {
    const x = [1e-3, 1e-2, 1e-1, 1];
    const y = [0, 0.5, 0.9];
    const z = y.map((m) => x.map((lr) => (lr * (1 + m) > 1 ? null : 1 / (lr * (1 + m)))));
    const figure = plot.heatmap(
      { x, y, z },
      { logX: true, logZ: true, zTitle: "steps to converge", yTitle: "momentum" },
    );
    const trace = (figure.data as Json[])[0];
    expect(trace.type).toBe("heatmap");
    expect(trace.z[2][3]).toBeNull();
    expect(trace.z[0][0]).toBe(3);
    expect((figure.layout as Json).xaxis.type).toBe("log");
    expect(trace.colorbar.title.text).toBe("log₁₀ steps to converge");
    expect(() => plot.heatmap({ x, y: [1], z })).toThrow(/table must be/);
    expect(() => plot.heatmap({ x, y, z }, { logY: true })).toThrow(
      "table.y must be numbers > 0 with logY, got [0, 0.5, 0.9]",
    );
  });

  it("marks the LR range test's suggestions", () => {
    const lrs = Array.from({ length: 100 }, (_, i) => 1e-5 * 10 ** (i / 16));
    const losses = lrs.map((lr) => 1 / (1 + 100 * lr) + (lr > 0.5 ? lr ** 2 : 0));
    const figure = plot.lrRangeTest({
      lrs,
      losses,
      smoothedLosses: losses,
      suggestions: [
        { label: "steep", lr: 0.01, index: 1 },
        { label: "minimum/10", lr: 0.03, index: 3 },
      ],
    });
    const layout = figure.layout as Json;
    expect(layout.xaxis.type).toBe("log");
    expect(layout.shapes.map((s: Json) => s.x0)).toEqual([0.01, 0.03]);
    expect(layout.annotations[0].x).toBeCloseTo(-2);
    expect(figure.data).toHaveLength(2);
  });

  it("frames the descent even when a lucky first mini-batch has the lowest smoothed loss", () => {
    const lrs = Array.from({ length: 50 }, (_, i) => 1e-4 * 10 ** (i / 10));
    // 2 at the start, then 5 falling to 3 at i = 45, then a blow-up.
    const smoothed = lrs.map((_, i) => (i === 0 ? 2 : i <= 45 ? 5 - (2 * i) / 45 : 3 + (i - 45)));
    const layout = plot.lrRangeTest({ lrs, losses: smoothed, smoothedLosses: smoothed })
      .layout as Json;
    const [low, high] = layout.yaxis.range;
    expect(low).toBeLessThan(3);
    expect(high).toBeGreaterThan(5);
  });
});

describe("animations and the learning-rate slider", () => {
  it("animate1d: frames with play/pause and a step slider, capped at 200 frames", () => {
    const run = gdRun(parabola, [10], 0.9, 1000);
    const figure = plot.animate1d(parabola, run);
    const layout = figure.layout as Json;
    expect(figure.frames).toHaveLength(200);
    const frames = figure.frames as Json[];
    expect(frames[0].name).toBe("0");
    expect(frames.at(-1)!.name).toBe("1000");
    expect(frames[1].traces).toEqual([figure.data.length - 2, figure.data.length - 1]);
    expect(layout.updatemenus[0].buttons.map((b: Json) => b.args[0])).toEqual([null, [null]]);
    expect(layout.sliders[0].steps).toHaveLength(200);
    expect(layout.sliders[0].steps[5].args[0]).toEqual([frames[5].name]);
    expect(jsonBytes(figure)).toBeLessThan(BUDGET);
  });

  it("animate1d: a frame shows the current iterate and the steps before it", () => {
    const run = gdRun(parabola, [10], 0.9, 20);
    const frames = plot.animate1d(parabola, run).frames as Json[];
    const [trail, head] = frames[3].data;
    expect(head.x).toEqual([Number(run.xs[3][0].toPrecision(4))]);
    expect(trail.x).toHaveLength(4);
  });

  it("animate2d: several optimizers race, each with its own trail and head", () => {
    const runs = ["sgd", "momentum", "adam", "nesterov"].map((name, i) =>
      gdRun(rosenbrock, [-1.5, 2], 1e-4 * (i + 1), 20_000, name),
    );
    const figure = plot.animate2d(rosenbrock, runs);
    expect(figure.frames!.length).toBeLessThanOrEqual(200);
    expect((figure.frames as Json[])[10].data).toHaveLength(8);
    expect(jsonBytes(figure)).toBeLessThan(BUDGET);
  });

  it("lrSlider: one run visible at a time, a slider step per learning rate", () => {
    const runs = [0.01, 0.1, 0.5, 0.9, 1.1].map((lr) => gdRun(parabola, [10], lr, 12));
    const figure = plot.lrSlider(runs, { objective: parabola });
    const steps = (figure.layout as Json).sliders[0].steps as Json[];
    expect(steps.map((s) => s.label)).toEqual([
      "η = 0.0100",
      "η = 0.100",
      "η = 0.500",
      "η = 0.900",
      "η = 1.10",
    ]);
    expect((figure.data as Json[]).map((t) => t.visible)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(steps[2].args[0].visible).toEqual([true, false, false, true, false, false, true, true]);
    const series = plot.lrSlider(runs, { panel: "x" });
    expect((series.layout as Json).sliders[0].steps[1].args[0].visible).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("colors: one colour per run", () => {
  const rates = [0.001, 0.01, 0.1];
  const runs = rates.map((lr) => gdRun(parabola, [3], lr, 5));
  const colors = ["#ff0000", "#008000", "#bfbf00"];
  const lineColors = (figure: { data: object[] }, traces: number[]) =>
    traces.map((i) => (figure.data[i] as Json).line.color);

  it("replaces the optimizer's colour and dash in every figure that draws runs", () => {
    const series = plot.series(runs, { colors });
    expect(lineColors(series, [0, 1, 2])).toEqual(colors);
    expect((series.data as Json[]).map((t) => t.line.dash)).toEqual(["solid", "solid", "solid"]);
    expect(lineColors(plot.path1d(parabola, runs, { colors }), [1, 2, 3])).toEqual(colors);
    expect(lineColors(plot.lrSlider(runs, { objective: parabola, colors }), [1, 2, 3])).toEqual(
      colors,
    );
    const animated = plot.animate1d(parabola, runs, { colors });
    const heads = animated.data.slice(-6) as Json[];
    expect(heads.filter((_, k) => k % 2 === 0).map((t) => t.line.color)).toEqual(colors);
    const flat = [0.001, 0.002].map((lr) => gdRun(rosenbrock, [-1.5, 2], lr, 10));
    expect(lineColors(plot.contour(rosenbrock, flat, { colors: ["red", "blue"] }), [1, 2])).toEqual(
      ["red", "blue"],
    );
  });

  it("keeps the optimizer's colour for runs beyond the list", () => {
    const figure = plot.series(runs, { colors: ["#ff0000"] });
    expect(lineColors(figure, [0, 1, 2])).toEqual(["#ff0000", colorOf("sgd"), colorOf("sgd")]);
    expect((figure.data as Json[])[1].line.dash).toBe("dash");
  });
});

describe("plot.path1d labels", () => {
  it("skips the numbers of steps that crowd an earlier one, near a minimum", () => {
    // lr 0.3 on θ²: θ shrinks by 0.4 per step, 10, 4, 1.6, 0.64, 0.256, … on a domain 24 wide.
    const figure = plot.path1d(parabola, gdRun(parabola, [10], 0.3, 12));
    const path = (figure.data as Json[])[1];
    expect(path.text.slice(0, 10)).toEqual(["0", "1", "2", "3", "", "", "", "", "", ""]);
  });

  it("numbers a shared start once, for the first run", () => {
    const runs = [0.3, 0.9].map((lr) => gdRun(parabola, [10], lr, 3));
    const [, first, second] = plot.path1d(parabola, runs).data as Json[];
    expect(first.text).toEqual(["0", "1", "2", "3"]);
    // lr 0.9 goes 10, −8, 6.4, −5.12: its start is run 1's, the rest stand apart.
    expect(second.text).toEqual(["", "1", "2", "3"]);
  });

  it("name the objective's own variable: J(x) for a function of x", () => {
    const f = { ...parabola, variables: ["x"], formula: "x^2" };
    const figure = plot.path1d(f, gdRun(f, [3], 0.1, 5));
    const layout = figure.layout as Json;
    expect(layout.title.text).toBe("Gradient descent on J(x) = x^2");
    expect(layout.xaxis.title.text).toBe("parameter x");
    expect(layout.yaxis.title.text).toBe("loss J(x)");
    expect((figure.data as Json[]).map((t) => t.name)).toContain("start x₀");
  });
});

describe("plot.path1d with several starts", () => {
  it("marks every distinct start point", () => {
    const runs = [2, 3, 3].map((start) => gdRun(parabola, [start], 0.1, 5));
    const starts = (plot.path1d(parabola, runs).data as Json[]).find((t) => /start/.test(t.name))!;
    expect(starts.name).toBe("starts θ₀");
    expect(starts.x).toEqual([2, 3]);
  });
});

describe("figure options: a clear error naming the option, never a broken figure", () => {
  const run1d = gdRun(parabola, [10], 0.1, 20);
  const run2d = gdRun(rosenbrock, [-1.5, 2], 1e-3, 20);
  const run3d = { ...run2d, xs: run2d.xs.map((x) => Float64Array.of(x[0], x[1], 0)) };
  const three = [0.1, 0.2, 0.3].map((lr) => gdRun(parabola, [10], lr, 5));
  const noDomain = { ...parabola, domain: undefined } as unknown as Objective;
  const table = {
    x: [0, 1],
    y: [1, 2],
    z: [
      [1, 2],
      [3, 4],
    ],
  };
  const lrs = [1e-3, 1e-2, 1e-1];
  const notA = (value: unknown) => value as never;
  type Case = [string, () => unknown, string];
  it.each<Case>([
    // 1. runs of another dimension than the objective
    [
      "a 1-D run on a contour",
      () => plot.contour(rosenbrock, run1d),
      "runs[0] must be a run of a 2-D objective (its points have 1 coordinate)",
    ],
    [
      "a 1-D run on a surface",
      () => plot.surface(rosenbrock, run1d),
      "runs[0] must be a run of a 2-D objective (its points have 1 coordinate)",
    ],
    [
      "a 1-D run in animate2d",
      () => plot.animate2d(rosenbrock, run1d),
      "runs[0] must be a run of a 2-D objective (its points have 1 coordinate)",
    ],
    [
      "a 3-D run on a contour",
      () => plot.contour(rosenbrock, [run2d, run3d]),
      "runs[1] must be a run of a 2-D objective (its points have 3 coordinates)",
    ],
    [
      "a 2-D run on a 1-D path",
      () => plot.path1d(parabola, run2d),
      "runs[0] must be a run of a 1-D objective (its points have 2 coordinates)",
    ],
    [
      "a 2-D run in animate1d",
      () => plot.animate1d(parabola, [run1d, run2d]),
      "runs[1] must be a run of a 1-D objective (its points have 2 coordinates)",
    ],
    // 2. domains
    [
      "an infinite domain",
      () => plot.path1d(parabola, run1d, { domain: [-Infinity, Infinity] }),
      "domain must be [min, max] of finite numbers with min < max, got [-Infinity, Infinity]",
    ],
    [
      "a domain of strings",
      () => plot.path1d(parabola, run1d, { domain: notA(["-5", "5"]) }),
      'domain must be [min, max] of finite numbers with min < max, got ["-5", "5"]',
    ],
    [
      "a reversed domain",
      () => plot.path1d(parabola, run1d, { domain: [1, -1] }),
      "domain must be [min, max] of finite numbers with min < max, got [1, -1]",
    ],
    [
      "a domain too wide to sample",
      () =>
        plot.contour(rosenbrock, run2d, {
          domain: [
            [-2, 2],
            [-1e308, 1e308],
          ],
        }),
      "domain[1] must be [min, max] of finite numbers with min < max and a finite max − min",
    ],
    [
      "a contour domain that is not two ranges",
      () => plot.contour(rosenbrock, run2d, { domain: notA([-2, 2]) }),
      "domain must be [[xmin, xmax], [ymin, ymax]], got [-2, 2]",
    ],
    [
      "no domain anywhere",
      () => plot.path1d(noDomain, run1d),
      "domain must be given for an objective with no domain of its own, such as [-5, 5]",
    ],
    // 3. series options and colours
    [
      "a misspelt logY panel",
      () => plot.series(run1d, { logY: notA(["los"]) }),
      'logY[0] must be one of the panels drawn, "loss", got "los"',
    ],
    [
      "logY as a string",
      () => plot.series(run1d, { logY: notA("yes") }),
      'logY must be true, false or an array of panels such as ["loss"], got "yes"',
    ],
    [
      "empty panels",
      () => plot.series(run1d, { panels: [] }),
      'panels must be a panel name or a non-empty array of them, such as ["loss", "lr"], got []',
    ],
    [
      "colors as a string in series",
      () => plot.series(run1d, { colors: notA("red") }),
      'colors must be an array of colours, one per run, such as ["red", "#1f77b4"], got "red"',
    ],
    [
      "a colour that is not a string",
      () => plot.path1d(parabola, run1d, { colors: notA([5]) }),
      'colors[0] must be a colour string such as "red" or "#1f77b4", got 5',
    ],
    [
      "colors as a string on a contour",
      () => plot.contour(rosenbrock, run2d, { colors: notA("red") }),
      "colors must be an array of colours",
    ],
    [
      "colors as a string in animate1d",
      () => plot.animate1d(parabola, run1d, { colors: notA("red") }),
      "colors must be an array of colours",
    ],
    [
      "colors as a string in an lrSlider of groups",
      () => plot.lrSlider([[run1d], [run1d]], { colors: notA("red") }),
      "colors must be an array of colours",
    ],
    // 4. grid
    [
      "more column labels than columns",
      () => plot.grid([[run1d, run1d]], { colLabels: ["a", "b", "c"] }),
      'colLabels must be an array of at most 2 strings (one per column), got ["a", "b", "c"]',
    ],
    [
      "column labels as a string",
      () => plot.grid([[run1d, run1d]], { colLabels: notA("ab") }),
      'colLabels must be an array of at most 2 strings (one per column), got "ab"',
    ],
    [
      "more row labels than rows",
      () => plot.grid([[run1d]], { rowLabels: ["a", "b"] }),
      "rowLabels must be an array of at most 1 strings (one per row)",
    ],
    [
      "a cell that is not a run",
      () => plot.grid([[run1d, notA(5)]]),
      "cells[0][1] must be a Run (from minimize) or null, got 5",
    ],
    ...[[1], [5, -5], [NaN, 1], 5].map((yRange): Case => [
      `yRange ${JSON.stringify(yRange)}`,
      () => plot.grid([[run1d]], { yRange: notA(yRange) }),
      "yRange must be [min, max] of finite numbers with min < max, got ",
    ]),
    [
      "a yRange through 0 on log axes",
      () => plot.grid([[run1d]], { logY: true, yRange: [0, 10] }),
      "yRange must be [min, max] with min > 0 with logY, got [0, 10]",
    ],
    [
      "logY as a string in a grid",
      () => plot.grid([[run1d]], { logY: notA("no") }),
      'logY must be true or false, got "no"',
    ],
    // 5. heatmap
    [
      "a setting ≤ 0 on a log axis",
      () => plot.heatmap(table, { logX: true }),
      "table.x must be numbers > 0 with logX, got [0, 1]",
    ],
    [
      "settings as strings",
      () => plot.heatmap({ ...table, y: notA(["1", "2"]) }),
      'table.y must be a non-empty array of finite numbers, got ["1", "2"]',
    ],
    [
      "a value as a string",
      () =>
        plot.heatmap({
          ...table,
          z: notA([
            [1, "2"],
            [3, 4],
          ]),
        }),
      'table.z[0][1] must be a number or null, got "2"',
    ],
    [
      "an empty table",
      () => plot.heatmap({ x: [], y: [], z: [] }),
      "table.x must be a non-empty array of finite numbers, got [] (length 0)",
    ],
    // 6. lrSlider
    [
      "too few slider labels",
      () => plot.lrSlider(three, { labels: ["a"] }),
      'labels must have 3 entries (one per step), got ["a"] (length 1)',
    ],
    [
      "too many slider labels",
      () => plot.lrSlider(three, { labels: ["a", "b", "c", "d", "e"] }),
      "labels must have 3 entries (one per step)",
    ],
    [
      "slider labels as a string",
      () => plot.lrSlider(three, { labels: notA("abc") }),
      'labels must be an array of strings, one per step (3), got "abc"',
    ],
    [
      "a misspelt slider panel",
      () => plot.lrSlider(three, { panel: notA("los") }),
      'panel must be one of "x", "loss", "grad", "lr", got "los"',
    ],
    // 7. lrRangeTest
    [
      "a suggestion without lr",
      () => plot.lrRangeTest({ lrs, losses: [3, 2, 1], suggestions: notA([{ label: "x" }]) }),
      "result.suggestions[0].lr must be a finite number > 0 (the axis is logarithmic), got undefined",
    ],
    [
      "a suggestion that is a number",
      () => plot.lrRangeTest({ lrs, losses: [3, 2, 1], suggestions: notA([0.01]) }),
      "result.suggestions[0] must be { label, lr }",
    ],
    [
      "a suggested lr of 0",
      () =>
        plot.lrRangeTest({
          lrs,
          losses: [3, 2, 1],
          suggestions: [{ label: "valley", lr: 0, index: 0 }],
        }),
      "result.suggestions[0].lr must be a finite number > 0 (the axis is logarithmic), got 0",
    ],
    [
      "a learning rate of 0",
      () => plot.lrRangeTest({ lrs: [0, 1e-2, 1e-1], losses: [3, 2, 1] }),
      "result.lrs[0] must be a finite number > 0 (the axis is logarithmic), got 0",
    ],
    [
      "short smoothed losses",
      () => plot.lrRangeTest({ lrs, losses: [3, 2, 1], smoothedLosses: [3] }),
      "result.smoothedLosses must be an array of 3 losses (one per lr), got [3] (length 1)",
    ],
    // 8. colorOf
    [
      "a colour for a number",
      () => colorOf(notA(5)),
      "name must be an optimizer or schedule name (a string), got 5",
    ],
    [
      "a colour for a run",
      () => colorOf(notA(run1d)),
      "name must be an optimizer or schedule name (a string), got object",
    ],
    // 9. misspelt options and options that are not objects
    [
      "a misspelt contour option",
      () => plot.contour(rosenbrock, run2d, notA({ resoluton: 50 })),
      'contour option must be one of domain, resolution, levels, log, title, colors, width, height, got "resoluton"',
    ],
    [
      "contour options that are a number",
      () => plot.contour(rosenbrock, run2d, notA(5)),
      "contour options must be an object such as { resolution: 80 }, got 5",
    ],
    [
      "a misspelt series option",
      () => plot.series(run1d, notA({ logy: true })),
      'series option must be one of panels, logY, title, colors, guides, width, height, got "logy"',
    ],
    ...(
      [
        ["surface", () => plot.surface(rosenbrock, run2d, notA({ levls: 3 }))],
        ["path1d", () => plot.path1d(parabola, run1d, notA({ arrow: 3 }))],
        ["grid", () => plot.grid([[run1d]], notA({ ylog: true }))],
        ["heatmap", () => plot.heatmap(table, notA({ logx: true }))],
        ["lrRangeTest", () => plot.lrRangeTest({ lrs, losses: [3, 2, 1] }, notA({ tittle: "" }))],
        ["animate1d", () => plot.animate1d(parabola, run1d, notA({ frames: 10 }))],
        ["animate2d", () => plot.animate2d(rosenbrock, run2d, notA({ frames: 10 }))],
        ["lrSlider", () => plot.lrSlider(three, notA({ label: ["a", "b", "c"] }))],
      ] as const
    ).map(([name, draw]): Case => [
      `a misspelt ${name} option`,
      draw,
      `${name} option must be one of `,
    ]),
    [
      "log as a string",
      () => plot.contour(rosenbrock, run2d, { log: notA("no") }),
      'log must be true or false, got "no"',
    ],
    [
      "a title that is not a string",
      () => plot.series(run1d, { title: notA(5) }),
      "title must be a string, got 5",
    ],
    [
      "resolution NaN",
      () => plot.contour(rosenbrock, run2d, { resolution: NaN }),
      "resolution must be an integer from 10 to 150, got NaN",
    ],
    [
      "a fractional resolution",
      () => plot.surface(rosenbrock, run2d, { resolution: 40.5 }),
      "resolution must be an integer from 10 to 150, got 40.5",
    ],
    [
      "negative levels",
      () => plot.contour(rosenbrock, run2d, { levels: -3 }),
      "levels must be a positive integer, got -3",
    ],
    [
      "one frame",
      () => plot.animate2d(rosenbrock, run2d, { maxFrames: 1 }),
      "maxFrames must be an integer from 2 to 200, got 1",
    ],
    [
      "a negative frame duration",
      () => plot.animate1d(parabola, run1d, { frameDuration: -5 }),
      "frameDuration must be a finite number > 0, got -5",
    ],
    [
      "negative numbered steps",
      () => plot.path1d(parabola, run1d, { numbered: -1 }),
      "numbered must be an integer ≥ 0, got -1",
    ],
    [
      "NaN arrows",
      () => plot.path1d(parabola, run1d, { arrows: NaN }),
      "arrows must be an integer ≥ 0, got NaN",
    ],
  ])("rejects %s", (_, draw, message) => {
    expect(draw).toThrow(message);
  });
});
