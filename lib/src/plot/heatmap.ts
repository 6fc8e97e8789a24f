// A heatmap of a sweep: one number (final loss, steps to converge) per pair of settings.
import { invalid, requireBoolean, requireOptions } from "../errors";
import type { Figure } from "./figure";
import { FIGURE_CONFIG, axis, baseLayout, round } from "./theme";

/** A sweep's results: z[j][i] is the value at x[i], y[j]; null (or NaN) where there is none. */
export interface SweepTable {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly z: readonly (readonly (number | null)[])[];
}

export interface HeatmapOptions {
  /** Axis titles; default "learning rate η" for x. */
  xTitle?: string;
  yTitle?: string;
  /** What z is, e.g. "final loss" or "steps to converge". */
  zTitle?: string;
  logX?: boolean;
  logY?: boolean;
  /** Colour by log₁₀ z (for losses spanning many decades). */
  logZ?: boolean;
  title?: string;
}

const HEATMAP_OPTIONS: readonly (keyof HeatmapOptions)[] = [
  "xTitle",
  "yTitle",
  "zTitle",
  "logX",
  "logY",
  "logZ",
  "title",
];

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
 *
 * @example plot.heatmap({ x: lrs, y: momenta, z: finalLoss }, { logX: true, zTitle: "final loss", logZ: true })
 */
export function heatmap(table: SweepTable, options: HeatmapOptions = {}): Figure {
  requireOptions("heatmap", options, HEATMAP_OPTIONS, '{ logX: true, zTitle: "final loss" }');
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
  const logX = requireBoolean("logX", options.logX ?? false);
  const logY = requireBoolean("logY", options.logY ?? false);
  const logZ = requireBoolean("logZ", options.logZ ?? false);
  requireSettings("table.x", x, logX, "logX");
  requireSettings("table.y", y, logY, "logY");
  z.forEach((row, j) =>
    row.forEach((v, i) => {
      if (v != null && typeof v !== "number") {
        throw invalid(`table.z[${j}][${i}]`, "a number or null", v);
      }
    }),
  );
  const zTitle = options.zTitle ?? "value";
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
    layout: baseLayout(options.title, {
      xaxis: axis(
        options.xTitle ?? "learning rate η",
        logX ? { type: "log", exponentformat: "power" } : {},
      ),
      yaxis: axis(
        options.yTitle ?? "setting",
        logY ? { type: "log", exponentformat: "power" } : {},
      ),
    }),
    config: FIGURE_CONFIG,
  };
}
