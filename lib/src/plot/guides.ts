// Reference lines with labels (2/L, the edge, a target accuracy, …), shared by the figures.
import { invalid } from "../errors";
import type { PlotlyObject } from "./theme";

/** A vertical (x) or horizontal (y) reference line with its label. */
export interface Guide {
  x?: number;
  y?: number;
  label: string;
}

/** Checks the `guides` option: each guide has one finite x or y and a label. */
export function requireGuides(parameter: string, value: readonly Guide[]): readonly Guide[] {
  if (!Array.isArray(value)) {
    throw invalid(parameter, 'an array of guides such as [{ x: 0.5, label: "2/L" }]', value);
  }
  value.forEach((guide: Guide, i) => {
    const hasX = typeof guide?.x === "number" && Number.isFinite(guide.x);
    const hasY = typeof guide?.y === "number" && Number.isFinite(guide.y);
    if (hasX === hasY || typeof guide.label !== "string") {
      throw invalid(
        `${parameter}[${i}]`,
        'a guide with one finite x or y and a label, such as { x: 0.5, label: "2/L" }',
        guide,
      );
    }
  });
  return value;
}

/**
 * The layout's shapes and annotations for `guides`: dotted lines across the plot, each labelled at
 * its end. Annotations on a log axis are placed at log₁₀ of the value, as Plotly requires.
 */
export function guideLayout(
  guides: readonly Guide[],
  logs: { logX?: boolean; logY?: boolean } = {},
): { shapes: PlotlyObject[]; annotations: PlotlyObject[] } {
  const line = { color: "#444", width: 1.5, dash: "dot" };
  const at = (value: number, log: boolean | undefined) => (log ? Math.log10(value) : value);
  return {
    shapes: guides.map((guide) =>
      guide.x !== undefined
        ? { type: "line", xref: "x", yref: "paper", x0: guide.x, x1: guide.x, y0: 0, y1: 1, line }
        : { type: "line", xref: "paper", yref: "y", x0: 0, x1: 1, y0: guide.y, y1: guide.y, line },
    ),
    annotations: guides.map((guide) => ({
      ...(guide.x !== undefined
        ? { x: at(guide.x, logs.logX), xref: "x", y: 1, yref: "paper", yanchor: "bottom" }
        : {
            x: 1,
            xref: "paper",
            xanchor: "right",
            y: at(guide.y as number, logs.logY),
            yref: "y",
            yanchor: "bottom",
          }),
      text: guide.label,
      showarrow: false,
      font: { size: 12 },
    })),
  };
}
