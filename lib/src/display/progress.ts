// One progress line per notebook cell, updated in place, for work that takes more than a moment.
import { loadTslab, type TslabHook } from "./tslab";

/** Work shorter than this stays silent; past it, the line appears. */
export const PROGRESS_AFTER_MS = 2000;
/** The line is rewritten at most this often (each rewrite is one message to the notebook). */
const PROGRESS_EVERY_MS = 250;

/** Where the line goes: a display that each call overwrites. */
export interface ProgressSink {
  text(line: string): void;
}

/** What one cell's progress remembers: its line, when its work began, how many runs it started. */
interface CellProgress {
  readonly cell: unknown;
  readonly startedAt: number;
  sink?: ProgressSink;
  lastWrite: number;
  runs: number;
}

/** A reporter for one piece of work (a training run); `done` writes its last state. */
export interface Progress {
  /** The number of this run within its cell: 1, 2, … */
  readonly run: number;
  /** Offers a new state; written when the cell has been busy for 2 s and 250 ms have passed. */
  update(line: () => string): void;
  /** Writes the final state, if the line is showing. */
  done(line: () => string): void;
}

let current: CellProgress | undefined;

/**
 * Progress for one run, sharing its cell's line: in a notebook, a cell that trains thirty networks
 * shows one line, rewritten in place, not thirty. The line appears once the cell has worked for 2 s
 * and is rewritten at most every 250 ms, so the executed notebook keeps one short output. Outside
 * a kernel (plain Node, a test) nothing is written unless `sink` is given.
 *
 * `cell` identifies the cell: tslab makes a new display writer for each execution, so the writer
 * itself is the cell. `now` and `sink` are for tests.
 */
export function startProgress(
  options: { cell?: unknown; now?: () => number; sink?: () => ProgressSink | undefined } = {},
): Progress {
  const now = options.now ?? (() => performance.now());
  const cell = options.cell ?? kernelCell();
  // Outside a kernel there is no cell to write to (tslab's display would throw "Not ready").
  const makeSink = options.sink ?? (() => (cell === undefined ? undefined : kernelSink()));
  const state: CellProgress =
    current !== undefined && current.cell === cell && cell !== undefined
      ? current
      : { cell, startedAt: now(), lastWrite: -Infinity, runs: 0 };
  current = state;
  state.runs += 1;
  const run = state.runs;
  const write = (line: () => string, force: boolean) => {
    const time = now();
    if (time - state.startedAt < PROGRESS_AFTER_MS) return;
    if (!force && time - state.lastWrite < PROGRESS_EVERY_MS) return;
    state.sink ??= makeSink();
    if (!state.sink) return;
    state.sink.text(`${line()} · ${((time - state.startedAt) / 1000).toFixed(1)} s`);
    state.lastWrite = time;
  };
  return {
    run,
    update: (line) => write(line, false),
    done: (line) => write(line, state.sink !== undefined),
  };
}

/** The current cell's display writer in a tslab kernel, else undefined. */
function kernelCell(): unknown {
  const hook = loadTslab<TslabHook>("tslab/dist/jupyter");
  return typeof hook?.lastWriteDisplayData === "function" ? hook.lastWriteDisplayData : undefined;
}

/** A tslab display entry that each write overwrites (a Jupyter display_id). */
function kernelSink(): ProgressSink | undefined {
  const tslab = loadTslab<{ newDisplay(): { text(s: string): void } }>("tslab");
  return tslab ? tslab.newDisplay() : undefined;
}
