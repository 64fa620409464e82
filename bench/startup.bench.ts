// Startup: CPU to evaluate the worker's modules in a fresh isolate, as `wrangler check startup`
// profiles it (its build of the worker, in workerd). Goal: at most 25 ms. Then where that
// time goes, by package, from the same profile taken on our own bundle with its source map.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Attribution, describeBuckets } from "./support/attribution";
import { busyMs, type CpuProfile } from "./support/profiler";
import { startProfiledWorker } from "./support/profiled-worker";
import { bundleWorker } from "./support/worker";

const GOAL_MS = 25;
const RUNS = 3;
const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "review-digest-startup-"));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** One `wrangler check startup` run; its profile uses V8's default 1 ms sampling interval. */
function checkStartup(run: number): number {
  const outfile = path.join(work, `startup-${run}.cpuprofile`);
  const result = spawnSync("npx", ["wrangler", "check", "startup", "--outfile", outfile], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) throw new Error(`wrangler check startup failed:\n${result.stderr || result.stdout}`);
  const profile = JSON.parse(readFileSync(outfile, "utf8")) as CpuProfile;
  const intervals = [...profile.timeDeltas].sort((a, b) => a - b);
  return busyMs(profile, intervals[Math.floor(intervals.length / 2)] ?? 1000);
}

try {
  const runs = Array.from({ length: RUNS }, (_, run) => checkStartup(run));
  const ms = median(runs);
  const verdict = ms <= GOAL_MS ? "ok" : `OVER the ${GOAL_MS} ms goal`;
  console.log(`startup (wrangler check startup): median ${ms.toFixed(1)} ms busy over ${RUNS} runs [${runs.map((value) => value.toFixed(1)).join(", ")}] (${verdict})`);
  if (ms > GOAL_MS) process.exitCode = 1;

  const scriptPath = path.join(path.dirname(bundleWorker(root, path.join(work, "dist"))), "index.js");
  const empty = path.join(work, "empty");
  mkdirSync(empty);
  const worker = await startProfiledWorker({ root, scriptPath, stateDir: empty, workDir: path.join(work, "worker"), bindings: {}, routes: {} });
  try {
    const { cpuMs, profile } = await worker.start();
    console.log(`  the same on our bundle: ${cpuMs.toFixed(1)} ms; ms by source: ${describeBuckets(new Attribution(`${scriptPath}.map`).bySource(profile), 10)}`);
  } finally {
    await worker.dispose();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
