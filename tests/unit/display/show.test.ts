import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  figureHtml,
  libraryHtml,
  LIBRARY_MARKER,
  scriptSafeJson,
} from "../../../lib/src/display/html";
import { displayBundle, PLOTLY_MIME } from "../../../lib/src/display/show";
import type { Figure } from "../../../lib/src/plot/figure";

const figure: Figure = {
  data: [{ type: "scatter", y: [1, 2, 3] }],
  layout: { title: { text: "a </script><script>alert(1)</script> title\u2028" }, width: 500 },
};

/** Runs page scripts in order against a minimal window and document; returns what newPlot got. */
function runPage(scripts: string[]) {
  const drawn: unknown[] = [];
  const div = { textContent: "message" };
  const window: Record<string, unknown> = { document: { getElementById: () => div } };
  window.window = window;
  for (const script of scripts) runInNewContext(script, window);
  return {
    drawn,
    div,
    window,
    plotly: (w: typeof window) =>
      (w.Plotly = { newPlot: (_: unknown, f: unknown) => drawn.push(f) }),
  };
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

describe("displayBundle", () => {
  it("sends the Plotly mime part, an HTML fallback and plain text in one bundle", () => {
    const bundle = displayBundle(figure);
    expect(Object.keys(bundle).sort()).toEqual([PLOTLY_MIME, "text/html", "text/plain"].sort());
    expect(bundle[PLOTLY_MIME]).toBe(figure);
    expect(bundle["text/html"]).not.toContain(LIBRARY_MARKER);
    expect(bundle["text/plain"]).toBe(
      "<Plotly figure: a </script><script>alert(1)</script> title\u2028, 1 trace(s)>",
    );
  });

  it("embeds plotly.js from the package only when asked, with no CDN anywhere", () => {
    const html = displayBundle(figure, { embedLibrary: true })["text/html"] as string;
    expect(html).toContain(`<script ${LIBRARY_MARKER}="3.1.2">`);
    expect(html.length).toBeGreaterThan(4_000_000);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect((displayBundle(figure)["text/html"] as string).length).toBeLessThan(2000);
  });

  it("rejects what is not a figure", () => {
    expect(() => displayBundle({} as Figure)).toThrow(/figure must be a Plotly figure object/);
  });

  it("takes embedLibrary as true or false only", () => {
    expect(() => displayBundle(figure, { embedLibrary: "no" as never })).toThrow(
      'embedLibrary must be true or false, got "no"',
    );
    expect(() => displayBundle(figure, { embedLibary: true } as never)).toThrow(
      'displayBundle option must be one of embedLibrary, got "embedLibary"',
    );
  });
});

describe("the HTML fallback", () => {
  it("embeds the figure JSON safely inside <script>", () => {
    const json = scriptSafeJson(figure);
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(figure);
    const html = figureHtml(figure, "f1");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('style="width:500px;max-width:100%;height:440px"');
  });

  it("draws at once when plotly.js is already on the page", () => {
    const page = runPage([]);
    page.plotly(page.window);
    runInNewContext(scriptsOf(figureHtml(figure, "f1"))[0], page.window);
    expect(page.drawn).toEqual([figure]);
    expect(page.div.textContent).toBe("");
  });

  it("waits for plotly.js when the figure comes first, and keeps its message if it never comes", () => {
    const page = runPage(scriptsOf(figureHtml(figure, "f1") + figureHtml(figure, "f2")));
    expect(page.drawn).toHaveLength(0);
    expect(page.div.textContent).toBe("message");
    const library =
      "window.Plotly = { newPlot: function (div, f) { window.drawnByLibrary = (window.drawnByLibrary || 0) + 1; } };";
    runInNewContext(scriptsOf(libraryHtml(library, "test"))[0], page.window);
    expect(page.window.drawnByLibrary).toBe(2);
    expect(page.window.lrlabPendingFigures).toEqual([]);
  });
});

describe("show", () => {
  const jupyter = createRequire(import.meta.url)("tslab/dist/jupyter") as {
    lastWriteDisplayData:
      ((data: { data: Record<string, string> }, update: boolean) => void) | null;
  };
  afterEach(() => {
    jupyter.lastWriteDisplayData = null;
  });

  it("says it needs a running kernel when tslab is installed but not running", async () => {
    const { show } = await import("../../../lib/src/display/show");
    const { LrlabError } = await import("../../../lib/src/errors");
    expect(jupyter.lastWriteDisplayData).toBeNull(); // as in plain Node and in vitest
    expect(() => show(figure)).toThrow(LrlabError);
    expect(() => show(figure)).toThrow(
      "show(figure) needs a running tslab kernel: run it in a Jupyter notebook on the TypeScript (tslab) kernel",
    );
  });

  it("sends one display_data per figure, with plotly.js in the first one only", async () => {
    vi.resetModules();
    const { show } = await import("../../../lib/src/display/show");
    const sent: Record<string, string>[] = [];
    jupyter.lastWriteDisplayData = (message) => sent.push(message.data);
    show(figure);
    show(figure);
    show(figure);
    expect(sent).toHaveLength(3);
    expect(sent.map((bundle) => bundle["text/html"].includes(LIBRARY_MARKER))).toEqual([
      true,
      false,
      false,
    ]);
    expect(sent.every((bundle) => PLOTLY_MIME in bundle)).toBe(true);
  });

  it("show.markdown sends text/markdown with the text as its plain fallback", async () => {
    const { show } = await import("../../../lib/src/display/show");
    const sent: Record<string, string>[] = [];
    jupyter.lastWriteDisplayData = (message) => sent.push(message.data);
    show.markdown("$$f(x) = x^2$$");
    expect(sent).toEqual([{ "text/markdown": "$$f(x) = x^2$$", "text/plain": "$$f(x) = x^2$$" }]);
  });

  it("show.markdown takes a string, and needs a running kernel", async () => {
    const { show } = await import("../../../lib/src/display/show");
    expect(() => show.markdown(5 as never)).toThrow("text must be a string of Markdown, got 5");
    expect(() => show.markdown("# title")).toThrow(
      "show.markdown(text) needs a running tslab kernel",
    );
  });
});
