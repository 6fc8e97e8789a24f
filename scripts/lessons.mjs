// Where the lessons are, and where `npm test` leaves their executed copies.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { root } from "./python-env.mjs";

export const notebooksDir = join(root, "notebooks");
export const executedDir = join(root, "build", "executed");

/** The lesson files in notebooks/, in course order. */
export function lessonFiles() {
  return readdirSync(notebooksDir)
    .filter((name) => name.endsWith(".ipynb"))
    .sort();
}
