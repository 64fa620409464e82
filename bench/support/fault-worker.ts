// The bundled worker in Miniflare, startable again on the same D1 directory: a restart keeps
// D1 on disk and loses the in-memory local queue, as stopping `npm start` does. The queue
// settings are wrangler.toml's, as in startBundledWorker.
import path from "node:path";
import type { Readable } from "node:stream";
import { Miniflare } from "miniflare";
import { applyMigrations, bundledWorkerOptions } from "./worker";

/** Starts `scriptPath` with D1 under `persist`; `migrate` only on the first start. */
export async function startFaultWorker(root: string, scriptPath: string, persist: string, overrides: Record<string, string>, options: { migrate: boolean }): Promise<Miniflare> {
  const mf = new Miniflare({
    ...bundledWorkerOptions(root, scriptPath, path.join(persist, "d1"), overrides),
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
