// npm test: every check, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { chromiumAvailable, chromiumPath } from "../tests/browser/chromium.mjs";
import { ensurePythonEnv, root, venvBin } from "./python-env.mjs";

const bin = (name) => join(root, "node_modules", ".bin", name);
// Called by path: tslab's own TypeScript (5.0) also installs a `tsc` into node_modules/.bin.
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const steps = [
  ["build the lrlab package", process.execPath, [tsc, "-p", "lib/tsconfig.build.json"]],
  ["type-check (strict)", process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit"]],
  ["lint (ESLint)", bin("eslint"), ["."]],
  ["format (Prettier)", bin("prettier"), ["--check", "--log-level", "warn", "."]],
  ["unit and property tests", bin("vitest"), ["run"]],
  ["lessons in the tslab kernel", venvBin("python"), ["tests/notebooks/run_notebooks.py"]],
  [
    "bad input in the tslab kernel",
    venvBin("python"),
    ["tests/notebooks/kernel_survives_bad_input.py"],
  ],
  [
    "static site from the executed lessons",
    process.execPath,
    ["scripts/site.mjs", "--use-executed"],
  ],
  ["lessons in JupyterLab, site pages, in Chromium", process.execPath, ["tests/browser/run.mjs"]],
];

const started = Date.now();
for (const [what, command, args] of steps) {
  if (command === venvBin("python")) ensurePythonEnv();
  if (args[0] === "tests/browser/run.mjs" && !chromiumAvailable()) {
    console.log(`\n── ${what}: skipped, no Chromium at ${chromiumPath} (apt-get install chromium)`);
    continue;
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
