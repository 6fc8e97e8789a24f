import { invalid, LrlabError, requireBoolean, requireOptions } from "../errors";
import type { Figure } from "../plot/figure";
import { figureHtml, libraryHtml } from "./html";
import { plotlyLibrary } from "./plotly-library";
import { loadTslab, type TslabHook } from "./tslab";

/** The mime type JupyterLab, VS Code and nteract render as an interactive Plotly figure. */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

type MimeBundle = Record<string, unknown>;

export interface BundleOptions {
  /** Put plotly.js itself in the text/html part (the first figure of a kernel does). */
  embedLibrary?: boolean;
}

/**
 * The display_data bundle that `show` sends: the figure for Plotly renderers (JupyterLab, VS Code,
 * nteract), an HTML fallback that draws it with plotly.js (nbconvert's HTML export, the course
 * site), and plain text. Renderers pick one part, so the figure is drawn once.
 */
export function displayBundle(figure: Figure, options: BundleOptions = {}): MimeBundle {
  requireOptions("displayBundle", options, ["embedLibrary"], "{ embedLibrary: true }");
  requireFigure(figure);
  const title = figureTitle(figure);
  const embed = requireBoolean("embedLibrary", options.embedLibrary ?? false);
  const library = embed ? plotlyLibrary() : undefined;
  return {
    [PLOTLY_MIME]: figure,
    "text/html": library
      ? libraryHtml(library.source, library.version) + "\n" + figureHtml(figure)
      : figureHtml(figure),
    "text/plain": `<Plotly figure${title ? `: ${title}` : ""}, ${figure.data.length} trace(s)>`,
  };
}

function requireFigure(figure: Figure): void {
  if (figure == null || !Array.isArray(figure.data)) {
    throw new LrlabError("show(figure): figure must be a Plotly figure object with a data array");
  }
}

function figureTitle(figure: Figure): string | undefined {
  const title = (figure.layout as { title?: string | { text?: string } } | undefined)?.title;
  return typeof title === "string" ? title : title?.text;
}

interface TslabPublic {
  display: { raw(mime: string, data: unknown): void; markdown(text: string): void };
}

/** Thrown when show runs outside a notebook (plain Node, a test): tslab has no kernel to send to. */
function noKernel(call = "show(figure)"): LrlabError {
  return new LrlabError(
    `${call} needs a running tslab kernel: run it in a Jupyter notebook on the TypeScript (tslab) kernel`,
  );
}

/** Whether this kernel process has sent plotly.js already (see html.ts for why once is enough). */
let libraryEmbedded = false;

/**
 * Displays a Plotly figure in the notebook as one output.
 *
 * This is the only place lrlab talks to tslab. The whole bundle goes out through tslab's internal
 * `lastWriteDisplayData` hook, with plotly.js in the first figure of the kernel process; if that
 * hook is missing (another tslab version), the figure alone goes out through the public
 * `display.raw`.
 */
export function show(figure: Figure): void {
  const hook = loadTslab<TslabHook>("tslab/dist/jupyter");
  if (typeof hook?.lastWriteDisplayData === "function") {
    const bundle = displayBundle(figure, { embedLibrary: !libraryEmbedded });
    hook.lastWriteDisplayData({ data: bundle, metadata: {}, transient: {} }, false);
    libraryEmbedded = true;
    return;
  }
  requireFigure(figure);
  // tslab sets the hook when its kernel starts; null means tslab is installed but not running.
  const tslab = loadTslab<TslabPublic>("tslab");
  if (tslab == null || hook?.lastWriteDisplayData === null) throw noKernel();
  try {
    tslab.display.raw(PLOTLY_MIME, figure);
  } catch (error) {
    // How tslab's display.raw says there is no kernel (tslab/dist/public.js).
    if (error instanceof Error && error.message === "Not ready") throw noKernel();
    throw error;
  }
}

/**
 * Displays Markdown in the notebook as one output (`text/markdown`, with the text itself as the
 * plain-text fallback): prose built from results, a table, or LaTeX such as `$$f(x) = x^2$$`.
 *
 * Example:
 *
 * ```ts
 * const f = fromExpression("x^2");
 * show.markdown(`$$f(x) = ${f.latex}$$`);
 * ```
 */
function markdown(text: string): void {
  if (typeof text !== "string") throw invalid("text", "a string of Markdown", text);
  const hook = loadTslab<TslabHook>("tslab/dist/jupyter");
  if (typeof hook?.lastWriteDisplayData === "function") {
    const data = { "text/markdown": text, "text/plain": text };
    hook.lastWriteDisplayData({ data, metadata: {}, transient: {} }, false);
    return;
  }
  const tslab = loadTslab<TslabPublic>("tslab");
  if (tslab == null || hook?.lastWriteDisplayData === null) throw noKernel("show.markdown(text)");
  try {
    tslab.display.markdown(text);
  } catch (error) {
    if (error instanceof Error && error.message === "Not ready") {
      throw noKernel("show.markdown(text)");
    }
    throw error;
  }
}

show.markdown = markdown;
