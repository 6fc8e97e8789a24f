import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { expect } from "vitest";
import { LrlabError } from "../../../lib/src/errors";

export const DATA_FOLDER = join(__dirname, "..", "..", "..", "lib", "data");

/** A data file's text, read independently of the module under test. */
export function rawText(file: string): string {
  const bytes = readFileSync(join(DATA_FOLDER, file));
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

/** How many times each label occurs: counts[label], for labels 0 … max. */
export function countsOf(labels: readonly number[]): number[] {
  const counts: number[] = [];
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

/** Runs `action` and returns the LrlabError it throws. */
export function errorOf(action: () => unknown): LrlabError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LrlabError);
    return error as LrlabError;
  }
  throw new Error("expected an LrlabError, but nothing was thrown");
}
