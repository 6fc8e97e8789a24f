// The two ways lrlab reaches the tslab kernel it runs in: its public module and its display hook.

/** tslab's internal hook: the current cell's display writer (a new function for each execution). */
export interface TslabHook {
  lastWriteDisplayData:
    | ((
        data: { data: Record<string, unknown>; metadata: object; transient: object },
        update: boolean,
      ) => void)
    | null;
}

/** tslab's module, or the hook's, when lrlab runs inside the kernel; undefined elsewhere. */
export function loadTslab<T>(id: "tslab" | "tslab/dist/jupyter"): T | undefined {
  try {
    // tslab is loaded lazily: it exists only inside the kernel's process.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(id) as T;
  } catch {
    return undefined;
  }
}
