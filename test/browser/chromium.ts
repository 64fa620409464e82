// Where the browser tests find Chromium: CHROMIUM_PATH, then the usual install paths on Linux
// and macOS, then Playwright's own download. Missing, it fails with how to install it.
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

const USUAL_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export const CHROMIUM_INSTALL_HINT =
  "Chromium was not found. Install it (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; " +
  "macOS: brew install --cask chromium; or npx playwright-core install chromium), or point CHROMIUM_PATH at a Chrome or Chromium binary.";

/** Chromium builds Playwright downloaded into its cache, newest first. */
function playwrightDownloads(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(homedir(), process.platform === "darwin" ? "Library/Caches/ms-playwright" : ".cache/ms-playwright");
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith("chromium"))
    .sort()
    .reverse()
    .flatMap((name) => [path.join(cache, name, "chrome-linux", "chrome"), path.join(cache, name, "chrome-linux64", "chrome"), path.join(cache, name, "chrome-mac", "Chromium.app/Contents/MacOS/Chromium")]);
}

/** The Chromium binary to drive, or an Error that says how to get one. */
export function findChromium(env: Record<string, string | undefined> = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, CHROME_PATH: process.env.CHROME_PATH }): string {
  const named = env.CHROMIUM_PATH ?? env.CHROME_PATH;
  if (named) {
    if (existsSync(named)) return named;
    throw new Error(`CHROMIUM_PATH is ${named}, which does not exist. ${CHROMIUM_INSTALL_HINT}`);
  }
  const found = [...USUAL_PATHS, ...playwrightDownloads()].find((candidate) => existsSync(candidate));
  if (!found) throw new Error(CHROMIUM_INSTALL_HINT);
  return found;
}
