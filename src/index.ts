// Each handler loads its own code on its first call instead of at startup: a cron or queue
// isolate never evaluates the HTTP routes and console pages, and a request never evaluates
// the poller. The bundle stays one file; esbuild turns each import() into a module
// initialiser that runs once per isolate (see README, "Performance").
// The settings are the exception: every invocation reads them first, so they are parsed while
// the isolate starts (zod and the schema, ~6 ms of module evaluation against a 25 ms goal), not
// in the first invocation's budget. Quietly: `wrangler check startup` runs without the secrets,
// and an invocation that meets invalid settings logs them itself.
import { env } from "cloudflare:workers";
import { readSettings } from "./settings";

readSettings(env, { quiet: true });

export default {
  // Any Request, not only an incoming one with its cf properties: tests build their own.
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    const { app } = await import("./http/app");
    return app.fetch(request, env, ctx);
  },
  async scheduled(controller, env, ctx) {
    const { runScheduled } = await import("./jobs/scheduled");
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
  async queue(batch, env) {
    const { handleQueueBatch } = await import("./jobs/queue");
    await handleQueueBatch(batch, env);
  },
} satisfies ExportedHandler<Env, unknown>;
