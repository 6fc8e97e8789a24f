// Starting JupyterLab on the lessons, shared by `npm start` and the browser test.
import { spawn } from "node:child_process";
import { notebooksDir } from "./lessons.mjs";
import { venvBin } from "./python-env.mjs";

const readyUrl = /http:\/\/127\.0\.0\.1:\d+\/lab\?token=\w+/;

/**
 * Spawns `jupyter lab` on notebooks/, bound to 127.0.0.1 with token auth (and --allow-root only
 * as root). `onReady(url)` gets the tokenized URL once the server prints it.
 */
export function startJupyterLab({ extraArgs = [], env = process.env, echo = true, onReady }) {
  const args = ["lab", "--no-browser", "--ip=127.0.0.1", `--notebook-dir=${notebooksDir}`];
  if (process.getuid?.() === 0) args.push("--allow-root");
  args.push(...extraArgs);
  const lab = spawn(venvBin("jupyter"), args, { stdio: ["ignore", "inherit", "pipe"], env });
  let ready = false;
  lab.stderr.on("data", (chunk) => {
    if (echo) process.stderr.write(chunk);
    const url = readyUrl.exec(chunk.toString());
    if (url && !ready) {
      ready = true;
      onReady(url[0]);
    }
  });
  return lab;
}
