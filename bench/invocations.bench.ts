// CPU per invocation, the way Workers Free bills it: each kind of invocation of the bundled
// worker inside workerd, cold (the first call in a fresh isolate, after module evaluation)
// and warm (median of later calls in the same isolate). CPU is the isolate's busy time from
// V8's sampling profiler (bench/support/profiler.ts); D1, the queue broker and the fakes run
// outside the isolate and are not counted, as they are I/O in production.
// Exits non-zero, naming each goal missed.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unstable_readConfig } from "wrangler";
import { Attribution, describeBuckets } from "./support/attribution";
import { benchResend, BINDINGS, buildBenchState, FEED_HOST, RESEND_HOST, type BenchState } from "./support/bench-state";
import { MediumFeed } from "./support/medium-feed";
import type { CpuProfile } from "./support/profiler";
import { startProfiledWorker } from "./support/profiled-worker";
import { createScenarios, type Context, type Scenario } from "./support/scenarios";
import { bundleWorker } from "./support/worker";

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const WARM_UP = 3;
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 10);
const SUBSCRIBERS = 1_000;
// BENCH_PROFILE_DIR=dir: also write each scenario's cold and warm profiles there, with the
// bundle's source map, for DevTools.
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;

const root = path.resolve(import.meta.dirname, "..");
const config = unstable_readConfig({ config: path.join(root, "wrangler.toml") });
const consumer = (config.queues.consumers ?? []).find((entry: { queue: string }) => entry.queue === "review-digest-deliveries");
// BENCH_BATCH overrides max_batch_size, to try other batch sizes without editing wrangler.toml.
const BATCH = Number(process.env.BENCH_BATCH ?? consumer?.max_batch_size ?? 10);

const scenarios = createScenarios(BATCH, SUBSCRIBERS);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface Figures {
  startup: number[];
  cold: number[];
  warm: number[];
  coldProfile?: CpuProfile;
  warmProfiles: CpuProfile[];
  problem?: string;
}

async function runScenario(scenario: Scenario, state: BenchState, scriptPath: string, workDir: string): Promise<Figures> {
  const figures: Figures = { startup: [], cold: [], warm: [], warmProfiles: [] };
  for (let instance = 0; instance < COLD_RUNS; instance++) {
    const feed = new MediumFeed(state.feedIds);
    const resend = benchResend();
    const worker = await startProfiledWorker({
      root,
      scriptPath,
      stateDir: state.dir,
      workDir: path.join(workDir, `${scenarios.indexOf(scenario)}-${instance}`),
      bindings: BINDINGS,
      routes: { [FEED_HOST]: feed.handle, [RESEND_HOST]: resend.handle },
    });
    const context: Context = { worker, feed, resend, state };
    try {
      figures.startup.push((await worker.start()).cpuMs);
      const runs = instance === 0 ? 1 + WARM_UP + WARM_RUNS : 1;
      for (let run = 0; run < runs; run++) {
        scenario.before?.(context, run);
        const { cpuMs, profile } = await worker.profiler.measure(() => scenario.invoke(context, run));
        if (run === 0) figures.cold.push(cpuMs);
        if (run === 0 && instance === 0) figures.coldProfile = profile;
        if (run > WARM_UP) {
          figures.warm.push(cpuMs);
          figures.warmProfiles.push(profile);
        }
      }
      figures.problem ??= await scenario.check(context, runs);
    } catch (error) {
      figures.problem ??= error instanceof Error ? error.message : String(error);
    } finally {
      await worker.dispose();
    }
    if (figures.problem) break;
  }
  return figures;
}

function saveProfiles(index: number, figures: Figures): void {
  if (!PROFILE_DIR) return;
  mkdirSync(PROFILE_DIR, { recursive: true });
  const save = (name: string, profile: CpuProfile | undefined) => profile && writeFileSync(path.join(PROFILE_DIR, `${index + 1}-${name}.cpuprofile`), JSON.stringify(profile));
  save("cold", figures.coldProfile);
  figures.warmProfiles.forEach((profile, run) => save(`warm-${run + 1}`, profile));
}

function averageBuckets(runs: [string, number][][]): [string, number][] {
  const totals = new Map<string, number>();
  for (const run of runs) for (const [name, value] of run) totals.set(name, (totals.get(name) ?? 0) + value / runs.length);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

const pad = (text: string, width: number) => text.padEnd(width);
const ms = (value: number) => `${value.toFixed(1)} ms`;

const work = mkdtempSync(path.join(tmpdir(), "review-digest-cpu-"));
const missed: string[] = [];
try {
  const scriptPath = path.join(path.dirname(bundleWorker(root, path.join(work, "dist"))), "index.js");
  const attribution = new Attribution(`${scriptPath}.map`);
  if (PROFILE_DIR) {
    mkdirSync(PROFILE_DIR, { recursive: true });
    copyFileSync(`${scriptPath}.map`, path.join(PROFILE_DIR, "index.bench.js.map"));
  }
  const state = await buildBenchState({ root, scriptPath, workDir: work, subscribers: SUBSCRIBERS, chunksNeeded: BATCH * (1 + WARM_UP + WARM_RUNS) });
  console.log(`CPU per invocation inside workerd (V8 sampling profiler, ${COLD_RUNS} fresh isolates for cold, median of ${WARM_RUNS} warm calls)`);
  const startups: number[] = [];
  // BENCH_ONLY=word runs only the scenarios whose name contains it (the goals then cover only those).
  for (const scenario of scenarios.filter((entry) => !process.env.BENCH_ONLY || entry.name.includes(process.env.BENCH_ONLY))) {
    const figures = await runScenario(scenario, state, scriptPath, work);
    startups.push(...figures.startup);
    if (figures.problem) {
      console.log(`${pad(scenario.name, 72)} FAILED: ${figures.problem}`);
      missed.push(`${scenario.name}: did not run (${figures.problem})`);
      continue;
    }
    const cold = median(figures.cold);
    const warm = median(figures.warm);
    const verdicts: string[] = [];
    if (scenario.coldGoalMs !== undefined && cold > scenario.coldGoalMs) verdicts.push(`cold OVER ${scenario.coldGoalMs} ms`);
    if (warm > scenario.warmGoalMs) verdicts.push(`warm OVER ${scenario.warmGoalMs} ms`);
    for (const verdict of verdicts) missed.push(`${scenario.name}: ${verdict}`);
    const coldGoal = scenario.coldGoalMs === undefined ? "" : ` (≤ ${scenario.coldGoalMs})`;
    console.log(
      `${pad(scenario.name, 72)} cold ${pad(ms(cold) + coldGoal, 18)} [${figures.cold.map((value) => value.toFixed(1)).join(", ")}]` +
        `  warm ${pad(ms(warm) + ` (≤ ${scenario.warmGoalMs})`, 16)} ${verdicts.length ? verdicts.join(", ") : "ok"}`,
    );
    saveProfiles(scenarios.indexOf(scenario), figures);
    if (figures.coldProfile) console.log(`    cold, ms by source: ${describeBuckets(attribution.bySource(figures.coldProfile))}`);
    console.log(`    warm, ms by source (mean): ${describeBuckets(averageBuckets(figures.warmProfiles.map((profile) => attribution.bySource(profile))))}`);
  }
  console.log(`${pad("startup (module evaluation, first call of each fresh isolate)", 72)} median ${ms(median(startups))} over ${startups.length} isolates`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (missed.length) {
  console.error(`\nGoals missed:\n${missed.map((line) => `  - ${line}`).join("\n")}`);
  process.exitCode = 1;
}
