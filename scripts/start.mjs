// npm start: set up the Python environment if needed, then serve the lessons in JupyterLab.
import { startJupyterLab } from "./jupyter-lab.mjs";
import { ensurePythonEnv } from "./python-env.mjs";

ensurePythonEnv();
const lab = startJupyterLab({
  extraArgs: process.argv.slice(2),
  onReady: (url) => console.log(`\nlrlab: JupyterLab is ready. Open ${url}\n`),
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => lab.kill(signal));
lab.on("exit", (code) => process.exit(code ?? 0));
