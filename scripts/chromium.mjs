// Debian's Chromium, driven by playwright-core, with the flags this machine's closed network needs.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumAvailable() {
  return existsSync(chromiumPath);
}

const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** A persistent context in a fresh profile; close it when done. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "lrlab-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: flags,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
}
