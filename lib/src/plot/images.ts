// Small multiples of grayscale images: digits, or what a network gets wrong.
import { image } from "../datasets/transform";
import {
  invalid,
  parseOptions,
  requireIntegerIn,
  requirePositiveInteger,
  requireText,
} from "../errors";
import type { Figure } from "./figure";
import { axisId, axisKey, cellDomain } from "./panels";
import { FIGURE_CONFIG, baseLayout, round, type PlotlyObject } from "./theme";

export interface ImagesOptions {
  /** One title per image, e.g. "label 3 · predicted 8" (default none). */
  titles?: readonly string[];
  /** Images per row of the figure (default min(images, 10)). */
  columns?: number;
  /** Pixels per image row: 8 for the digits (default the square root of a row's length). */
  imageWidth?: number;
  title?: string;
  /** Figure size in pixels (default about 80 pixels per image, wider for long titles; at most 900 wide). */
  width?: number;
  height?: number;
}

/** At most this many images in one figure: small multiples, not a dataset dump. */
const MAX_IMAGES = 100;
/** Gap between cells, as a fraction of the grid's width or height. */
const GAP = 0.04;
/** Default size of one cell in pixels, and the room for its title. */
const CELL = 80;
const TITLE_ROOM = 22;

/**
 * Small multiples of grayscale images, one heatmap per row of pixels: square pixels (unless
 * `height` is given), row 0 at the top, dark ink on a light background (the digits' convention: a
 * pixel counts ink). Each image keeps its own colour range, so standardized rows look like raw
 * ones. Titles go above their image; hover shows a pixel's row, column and value.
 *
 * Example:
 *
 * ```ts
 * const fig = plot.images(datasets.digits().X.slice(0, 4));
 * fig.data.length; // → 4
 * ```
 */
export function images(rows: readonly ArrayLike<number>[], options: ImagesOptions = {}): Figure {
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_IMAGES) {
    throw invalid(
      "rows",
      `a non-empty array of at most ${MAX_IMAGES} rows of pixels, such as datasets.digits().X.slice(0, 10)`,
      rows,
    );
  }
  const count = rows.length;
  const { titles, columns, imageWidth, title, width, height } = parseOptions(
    "images",
    options,
    {
      titles: [undefined, (name, value) => requireTitles(name, value, count)],
      columns: [Math.min(count, 10), (name, value) => requireIntegerIn(name, value, 1, count)],
      imageWidth: [undefined, requirePositiveInteger],
      title: [undefined, requireText],
      width: [undefined, requirePositiveInteger],
      height: [undefined, requirePositiveInteger],
    },
    '{ titles: ["label 3 · predicted 8"], columns: 5 }',
  );
  const pictures = rows.map((row, i) => {
    const side = imageWidth ?? squareSide(row, i);
    try {
      return image(row, side);
    } catch {
      throw invalid(
        `rows[${i}]`,
        `a row of finite pixel values whose length is a multiple of imageWidth (${side})`,
        row,
      );
    }
  });

  // Geometry in pixels: every cell as wide as its title needs, images with square pixels, and
  // room above each image for its title.
  const gridRows = Math.ceil(count / columns);
  const titleRoom = titles ? TITLE_ROOM : 4;
  const longest = Math.max(0, ...(titles ?? []).map((t) => t.length));
  const cellWidthPixels = Math.max(CELL, Math.ceil(6.5 * longest)); // about 6.5 px a character
  const figureWidth = width ?? Math.min(900, Math.max(240, columns * cellWidthPixels + 40));
  const margin = { l: 20, r: 20, t: (title ? 60 : 10) + titleRoom, b: 10 };
  const plotWidth = Math.max(1, figureWidth - margin.l - margin.r);
  const [, cellWidth] = cellDomain(0, columns, GAP);
  const cellPixels = cellWidth * plotWidth;
  const aspect = pictures[0].length / pictures[0][0].length; // image rows per column
  const imagePixels = Math.min(cellPixels, CELL) * aspect;
  const rowGapPixels = titleRoom + 6;
  const naturalHeight = gridRows * imagePixels + (gridRows - 1) * rowGapPixels;
  const figureHeight = height ?? Math.round(naturalHeight + margin.t + margin.b);
  const plotHeight = Math.max(1, figureHeight - margin.t - margin.b);
  const scale = plotHeight / naturalHeight; // 1 unless the height was given
  const cellHeight = (imagePixels * scale) / plotHeight;
  const rowStep = ((imagePixels + rowGapPixels) * scale) / plotHeight;
  const data: PlotlyObject[] = [];
  const annotations: PlotlyObject[] = [];
  const axes: PlotlyObject = {};
  pictures.forEach((picture, i) => {
    const row = Math.floor(i / columns);
    const column = i % columns;
    // Centre the image in its cell when the cell is wider than the image.
    const imageSpan = Math.min(cellWidth, imagePixels / aspect / plotWidth);
    const x0 = cellDomain(column, columns, GAP)[0] + (cellWidth - imageSpan) / 2;
    const top = 1 - row * rowStep;
    // No ticks or grid; a light frame shows the image's edge where its pixels are blank.
    const hidden = {
      showticklabels: false,
      showgrid: false,
      zeroline: false,
      ticks: "",
      showline: true,
      mirror: true,
      linecolor: "#d0d0d0",
    };
    axes[axisKey("x", i)] = { ...hidden, domain: [x0, x0 + imageSpan], anchor: axisId("y", i) };
    axes[axisKey("y", i)] = {
      ...hidden,
      domain: [Math.max(0, top - cellHeight), top],
      anchor: axisId("x", i),
      autorange: "reversed",
    };
    data.push({
      type: "heatmap",
      z: picture.map((line) => line.map((v) => round(v))),
      xaxis: axisId("x", i),
      yaxis: axisId("y", i),
      colorscale: "Greys",
      reversescale: true, // Plotly's Greys runs from black to white: reversed, ink is dark
      showscale: false,
      hovertemplate: `row %{y}, column %{x}: %{z}<extra>${titles?.[i] ?? `image ${i}`}</extra>`,
      name: titles?.[i] ?? `image ${i}`,
    });
    if (titles?.[i]) {
      annotations.push({
        text: titles[i],
        xref: "paper",
        yref: "paper",
        x: x0 + imageSpan / 2,
        y: top,
        xanchor: "center",
        yanchor: "bottom",
        showarrow: false,
        font: { size: 11 },
      });
    }
  });
  return {
    data,
    layout: {
      ...baseLayout(title, {
        width: figureWidth,
        height: figureHeight,
        margin,
        plot_bgcolor: "white",
      }),
      ...axes,
      annotations,
    },
    config: FIGURE_CONFIG,
  };
}

/** √(row length) when it is a whole number, else an error asking for imageWidth. */
function squareSide(row: ArrayLike<number>, i: number): number {
  const length = row != null && typeof row === "object" ? row.length : NaN;
  const side = Math.round(Math.sqrt(length));
  if (!(side > 0 && side * side === length)) {
    throw invalid(
      `rows[${i}]`,
      "a row of pixels of a square image (64 for 8×8), or give imageWidth",
      row,
    );
  }
  return side;
}

function requireTitles(
  parameter: string,
  value: readonly string[],
  count: number,
): readonly string[] {
  if (
    !Array.isArray(value) ||
    value.length !== count ||
    !value.every((t) => typeof t === "string")
  ) {
    throw invalid(parameter, `an array of ${count} strings (one title per image)`, value);
  }
  return value;
}
