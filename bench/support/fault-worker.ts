// The bundled worker in Miniflare, startable again on the same D1 directory: a restart keeps
// D1 on disk and loses the in-memory local queue, as stopping `npm start` does. The queue
// settings are wrangler.toml's, as in startBundledWorker.
import path from "node:path";
import type { Readable } from "node:stream";
import { Miniflare } from "miniflare";
import { unstable_readConfig } from "wrangler";
import { applyMigrations } from "./worker";

interface QueueConsumer {
  queue: string;
  max_batch_size?: number;
  max_batch_timeout?: number;
  max_retries?: number;
  dead_letter_queue?: string;
}

/** Starts `scriptPath` with D1 under `persist`; `migrate` only on the first start. */
export async function startFaultWorker(root: string, scriptPath: string, persist: string, overrides: Record<string, string>, options: { migrate: boolean }): Promise<Miniflare> {
  const config = unstable_readConfig({ config: path.join(root, "wrangler.toml") });
  const consumers = Object.fromEntries(
    (config.queues.consumers ?? []).map((consumer: QueueConsumer) => [
      consumer.queue,
      { maxBatchSize: consumer.max_batch_size, maxBatchTimeout: consumer.max_batch_timeout, maxRetries: consumer.max_retries, deadLetterQueue: consumer.dead_letter_queue },
    ]),
  );
  const producers = Object.fromEntries((config.queues.producers ?? []).map((producer: { binding: string; queue: string }) => [producer.binding, producer.queue]));
  const vars = Object.fromEntries(Object.entries(config.vars).map(([name, value]) => [name, String(value)]));
  const mf = new Miniflare({
    modules: true,
    scriptPath,
    modulesRoot: path.dirname(scriptPath),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    d1Databases: { DB: "bench-db" },
    d1Persist: path.join(persist, "d1"),
    queueProducers: producers,
    queueConsumers: consumers,
    bindings: { ...vars, ...overrides },
    // Every injected 429 is logged by the worker; the bench prints its own summary instead.
    handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
      stdout.resume();
      stderr.resume();
    },
  });
  await mf.ready;
  if (options.migrate) await applyMigrations(mf, root);
  return mf;
}
