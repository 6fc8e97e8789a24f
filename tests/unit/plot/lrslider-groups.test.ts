import { describe, expect, it } from "vitest";
import { colorOf, plot } from "../../../lib/src/plot";
import { gdRun, parabola } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe("lrSlider with groups of runs", () => {
  const starts = [1, 2, 3];
  const groups = starts.map((x0) => [
    gdRun(parabola, [x0], 0.1, 5, "fixed"),
    gdRun(parabola, [x0], 0.4, 5, "timeBased"),
  ]);

  it("shows one group per slider step, each run in its own solid colour", () => {
    const figure = plot.lrSlider(groups, { panel: "x", labels: starts.map((x0) => `x₀ = ${x0}`) });
    const data = figure.data as Json[];
    expect(data).toHaveLength(6);
    expect(data.map((t) => t.visible)).toEqual([true, true, false, false, false, false]);
    const steps = (figure.layout as Json).sliders[0].steps as Json[];
    expect(steps.map((s) => s.label)).toEqual(["x₀ = 1", "x₀ = 2", "x₀ = 3"]);
    expect(steps[2].args[0].visible).toEqual([false, false, false, false, true, true]);
    expect(data.map((t) => t.line.dash)).toEqual(Array(6).fill("solid"));
    expect(data.map((t) => t.line.color)).toEqual(
      starts.flatMap(() => [colorOf("fixed"), colorOf("timeBased")]),
    );
  });

  it("takes colors by position in a group, and keeps the curve visible on a path", () => {
    const figure = plot.lrSlider(groups, { objective: parabola, colors: ["red", "blue"] });
    const data = figure.data as Json[];
    expect(data.slice(1, 7).map((t) => t.line.color)).toEqual([
      "red",
      "blue",
      "red",
      "blue",
      "red",
      "blue",
    ]);
    const steps = (figure.layout as Json).sliders[0].steps as Json[];
    expect(steps[1].args[0].visible.slice(0, 7)).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(steps.map((s) => s.label)).toEqual(["η = 0.100", "η = 0.100", "η = 0.100"]);
  });

  it("rejects an empty group", () => {
    expect(() => plot.lrSlider([groups[0], []])).toThrow(/runs\[1\]/);
  });
});
