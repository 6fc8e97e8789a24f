import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const notebooksDir = join(__dirname, "..", "..", "..", "notebooks");
const lessons = readdirSync(notebooksDir).filter((f) => f.endsWith(".ipynb"));

interface Cell {
  cell_type: string;
  outputs?: unknown[];
  execution_count?: number | null;
}

describe("committed lessons", () => {
  it("exist and are numbered", () => {
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) expect(lesson).toMatch(/^\d\d-[a-z0-9-]+\.ipynb$/);
  });

  it.each(lessons)("%s is stored without outputs and with the tslab kernelspec", (lesson) => {
    const notebook = JSON.parse(readFileSync(join(notebooksDir, lesson), "utf8"));
    expect(notebook.metadata.kernelspec.name).toBe("tslab");
    const code: Cell[] = notebook.cells.filter((c: Cell) => c.cell_type === "code");
    expect(code.filter((c) => (c.outputs ?? []).length > 0)).toEqual([]);
    expect(code.filter((c) => c.execution_count != null)).toEqual([]);
  });
});
