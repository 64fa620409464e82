// Each handler loads its own code on its first call instead of at startup: a cron or queue
// isolate never evaluates the HTTP routes and console pages, and a request never evaluates
// the poller. The bundle stays one file; esbuild turns each import() into a module
// initialiser that runs once per isolate (see README, "Performance").
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
