import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => path.join(root, "test/fixtures", name);
// tsx's loader by absolute URL, so the CLI also runs from a directory outside the project.
const tsxLoader = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI exactly as `npm run preview` does, minus npm's own chatter. */
function runPreview(args: string[], cwd = root): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", tsxLoader, path.join(root, "src/cli/preview.ts"), ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "preview-test-"));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function expectOneCleanErrorLine(run: Run, pattern: RegExp) {
  expect(run.code).toBe(1);
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("preview CLI", () => {
  it("renders a feed file into digest.html, digest.txt and digest.json", async () => {
    const run = await runPreview([fixture("medium-ballerina.xml"), "--out", outDir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^“Ballerina” \(2023\) Is Korea’s Next Cult Hit Hiding In Plain Sight — \d+ words kept, \d+ passages removed$/m);
    const html = await readFile(path.join(outDir, "digest.html"), "utf8");
    const text = await readFile(path.join(outDir, "digest.txt"), "utf8");
    const json = JSON.parse(await readFile(path.join(outDir, "digest.json"), "utf8"));
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(text).toContain("If only an Ok-Joo existed in real life.");
    expect(json.subject).toBe("“Ballerina” (2023) Is Korea’s Next Cult Hit Hiding In Plain Sight");
    expect(json.reviews).toHaveLength(1);
    expect(json.reviews[0].wordsKept).toBeGreaterThan(1000);
    // What the spoiler pass took out is listed, and is gone from the email itself.
    expect(run.stdout).toMatch(/— \d+ words kept, [1-9]\d* passages removed$/m);
    const removedText = json.reviews[0].removed.map((passage: { text: string }) => passage.text).join(" ");
    expect(removedText).toContain("Burning Sun");
    expect(html).not.toContain("Burning Sun");
    expect(text).not.toContain("Burning Sun");
  });

  it("prints one line per review of a Letterboxd feed", async () => {
    const run = await runPreview([fixture("letterboxd-davevis.xml"), `--out=${outDir}`]);
    expect(run.code).toBe(0);
    const reviewLines = run.stdout.split("\n").filter((line) => line.includes("words kept"));
    expect(reviewLines).toHaveLength(3);
    expect(reviewLines[2]).toMatch(/^Burning, 2018 — \d+ words kept, 0 passages removed/);
  });

  it("writes to ./out by default", async () => {
    const run = await runPreview([fixture("atom-jekyll-blog.xml")], outDir);
    expect(run.code).toBe(0);
    const json = JSON.parse(await readFile(path.join(outDir, "out", "digest.json"), "utf8"));
    expect(json.reviews.map((review: { title: string }) => review.title)).toEqual([
      "Ballerina (2023): revenge with a pulse",
      "The Call (2020)",
    ]);
  });

  it("fetches a feed URL", async () => {
    const xml = await readFile(fixture("atom-jekyll-blog.xml"), "utf8");
    const server = createServer((_request, response) => response.writeHead(200, { "content-type": "application/atom+xml" }).end(xml));
    const port = await listen(server);
    try {
      const run = await runPreview([`http://127.0.0.1:${port}/feed.xml`, "--out", outDir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("The Call (2020) — ");
    } finally {
      await close(server);
    }
  });

  it("fails cleanly on a missing file", async () => {
    const run = await runPreview([path.join(outDir, "missing.xml"), "--out", outDir]);
    expectOneCleanErrorLine(run, /^preview: cannot read .*missing\.xml: no such file$/);
  });

  it("fails cleanly on an unreachable URL", async () => {
    const server = createServer();
    const port = await listen(server);
    await close(server);
    const run = await runPreview([`http://127.0.0.1:${port}/feed.xml`, "--out", outDir]);
    expectOneCleanErrorLine(run, new RegExp(`^preview: cannot fetch http://127\\.0\\.0\\.1:${port}/feed\\.xml: ECONNREFUSED$`));
  });

  it("fails cleanly on an HTTP error", async () => {
    const server = createServer((_request, response) => response.writeHead(404).end("gone"));
    const port = await listen(server);
    try {
      const run = await runPreview([`http://127.0.0.1:${port}/feed.xml`, "--out", outDir]);
      expectOneCleanErrorLine(run, /^preview: cannot fetch .*: HTTP 404/);
    } finally {
      await close(server);
    }
  });

  it("fails cleanly on a document that is not a feed", async () => {
    const run = await runPreview([path.join(root, "package.json"), "--out", outDir]);
    expectOneCleanErrorLine(run, /^preview: Not an RSS or Atom feed: /);
  });

  it("fails cleanly without arguments", async () => {
    const run = await runPreview([]);
    expectOneCleanErrorLine(run, /^preview: usage: npm run preview -- <feed file or URL> \[--out DIR\]$/);
  });
});
