import { app } from "./http/app";
import { handleQueueBatch } from "./jobs/queue";
import { runScheduled } from "./jobs/scheduled";

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
  async queue(batch, env) {
    await handleQueueBatch(batch, env);
  },
} satisfies ExportedHandler<Env, unknown>;
