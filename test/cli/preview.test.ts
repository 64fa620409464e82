import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
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

  it("lists every removed passage: marker in plain words, trigger and word count", async () => {
    const run = await runPreview([fixture("medium-ballerina.xml"), "--out", outDir]);
    const json = JSON.parse(await readFile(path.join(outDir, "digest.json"), "utf8"));
    const removed: { trigger: string; words: number }[] = json.reviews[0].removed;
    expect(removed.length).toBeGreaterThan(0);
    const passageLines = run.stdout.split("\n").filter((line) => /^ {2}\d+\. /.test(line));
    expect(passageLines).toHaveLength(removed.length);
    removed.forEach((passage, index) => {
      expect(passageLines[index]).toContain(`triggered by “${passage.trigger}”: ${passage.words} word${passage.words === 1 ? "" : "s"}`);
      expect(passageLines[index]).not.toMatch(/^ {2}\d+\. [a-z]+-[a-z]+/);
    });
  });

  it("fills the footer links with sample URLs instead of raw placeholders", async () => {
    await runPreview([fixture("medium-ballerina.xml"), "--out", outDir]);
    for (const name of ["digest.html", "digest.txt"]) {
      const body = await readFile(path.join(outDir, name), "utf8");
      expect(body).not.toMatch(/\{\{\w+\}\}/);
      expect(body).toContain("https://your-worker.example/unsubscribe?token=sample");
    }
  });

  it("previews a single post saved as an .html file: the author's draft", async () => {
    const draft = path.join(outDir, "past-lives.html");
    await writeFile(
      draft,
      `<!DOCTYPE html><html><head><title>Past Lives (2023)</title><script>alert(1)</script></head><body><nav>Home · About</nav>` +
        `<article><h1>Past Lives (2023)</h1><p>A quiet, aching film.</p><p>(Spoilers ahead)</p><p>They do not end up together.</p>` +
        `<p>(End of spoilers)</p><p>See it on a big screen.</p></article><footer>© me</footer></body></html>`,
    );
    const run = await runPreview([draft, "--out", outDir, "--link", "https://critic.example/past-lives"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Past Lives \(2023\) — \d+ words kept, 1 passage removed$/m);
    expect(run.stdout).toMatch(/^ {2}1\. .*triggered by “\(Spoilers ahead\)”: \d+ words$/m);
    const html = await readFile(path.join(outDir, "digest.html"), "utf8");
    expect(html).toContain("A quiet, aching film.");
    expect(html).toContain("https://critic.example/past-lives");
    expect(html).not.toContain("They do not end up together");
    expect(html).not.toContain("Home · About");
  });

  it("previews a post URL that is not a feed", async () => {
    const page = "<html><body><article><h1>Aftersun</h1><p>Memory as a wound.</p><p>[spoiler]The father vanishes.[/spoiler]</p></article></body></html>";
    const server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
    const port = await listen(server);
    try {
      const run = await runPreview([`http://127.0.0.1:${port}/aftersun`, "--out", outDir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Aftersun — \d+ words kept, 1 passage removed$/m);
      expect(await readFile(path.join(outDir, "digest.html"), "utf8")).not.toContain("The father vanishes");
    } finally {
      await close(server);
    }
  });

  it("decodes a windows-1252 feed file by its prolog: Café, not Caf\uFFFD", async () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Caf\u00e9 Cin\u00e9ma</title><link>https://critic.example/</link>` +
      `<item><title>Am\u00e9lie</title><link>https://critic.example/amelie</link><description>&lt;p&gt;Un caf\u00e9.&lt;/p&gt;</description></item></channel></rss>`;
    const file = path.join(outDir, "latin.xml");
    await writeFile(file, Buffer.from(xml, "latin1"));
    const run = await runPreview([file, "--out", outDir]);
    expect(run.stdout).toMatch(/^Amélie — /m);
    expect(await readFile(path.join(outDir, "digest.txt"), "utf8")).toContain("Un café.");
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
    expectOneCleanErrorLine(run, /^preview: usage: npm run preview -- <feed or post: file or URL> \[--out DIR\] \[--link URL\]$/);
  });
});
