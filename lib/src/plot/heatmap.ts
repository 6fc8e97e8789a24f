// A heatmap of a sweep: one number (final loss, steps to converge) per pair of settings.
import {
  invalid,
  parseOptions,
  requireBoolean,
  requirePositiveInteger,
  requireText,
} from "../errors";
import type { Figure } from "./figure";
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  FIGURE_CONFIG,
  axis,
  baseLayout,
  logAxis,
  round,
} from "./theme";

/** A sweep's results: z[j][i] is the value at x[i], y[j]; null (or NaN) where there is none. */
export interface SweepTable {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly z: readonly (readonly (number | null)[])[];
}

/** Options of plot.heatmap. */
export interface HeatmapOptions {
  /** Title of the x axis; default "learning rate η". */
  xTitle?: string;
  /** Title of the y axis; default "setting". */
  yTitle?: string;
  /** What z is, e.g. "final loss" or "steps to converge"; default "value". */
  zTitle?: string;
  /** Log scale on the x axis (every x > 0); default false. */
  logX?: boolean;
  /** Log scale on the y axis (every y > 0); default false. */
  logY?: boolean;
  /** Colour by log₁₀ z (for losses spanning many decades); default false. */
  logZ?: boolean;
  /** Title above the figure; default none. */
  title?: string;
  /** Figure width in pixels (a positive integer); default 720. */
  width?: number;
  /** Figure height in pixels (a positive integer); default 440. */
  height?: number;
}

/** Checks table.x or table.y: at least one finite number, all > 0 on a log axis. */
function requireSettings(parameter: string, values: readonly number[], log: boolean, flag: string) {
  if (values.length === 0 || !values.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw invalid(parameter, "a non-empty array of finite numbers", values);
  }
  if (log && !values.every((v) => v > 0))
    throw invalid(parameter, `numbers > 0 with ${flag}`, values);
}

/**
 * A heatmap over two settings, with log axes where the settings are spaced by factors (learning
 * rates). Missing cells (diverged runs) stay blank. Hover shows the exact setting and value.
 * `sweep(...).table("finalLoss")` gives the table of a sweep over two numeric settings.
 *
 * Example:
 *
 * ```ts
 * const table = { x: [0.01, 0.1, 1], y: [0, 0.9], z: [[1.2, 0.3, null], [0.5, 0.01, 4]] };
 * const fig = plot.heatmap(table, { logX: true, yTitle: "momentum", zTitle: "final loss", logZ: true, width: 600 });
 * fig.data.length; // → 1
 * ```
 */
export function heatmap(table: SweepTable, options: HeatmapOptions = {}): Figure {
  const { xTitle, yTitle, zTitle, logX, logY, logZ, title, width, height } = parseOptions(
    "heatmap",
    options,
    {
      xTitle: ["learning rate η", requireText],
      yTitle: ["setting", requireText],
      zTitle: ["value", requireText],
      logX: [false, requireBoolean],
      logY: [false, requireBoolean],
      logZ: [false, requireBoolean],
      title: [undefined, requireText],
      width: [DEFAULT_WIDTH, requirePositiveInteger],
      height: [DEFAULT_HEIGHT, requirePositiveInteger],
    },
    '{ logX: true, zTitle: "final loss" }',
  );
  const { x, y, z } = table ?? ({} as SweepTable);
  if (
    !Array.isArray(x as unknown) ||
    !Array.isArray(y as unknown) ||
    !Array.isArray(z as unknown) ||
    z.length !== y.length ||
    !z.every((row) => Array.isArray(row as unknown) && row.length === x.length)
  ) {
    throw invalid(
      "table",
      "{ x, y, z } with z.length = y.length and every z[j].length = x.length",
      table,
    );
  }
  requireSettings("table.x", x, logX, "logX");
  requireSettings("table.y", y, logY, "logY");
  z.forEach((row, j) =>
    row.forEach((v, i) => {
      if (v != null && typeof v !== "number") {
        throw invalid(`table.z[${j}][${i}]`, "a number or null", v);
      }
    }),
  );
  const shown = z.map((row) =>
    row.map((v) =>
      v == null || !Number.isFinite(v) || (logZ && v <= 0) ? null : round(logZ ? Math.log10(v) : v),
    ),
  );
  return {
    data: [
      {
        type: "heatmap",
        x: x.map((v) => round(v, 6)),
        y: y.map((v) => round(v, 6)),
        z: shown,
        colorscale: "Viridis",
        reversescale: true,
        colorbar: {
          title: { text: logZ ? `log₁₀ ${zTitle}` : zTitle, side: "right" },
          thickness: 14,
        },
        xgap: 1,
        ygap: 1,
        hovertemplate: `x = %{x}<br>y = %{y}<br>${logZ ? `log₁₀ ${zTitle}` : zTitle} = %{z:.4g}<extra></extra>`,
      },
    ],
    layout: baseLayout(title, {
      xaxis: axis(xTitle, logAxis(logX)),
      yaxis: axis(yTitle, logAxis(logY)),
      width,
      height,
    }),
    config: FIGURE_CONFIG,
  };
}
