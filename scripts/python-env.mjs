// The project-local Python environment (.venv) that holds JupyterLab, the plotly renderer,
// nbclient and nbconvert, with the tslab kernel registered into it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..");
export const venv = join(root, ".venv");
export const venvBin = (name) => join(venv, "bin", name);
const requirements = join(root, "requirements.txt");
const tslabBinary = join(root, "node_modules", ".bin", "tslab");
const stampFile = join(venv, ".lrlab-setup");

// JupyterLab defaults for the course: the lessons work offline, so JupyterLab does not ask to
// fetch Jupyter news or check for updates.
const labOverrides = {
  "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
};

// Everything the set-up depends on: when this changes, the set-up runs again.
function setupKey() {
  return createHash("sha256")
    .update(readFileSync(requirements))
    .update(tslabBinary)
    .update(readFileSync(join(root, "node_modules", "tslab", "package.json")))
    .update(JSON.stringify(labOverrides))
    .digest("hex");
}

function run(command, args, what) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, PIP_RETRIES: "0" },
  });
  if (result.status !== 0) {
    console.error(`\nlrlab: ${what} failed (${command} ${args.join(" ")}).`);
    process.exit(1);
  }
}

function requirePython() {
  const probe = spawnSync("python3", ["-c", "import venv, ensurepip"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    console.error(
      "lrlab: Python 3 with the venv module is needed for JupyterLab. Install it first, for example " +
        "`apt-get install python3 python3-venv` (Debian/Ubuntu) or from https://www.python.org/downloads/.",
    );
    process.exit(1);
  }
}

/** Creates or updates .venv when needed; returns quickly when nothing changed. */
export function ensurePythonEnv() {
  if (!existsSync(tslabBinary)) {
    console.error("lrlab: node_modules is missing tslab. Run `npm install` first.");
    process.exit(1);
  }
  const checked = Date.now();
  const key = setupKey();
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === key) {
    console.log(`lrlab: Python environment up to date (checked in ${Date.now() - checked} ms).`);
    return;
  }

  requirePython();
  const started = Date.now();
  if (!existsSync(venvBin("python"))) {
    console.log("lrlab: [1/3] creating the Python environment in .venv …");
    run("python3", ["-m", "venv", venv], "creating .venv");
  }
  console.log(
    "lrlab: [2/3] installing JupyterLab, plotly, nbclient and nbconvert from requirements.txt …",
  );
  run(
    venvBin("python"),
    ["-m", "pip", "install", "--progress-bar", "off", "-r", requirements],
    "pip install",
  );
  console.log("lrlab: [3/3] registering the tslab kernel in .venv …");
  run(
    tslabBinary,
    ["install", "--sys-prefix", "--python", venvBin("python"), "--binary", tslabBinary],
    "registering the tslab kernel",
  );
  const settings = join(venv, "share", "jupyter", "lab", "settings");
  mkdirSync(settings, { recursive: true });
  writeFileSync(join(settings, "overrides.json"), JSON.stringify(labOverrides, null, 2));
  writeFileSync(stampFile, key);
  console.log(
    `lrlab: Python environment ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}
