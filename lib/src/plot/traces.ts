// Trace builders shared by the figures.
import { decimate } from "./decimate";
import { type PlotlyObject, round } from "./theme";

/** Runs this short are drawn with a marker at every iterate, so single steps can be read. */
const MARKERS_UP_TO = 60;

/**
 * The mode of a line of `points` points: markers on every point of a short line, so single steps
 * can be read; on a long one they would only clutter it.
 */
export function lineMode(points: number): "lines+markers" | "lines" {
  return points <= MARKERS_UP_TO ? "lines+markers" : "lines";
}

/**
 * A line over iterations 0, 1, 2, …: decimated to `maxPoints`, values rounded. Without
 * decimation the x array is left out (Plotly's default x0 = 0, dx = 1), which halves the JSON.
 */
export function iterationTrace(
  values: readonly number[],
  maxPoints: number,
  style: PlotlyObject,
): PlotlyObject {
  const kept = decimate(values.length, maxPoints);
  const complete = kept.length === values.length;
  return {
    type: "scatter",
    mode: lineMode(values.length),
    ...(complete ? {} : { x: kept }),
    y: kept.map((i) => round(values[i])),
    hovertemplate: "t = %{x}<br>%{y}<extra>%{fullData.name}</extra>",
    ...style,
  };
}

/** Markers at given points, e.g. known minima or start points. */
export function pointMarkers(
  name: string,
  points: readonly (readonly number[])[],
  marker: PlotlyObject,
): PlotlyObject {
  return {
    type: "scatter",
    mode: "markers",
    name,
    x: points.map((p) => round(p[0])),
    y: points.map((p) => round(p[1])),
    marker: { size: 12, line: { width: 1.5, color: "#000" }, ...marker },
    hovertemplate: `${name}<br>(%{x}, %{y})<extra></extra>`,
  };
}
