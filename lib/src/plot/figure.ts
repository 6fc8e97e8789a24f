// The one figure type: what every builder in plot returns and show() displays.

/** A Plotly figure as plain JSON: what `Plotly.newPlot` takes. */
export interface Figure {
  data: object[];
  layout?: object;
  frames?: object[];
  config?: object;
}
