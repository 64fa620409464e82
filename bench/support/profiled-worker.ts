// The bundled worker in workerd (Miniflare), with its isolate profiled over the inspector.
// A small entry module loads the bundle with a dynamic import on its first call — exactly how
// `wrangler check startup` separates module evaluation from the handlers — and waits for every
// ctx.waitUntil before returning, so a cron tick's work finishes inside the measured window.
// D1 and the queue broker run in their own isolates (Durable Objects in the same workerd), and
// outbound fetch goes to fakes in this Node process: none of that is in the worker's profile,
// just as D1, Queues and the network are I/O for a Worker in production.
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { Miniflare, Response as MiniflareResponse, type Request as MiniflareRequest } from "miniflare";
import { unstable_readConfig } from "wrangler";
import { Profiler, type CpuProfile } from "./profiler";

type Handler = (request: Request) => Response | Promise<Response>;

const ENTRY = `
let worker;
const load = async () => (worker ??= (await import("./index.bench.js")).default);
function collecting(ctx) {
  const pending = [];
  return {
    ctx: { waitUntil: (promise) => void pending.push(promise), passThroughOnException: () => ctx.passThroughOnException(), props: ctx.props },
    settle: async () => { while (pending.length) await Promise.allSettled(pending.splice(0)); },
  };
}
export default {
  async fetch(request, env, ctx) {
    if (new URL(request.url).pathname === "/__bench/start") { await load(); return new Response("started"); }
    const handlers = await load();
    const run = collecting(ctx);
    const response = await handlers.fetch(request, env, run.ctx);
    await run.settle();
    return response;
  },
  async scheduled(controller, env, ctx) {
    const handlers = await load();
    const run = collecting(ctx);
    await handlers.scheduled(controller, env, run.ctx);
    await run.settle();
  },
  async queue(batch, env, ctx) {
    const handlers = await load();
    const run = collecting(ctx);
    await handlers.queue(batch, env, run.ctx);
    await run.settle();
  },
};
`;

const REACT_EMAIL_STUB = `export function render() { throw new Error("@react-email/render is not bundled"); }`;

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/** Miniflare's outbound requests, answered by a fake written against Node's fetch types. */
function outboundTo(routes: Record<string, Handler>) {
  return async (request: MiniflareRequest): Promise<MiniflareResponse> => {
    const url = new URL(request.url);
    const handler = routes[url.host];
    if (!handler) return new MiniflareResponse(`no fake for ${url.host}`, { status: 502 });
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    const answer = await handler(new Request(url, { method: request.method, headers: [...request.headers.entries()], body }));
    const bytes = NULL_BODY_STATUS.has(answer.status) ? null : await answer.arrayBuffer();
    return new MiniflareResponse(bytes, { status: answer.status, headers: [...answer.headers.entries()] });
  };
}

export interface ProfiledWorkerOptions {
  root: string;
  /** The bundle as wrangler wrote it (index.js); its directory becomes the modules root. */
  scriptPath: string;
  /** A D1 state directory to start from (copied, so every instance starts alike). */
  stateDir: string;
  workDir: string;
  bindings: Record<string, string>;
  routes: Record<string, Handler>;
}

export interface ProfiledWorker {
  mf: Miniflare;
  profiler: Profiler;
  /** Evaluates the worker's modules (its first call) and returns that startup's CPU and profile. */
  start(): Promise<{ cpuMs: number; profile: CpuProfile }>;
  dispose(): Promise<void>;
}

export async function startProfiledWorker(options: ProfiledWorkerOptions): Promise<ProfiledWorker> {
  const config = unstable_readConfig({ config: path.join(options.root, "wrangler.toml") });
  const persist = path.join(options.workDir, "d1");
  cpSync(options.stateDir, persist, { recursive: true });
  const producers = Object.fromEntries((config.queues.producers ?? []).map((producer: { binding: string; queue: string }) => [producer.binding, producer.queue]));
  const vars = Object.fromEntries(Object.entries(config.vars).map(([name, value]) => [name, String(value)]));
  const modulesRoot = path.dirname(options.scriptPath);
  const mf = new Miniflare({
    name: "bench",
    modulesRoot,
    modules: [
      { type: "ESModule", path: path.join(modulesRoot, "bench-entry.js"), contents: ENTRY },
      { type: "ESModule", path: path.join(modulesRoot, "index.bench.js"), contents: readFileSync(options.scriptPath, "utf8") },
      // resend's optional renderer for React emails, left external by the bundle and never called here.
      { type: "ESModule", path: path.join(modulesRoot, "@react-email/render"), contents: REACT_EMAIL_STUB },
    ],
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    d1Databases: { DB: "bench-db" },
    d1Persist: persist,
    // Producers only: messages the worker queues stay in the broker; no consumer runs beside the measurement.
    queueProducers: producers,
    bindings: { ...vars, ...options.bindings },
    outboundService: outboundTo(options.routes),
    inspectorPort: 0,
  });
  await mf.ready;
  const profiler = await Profiler.connect(new URL("/core:user:bench", (await mf.getInspectorURL()).href));
  return {
    mf,
    profiler,
    async start() {
      const { cpuMs, profile } = await profiler.measure(async () => (await mf.dispatchFetch("http://bench.local/__bench/start")).text());
      return { cpuMs, profile };
    },
    async dispose() {
      profiler.close();
      await mf.dispose();
    },
  };
}
