// Small multiples: one run per cell of a rows × columns grid, e.g. learning rate × decay.
import { invalid, requireBoolean, requireOptions } from "../errors";
import type { Figure } from "./figure";
import type { Run } from "../runner/run";
import { pointsPerTrace } from "./decimate";
import { requireRange } from "./objectives";
import { isRun, panelLines, panelTitle, requirePanel, type SeriesPanel } from "./runs";
import { AXIS_TITLES, FIGURE_CONFIG, axis, baseLayout, colorOf, type PlotlyObject } from "./theme";
import { iterationTrace } from "./traces";

export interface GridOptions {
  /** Label of each row, e.g. ["η = 0.1", "η = 0.3"]. */
  rowLabels?: readonly string[];
  /** Label of each column, e.g. ["decay 0", "decay 0.01"]. */
  colLabels?: readonly string[];
  /** What each cell draws over iterations; default "x" (the parameter θ). */
  panel?: SeriesPanel;
  /** Log y axes in every cell. */
  logY?: boolean;
  /** The same y range in every cell; default each cell fits its own run. */
  yRange?: readonly [number, number];
  title?: string;
}

const GRID_OPTIONS: readonly (keyof GridOptions)[] = [
  "rowLabels",
  "colLabels",
  "panel",
  "logY",
  "yRange",
  "title",
];

const GAP = 0.05;

/** Checks rowLabels or colLabels: strings, at most one per row or column. */
function requireLabels(parameter: string, labels: unknown, count: number, per: string): void {
  if (labels === undefined) return;
  if (
    !Array.isArray(labels) ||
    labels.length > count ||
    !labels.every((label) => typeof label === "string")
  ) {
    throw invalid(parameter, `an array of at most ${count} strings (one per ${per})`, labels);
  }
}

/** Paper-coordinate domains of `count` equal cells with gaps, first cell at the start. */
function cellDomains(count: number): [number, number][] {
  const size = (1 - GAP * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => [i * (size + GAP), i * (size + GAP) + size]);
}

/**
 * One small figure per run, laid out as rows × columns with their labels; a cell may be null.
 * Diverged runs say so in their cell.
 *
 * @example plot.grid(lrs.map((lr) => decays.map((d) => runFor(lr, d))), {
 *   rowLabels: lrs.map((lr) => `η = ${lr}`), colLabels: decays.map((d) => `decay ${d}`) })
 */
export function grid(
  cells: readonly (readonly (Run | null | undefined)[])[],
  options: GridOptions = {},
): Figure {
  requireOptions(
    "grid",
    options,
    GRID_OPTIONS,
    '{ rowLabels: ["η = 0.1", "η = 0.3"], logY: true }',
  );
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
  const panel = requirePanel("panel", options.panel ?? "x");
  requireLabels("rowLabels", options.rowLabels, rows, "row");
  requireLabels("colLabels", options.colLabels, cols, "column");
  const logY = requireBoolean("logY", options.logY ?? false);
  const yRange = options.yRange === undefined ? undefined : requireRange("yRange", options.yRange);
  if (logY && yRange && !(yRange[0] > 0)) {
    throw invalid("yRange", "[min, max] with min > 0 with logY", yRange);
  }
  const runs = cells.flat().filter((run): run is Run => run != null);
  const maxPoints = pointsPerTrace(Math.max(1, runs.length));
  const xDomains = cellDomains(cols);
  const yDomains = cellDomains(rows).reverse(); // row 0 at the top
  const data: PlotlyObject[] = [];
  const annotations: PlotlyObject[] = [];
  const layout: PlotlyObject = baseLayout(
    options.title ?? `${panelTitle(panel, 1)} over iterations`,
    {
      width: Math.max(720, 200 * cols + 140),
      height: Math.max(440, 170 * rows + 140),
      showlegend: false,
      margin: { l: 110, r: 20, t: 80, b: 60 },
    },
  );

  cells.forEach((row, r) =>
    row.forEach((run, c) => {
      const k = r * cols + c + 1;
      const suffix = k === 1 ? "" : String(k);
      layout[`xaxis${suffix}`] = axis(r === rows - 1 ? AXIS_TITLES.iteration : "", {
        domain: xDomains[c],
        anchor: `y${suffix}`,
      });
      layout[`yaxis${suffix}`] = axis("", {
        domain: yDomains[r],
        anchor: `x${suffix}`,
        ...(logY ? { type: "log", exponentformat: "power" } : {}),
        // Plotly takes a log axis's range in powers of 10.
        ...(yRange ? { range: logY ? yRange.map(Math.log10) : yRange } : {}),
      });
      if (run == null) return;
      const color = colorOf(run.optimizer);
      for (const line of panelLines(run, panel)) {
        data.push(
          iterationTrace(line.values, maxPoints, {
            name: run.label + line.suffix,
            line: { color, width: 1.5 },
            marker: { color, size: 3 },
            xaxis: `x${suffix}`,
            yaxis: `y${suffix}`,
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
  options.colLabels?.forEach((text, c) =>
    annotations.push({
      text: `<b>${text}</b>`,
      showarrow: false,
      xref: "paper",
      yref: "paper",
      x: (xDomains[c][0] + xDomains[c][1]) / 2,
      y: 1.01,
      yanchor: "bottom",
    }),
  );
  options.rowLabels?.forEach((text, r) =>
    annotations.push({
      text: `<b>${text}</b>`,
      showarrow: false,
      xref: "paper",
      yref: "paper",
      x: -0.06,
      y: (yDomains[r][0] + yDomains[r][1]) / 2,
      xanchor: "right",
      textangle: -90,
    }),
  );
  layout.annotations = annotations;
  return { data, layout, config: FIGURE_CONFIG };
}
