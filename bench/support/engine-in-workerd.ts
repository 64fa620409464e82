// The spoiler engine's bundle in a fresh workerd isolate, its CPU read by V8's sampling profiler
// (the method of the invocation bench and `wrangler check startup`): module evaluation first,
// then passes over a post, each measured alone. This is the thread a Worker is billed for; V8's
// optimising compiler also works on background threads, which a Node process's CPU clock counts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";
import { Profiler } from "./profiler";

const ENTRY = `let engine;
export default {
  async fetch(request) {
    if (new URL(request.url).pathname === "/start") {
      engine = await import("./engine.js");
      return new Response("started");
    }
    const html = await request.text();
    const times = Number(new URL(request.url).searchParams.get("times") ?? 1);
    let removed = 0;
    for (let i = 0; i < times; i++) removed = engine.removeSpoilers(html, { link: "https://critic.test/post" }).removed.length;
    return new Response(String(removed));
  },
};`;

export interface EngineRun {
  startupMs: number;
  /** CPU of each pass, in order: the first is the cold one. */
  passesMs: number[];
  /** Mean CPU of a pass once warm (after WARM_UP passes), when asked for. */
  warmMs?: number;
}

const WARM_UP = 300;

/**
 * One fresh isolate: evaluates `bundlePath` (exporting removeSpoilers), then runs `passes` passes
 * over `html`, each measured alone; then, if `warmPasses`, that many more in one request, after a
 * warm-up, for the mean warm pass (one pass is too short for the sampling profiler to see alone).
 */
export async function runEngineInWorkerd(bundlePath: string, html: string, passes: number, compatibilityDate: string, warmPasses = 0): Promise<EngineRun> {
  const dir = path.dirname(bundlePath);
  const mf = new Miniflare({
    name: "spoilers",
    modulesRoot: dir,
    modules: [
      { type: "ESModule", path: path.join(dir, "entry.js"), contents: ENTRY },
      { type: "ESModule", path: path.join(dir, "engine.js"), contents: readFileSync(bundlePath, "utf8") },
    ],
    compatibilityDate,
    inspectorPort: 0,
  });
  try {
    await mf.ready;
    const profiler = await Profiler.connect(new URL("/core:user:spoilers", (await mf.getInspectorURL()).href));
    try {
      const startup = await profiler.measure(async () => (await mf.dispatchFetch("http://bench.local/start")).text());
      const passesMs: number[] = [];
      for (let pass = 0; pass < passes; pass++) {
        const { cpuMs } = await profiler.measure(async () => (await mf.dispatchFetch("http://bench.local/run", { method: "POST", body: html })).text());
        passesMs.push(cpuMs);
      }
      if (warmPasses === 0) return { startupMs: startup.cpuMs, passesMs };
      const run = (times: number) => mf.dispatchFetch(`http://bench.local/run?times=${times}`, { method: "POST", body: html }).then((response) => response.text());
      await run(WARM_UP);
      const warm = await profiler.measure(() => run(warmPasses));
      return { startupMs: startup.cpuMs, passesMs, warmMs: warm.cpuMs / warmPasses };
    } finally {
      profiler.close();
    }
  } finally {
    await mf.dispose();
  }
}
