import { describe, expect, it } from "vitest";
import { displayBundle, PLOTLY_MIME } from "../../../lib/src/display/show";

describe("displayBundle", () => {
  it("carries the figure as Plotly JSON and a text summary", () => {
    const figure = { data: [{ x: [0, 1], y: [1, 0] }], layout: { title: { text: "loss" } } };
    const bundle = displayBundle(figure);
    expect(bundle[PLOTLY_MIME]).toBe(figure);
    expect(bundle["text/plain"]).toBe("<Plotly figure: loss, 1 trace(s)>");
  });

  it("rejects something that is not a figure, naming the parameter", () => {
    expect(() => displayBundle({} as never)).toThrow(/figure must be a Plotly figure object/);
  });
});
