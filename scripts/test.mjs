// npm test: every check, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { chromiumAvailable, chromiumPath } from "./chromium.mjs";
import { ensurePythonEnv, root, venvBin } from "./python-env.mjs";

const bin = (name) => join(root, "node_modules", ".bin", name);
// Called by path: tslab's own TypeScript (5.0) also installs a `tsc` into node_modules/.bin.
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
// `python`: the step needs .venv (checked once, before the first such step); `chromium`: the
// step is skipped, with a note, where Chromium is not installed.
const steps = [
  {
    what: "build the lrlab package",
    command: process.execPath,
    args: [tsc, "-p", "lib/tsconfig.build.json"],
  },
  {
    what: "type-check (strict)",
    command: process.execPath,
    args: [tsc, "-p", "tsconfig.json", "--noEmit"],
  },
  { what: "lint (ESLint)", command: bin("eslint"), args: ["."] },
  {
    what: "format (Prettier)",
    command: bin("prettier"),
    args: ["--check", "--log-level", "warn", "."],
  },
  { what: "unit and property tests", command: bin("vitest"), args: ["run"] },
  {
    what: "lessons in the tslab kernel",
    command: venvBin("python"),
    args: ["tests/notebooks/run_notebooks.py"],
    python: true,
  },
  {
    what: "bad input in the tslab kernel",
    command: venvBin("python"),
    args: ["tests/notebooks/kernel_survives_bad_input.py"],
    python: true,
  },
  {
    what: "training in the tslab kernel: progress line and interrupt",
    command: venvBin("python"),
    args: ["tests/notebooks/kernel_training.py"],
    python: true,
  },
  {
    what: "static site from the executed lessons",
    command: process.execPath,
    args: ["scripts/site.mjs", "--use-executed"],
    python: true,
  },
  {
    what: "lessons in JupyterLab, site pages, in Chromium",
    command: process.execPath,
    args: ["tests/browser/run.mjs"],
    python: true,
    chromium: true,
  },
];

const started = Date.now();
let pythonChecked = false;
for (const { what, command, args, python, chromium } of steps) {
  if (chromium && !chromiumAvailable()) {
    console.log(`\n── ${what}: skipped, no Chromium at ${chromiumPath} (apt-get install chromium)`);
    continue;
  }
  if (python && !pythonChecked) {
    ensurePythonEnv();
    pythonChecked = true;
  }
  console.log(`\n── ${what}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\nnpm test: FAILED at "${what}" after ${seconds} s.`);
    process.exit(1);
  }
  console.log(`   (${seconds} s)`);
}
console.log(`\nnpm test: all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
