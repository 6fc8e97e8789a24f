// plotly.js from the plotly.js-dist-min package, read once per process.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { LrlabError } from "../errors";

export interface PlotlyLibrary {
  readonly version: string;
  readonly source: string;
}

let cached: PlotlyLibrary | undefined;

/** The minified plotly.js bundle (about 4.8 MB) and its version. */
export function plotlyLibrary(): PlotlyLibrary {
  if (cached) return cached;
  const path = require.resolve("plotly.js-dist-min");
  const { version } = JSON.parse(readFileSync(join(dirname(path), "package.json"), "utf8")) as {
    version: string;
  };
  const source = readFileSync(path, "utf8");
  // Inline in a <script>, these would end the element early or change how it is parsed.
  if (/<\/script|<!--/i.test(source)) {
    throw new LrlabError(
      `plotly.js ${version} cannot be inlined: it contains "</script" or "<!--"`,
    );
  }
  cached = { version, source };
  return cached;
}
