// Where the panels of a figure go: their axes' names, and their domains on the paper.
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, axis, baseLayout, type PlotlyObject } from "./theme";

/** "x" for the first panel, "x2", "x3", … for the others: what a trace names. */
export function axisId(letter: "x" | "y", panel: number): string {
  return panel === 0 ? letter : `${letter}${panel + 1}`;
}

/** "xaxis" for the first panel, "xaxis2", … for the others: the layout's key. */
export function axisKey(letter: "x" | "y", panel: number): string {
  return panel === 0 ? `${letter}axis` : `${letter}axis${panel + 1}`;
}

/** Paper-coordinate domain of cell k of `count` equal cells with gaps, first cell at the start. */
export function cellDomain(k: number, count: number, gap: number): [number, number] {
  const size = (1 - gap * (count - 1)) / count;
  return [k * (size + gap), k * (size + gap) + size];
}

/**
 * The default size of small multiples in `columns` × `rows` cells: the default figure size, wider
 * from 3 columns and taller from 3 rows on, so that each cell stays readable.
 */
export function smallMultiplesSize(
  columns: number,
  rows: number,
): { width: number; height: number } {
  return {
    width: Math.max(DEFAULT_WIDTH, 200 * columns + 140),
    height: Math.max(DEFAULT_HEIGHT, 170 * rows + 140),
  };
}

/** Bold text placed on the paper (x and y from 0 to 1), e.g. a panel's title or a row's label. */
export function paperLabel(text: string, place: PlotlyObject): PlotlyObject {
  return { text: `<b>${text}</b>`, xref: "paper", yref: "paper", showarrow: false, ...place };
}

/** One panel of a stack: its y axis's title, and its other settings (e.g. logAxis(true)). */
export interface StackedPanel {
  readonly yTitle: string;
  readonly yAxis: PlotlyObject;
}

/**
 * The layout of panels stacked from top to bottom on one shared x axis, anchored to the bottom
 * panel (zooming one zooms all); panel p draws on the y axis axisId("y", p). The default height
 * gives each panel `panelPixels` pixels.
 */
export function stackedLayout(
  title: string | undefined,
  panels: readonly StackedPanel[],
  options: {
    xTitle: string;
    panelPixels: number;
    /** Gap between panels, as a fraction of the plotting height. */
    gap: number;
    width: number | undefined;
    height: number | undefined;
  },
): PlotlyObject {
  const { xTitle, panelPixels, gap, width, height } = options;
  const count = panels.length;
  const layout = baseLayout(title, {
    height: height ?? Math.max(440, 120 + panelPixels * count),
    ...(width !== undefined && { width }),
    xaxis: axis(xTitle, { anchor: axisId("y", count - 1) }),
    legend: { tracegroupgap: 4 },
  });
  const panelHeight = (1 - gap * (count - 1)) / count;
  panels.forEach((panel, p) => {
    const top = 1 - p * (panelHeight + gap);
    layout[axisKey("y", p)] = axis(panel.yTitle, {
      domain: [Math.max(0, top - panelHeight), top],
      ...panel.yAxis,
    });
  });
  return layout;
}
