// npm run site: execute every lesson, then write a static course site to build/site/ that works
// opened straight from disk with no network: an index plus one page per lesson, every figure
// interactive (drawn by one shared copy of plotly.js beside the pages).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { executedDir, lessonFiles } from "./lessons.mjs";
import { ensurePythonEnv, root, venvBin } from "./python-env.mjs";

export const siteDir = join(root, "build", "site");
const require = createRequire(join(root, "lib", "package.json"));

/** Runs a step; returns its stdout, which is shown unless `quiet` (when the caller parses it). */
function run(command, args, what, { quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (!quiet) process.stdout.write(result.stdout ?? "");
  if (result.status !== 0) {
    console.error(`lrlab site: ${what} failed (${command} ${args.join(" ")}).`);
    process.exit(1);
  }
  return result.stdout;
}

/** MathJax's single-file SVG build, when the mathjax package is installed; else math stays TeX. */
function mathjaxFile() {
  try {
    return require.resolve("mathjax/es5/tex-svg-full.js");
  } catch {
    return undefined;
  }
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function indexPage(pages) {
  const items = pages
    .map((p) => `    <li><a href="${escapeHtml(p.page)}">${escapeHtml(p.title)}</a></li>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>lrlab: learning rates for gradient descent</title>
<style>
  body { font: 16px/1.5 Helvetica, Arial, sans-serif; max-width: 760px; margin: 3em auto; padding: 0 1em; color: #222; }
  li { margin: 0.4em 0; }
</style>
</head>
<body>
  <h1>lrlab: learning rates for gradient descent</h1>
  <p>The course's lessons, executed, with interactive figures. Everything here works offline.</p>
  <ol>
${items}
  </ol>
</body>
</html>
`;
}

/** Script and stylesheet URLs in a page that would need the network. */
function externalResources(html) {
  const urls = [
    ...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/gi),
  ].map((m) => m[1]);
  return urls.filter((url) => /^(https?:)?\/\//i.test(url));
}

function main() {
  // `npm test` has just checked .venv and executed the lessons into build/executed/; it passes
  // --use-executed.
  if (!process.argv.includes("--use-executed")) {
    ensurePythonEnv();
    run("npm", ["run", "--silent", "build"], "building lib");
    run(
      venvBin("python"),
      [join(root, "tests", "notebooks", "run_notebooks.py")],
      "executing the lessons",
    );
  }
  const notebooks = lessonFiles();

  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  copyFileSync(require.resolve("plotly.js-dist-min"), join(siteDir, "plotly.min.js"));
  const mathjax = mathjaxFile();
  if (mathjax) copyFileSync(mathjax, join(siteDir, "mathjax.js"));
  else console.log("lrlab site: the mathjax package is not installed, so formulas show as TeX.");

  const output = run(
    venvBin("python"),
    [
      join(root, "scripts", "site", "export.py"),
      siteDir,
      "plotly.min.js",
      mathjax ? "mathjax.js" : "",
      ...notebooks.map((name) => join(executedDir, name)),
    ],
    "exporting the lessons to HTML",
    { quiet: true },
  );
  const pages = output
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  writeFileSync(join(siteDir, "index.html"), indexPage(pages));

  const offending = [...pages.map((p) => p.page), "index.html"].flatMap((page) =>
    externalResources(readFileSync(join(siteDir, page), "utf8")).map((url) => `${page}: ${url}`),
  );
  if (offending.length > 0) {
    console.error(`lrlab site: pages load from the network:\n  ${offending.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`lrlab site: ${pages.length} lesson page(s) and index.html in ${siteDir}`);
  console.log(`open file://${join(siteDir, "index.html")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
