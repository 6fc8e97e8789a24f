// The exported course site in headless Chromium, opened from disk with every network request
// blocked: each page loads with no error and no request off the disk, and every figure is drawn.
// Standalone: node tests/browser/site.mjs [siteDir]   (run `npm run site` first)
// It also checks a plain `jupyter nbconvert --to html` export of each executed lesson, where
// plotly.js comes from the copy embedded in the notebook's first figure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { executedDir } from "../../scripts/lessons.mjs";
import { root, venvBin } from "../../scripts/python-env.mjs";
import { siteDir as defaultSiteDir } from "../../scripts/site.mjs";
import { chromiumAvailable, launchChromium } from "../../scripts/chromium.mjs";

const screenshotRoot = join(root, "build", "screenshots");
/** How long a page's figures may take to draw (2 shared cores, 4.8 MB of plotly.js to parse). */
const RENDER_TIMEOUT_MS = 60_000;

/**
 * Opens each HTML file from file:// and returns its problems (empty when all is well).
 * `allowBlocked`: requests to the network are expected (they are still blocked) and not a problem.
 */
export async function checkPages(files, { screenshots, allowBlocked = false }) {
  const problems = [];
  mkdirSync(screenshots, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const file of files) {
      const name = file.split("/").pop();
      const page = await browser.newPage();
      const blocked = [];
      const errors = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && !/net::ERR_FAILED/.test(message.text())) {
          errors.push(`console error: ${message.text()}`);
        }
      });
      const started = Date.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      const figures = await page.locator(".lrlab-figure").count();
      try {
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll(".lrlab-figure")].every((div) =>
              div.querySelector(".main-svg"),
            ),
          null,
          { timeout: RENDER_TIMEOUT_MS },
        );
      } catch {
        // counted below
      }
      const drawn = await page.locator(".lrlab-figure:has(.main-svg)").count();
      // Formulas, where MathJax is vendored: wait for its typesetting before the screenshot.
      const formulas = await page.evaluate(async () => {
        await window.MathJax?.startup?.promise;
        return document.querySelectorAll("mjx-container").length;
      });
      await page.screenshot({
        path: join(screenshots, `${name.replace(/\.html$/, "")}.png`),
        fullPage: true,
      });
      const where = `${name}:`;
      if (drawn < figures)
        problems.push(`${where} ${figures - drawn} of ${figures} figure(s) not drawn`);
      if (!allowBlocked && blocked.length)
        problems.push(`${where} tried the network: ${blocked.join(", ")}`);
      problems.push(...errors.map((error) => `${where} ${error}`));
      console.log(
        `  ${name}: ${drawn}/${figures} figure(s) drawn, ${formulas} formula(s) typeset, ${blocked.length} blocked request(s), ${errors.length} error(s), ${Date.now() - started} ms`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return problems;
}

/** Checks every page of the exported site, and that the index links every lesson page. */
export async function testSite(siteDir = defaultSiteDir) {
  if (!existsSync(join(siteDir, "index.html")))
    return [`${siteDir}/index.html is missing: run npm run site first`];
  const lessons = readdirSync(siteDir)
    .filter((f) => f.endsWith(".html") && f !== "index.html")
    .sort();
  const problems = await checkPages(
    ["index.html", ...lessons].map((f) => join(siteDir, f)),
    { screenshots: join(screenshotRoot, "site") },
  );
  if (lessons.length === 0) problems.push("the site has no lesson page");
  return problems;
}

/** Exports each executed lesson with nbconvert's own lab template and checks the figures draw. */
export async function testNbconvertExport() {
  const executed = executedDir;
  const out = join(root, "build", "nbconvert");
  const notebooks = existsSync(executed)
    ? readdirSync(executed).filter((f) => f.endsWith(".ipynb"))
    : [];
  if (notebooks.length === 0) return ["no executed lesson in build/executed"];
  const result = spawnSync(
    venvBin("jupyter"),
    ["nbconvert", "--to", "html", "--output-dir", out, ...notebooks.map((f) => join(executed, f))],
    { encoding: "utf8" },
  );
  if (result.status !== 0) return [`nbconvert failed: ${result.stderr}`];
  const pages = notebooks.map((f) => join(out, f.replace(/\.ipynb$/, ".html")));
  // nbconvert's template asks a CDN for require.js and MathJax; blocked, and not needed for figures.
  return checkPages(pages, {
    screenshots: join(screenshotRoot, "nbconvert"),
    allowBlocked: true,
  });
}

async function main() {
  if (!chromiumAvailable()) {
    console.log("site browser test skipped: Chromium not found");
    return 0;
  }
  const siteDir = resolve(process.argv[2] ?? defaultSiteDir);
  console.log(`site pages in ${siteDir}, network blocked:`);
  const site = await testSite(siteDir);
  console.log("nbconvert --to html exports, network blocked:");
  const exported = await testNbconvertExport();
  const problems = [...site, ...exported];
  for (const problem of problems) console.log(`FAILED ${problem}`);
  const failed = [site, exported].filter((list) => list.length > 0).length;
  console.log(`site: ${2 - failed} passed, ${failed} failed`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main();
