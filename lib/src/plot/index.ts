// Public surface of the plot module: `plot.series(...)`, `plot.contour(...)`, … and their option types.
import { animate1d, animate2d } from "./animation";
import { contour, surface } from "./contour";
import { MAX_FRAMES, MAX_POINTS_PER_FIGURE, MAX_POINTS_PER_TRACE } from "./decimate";
import { grid } from "./grid";
import { heatmap } from "./heatmap";
import { images } from "./images";
import { lrRangeTest } from "./lr-range-test";
import { lrSlider } from "./lr-slider";
import { path1d } from "./path1d";
import { pathGrid } from "./path-grid";
import { curves } from "./curves";
import { figure } from "./figure-builder";
import { series } from "./series";
import { training } from "./training";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH } from "./theme";

/** Figure builders: each returns a plain Plotly figure object for `show(figure)`. */
export const plot = {
  series,
  training,
  curves,
  path1d,
  pathGrid,
  contour,
  surface,
  grid,
  heatmap,
  images,
  lrRangeTest,
  animate1d,
  animate2d,
  lrSlider,
  figure,
} as const;

/** What one figure may carry, and the default size, shared by every builder. */
export const FIGURE_LIMITS = {
  MAX_FRAMES,
  MAX_POINTS_PER_TRACE,
  MAX_POINTS_PER_FIGURE,
  DEFAULT_WIDTH,
  DEFAULT_HEIGHT,
} as const;

export { colorOf } from "./theme";
export { decimate } from "./decimate";

export type { Animate1dOptions, Animate2dOptions, AnimationOptions } from "./animation";
export type { LandscapeOptions } from "./contour";
export type { GridOptions } from "./grid";
export type { HeatmapOptions, SweepTable } from "./heatmap";
export type { LrRangeTestFigureOptions } from "./lr-range-test";
export type { LrSliderOptions } from "./lr-slider";
export type { Path1dOptions } from "./path1d";
export type { PathGridOptions } from "./path-grid";
export type { SeriesPanel } from "./runs";
export type { SeriesOptions } from "./series";
export type { Curve, CurvesOptions } from "./curves";
export type { Guide } from "./guides";
export type { TrainingOptions, TrainingPanel } from "./training";
export type { Figure } from "./figure";
export type { FigureOptions, FigurePanel, FigureTrace } from "./figure-builder";
