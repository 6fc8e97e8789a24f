// Reference lines with labels (2/L, the edge, a target accuracy, …), shared by the figures.
import { invalid } from "../errors";
import type { PlotlyObject } from "./theme";

/** A vertical (x) or horizontal (y) reference line with its label. */
export interface Guide {
  /** Where a vertical line crosses the x axis. Give x or y, not both. */
  x?: number;
  /** Where a horizontal line crosses the y axis. */
  y?: number;
  /** The text at the line's end, e.g. "2/L". */
  label: string;
  /**
   * On a figure of stacked panels (`plot.series`), the panel the line belongs to, e.g. "loss".
   * Default: a y line goes on the top panel; an x line crosses every panel.
   */
  panel?: string;
}

/**
 * Checks the `guides` option: each guide has one finite x or y and a label, and names a panel only
 * when the figure has `panels` (then one of them).
 */
export function requireGuides(
  parameter: string,
  value: readonly Guide[],
  panels?: readonly string[],
): readonly Guide[] {
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
    if (guide.panel !== undefined && !panels?.includes(guide.panel)) {
      const accepted = panels
        ? `one of the panels drawn, ${panels.map((name) => `"${name}"`).join(", ")}`
        : "left out: this figure has one panel";
      throw invalid(`${parameter}[${i}].panel`, accepted, guide.panel);
    }
  });
  return value;
}

/** Where a guide is drawn on a figure of stacked panels: the panel's y axis ("y2") and its scale. */
export interface GuideAxis {
  y: string;
  logY: boolean;
}

/**
 * The layout's shapes and annotations for `guides`: dotted lines across the plot, each labelled at
 * its end. Annotations on a log axis are placed at log₁₀ of the value, as Plotly requires. With
 * `axisOf`, a guide that names a panel is drawn on that panel's y axis only.
 */
export function guideLayout(
  guides: readonly Guide[],
  logs: { logX?: boolean; logY?: boolean } = {},
  axisOf?: (guide: Guide) => GuideAxis | undefined,
): { shapes: PlotlyObject[]; annotations: PlotlyObject[] } {
  const line = { color: "#444", width: 1.5, dash: "dot" };
  const at = (value: number, log: boolean | undefined) => (log ? Math.log10(value) : value);
  const shapes: PlotlyObject[] = [];
  const annotations: PlotlyObject[] = [];
  for (const guide of guides) {
    const on = axisOf?.(guide);
    // A light background keeps the label readable where it crosses a curve.
    const text = {
      text: guide.label,
      showarrow: false,
      font: { size: 12 },
      bgcolor: "rgba(255,255,255,0.8)",
    };
    if (guide.x !== undefined) {
      // A vertical line: across the whole plot, or across one panel's height ("y2 domain").
      const yref = on ? `${on.y} domain` : "paper";
      shapes.push({ type: "line", xref: "x", yref, x0: guide.x, x1: guide.x, y0: 0, y1: 1, line });
      annotations.push({
        x: at(guide.x, logs.logX),
        xref: "x",
        y: 1,
        yref,
        yanchor: "bottom",
        ...text,
      });
    } else {
      const yref = on?.y ?? "y";
      const logY = on ? on.logY : logs.logY;
      shapes.push({
        type: "line",
        xref: "paper",
        yref,
        x0: 0,
        x1: 1,
        y0: guide.y,
        y1: guide.y,
        line,
      });
      annotations.push({
        x: 1,
        xref: "paper",
        xanchor: "right",
        y: at(guide.y as number, logY),
        yref,
        yanchor: "bottom",
        ...text,
      });
    }
  }
  return { shapes, annotations };
}
