// issue 5: the cron tick. Polls every feed; later issues add digests and WebSub renewal here.

/** One cron tick at `scheduledTime` (ms since epoch). */
export async function runScheduled(env: Env, scheduledTime: number): Promise<void> {
  void env;
  void scheduledTime;
}
