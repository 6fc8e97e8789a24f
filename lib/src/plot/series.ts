// Series over iterations: parameter, loss, gradient and learning rate in stacked panels.
import { invalid, parseOptions, requirePositiveInteger, requireText } from "../errors";
import type { Figure } from "./figure";
import type { Run } from "../runner/run";
import { pointsPerTrace } from "./decimate";
import { guideLayout, requireGuides, type Guide } from "./guides";
import { panelLines, panelTitle, requirePanel, runDim, runList, type SeriesPanel } from "./runs";
import { axisId, stackedLayout } from "./panels";
import {
  AXIS_TITLES,
  FIGURE_CONFIG,
  logAxis,
  requireColors,
  runStyles,
  type PlotlyObject,
} from "./theme";
import { iterationTrace } from "./traces";

/** Options of plot.series. */
export interface SeriesOptions {
  /** Panels from top to bottom ("x", "loss", "grad", "lr"), or one panel's name; default ["loss"]. */
  panels?: SeriesPanel | readonly SeriesPanel[];
  /** Log scale on the y axis of every panel (true) or of the listed panels; default false. */
  logY?: boolean | readonly SeriesPanel[];
  /** Title above the figure; default none. */
  title?: string;
  /** One colour per run, in order (e.g. one per learning rate); default the optimizer's colour. */
  colors?: readonly string[];
  /**
   * Reference lines, e.g. [{ y: 0.5, label: "target", panel: "loss" }] or [{ x: 20, label: "restart" }];
   * a y line goes on the panel it names (default the top one), an x line crosses every panel
   * unless it names one. Default none.
   */
  guides?: readonly Guide[];
  /** Figure width in pixels (a positive integer); default 720. */
  width?: number;
  /** Figure height in pixels (a positive integer); default 440, or taller for 3 panels or more. */
  height?: number;
}

const DEFAULT_PANELS: readonly SeriesPanel[] = ["loss"];

/** Vertical gap between stacked panels, as a fraction of the plotting height. */
const PANEL_GAP = 0.07;

/**
 * Values over iterations for one or many runs, in panels stacked on one shared x axis (zooming
 * one zooms all). Colours follow the optimizer; a run's legend entry toggles it in every panel.
 * Guides draw labelled reference lines, on the panel they name.
 *
 * Example:
 *
 * ```ts
 * const run = minimize(objectives.bowl, { x0: [1, 1], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 20 });
 * const fig = plot.series(run, { panels: ["loss", "lr"], logY: ["loss"], guides: [{ y: 0.01, label: "target", panel: "loss" }] });
 * fig.data.length; // → 2
 * ```
 */
export function series(runs: Run | readonly Run[], options: SeriesOptions = {}): Figure {
  let drawn = DEFAULT_PANELS;
  const {
    panels: panelOption,
    logY: logOption,
    title,
    colors,
    guides,
    width,
    height,
  } = parseOptions(
    "series",
    options,
    {
      panels: [DEFAULT_PANELS, (_, value) => (drawn = panelList(value))],
      logY: [[], (_, value) => logPanelList(value, drawn)],
      title: [undefined, requireText],
      colors: [undefined, requireColors],
      guides: [[], (parameter, value) => requireGuides(parameter, value, drawn)],
      width: [undefined, requirePositiveInteger],
      height: [undefined, requirePositiveInteger],
    },
    '{ panels: ["loss", "lr"], logY: true }',
  );
  // The checks above normalise both: a list of panels, and the panels on a log axis.
  const panels = panelOption as readonly SeriesPanel[];
  const logPanels = logOption as readonly SeriesPanel[];
  const list = runList(runs);
  const dim = runDim(list);
  const styles = runStyles(
    list.map((run) => run.optimizer),
    colors,
  );

  const lineCount = panels.length * list.length * (panels.includes("x") ? dim : 1);
  const maxPoints = pointsPerTrace(lineCount);
  const data: PlotlyObject[] = [];
  const layout = stackedLayout(
    title,
    panels.map((panel) => ({
      yTitle: panelTitle(panel, dim),
      yAxis: logAxis(logPanels.includes(panel)),
    })),
    { xTitle: AXIS_TITLES.iteration, panelPixels: 170, gap: PANEL_GAP, width, height },
  );

  panels.forEach((panel, p) => {
    list.forEach((run, r) => {
      for (const line of panelLines(run, panel)) {
        data.push(
          iterationTrace(line.values, maxPoints, {
            name: run.label + line.suffix,
            legendgroup: run.label,
            showlegend: p === 0,
            line: { color: styles[r].color, dash: styles[r].dash, width: 2 },
            marker: { color: styles[r].color, size: 5 },
            yaxis: axisId("y", p),
          }),
        );
      }
    });
  });
  const yAxisOf = (panel: string) => {
    const p = panels.indexOf(panel as SeriesPanel);
    return { y: axisId("y", p), logY: logPanels.includes(panel as SeriesPanel) };
  };
  const { shapes, annotations } = guideLayout(guides, {}, (guide) =>
    guide.panel !== undefined
      ? yAxisOf(guide.panel)
      : guide.y !== undefined
        ? yAxisOf(panels[0])
        : undefined,
  );
  if (shapes.length > 0) Object.assign(layout, { shapes, annotations });
  return { data, layout, config: FIGURE_CONFIG };
}

/** The `panels` option as a non-empty list; one name stands for a list of one. */
function panelList(given: SeriesPanel | readonly SeriesPanel[]): SeriesPanel[] {
  if (typeof given === "string") return [requirePanel("panels", given)];
  if (!Array.isArray(given) || given.length === 0) {
    throw invalid(
      "panels",
      'a panel name or a non-empty array of them, such as ["loss", "lr"]',
      given,
    );
  }
  return given.map((p, i) => requirePanel(`panels[${i}]`, p));
}

/** The panels the `logY` option puts on a log axis: all (true), none, or those listed. */
function logPanelList(
  given: boolean | readonly SeriesPanel[],
  panels: readonly SeriesPanel[],
): readonly SeriesPanel[] {
  if (given === false) return [];
  if (given === true) return panels;
  if (!Array.isArray(given)) {
    throw invalid("logY", 'true, false or an array of panels such as ["loss"]', given);
  }
  given.forEach((p, i) => {
    if (!panels.includes(p)) {
      throw invalid(
        `logY[${i}]`,
        `one of the panels drawn, ${panels.map((name) => `"${name}"`).join(", ")}`,
        p,
      );
    }
  });
  return given;
}
