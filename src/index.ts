// The cron and queue code is evaluated while the isolate starts, the HTTP routes and console
// pages on the first request. Workers bills a handler's CPU against its 10 ms budget, while the
// global scope has its own startup limit (1 s): the feed parser, the spoiler engine, the
// renderer and the mail code (~10 ms of module evaluation, inside the 25 ms startup goal) are
// ready before the first cron tick, which then pays only for what it runs. A request that loads
// the console meets the same choice in reverse: a cron or queue isolate never evaluates it.
// The settings are parsed at startup too: every invocation reads them first. Quietly:
// `wrangler check startup` runs without the secrets, and an invocation that meets invalid
// settings logs them itself. See README, "Performance".
import { env } from "cloudflare:workers";
import { handleQueueBatch } from "./jobs/queue";
import { runScheduled } from "./jobs/scheduled";
import { readSettings } from "./settings";

readSettings(env, { quiet: true });

export default {
  // Any Request, not only an incoming one with its cf properties: tests build their own.
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    const { app } = await import("./http/app");
    return app.fetch(request, env, ctx);
  },
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
  async queue(batch, env) {
    await handleQueueBatch(batch, env);
  },
} satisfies ExportedHandler<Env, unknown>;
