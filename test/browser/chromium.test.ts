import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./chromium";

describe("findChromium", () => {
  it("uses CHROMIUM_PATH when it names a file", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "chromium-"));
    const binary = path.join(directory, "chrome");
    writeFileSync(binary, "");
    try {
      expect(findChromium({ CHROMIUM_PATH: binary })).toBe(binary);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("says how to install Chromium when CHROMIUM_PATH names nothing", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/nowhere/chrome" })).toThrow(/CHROMIUM_PATH is \/nowhere\/chrome, which does not exist\. Chromium was not found\. Install it/);
    expect(CHROMIUM_INSTALL_HINT).toMatch(/apt-get install chromium.*brew install --cask chromium.*CHROMIUM_PATH/);
  });
});
