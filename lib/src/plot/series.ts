// Series over iterations: parameter, loss, gradient and learning rate in stacked panels.
import { invalid, requireOptions } from "../errors";
import type { Figure } from "./figure";
import type { Run } from "../runner/run";
import { pointsPerTrace } from "./decimate";
import { panelLines, panelTitle, requirePanel, runDim, runList, type SeriesPanel } from "./runs";
import {
  AXIS_TITLES,
  FIGURE_CONFIG,
  axis,
  baseLayout,
  runStyles,
  type PlotlyObject,
} from "./theme";
import { iterationTrace } from "./traces";

export interface SeriesOptions {
  /** Panels from top to bottom, or one panel's name; default ["loss"]. */
  panels?: SeriesPanel | readonly SeriesPanel[];
  /** Log scale on the y axis of every panel (true) or of the listed panels. */
  logY?: boolean | readonly SeriesPanel[];
  title?: string;
  /** One colour per run, in order (e.g. one per learning rate); default the optimizer's colour. */
  colors?: readonly string[];
}

const SERIES_OPTIONS: readonly (keyof SeriesOptions)[] = ["panels", "logY", "title", "colors"];

/** Vertical gap between stacked panels, as a fraction of the plotting height. */
const PANEL_GAP = 0.07;

/**
 * Values over iterations for one or many runs, in panels stacked on one shared x axis (zooming
 * one zooms all). Colours follow the optimizer; a run's legend entry toggles it in every panel.
 *
 * @example plot.series([fixed, gradBased, timeBased], { panels: ["x", "grad", "lr"] })
 * @example plot.series(runs, { panels: ["loss"], logY: true })
 */
export function series(runs: Run | readonly Run[], options: SeriesOptions = {}): Figure {
  requireOptions("series", options, SERIES_OPTIONS, '{ panels: ["loss", "lr"], logY: true }');
  const list = runList(runs);
  const panels = panelList(options.panels);
  const logPanels = logPanelList(options.logY, panels);
  const dim = runDim(list);
  const styles = runStyles(
    list.map((run) => run.optimizer),
    options.colors,
  );

  const lineCount = panels.length * list.length * (panels.includes("x") ? dim : 1);
  const maxPoints = pointsPerTrace(lineCount);
  const data: PlotlyObject[] = [];
  const layout: PlotlyObject = baseLayout(options.title, {
    height: Math.max(440, 120 + 170 * panels.length),
    // Every panel shares the one x axis, anchored to the bottom panel.
    xaxis: axis(AXIS_TITLES.iteration, { anchor: panels.length === 1 ? "y" : `y${panels.length}` }),
    legend: { tracegroupgap: 4 },
  });
  const panelHeight = (1 - PANEL_GAP * (panels.length - 1)) / panels.length;

  panels.forEach((panel, p) => {
    const yName = p === 0 ? "y" : `y${p + 1}`;
    const top = 1 - p * (panelHeight + PANEL_GAP);
    layout[p === 0 ? "yaxis" : `yaxis${p + 1}`] = axis(panelTitle(panel, dim), {
      domain: [Math.max(0, top - panelHeight), top],
      ...(logPanels.includes(panel) ? { type: "log", exponentformat: "power" } : {}),
    });
    list.forEach((run, r) => {
      for (const line of panelLines(run, panel)) {
        data.push(
          iterationTrace(line.values, maxPoints, {
            name: run.label + line.suffix,
            legendgroup: run.label,
            showlegend: p === 0,
            line: { color: styles[r].color, dash: styles[r].dash, width: 2 },
            marker: { color: styles[r].color, size: 5 },
            yaxis: yName,
          }),
        );
      }
    });
  });
  return { data, layout, config: FIGURE_CONFIG };
}

/** The `panels` option as a non-empty list; one name stands for a list of one. */
function panelList(given: SeriesOptions["panels"]): SeriesPanel[] {
  if (given === undefined) return ["loss"];
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
  given: SeriesOptions["logY"],
  panels: readonly SeriesPanel[],
): readonly SeriesPanel[] {
  if (given === undefined || given === false) return [];
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
