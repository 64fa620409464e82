// The real worker for benchmarks: bundled once by `wrangler deploy --dry-run` (so compatibility flags
// and minify match production) and run by Miniflare with the queue settings of wrangler.toml.
// Not `wrangler dev`/startWorker: those rebuild and restart workerd when files change, which
// in a shared working tree kills in-flight queue batches mid-benchmark.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";
import { unstable_readConfig, unstable_splitSqlQuery } from "wrangler";

export const BENCH_ADMIN_TOKEN = "bench-admin-token-0123456789";
export const BENCH_RESEND_KEY = "re_bench_key";

/** The settings of a local run against the feed and Resend emulators at these URLs. */
export function emulatorSettings(feedUrl: string, resendUrl: string): Record<string, string> {
  return {
    FEED_URL: feedUrl,
    PUBLIC_URL: "https://digest.bench",
    RESEND_API_KEY: BENCH_RESEND_KEY,
    RESEND_BASE_URL: resendUrl,
    ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
    TOKEN_SECRET: "bench-token-secret-0123456789abcdef",
    // A local run against an emulator: the production-only checks (example.com sender, key length) do not apply.
    LOCAL_DEV: "true",
  };
}

/** The worker as `wrangler deploy` would upload it, patched to start without @react-email/render. */
export function bundleWorker(root: string, outdir: string): string {
  const result = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "1" } });
  if (result.status !== 0) throw new Error(`wrangler bundle failed: ${result.stderr}`);
  // The bundle leaves resend's optional `import("@react-email/render")` external; it only runs
  // when React is passed, which we never do, but Miniflare would try to resolve it at start.
  const script = readFileSync(path.join(outdir, "index.js"), "utf8").replace(
    'import("@react-email/render")',
    'Promise.reject(new Error("@react-email/render is not bundled"))',
  );
  const patched = path.join(outdir, "index.bench.js");
  writeFileSync(patched, script);
  return patched;
}

export async function applyMigrations(mf: Miniflare, root: string): Promise<void> {
  const db = await mf.getD1Database("DB");
  const dir = path.join(root, "migrations");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".sql")).sort()) {
    for (const statement of unstable_splitSqlQuery(readFileSync(path.join(dir, file), "utf8"))) await db.prepare(statement).run();
  }
}

interface QueueConsumer {
  queue: string;
  max_batch_size?: number;
  max_batch_timeout?: number;
  max_retries?: number;
  dead_letter_queue?: string;
}

/** Miniflare options for the bundled worker with wrangler.toml's vars, queues and their settings, and D1 under `d1Dir`. */
export function bundledWorkerOptions(root: string, scriptPath: string, d1Dir: string, overrides: Record<string, string>) {
  const config = unstable_readConfig({ config: path.join(root, "wrangler.toml") });
  const consumers = Object.fromEntries(
    (config.queues.consumers ?? []).map((consumer: QueueConsumer) => [
      consumer.queue,
      {
        maxBatchSize: consumer.max_batch_size,
        maxBatchTimeout: consumer.max_batch_timeout,
        maxRetries: consumer.max_retries,
        deadLetterQueue: consumer.dead_letter_queue,
      },
    ]),
  );
  const producers = Object.fromEntries((config.queues.producers ?? []).map((producer: { binding: string; queue: string }) => [producer.binding, producer.queue]));
  const vars = Object.fromEntries(Object.entries(config.vars).map(([name, value]) => [name, String(value)]));
  return {
    modules: true,
    scriptPath,
    // Module names are relative to this root; workerd refuses ".." out of it.
    modulesRoot: path.dirname(scriptPath),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    d1Databases: { DB: "bench-db" },
    d1Persist: d1Dir,
    queueProducers: producers,
    queueConsumers: consumers,
    bindings: { ...vars, ...overrides },
  };
}

export async function startBundledWorker(root: string, workdir: string, overrides: Record<string, string>): Promise<Miniflare> {
  const scriptPath = bundleWorker(root, path.join(workdir, "dist"));
  const mf = new Miniflare(bundledWorkerOptions(root, scriptPath, path.join(workdir, "d1"), overrides));
  await mf.ready;
  await applyMigrations(mf, root);
  return mf;
}
