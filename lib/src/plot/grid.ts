// Small multiples: one run per cell of a rows × columns grid, e.g. learning rate × decay.
import { invalid, parseOptions, requireBoolean, requirePositiveInteger } from "../errors";
import type { Figure } from "./figure";
import type { Run } from "../runner/run";
import { pointsPerTrace } from "./decimate";
import { axisId, axisKey, cellDomain, paperLabel, smallMultiplesSize } from "./panels";
import { requireRange } from "./objectives";
import { isRun, panelLines, panelTitle, requirePanel, type SeriesPanel } from "./runs";
import {
  AXIS_TITLES,
  FIGURE_CONFIG,
  axis,
  axisRange,
  baseLayout,
  colorOf,
  logAxis,
  requireLogRange,
  type PlotlyObject,
} from "./theme";
import { iterationTrace } from "./traces";

/** Options of plot.grid. */
export interface GridOptions {
  /** Label of each row, e.g. ["η = 0.1", "η = 0.3"], at most one per row; default none. */
  rowLabels?: readonly string[];
  /** Label of each column, e.g. ["decay 0", "decay 0.01"], at most one per column; default none. */
  colLabels?: readonly string[];
  /** What each cell draws over iterations: "x", "loss", "grad" or "lr"; default "x" (the parameter θ). */
  panel?: SeriesPanel;
  /** Log y axes in every cell; default false. */
  logY?: boolean;
  /** The same y range [min, max] in every cell (min > 0 with logY); default each cell fits its own run. */
  yRange?: readonly [number, number];
  /** Title above the figure; default "<panel> over iterations". */
  title?: string;
  /** Figure width in pixels (a positive integer); default max(720, 200 × columns + 140). */
  width?: number;
  /** Figure height in pixels (a positive integer); default max(440, 170 × rows + 140). */
  height?: number;
}

const GAP = 0.05;

/** Checks rowLabels or colLabels: strings, at most one per row or column. */
export function labelsCheck(count: number, per: string) {
  return (parameter: string, labels: readonly string[]): readonly string[] => {
    if (
      !Array.isArray(labels) ||
      labels.length > count ||
      !labels.every((label) => typeof label === "string")
    ) {
      throw invalid(parameter, `an array of at most ${count} strings (one per ${per})`, labels);
    }
    return labels;
  };
}

/** Paper-coordinate domains of `count` equal cells with gaps, first cell at the start. */
function cellDomains(count: number): [number, number][] {
  return Array.from({ length: count }, (_, i) => cellDomain(i, count, GAP));
}

/**
 * One small figure per run, laid out as rows × columns with their labels; a cell may be null.
 * Diverged runs say so in their cell.
 *
 * Example:
 *
 * ```ts
 * const lrs = [0.1, 0.5];
 * const cells = lrs.map((lr) => [0, 0.5].map((momentum) =>
 *   minimize(objectives.thetaSquared, { x0: [10], optimizer: optimizers.sgd({ lr, momentum }), steps: 20 })));
 * const fig = plot.grid(cells, { rowLabels: lrs.map((lr) => `η = ${lr}`), colLabels: ["μ = 0", "μ = 0.5"], width: 600 });
 * fig.data.length; // → 4
 * ```
 */
export function grid(
  cells: readonly (readonly (Run | null | undefined)[])[],
  options: GridOptions = {},
): Figure {
  if (
    !Array.isArray(cells as unknown) ||
    cells.length === 0 ||
    !cells.every((row) => Array.isArray(row as unknown) && row.length > 0)
  ) {
    throw invalid("cells", "a non-empty array of non-empty rows of runs", cells);
  }
  cells.forEach((row, r) =>
    row.forEach((run, c) => {
      if (run != null && !isRun(run)) {
        throw invalid(`cells[${r}][${c}]`, "a Run (from minimize) or null", run);
      }
    }),
  );
  const rows = cells.length;
  const cols = Math.max(...cells.map((row) => row.length));
  const defaultSize = smallMultiplesSize(cols, rows);
  const { rowLabels, colLabels, panel, logY, yRange, title, width, height } = parseOptions(
    "grid",
    options,
    {
      rowLabels: [[], labelsCheck(rows, "row")],
      colLabels: [[], labelsCheck(cols, "column")],
      panel: ["x", requirePanel],
      logY: [false, requireBoolean],
      yRange: [undefined, requireRange],
      // Checked by baseLayout, after `?? default`: null gives the default title.
      title: [undefined, (_, value) => value],
      width: [defaultSize.width, requirePositiveInteger],
      height: [defaultSize.height, requirePositiveInteger],
    },
    '{ rowLabels: ["η = 0.1", "η = 0.3"], logY: true }',
  );
  requireLogRange("yRange", yRange, logY, "logY");
  const runs = cells.flat().filter((run): run is Run => run != null);
  const maxPoints = pointsPerTrace(Math.max(1, runs.length));
  const xDomains = cellDomains(cols);
  const yDomains = cellDomains(rows).reverse(); // row 0 at the top
  const data: PlotlyObject[] = [];
  const annotations: PlotlyObject[] = [];
  const layout: PlotlyObject = baseLayout(title ?? `${panelTitle(panel, 1)} over iterations`, {
    width,
    height,
    showlegend: false,
    margin: { l: 110, r: 20, t: 80, b: 60 },
  });

  cells.forEach((row, r) =>
    row.forEach((run, c) => {
      const cell = r * cols + c;
      layout[axisKey("x", cell)] = axis(r === rows - 1 ? AXIS_TITLES.iteration : "", {
        domain: xDomains[c],
        anchor: axisId("y", cell),
      });
      layout[axisKey("y", cell)] = axis("", {
        domain: yDomains[r],
        anchor: axisId("x", cell),
        ...logAxis(logY),
        ...axisRange(yRange, logY),
      });
      if (run == null) return;
      const color = colorOf(run.optimizer);
      for (const line of panelLines(run, panel)) {
        data.push(
          iterationTrace(line.values, maxPoints, {
            name: run.label + line.suffix,
            line: { color, width: 1.5 },
            marker: { color, size: 3 },
            xaxis: axisId("x", cell),
            yaxis: axisId("y", cell),
          }),
        );
      }
      if (run.status === "diverged") {
        annotations.push({
          text: "diverged",
          font: { color: "#d62728", size: 12 },
          showarrow: false,
          xref: "paper",
          yref: "paper",
          x: xDomains[c][1],
          y: yDomains[r][1],
          xanchor: "right",
          yanchor: "top",
        });
      }
    }),
  );
  colLabels.forEach((text, c) =>
    annotations.push(
      paperLabel(text, { x: (xDomains[c][0] + xDomains[c][1]) / 2, y: 1.01, yanchor: "bottom" }),
    ),
  );
  rowLabels.forEach((text, r) =>
    annotations.push(
      paperLabel(text, {
        x: -0.06,
        y: (yDomains[r][0] + yDomains[r][1]) / 2,
        xanchor: "right",
        textangle: -90,
      }),
    ),
  );
  layout.annotations = annotations;
  return { data, layout, config: FIGURE_CONFIG };
}
