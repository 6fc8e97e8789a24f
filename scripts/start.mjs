// npm start: set up the Python environment if needed, then serve the lessons in JupyterLab.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensurePythonEnv, root, venvBin } from "./python-env.mjs";

ensurePythonEnv();

const args = ["lab", "--no-browser", "--ip=127.0.0.1", `--notebook-dir=${join(root, "notebooks")}`];
if (process.getuid?.() === 0) args.push("--allow-root");
args.push(...process.argv.slice(2));

const lab = spawn(venvBin("jupyter"), args, { stdio: ["inherit", "inherit", "pipe"] });
let announced = false;
lab.stderr.on("data", (chunk) => {
  process.stderr.write(chunk);
  const url = /http:\/\/127\.0\.0\.1:\d+\/lab\?token=\w+/.exec(chunk.toString());
  if (url && !announced) {
    announced = true;
    console.log(`\nlrlab: JupyterLab is ready. Open ${url[0]}\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => lab.kill(signal));
lab.on("exit", (code) => process.exit(code ?? 0));
