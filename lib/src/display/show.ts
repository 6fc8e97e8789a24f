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
 * Sends one output to the notebook; this is the only place lrlab talks to tslab. The whole
 * `bundle()` goes out through tslab's internal `lastWriteDisplayData` hook; if that hook is missing
 * (another tslab version), `fallback` sends what it can through tslab's public `display`. Returns
 * whether the bundle went out. `call` names the caller in the error thrown outside a kernel.
 */
function sendToKernel(
  call: string,
  bundle: () => MimeBundle,
  fallback: (display: TslabPublic["display"]) => void,
): boolean {
  const hook = loadTslab<TslabHook>("tslab/dist/jupyter");
  if (typeof hook?.lastWriteDisplayData === "function") {
    hook.lastWriteDisplayData({ data: bundle(), metadata: {}, transient: {} }, false);
    return true;
  }
  // tslab sets the hook when its kernel starts; null means tslab is installed but not running.
  const tslab = loadTslab<TslabPublic>("tslab");
  if (tslab == null || hook?.lastWriteDisplayData === null) throw noKernel(call);
  try {
    fallback(tslab.display);
  } catch (error) {
    // How tslab's public display says there is no kernel (tslab/dist/public.js).
    if (error instanceof Error && error.message === "Not ready") throw noKernel(call);
    throw error;
  }
  return false;
}

/**
 * Displays a Plotly figure in the notebook as one output: the whole bundle, with plotly.js in the
 * first figure of the kernel process, or, with another tslab version, the figure alone.
 */
export function show(figure: Figure): void {
  requireFigure(figure);
  const sentBundle = sendToKernel(
    "show(figure)",
    () => displayBundle(figure, { embedLibrary: !libraryEmbedded }),
    (display) => display.raw(PLOTLY_MIME, figure),
  );
  if (sentBundle) libraryEmbedded = true;
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
  sendToKernel(
    "show.markdown(text)",
    () => ({ "text/markdown": text, "text/plain": text }),
    (display) => display.markdown(text),
  );
}

show.markdown = markdown;
