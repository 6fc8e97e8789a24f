// Browser test: JupyterLab started as `npm start` does, every lesson run through the UI in
// headless Chromium. Every Plotly output must render (Plotly's SVG present) and no output may be
// an error. Screenshots go to build/screenshots/lab/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { startJupyterLab } from "../../scripts/jupyter-lab.mjs";
import { executedDir, lessonFiles } from "../../scripts/lessons.mjs";
import { root } from "../../scripts/python-env.mjs";
import { launchChromium } from "../../scripts/chromium.mjs";

const screenshots = join(root, "build", "screenshots", "lab");
const lessonTimeoutMs = 5 * 60_000;
// JupyterLab's debugger panel asks every kernel for a debug session; tslab has none.
const benignPageErrors = /^No active debugger session$/;

// How many Plotly figures the headless run (tests/notebooks/run_notebooks.py) produced, if it ran.
function expectedFigures(file) {
  const executed = join(executedDir, file);
  if (!existsSync(executed)) return undefined;
  const notebook = JSON.parse(readFileSync(executed, "utf8"));
  return notebook.cells
    .flatMap((cell) => cell.outputs ?? [])
    .filter((output) => output.data?.["application/vnd.plotly.v1+json"]).length;
}

// A throwaway settings folder: no autosave (the lessons stay without outputs), every cell kept
// in the DOM so every figure can be counted, and the learner's own JupyterLab settings and
// workspaces are not touched.
function testSettings() {
  const dir = mkdtempSync(join(tmpdir(), "lrlab-lab-settings-"));
  const write = (plugin, file, settings) => {
    mkdirSync(join(dir, plugin), { recursive: true });
    writeFileSync(join(dir, plugin, file), JSON.stringify(settings));
  };
  write("@jupyterlab/notebook-extension", "tracker.jupyterlab-settings", { windowingMode: "none" });
  write("@jupyterlab/docmanager-extension", "plugin.jupyterlab-settings", { autosave: false });
  return {
    JUPYTERLAB_SETTINGS_DIR: dir,
    JUPYTERLAB_WORKSPACES_DIR: mkdtempSync(join(tmpdir(), "lrlab-ws-")),
  };
}

function startLab() {
  return new Promise((resolve, reject) => {
    const lab = startJupyterLab({
      env: { ...process.env, ...testSettings() },
      echo: false,
      onReady: (url) => resolve({ lab, url: new URL(url) }),
    });
    lab.on("exit", (code) => reject(new Error(`jupyter lab exited early (code ${code})`)));
    // unref: a short run must not wait for this timer after JupyterLab has started.
    setTimeout(() => reject(new Error("jupyter lab did not start within 60 s")), 60_000).unref();
  });
}

/** Waits until the page shows its kernel idle, accepting a "Select Kernel" dialog on the way. */
async function connectKernel(page) {
  const idle = page.locator(".jp-StatusBar-Widget", { hasText: "TypeScript | Idle" }).first();
  const kernelDialog = page.locator(".jp-Dialog", { hasText: "Select Kernel" });
  const deadline = Date.now() + 90_000;
  while (!(await idle.isVisible())) {
    if (Date.now() > deadline) {
      const status = await page.locator(".jp-StatusBar-Widget").allInnerTexts();
      throw new Error(
        `the kernel did not become idle within 90 s; status bar: ${status.join(" · ")}`,
      );
    }
    if (await kernelDialog.isVisible()) {
      await kernelDialog.getByRole("button", { name: "Select", exact: true }).click();
    }
    await page.waitForTimeout(250);
  }
}

/** Runs one lesson through the UI; on an exception, saves a "-failed" screenshot and rethrows. */
async function runLesson(context, base, token, file) {
  const page = await context.newPage();
  try {
    return await runLessonOnPage(page, base, token, file);
  } catch (error) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `${basename(file, ".ipynb")}-failed.png`) });
    throw error;
  } finally {
    await page.close();
  }
}

/** Shuts down every kernel the server runs, so each lesson starts on an unloaded machine. */
async function shutDownKernels(base, token) {
  const headers = { Authorization: `token ${token}` };
  const sessions = await (await fetch(`${base}/api/sessions`, { headers })).json();
  for (const { id } of sessions) {
    await fetch(`${base}/api/sessions/${id}`, { method: "DELETE", headers });
  }
}

async function runLessonOnPage(page, base, token, file) {
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // ?reset: without it JupyterLab reopens the lessons of earlier pages (the workspace is saved),
  // and their cells, never run here, would count as unfinished.
  await page.goto(`${base}/lab/tree/${encodeURIComponent(file)}?reset&token=${token}`);
  await page.locator(".jp-Notebook").first().waitFor({ timeout: 60_000 });
  await page
    .locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")
    .waitFor({ timeout: 60_000 });
  // That indicator says "idle" before the kernel exists, and Run All before the kernel has
  // started runs nothing: wait for the page to show the kernel connected (the status bar's
  // "TypeScript | Idle"). On a busy machine JupyterLab sometimes asks which kernel to use
  // instead; take its proposal, the lesson's own (tslab).
  await connectKernel(page);
  await page.getByRole("menuitem", { name: "Run", exact: true }).click();
  await page.getByRole("menuitem", { name: "Run All Cells", exact: true }).click();

  // Done when every code cell shows an execution count (no "[*]" and no "[ ]").
  await page.waitForFunction(
    () => {
      const prompts = [...document.querySelectorAll(".jp-CodeCell .jp-InputArea-prompt")];
      return prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p.textContent ?? ""));
    },
    null,
    { timeout: lessonTimeoutMs, polling: 500 },
  );
  const figures = expectedFigures(file) ?? (await page.locator(".jp-RenderedPlotly").count());
  await page
    .waitForFunction(
      (expected) => document.querySelectorAll(".jp-RenderedPlotly .main-svg").length >= expected,
      figures,
      { timeout: 60_000 },
    )
    .catch(() => {});
  const rendered = await page
    .locator(".jp-RenderedPlotly")
    .evaluateAll((plots) => plots.filter((p) => p.querySelector(".main-svg")).length);
  const errors = await page
    .locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    .allInnerTexts();

  mkdirSync(screenshots, { recursive: true });
  const first = page.locator(".jp-RenderedPlotly").first();
  if ((await first.count()) > 0) await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, `${basename(file, ".ipynb")}.png`) });

  const problems = [];
  if (figures === 0) problems.push("no Plotly output");
  if (rendered < figures)
    problems.push(`${figures - rendered} of ${figures} figures did not render`);
  for (const text of errors) problems.push(`error output: ${text.slice(0, 300)}`);
  for (const message of pageErrors.filter((m) => !benignPageErrors.test(m))) {
    problems.push(`page error: ${message}`);
  }
  return { figures, rendered, problems };
}

/** Runs the given lessons (default: all) and returns the number of failed lessons. */
export async function testLab(files = lessonFiles()) {
  const { lab, url } = await startLab();
  const serverLog = [];
  lab.stderr.on("data", (chunk) => serverLog.push(...chunk.toString().trimEnd().split("\n")));
  const context = await launchChromium();
  const token = url.searchParams.get("token");
  let failed = 0;
  try {
    for (const file of files) {
      const started = Date.now();
      const { figures, rendered, problems } = await runLesson(
        context,
        url.origin,
        token,
        file,
      ).catch((error) => ({
        figures: "?",
        rendered: 0,
        problems: [error.message, "the server's last lines:", ...serverLog.slice(-20)],
      }));
      await shutDownKernels(url.origin, token);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `${problems.length ? "FAILED" : "ok    "} ${file}: ${rendered}/${figures} figures rendered in JupyterLab, ${seconds} s`,
      );
      for (const problem of problems) console.log(`       ${problem}`);
      failed += problems.length > 0;
    }
  } finally {
    await context.close();
    lab.kill("SIGTERM");
  }
  console.log(`screenshots in ${screenshots}`);
  return failed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = process.argv.slice(2).map((f) => basename(f));
  process.exitCode = (await testLab(files.length ? files : undefined)) ? 1 : 0;
}
