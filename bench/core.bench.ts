// Parse + sanitise + render time per review, through the same entry points the Worker uses
// (parseFeed, then prepareDigest: spoiler pass → sanitiser → renderer + plain text).
// Goal: at most 1 ms per review warm. Medians, so one GC pause does not move the figure.
// Also the cold figure issue 14 started from (~170 ms): the first parseFeed + prepareDigest of
// the fixture in a fresh process over the minified bundle, after module evaluation. It is
// reported, not judged: the cron tick that does this work has its own cold goal in
// invocations.bench.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { performance } from "node:perf_hooks";
import { prepareDigest } from "../src/core/digest";
import { parseFeed } from "../src/core/feed";
import { renderDigest } from "../src/core/render";
import { sanitizeHtml } from "../src/core/sanitize";
import { stripSpoilers } from "../src/core/spoilers";

const RUNS = 250;
const WARM_UP = 100;
const GOAL_MS = 1;

const fixture = readFileSync(path.join(import.meta.dirname, "../test/fixtures/medium-ballerina.xml"), "utf8");

/** The fixture's one item, repeated with distinct guids and links: a 50-item Medium feed. */
function generateFeed(items: number): string {
  const start = fixture.indexOf("<item>");
  const end = fixture.lastIndexOf("</item>") + "</item>".length;
  const item = fixture.slice(start, end);
  const copies = Array.from({ length: items }, (_, index) =>
    item.replaceAll("7f3a9c2e1b4d", `7f3a9c2e${String(index).padStart(4, "0")}`),
  );
  return fixture.slice(0, start) + copies.join("") + fixture.slice(end);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timeOnce(xml: string): Promise<{ ms: number; reviews: number; bytes: number }> {
  const started = performance.now();
  const feed = await parseFeed(xml);
  const { digest } = prepareDigest(feed.reviews, { publication: feed.title });
  return { ms: performance.now() - started, reviews: feed.reviews.length, bytes: Buffer.byteLength(digest.html) };
}

async function measure(label: string, xml: string): Promise<boolean> {
  for (let run = 0; run < WARM_UP; run++) await timeOnce(xml);
  const perReview: number[] = [];
  let last = { ms: 0, reviews: 0, bytes: 0 };
  for (let run = 0; run < RUNS; run++) {
    last = await timeOnce(xml);
    perReview.push(last.ms / last.reviews);
  }
  const ms = median(perReview);
  const verdict = ms <= GOAL_MS ? "ok" : `OVER the ${GOAL_MS} ms goal`;
  console.log(
    `${label}: ${(Buffer.byteLength(xml) / 1024).toFixed(0)} KB feed, ${last.reviews} reviews, digest ${(last.bytes / 1024).toFixed(1)} KB` +
      ` — median ${ms.toFixed(3)} ms per review over ${RUNS} runs (${verdict})`,
  );
  return ms <= GOAL_MS;
}

/** Median of each stage alone, per review, so a slow total can be traced to its step. */
async function measureStages(xml: string): Promise<void> {
  const stage = async (run: () => unknown | Promise<unknown>, reviews: number) => {
    const times: number[] = [];
    for (let index = 0; index < RUNS + WARM_UP; index++) {
      const started = performance.now();
      await run();
      if (index >= WARM_UP) times.push((performance.now() - started) / reviews);
    }
    return median(times).toFixed(3);
  };
  const feed = await parseFeed(xml);
  const count = feed.reviews.length;
  const spoilerFree = stripSpoilers(feed.reviews);
  const sanitized = spoilerFree.map((review) => ({ ...review, html: sanitizeHtml(review.html, review.link) }));
  const parse = await stage(() => parseFeed(xml), count);
  const spoilers = await stage(() => stripSpoilers(feed.reviews), count);
  const sanitize = await stage(() => spoilerFree.map((review) => sanitizeHtml(review.html, review.link)), count);
  const render = await stage(() => renderDigest(sanitized, { publication: feed.title }), count);
  console.log(`  stages, ms per review: parse ${parse}, spoiler pass ${spoilers}, sanitise ${sanitize}, render + text ${render}`);
}

const COLD_RUNS = 7;

/** CPU of the first parse → spoilers → sanitise → render + text, in fresh `node` processes. */
function measureCold(): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), "core-cold-"));
  try {
    const bundle = path.join(dir, "core.mjs");
    buildSync({
      stdin: { contents: 'export { parseFeed } from "./src/core/feed"; export { prepareDigest } from "./src/core/digest";', resolveDir: path.join(import.meta.dirname, ".."), loader: "ts" },
      bundle: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], minify: true, outfile: bundle, logLevel: "silent",
    });
    const fixturePath = path.join(import.meta.dirname, "../test/fixtures/medium-ballerina.xml");
    const script = `import { readFileSync } from "node:fs";
const { parseFeed, prepareDigest } = await import(${JSON.stringify(bundle)});
const xml = readFileSync(${JSON.stringify(fixturePath)}, "utf8");
const before = process.cpuUsage();
const feed = await parseFeed(xml);
const { digest } = prepareDigest(feed.reviews, { publication: feed.title });
const used = process.cpuUsage(before);
if (!digest.text.includes("Ballerina")) throw new Error("no digest");
console.log((used.user + used.system) / 1000);`;
    return Array.from({ length: COLD_RUNS }, () => {
      const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`cold run failed: ${result.stderr}`);
      return Number(result.stdout.trim());
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const coldRuns = measureCold();
console.log(`cold: first parse → digest of the fixture in a fresh process: median ${median(coldRuns).toFixed(1)} ms CPU (runs: ${coldRuns.map((ms) => ms.toFixed(1)).join(", ")})`);

const fixtureOk = await measure("fixture (medium-ballerina.xml)", fixture);
await measureStages(fixture);
const bigOk = await measure("generated 50-item feed", generateFeed(50));
await measureStages(generateFeed(50));
if (!fixtureOk || !bigOk) process.exitCode = 1;
