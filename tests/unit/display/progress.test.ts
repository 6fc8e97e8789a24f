import { describe, expect, it } from "vitest";
import { startProgress, PROGRESS_AFTER_MS } from "../../../lib/src/display/progress";

/** A fake clock and a sink that records every line written. */
function harness() {
  let time = 0;
  const lines: string[] = [];
  let sinks = 0;
  const options = (cell: unknown) => ({
    cell,
    now: () => time,
    sink: () => {
      sinks += 1;
      return { text: (line: string) => lines.push(line) };
    },
  });
  return {
    options,
    lines,
    sinks: () => sinks,
    advance: (ms: number) => (time += ms),
  };
}

describe("startProgress", () => {
  it("stays silent for work shorter than 2 s", () => {
    const h = harness();
    const progress = startProgress(h.options("cell"));
    for (let i = 0; i < 19; i++) {
      h.advance(100);
      progress.update(() => `step ${i}`);
    }
    progress.done(() => "done");
    expect(h.lines).toEqual([]);
    expect(h.sinks()).toBe(0);
  });

  it("after 2 s writes one line at most every 250 ms, then the final state", () => {
    const h = harness();
    const progress = startProgress(h.options("cell"));
    for (let i = 1; i <= 40; i++) {
      h.advance(100);
      progress.update(() => `step ${i}`);
    }
    progress.done(() => "finished");
    // 2.0 s … 4.0 s: writes at 2.0, 2.3, 2.6, 2.9, 3.2, 3.5, 3.8 s, then the final line.
    expect(h.lines.length).toBe(8);
    expect(h.lines[0]).toBe(`step ${PROGRESS_AFTER_MS / 100} · 2.0 s`);
    expect(h.lines[h.lines.length - 1]).toBe("finished · 4.0 s");
    expect(h.sinks()).toBe(1);
  });

  it("shares one line among the runs of one cell and numbers them", () => {
    const h = harness();
    const runs = [];
    for (let r = 0; r < 5; r++) {
      const progress = startProgress(h.options("cell A"));
      runs.push(progress.run);
      h.advance(600);
      progress.update(() => `run ${progress.run}`);
      progress.done(() => `run ${progress.run} done`);
    }
    expect(runs).toEqual([1, 2, 3, 4, 5]);
    expect(h.sinks()).toBe(1);
    expect(h.lines[h.lines.length - 1]).toBe("run 5 done · 3.0 s");
  });

  it("starts a new line and count in a new cell", () => {
    const h = harness();
    startProgress(h.options("cell A"));
    h.advance(5000);
    const next = startProgress(h.options("cell B"));
    expect(next.run).toBe(1);
    next.update(() => "quiet");
    expect(h.lines).toEqual([]);
  });
});
